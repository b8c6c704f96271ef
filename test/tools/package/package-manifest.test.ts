import { describe, expect, it } from 'vitest';
import { isPackageName, isVersion, nameFromTitle, packageManifest } from '../../../scripts/tools/package/package-manifest.js';

describe('the consumer package manifest', () => {
  it.each([
    ['Voucherify reward-redemption webhooks', 'voucherify-reward-redemption-webhooks'],
    ['Acme Payments', 'acme-payments-webhooks'],
    ['  Stripe — Events API (v2) ', 'stripe-events-api-v2-webhooks'],
    ['Webhooks', 'webhooks'],
  ])('names a package after the title %j: %s', (title, name) => {
    expect(nameFromTitle(title)).toBe(name);
    expect(isPackageName(name)).toBe(true);
  });

  it.each([
    ['voucherify-webhooks', true],
    ['@acme/payments-webhooks', true],
    ['Acme', false],
    ['-leading-dash', false],
    ['has space', false],
    ['@scope-only', false],
  ])('npm package name %j is valid: %s', (name, valid) => {
    expect(isPackageName(name)).toBe(valid);
  });

  it.each([
    ['1.0.0', true],
    ['2.3.0-beta.1', true],
    ['v1.0.0', false],
    ['1.0', false],
  ])('version %j is semver: %s', (version, valid) => {
    expect(isVersion(version)).toBe(valid);
  });

  it('exports types + import (+ default for require on Node >= 20.19), with no dependencies and no scripts', () => {
    const manifest = JSON.parse(packageManifest({ name: 'acme-payments-webhooks', version: '2.3.0', description: 'd' }));
    expect(manifest.exports['.']).toEqual({ types: './dist/types/index.d.ts', import: './dist/index.js', default: './dist/index.js' });
    expect(Object.keys(manifest.exports['.'])[0]).toBe('types'); // TypeScript reads the first matching condition
    expect(manifest).not.toHaveProperty('dependencies');
    expect(manifest).not.toHaveProperty('scripts');
    expect(manifest.files).toEqual(['dist', 'README.md']);
  });
});

import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../scripts/core/spec/load.js';
import { lintSpec } from '../../scripts/tools/lint/lint-spec.js';
import { DEFAULT_CONFIG, runRedoclyLint } from '../../scripts/tools/lint/redocly.js';
import { runCli } from '../helpers/cli.js';
import { REFERENCE_SPEC } from './helpers.js';

const COMPLETED = 'EVENTS.CUSTOMER.REWARD_REDEMPTIONS.COMPLETED';
const MALFORMED_TIMESTAMPS = [
  '/voucher/created_at',
  '/voucher/updated_at',
  '/campaign/created_at',
  '/reward_redemption/created_at',
  '/reward/voucher/created_at',
  '/reward_assignment/created_at',
  '/publication/created_at',
  '/publication/voucher/created_at',
  '/publication/voucher/updated_at',
];

describe("Voucherify's published spec", () => {
  it('loads all 72 events', async () => {
    const spec = await loadSpec(REFERENCE_SPEC);
    expect(spec.events).toHaveLength(72);
    expect(spec.events.every((e) => e.body && e.body.examples.length > 0)).toBe(true);
  });

  it('lint runs to completion, exit 1, every problem located at file:line:col', async () => {
    const result = await runCli(['lint', '--spec', REFERENCE_SPEC]);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(100);
    for (const line of lines) expect(line).toMatch(/^\S+voucherify-webhooks\.openapi\.json:\d+:\d+ \S+ ./);
    // All of Redocly's problems, not its default first 100: one per `nullable` and per structural error.
    const count = (rule: string) => lines.filter((l) => l.split(' ')[2] === rule).length; // file:line:col level rule-id message
    expect(count('rule/no-nullable')).toBe(108);
    expect(count('struct')).toBe(109);
  });

  it('with --compat nullable, finds exactly the 33 known defects of the COMPLETED example and 63 invalid examples in all', async () => {
    const { findings } = await lintSpec(REFERENCE_SPEC, { compat: ['nullable'] });
    const examples = findings.filter((f) => f.id === 'webhook-example-valid');
    const completed = examples.filter((f) => f.message.includes(`of ${COMPLETED}:`));
    expect(completed).toHaveLength(33);
    const dateTimes = completed.filter((f) => f.message.endsWith('must be a valid date-time')).map((f) => f.location.pointer);
    expect(dateTimes.sort()).toEqual([...MALFORMED_TIMESTAMPS].sort());
    expect(completed.filter((f) => f.message.endsWith('is required but missing'))).toHaveLength(3);
    const events = new Set(examples.map((f) => f.message.match(/ of (\S+):/)?.[1]));
    expect(events.size).toBe(63);
  });

  it("Redocly's example rule gives up on 45 of the 72 examples, COMPLETED among them, and reports no bad timestamp", async () => {
    const examples = (await runRedoclyLint(REFERENCE_SPEC, DEFAULT_CONFIG)).filter((f) => f.id === 'no-invalid-media-type-examples');
    const event = (pointer: string) => pointer.match(/^\/webhooks\/([^/]+)/)?.[1];
    const gaveUp = new Set(
      examples.filter((f) => f.message.startsWith('Example validation errored')).map((f) => event(f.location.pointer)),
    );
    const checked = new Set(
      examples.filter((f) => !f.message.startsWith('Example validation errored')).map((f) => event(f.location.pointer)),
    );
    expect(gaveUp.size).toBe(45);
    expect(gaveUp.has(COMPLETED)).toBe(true);
    expect([...checked].filter((e) => gaveUp.has(e))).toEqual([]);
    expect(examples.filter((f) => f.message.includes('date-time'))).toEqual([]);
  });

  it('without --compat, `nullable` means nothing (3.1), so more nulls are reported, and each nullable is flagged', async () => {
    const plain = await lintSpec(REFERENCE_SPEC);
    const compat = await lintSpec(REFERENCE_SPEC, { compat: ['nullable'] });
    const count = (r: typeof plain) => r.findings.filter((f) => f.id === 'webhook-example-valid').length;
    expect(count(plain)).toBeGreaterThan(count(compat));
    expect(plain.findings.some((f) => f.id === 'rule/no-nullable')).toBe(true);
  });

  it('bundles into one document with internal references only', async () => {
    const result = await runCli(['bundle', '--spec', REFERENCE_SPEC]);
    expect(result.code).toBe(0);
    expect(Object.keys(JSON.parse(result.stdout).webhooks)).toHaveLength(72);
  });
});

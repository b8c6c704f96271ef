import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const lines = readFileSync('README.md', 'utf8').split('\n');
const lineOf = (text: string) => lines.findIndex((l) => l.startsWith(text));

describe('README.md', () => {
  it('puts the consumer quick start within the first screen after the two commands', () => {
    const commands = lineOf('## Two commands');
    const consumers = lineOf('## Receiving the events');
    expect(commands).toBeGreaterThan(-1);
    expect(consumers - commands).toBeGreaterThan(0);
    expect(consumers - commands).toBeLessThanOrEqual(15);
  });

  it('states the install time', () => {
    expect(lines.join('\n')).toMatch(/`npm ci` takes about \d+ s/);
  });

  it('shows pictures that exist in the repository (npm run screenshots)', () => {
    const images = [...lines.join('\n').matchAll(/!\[[^\]]+\]\(([^)]+)\)/g)].map((m) => m[1] as string);
    expect(images).toEqual(['docs/images/docs-page.png', 'docs/images/pr-comment.png']);
    for (const image of images) expect(readFileSync(image).subarray(1, 4).toString(), image).toBe('PNG');
  });

  it('stays short: reference material lives in docs/', () => {
    expect(lines.length).toBeLessThanOrEqual(160);
    expect(existsSync('docs/reference/cli.md')).toBe(true);
  });
});

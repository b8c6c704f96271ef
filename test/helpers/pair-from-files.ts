/**
 * `npx tsx test/helpers/pair-from-files.ts test/fixtures/diff/NAME [...]`: prints each file pair
 * `NAME.base.yaml` / `NAME.head.yaml` as an inline case for test/tools/diff/pairs/ (the skeleton that needs
 * the fewest edits, the base's edits, the head's edits as JSON pointers, and what the diff finds today as
 * `want`: check it says what the pair is meant to show). Then delete the files. Format with Biome.
 */
import { basename, resolve } from 'node:path';
import { readSource } from '../../scripts/core/spec/read-source.js';
import { applyOverlay, brief, diffPair, ORDER_EVENT, REMOVE, SKELETONS } from './diff-pair.js';

type Edit = [pointer: string, value: unknown];
const text = (v: unknown) => JSON.stringify(v);
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const escapeKey = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');
const size = (edits: Edit[]) => edits.reduce((n, [p, v]) => n + p.length + (v === REMOVE ? 6 : text(v).length), 0);

/** The edits turning `a` into `b`: whole values, or per key where that is shorter (keys keep their order). */
function edits(a: unknown, b: unknown, pointer = ''): Edit[] {
  if (text(a) === text(b)) return [];
  const whole: Edit[] = [[pointer, b]];
  if (!isObject(a) || !isObject(b)) return whole;
  const kept = Object.keys(a).filter((k) => k in b);
  const added = Object.keys(b).filter((k) => !(k in a));
  if (text([...kept, ...added]) !== text(Object.keys(b))) return whole;
  const perKey: Edit[] = [
    ...Object.keys(a)
      .filter((k) => !(k in b))
      .map((k): Edit => [`${pointer}/${escapeKey(k)}`, REMOVE]),
    ...kept.flatMap((k) => edits(a[k], b[k], `${pointer}/${escapeKey(k)}`)),
    ...added.map((k): Edit => [`${pointer}/${escapeKey(k)}`, b[k]]),
  ];
  const depth = pointer.split('/').length - 1;
  if (depth <= 2 || pointer.endsWith('/properties')) return perKey;
  return perKey.length <= 3 && size(perKey) < size(whole) ? perKey : whole;
}

const literal = (list: Edit[]) =>
  `{ ${list.map(([p, v]) => `${text(p)}: ${v === REMOVE ? 'REMOVE' : text(v) === text(ORDER_EVENT) ? 'ORDER_EVENT' : text(v)}`).join(', ')} }`;

for (const prefix of process.argv.slice(2)) {
  const base = readSource(resolve(`${prefix}.base.yaml`)).value;
  const head = readSource(resolve(`${prefix}.head.yaml`)).value;
  const [spec, baseEdits] = (Object.keys(SKELETONS) as Array<keyof typeof SKELETONS>)
    .map((name) => [name, edits(SKELETONS[name], base)] as const)
    .reduce((best, next) => (size(next[1]) < size(best[1]) ? next : best));
  const pair = { spec, base: Object.fromEntries(baseEdits), head: Object.fromEntries(edits(base, head)) };
  if (text(applyOverlay(applyOverlay(SKELETONS[spec], pair.base), pair.head)) !== text(head)) throw new Error(`${prefix}: no exact pair`);
  const want = brief(await diffPair(pair));
  const parts = [
    spec === 'order' ? '' : `spec: '${spec}'`,
    baseEdits.length ? `base: ${literal(baseEdits)}` : '',
    `head: ${literal(edits(base, head))}`,
  ];
  console.log(`  '${basename(prefix)}': { ${[...parts.filter(Boolean), `want: ${text(want)}`].join(', ')} },`);
}

import { execFileSync } from 'node:child_process';
import { DEFAULT_SPEC, loadSpec } from '../scripts/core/spec/load.js';
import { compileEventValidators } from '../scripts/core/validate/ajv.js';
import { parseWebhook } from '../scripts/runtime/parse-webhook.js';
import { signWebhook } from '../scripts/runtime/signature.js';
import { validateWebhook } from '../scripts/runtime/validate-webhook.js';
import { type Benchmark, type BenchRow, median, medianMs } from './harness.js';

const EVENT = 'customer.reward_redemptions.completed';
const SECRET = 'bench-secret';

/**
 * Receiving a webhook: how much parseWebhook (signature + JSON.parse + precompiled validation) costs
 * against JSON.parse alone, and what compiling with Ajv at run time would cost instead. Then start-up:
 * importing the library (in fresh processes) against importing Ajv alone, and proof that no Ajv is made.
 */
export const run: Benchmark = async (context) => {
  const spec = await loadSpec(DEFAULT_SPEC);
  const example = spec.events.find((e) => e.type === EVENT)?.body?.examples[0]?.value;
  const text = JSON.stringify(example);
  const bytes = Buffer.from(text);
  const headers = { 'x-voucherify-signature': signWebhook(text, SECRET) };
  const runtime = compileEventValidators(spec).get(EVENT);
  if (!runtime?.(example) || !validateWebhook(EVENT, example).ok) throw new Error('the COMPLETED example must be valid');

  // Fresh copies, as a receiver would have them: validating one object over and over flatters the figures.
  const copies = Array.from({ length: 512 }, () => JSON.parse(text) as unknown);
  let next = 0;
  const fresh = () => copies[next++ & 511];
  const samples = interleaved(Math.max(7, context.repeat), 200, {
    parseText: () => JSON.parse(text),
    parseBytes: () => JSON.parse(bytes.toString('utf8')),
    webhookText: () => parseWebhook({ rawBody: text, headers, secret: SECRET, eventType: EVENT }),
    webhookBytes: () => parseWebhook({ rawBody: bytes, headers, secret: SECRET, eventType: EVENT }),
    precompiled: () => validateWebhook(EVENT, fresh()),
    runtime: () => runtime(fresh()),
  });
  const row = (name: string, key: keyof typeof samples, base: keyof typeof samples, target?: number): BenchRow => {
    const ratio = median(samples[key].map((v, i) => v / (samples[base][i] as number)));
    return {
      name,
      value: median(samples[key]),
      unit: 'ops/s',
      ratio,
      ...(target === undefined ? {} : { target: `>= ${target}x JSON.parse`, met: ratio >= target }),
    };
  };
  const receiving = [
    row('JSON.parse of the text (baseline)', 'parseText', 'parseText'),
    row('parseWebhook, string body: signature + parse + validate', 'webhookText', 'parseText', 0.5),
    row('JSON.parse of the bytes (decode + parse)', 'parseBytes', 'parseText'),
    row('parseWebhook, Buffer body, vs decode + parse of the bytes', 'webhookBytes', 'parseBytes', 0.5),
    row('validateWebhook alone (precompiled), vs JSON.parse', 'precompiled', 'parseText'),
    row('Ajv compiled at run time: validate only, vs JSON.parse', 'runtime', 'parseText'),
  ];
  const compileMs = await medianMs(context.repeat, () => compileEventValidators(spec).get(EVENT)?.(example));

  const probe = (target: 'index' | 'ajv') =>
    JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', 'test/helpers/import-probe.ts', target], { encoding: 'utf8' })) as {
      ms: number;
      ajvModules: string[];
    };
  const importAjv = medianOf(context.repeat, () => probe('ajv').ms);
  const importIndex = medianOf(context.repeat, () => probe('index').ms);
  const coreModules = probe('index').ajvModules.filter((m) => m.startsWith('ajv/')).length;

  return [
    {
      title: 'Receiving a webhook (COMPLETED example)',
      baseline: `\`JSON.parse\` of the ${bytes.length}-byte COMPLETED example (as text, or decoded from bytes for the Buffer row), in the same run`,
      rows: [...receiving, { name: 'Ajv compiled at run time: compile all events + validate once', value: compileMs, unit: 'ms' }],
      notes: [
        'parseWebhook verifies the HMAC-SHA256 signature, parses, and validates with the validators `webhook-contracts types` compiled ahead of time.',
        'The run-time Ajv rows show what a consumer would pay without the precompiled validators: the compile cost at every start-up.',
      ],
    },
    {
      title: 'Start-up: importing the library',
      baseline: 'importing `ajv/dist/2020.js` alone, in a fresh `node --import tsx` process',
      rows: [
        { name: 'import ajv/dist/2020.js (baseline)', value: importAjv, ratio: 1 },
        { name: 'import scripts/index.ts', value: importIndex, ratio: importIndex / importAjv },
        {
          name: 'Ajv core modules loaded by importing scripts/index.ts',
          value: coreModules,
          unit: 'modules',
          target: '0 (no Ajv instance, no compilation)',
          met: coreModules === 0,
        },
      ],
      notes: [
        'Import times are medians over fresh processes; they include tsx transpiling the TypeScript sources (cached after the first run).',
      ],
    },
  ];
};

/**
 * Throughput samples (ops/s) of each function, measured in turns (every function once per round, for
 * `ms` each) so that the load of a shared machine weighs on all of them alike; round 0 warms up.
 * Ratios are then taken round by round.
 */
function interleaved<K extends string>(rounds: number, ms: number, fns: Record<K, () => unknown>): Record<K, number[]> {
  const keys = Object.keys(fns) as K[];
  const samples = Object.fromEntries(keys.map((key) => [key, [] as number[]])) as Record<K, number[]>;
  for (let round = 0; round <= rounds; round++) {
    for (const key of keys) {
      const fn = fns[key];
      let count = 0;
      const start = performance.now();
      while (performance.now() - start < ms) {
        for (let i = 0; i < 50; i++) fn();
        count += 50;
      }
      if (round > 0) samples[key].push((count * 1000) / (performance.now() - start));
    }
  }
  return samples;
}

function medianOf(repeat: number, sample: () => number): number {
  return median(Array.from({ length: repeat }, sample));
}

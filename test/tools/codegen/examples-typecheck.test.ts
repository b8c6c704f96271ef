import { beforeAll, describe, expect, it } from 'vitest';
import type { CompatOption } from '../../../scripts/core/schema/compat.js';
import { loadSpec } from '../../../scripts/core/spec/load.js';
import { compileEventValidators } from '../../../scripts/core/validate/ajv.js';
import { generateTypes } from '../../../scripts/tools/codegen/generate-types.js';
import { planNames } from '../../../scripts/tools/codegen/naming.js';
import { type Diagnostic, typecheck } from '../../helpers/typecheck.js';

const SPEC = 'test/fixtures/types/defaults/openapi.yaml';

/** Every documented example that `validate` accepts must compile against the generated types: a `default` never makes a field present. */
const SETTINGS: Array<[string, { compat: CompatOption[]; valid: string[] }]> = [
  ['without --compat', { compat: [], valid: ['payment.authorised/minimal', 'payment.refunded/example'] }],
  [
    'with --compat nullable',
    {
      compat: ['nullable'],
      valid: ['payment.authorised/minimal', 'payment.authorised/full', 'payment.authorised/refused', 'payment.refunded/example'],
    },
  ],
];

const results = new Map<string, { valid: string[]; diagnostics: Diagnostic[] }>();

beforeAll(async () => {
  const files: Record<string, string> = {};
  const lines = new Map<string, string[]>();
  for (const [name, { compat }] of SETTINGS) {
    const spec = await loadSpec(SPEC, { compat });
    const validators = compileEventValidators(spec);
    const slug = compat.length ? 'compat' : 'plain';
    const valid: string[] = [];
    const probes: string[] = [];
    for (const event of spec.events) {
      for (const example of event.body?.examples ?? []) {
        if (!validators.get(event.type)?.(example.value)) continue;
        valid.push(`${event.type}/${example.name}`);
        probes.push(`export const e${probes.length}: WebhookPayloads[${JSON.stringify(event.type)}] = ${JSON.stringify(example.value)};`);
      }
    }
    files[`test/tools/codegen/examples-${slug}.types.ts`] = await generateTypes(spec, planNames(spec));
    files[`test/tools/codegen/examples-${slug}.probe.ts`] = [
      `import type { WebhookPayloads } from './examples-${slug}.types.js';`,
      ...probes,
      '',
    ].join('\n');
    lines.set(name, valid);
  }
  const diagnostics = typecheck(files);
  for (const [name, { compat }] of SETTINGS) {
    const slug = compat.length ? 'compat' : 'plain';
    results.set(name, { valid: lines.get(name) ?? [], diagnostics: diagnostics.filter((d) => d.file.includes(`examples-${slug}.`)) });
  }
}, 120_000);

describe('documented examples against the generated types', () => {
  it.each(SETTINGS)('%s: every example that validates also type-checks', (name, { valid }) => {
    const result = results.get(name);
    expect(result?.valid).toEqual(valid);
    expect(result?.diagnostics).toEqual([]);
  });
});

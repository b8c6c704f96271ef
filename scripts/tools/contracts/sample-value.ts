import type { LoadedSpec } from '../../core/spec/load.js';
import { viewSchema } from './schema-view.js';

/** Sample strings for the formats the spec uses; also the values `check-pacts` tests regex matchers with. */
export const FORMAT_SAMPLES: Record<string, string[]> = {
  'date-time': ['2024-05-13T12:26:06.250Z', '2024-05-13T12:26:06Z', '2024-05-13T14:26:06.250+02:00'],
  date: ['2024-05-13', '2024-12-31'],
  time: ['12:26:06Z', '12:26:06.250+02:00'],
  email: ['customer@example.com', 'first.last+tag@example.co.uk'],
  uri: ['https://example.com/path?q=1'],
  uuid: ['045c3e7c-ae97-4bf9-a36f-2846777c2419'],
};

/**
 * A small schema-valid, non-null value: the schema's own example when it has one, else the first
 * enum value, the first union branch, the required properties only, an empty array.
 */
export function sampleValue(spec: LoadedSpec, pointer: string, depth = 0): unknown {
  const view = viewSchema(spec, pointer);
  if (view.examples.length > 0 && view.examples[0] !== null) return structuredClone(view.examples[0]);
  if (view.values && view.values.length > 0) return structuredClone(view.values[0]);
  if (view.branches.length > 0 && view.types.length === 0) return sampleValue(spec, view.branches[0] as string, depth + 1);
  const type = view.types[0] ?? (view.properties.size > 0 ? 'object' : view.items ? 'array' : 'string');
  switch (type) {
    case 'object': {
      const value: Record<string, unknown> = {};
      if (depth > 24) return value; // a required recursion that cannot end: no finite valid value exists
      for (const name of view.required) {
        const property = view.properties.get(name);
        // Deep down, a property that may be null ends a recursive schema (`next: Node | null`) with a valid value.
        const stop = property !== undefined && depth > 12 && viewSchema(spec, property).nullable;
        value[name] = property ? (stop ? null : sampleValue(spec, property, depth + 1)) : 'sample';
      }
      return value;
    }
    case 'array':
      return [];
    case 'integer':
      return 1;
    case 'number':
      return 1.5;
    case 'boolean':
      return true;
    default:
      return view.format ? (FORMAT_SAMPLES[view.format]?.[0] ?? 'sample') : 'sample';
  }
}

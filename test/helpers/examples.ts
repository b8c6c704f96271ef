import { DEFAULT_SPEC, loadSpec } from '../../scripts/core/spec/load.js';
import { parsePointer } from '../../scripts/runtime/internal/json-pointer.js';

export const COMPLETED = 'customer.reward_redemptions.completed';

/** Every example of the default spec: `[event type, example name, value]`. */
export async function specExamples(): Promise<Array<[string, string, unknown]>> {
  const spec = await loadSpec(DEFAULT_SPEC);
  return spec.events.flatMap((event) =>
    (event.body?.examples ?? []).map((e) => [event.type, e.name, e.value] as [string, string, unknown]),
  );
}

/** A deep copy of the documented COMPLETED example. */
export async function completedExample(): Promise<Record<string, unknown>> {
  const found = (await specExamples()).find(([type]) => type === COMPLETED);
  return structuredClone(found?.[2]) as Record<string, unknown>;
}

/** Sets the value at a JSON pointer (the parents must exist). */
export function setAt(root: unknown, pointer: string, value: unknown): void {
  const segments = parsePointer(pointer);
  const last = segments.pop() as string;
  let node = root as Record<string, unknown>;
  for (const segment of segments) node = node[segment] as Record<string, unknown>;
  node[last] = value;
}

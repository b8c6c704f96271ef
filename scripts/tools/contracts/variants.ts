import type { ValidateFunction } from 'ajv/dist/2020.js';
import type { LoadedSpec } from '../../core/spec/load.js';
import { type PayloadProblem, toProblems } from '../../core/validate/ajv.js';
import { BranchMatcher } from './branch-matcher.js';
import { sampleValue } from './sample-value.js';
import { branchName, viewSchema } from './schema-view.js';
import { DOCUMENTED, dotted } from './state.js';

export type Path = (string | number)[];
export type VariantChange = 'example' | 'null' | 'filled' | 'absent' | 'present' | 'value' | 'branch';

/** One documented payload: an example, or an example with exactly one thing changed. */
export interface Variant {
  eventType: string;
  /** `documented example`, `customer.email is null`, `reward.voucher.discount is a DiscountAmount`, ... */
  name: string;
  example: string;
  change: VariantChange;
  path: Path;
  payload: unknown;
}

export interface DroppedVariant {
  eventType: string;
  name: string;
  problems: PayloadProblem[];
}

export interface EventVariants {
  eventType: string;
  variants: Variant[];
  /** Generated shapes the schema rejected (a sample did not fit a constraint the generator does not model). */
  dropped: DroppedVariant[];
  /** Set when the event allows more variants than MAX_VARIANTS: `too many combinations at POINTER; showing N`. */
  limit?: string;
}

/**
 * Budget: variants generated per event (examples included). A body with 4,000 optional nullable fields allows
 * 16,000; each is the whole example with one change, so they are capped, and each payload is built when read
 * (a variant keeps only its path and its replacement), which keeps memory linear in the example's size.
 */
export const MAX_VARIANTS = 1_000;

/** Thrown inside the walk when the budget is spent. */
class BudgetSpent extends Error {}

/**
 * Every documented payload of every event: each example, plus, for each place the example reaches,
 * one variant per shape the schema allows there (null and filled where nullable, absent and present where
 * optional, each enum value, each union branch). Each variant changes one thing and is validated.
 */
export function generateVariants(spec: LoadedSpec, validators: Map<string, ValidateFunction>): EventVariants[] {
  const branches = new BranchMatcher(spec);
  return spec.events.flatMap((event) => {
    if (!event.body) return [];
    const validate = validators.get(event.type);
    const result: EventVariants = { eventType: event.type, variants: [], dropped: [] };
    const seen = new Set<string>();
    const schemaPointer = event.body.schemaPointer;
    try {
      event.body.examples.forEach((example, index) => {
        const suffix = index === 0 ? '' : ` (example "${example.name}")`;
        const add = (name: string, change: VariantChange, path: Path, replace: { value: unknown } | undefined) => {
          const full = `${name}${suffix}`;
          if (seen.has(full)) return;
          if (seen.size >= MAX_VARIANTS) throw new BudgetSpent();
          seen.add(full);
          const build = () => withChange(example.value, path, replace);
          if (validate && !validate(build())) {
            result.dropped.push({ eventType: event.type, name: full, problems: toProblems(validate.errors) });
            return;
          }
          result.variants.push({
            eventType: event.type,
            name: full,
            example: example.name,
            change,
            path,
            get payload() {
              return build();
            },
          });
        };
        add(index === 0 ? DOCUMENTED : `example "${example.name}"`, 'example', [], { value: example.value });
        walk(spec, branches, example.value, schemaPointer, [], add);
      });
    } catch (error) {
      if (!(error instanceof BudgetSpent)) throw error;
      result.limit = `too many combinations at ${schemaPointer}; showing ${result.variants.length}`;
    }
    return [result];
  });
}

type Emit = (name: string, change: VariantChange, path: Path, replace: { value: unknown } | undefined) => void;

function walk(spec: LoadedSpec, branches: BranchMatcher, value: unknown, pointer: string, path: Path, emit: Emit): void {
  if (value === null || value === undefined) return;
  const view = viewSchema(spec, pointer);
  const at = dotted(path);
  if (view.values && view.values.length > 1) {
    for (const allowed of view.values) emit(`${at} is ${JSON.stringify(allowed)}`, 'value', path, { value: structuredClone(allowed) });
  }
  if (view.branches.length > 0) {
    const matched = branches.match(value, view.branches);
    if (view.branches.length > 1) {
      view.branches.forEach((branch, index) => {
        const replacement = branch === matched ? structuredClone(value) : sampleValue(spec, branch);
        emit(`${at} is a ${branchName(spec, branch, index)}`, 'branch', path, { value: replacement });
      });
    }
    if (matched) walk(spec, branches, value, matched, path, emit);
    if (view.properties.size === 0 && !view.items) return;
  }
  if (Array.isArray(value)) {
    if (view.items) {
      for (const [index, item] of value.entries()) walk(spec, branches, item, view.items, [...path, index], emit);
    }
    return;
  }
  if (typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  for (const [name, propertyPointer] of view.properties) {
    const property = viewSchema(spec, propertyPointer);
    const childPath = [...path, name];
    const childAt = dotted(childPath);
    const present = Object.hasOwn(record, name);
    const current = record[name];
    const filled = () => (present && current !== null ? structuredClone(current) : sampleValue(spec, propertyPointer));
    if (!view.required.has(name)) {
      emit(`${childAt} is absent`, 'absent', childPath, undefined);
      emit(`${childAt} is present`, 'present', childPath, { value: present ? structuredClone(current) : filled() });
    }
    if (property.nullable) {
      emit(`${childAt} is null`, 'null', childPath, { value: null });
      emit(`${childAt} is filled`, 'filled', childPath, { value: filled() });
    }
    if (present) walk(spec, branches, current, propertyPointer, childPath, emit);
  }
}

/**
 * `base` with the value at `path` replaced (or removed when `replace` is undefined): the containers on the path
 * are copied (shallow), everything else is shared with `base`, so a variant costs the width of its path, not
 * the size of the example (a deep copy per variant made the generator quadratic). Treat payloads as read-only.
 */
export function withChange(base: unknown, path: Path, replace: { value: unknown } | undefined): unknown {
  if (path.length === 0) return replace ? structuredClone(replace.value) : undefined;
  const shallow = (node: unknown) => (Array.isArray(node) ? [...node] : { ...(node as object) }) as Record<string | number, unknown>;
  const copy = shallow(base);
  let node = copy;
  for (const segment of path.slice(0, -1)) {
    const child = shallow(node[segment]);
    node[segment] = child;
    node = child;
  }
  const last = path.at(-1) as string | number;
  if (replace) node[last] = structuredClone(replace.value);
  else if (Array.isArray(node)) node.splice(Number(last), 1);
  else delete node[last];
  return copy;
}

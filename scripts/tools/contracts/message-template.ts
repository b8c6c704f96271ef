import { MatchersV3 } from '@pact-foundation/pact';

/**
 * Turns a typed example into a Pact message template: every field matched by type (`like` at the root,
 * so a null example field only matches null), except the fields given an exact value (discriminators
 * such as `discount.type`) or a regular expression (formats such as date-times).
 */
export function template(example: object, options: { exact?: string[]; regex?: Record<string, string> } = {}): unknown {
  const copy = structuredClone(example) as Record<string, unknown>;
  for (const path of options.exact ?? []) replaceAt(copy, path, (value) => MatchersV3.equal(value));
  for (const [path, pattern] of Object.entries(options.regex ?? {}))
    replaceAt(copy, path, (value) => MatchersV3.regex(pattern, String(value)));
  return MatchersV3.like(copy);
}

function replaceAt(root: Record<string, unknown>, dottedPath: string, wrap: (value: unknown) => unknown): void {
  const segments = dottedPath.split('.');
  let node: Record<string, unknown> | undefined = root;
  for (const segment of segments.slice(0, -1)) node = node?.[segment] as Record<string, unknown> | undefined;
  const last = segments.at(-1) as string;
  if (node && Object.hasOwn(node, last) && node[last] !== null) node[last] = wrap(node[last]);
}

import {
  boolCoreTag,
  CORE_SCHEMA,
  floatCoreTag,
  intCoreTag,
  load,
  mapTag,
  NOT_RESOLVED,
  nullCoreTag,
  type ScalarTagDefinition,
} from 'js-yaml';

/**
 * Reads a YAML file's values with js-yaml, several times faster than the `yaml` package, whose syntax
 * tree is kept for positions and error messages. The two must agree on every value, so wherever they
 * could disagree this returns undefined and the caller lets `yaml` decide (its values, its error and
 * position): anything js-yaml refuses (syntax errors, duplicate keys, empty or comment-only text,
 * several documents, unknown tags, any alias, nesting beyond `maxDepth`), a scalar at the top, text
 * matching one of the patterns below, and values js-yaml's core schema reads otherwise (null keys:
 * `yaml` makes them ""; numbers beyond a double: `yaml` reads Infinity; explicit `!!float 1`: `yaml`
 * keeps the string).
 */
export function loadYamlValues(text: string, maxDepth: number): { value: unknown } | undefined {
  if (DIFFERS.test(text) || SEQUENCE_ITEM_TAIL.test(text) || hasStrayDocumentMarker(text) || hasLineLongerThan(text, 1024)) {
    return undefined;
  }
  let value: unknown;
  try {
    value = load(text, { schema: SCHEMA, maxAliases: 0, maxDepth });
  } catch {
    return undefined;
  }
  // A scalar at the top (no spec file is one) is left to `yaml`: the two differ on some root block scalars.
  return value !== null && typeof value === 'object' ? { value } : undefined;
}

/** A core scalar tag that refuses explicit use, and plain text it matches but cannot represent. */
function asInYamlPackage<T>(tag: ScalarTagDefinition<T>, pattern?: RegExp): ScalarTagDefinition<T> {
  return {
    ...tag,
    resolve: (source, isExplicit, tagName) => {
      if (isExplicit) throw new Error(`explicit ${tagName}: left to the yaml package`);
      const value = tag.resolve(source, isExplicit, tagName);
      if (value === NOT_RESOLVED && pattern?.test(source)) throw new Error(`${source} is out of range: left to the yaml package`);
      return value;
    },
  };
}

/** The YAML 1.2 core schema (as `yaml` uses by default: no timestamps, no `<<` merge keys, no `!!binary`). */
const SCHEMA = CORE_SCHEMA.withTags(
  asInYamlPackage(nullCoreTag),
  asInYamlPackage(boolCoreTag),
  asInYamlPackage(intCoreTag, /^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$/),
  asInYamlPackage(floatCoreTag, /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/),
  {
    ...mapTag,
    addPair: (map, key, value) => (key === null ? 'null key' : mapTag.addPair(map, key, value)),
  },
);

/**
 * Text on which js-yaml and `yaml` were seen to differ (a fuzz test compares them): `%` directives,
 * a column-0 comment right after a `key:` line, explicit `? ` keys, tabs, byte-order marks, lone CRs,
 * anchors and tags, block scalar indentation indicators, and a backslash ending a line (an escaped
 * line break in a double-quoted string). Such files are rare in specs; they only lose the speed-up.
 */
const DIFFERS = /^%|:[ \r]*\n(?:[ \r]*\n)*#|^[ -]*\?(?:[ \r]|$)|[\t\uFEFF]|\r(?!\n)|(?:^|[\s[{,:])[&!]|[|>][-+]?[1-9]|\\\r?$/m;

/**
 * A block sequence item that is a quoted or flow node with more text after it on its line
 * (`- "a"b: 1`, `- [a] b: 1`): `yaml` refuses it, js-yaml reads a sibling key into the parent mapping.
 */
const SEQUENCE_ITEM_TAIL = /^[ -]*- +(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|\[[^\n]*\]|\{[^\n]*\})[ ]*[^\s#:]/m;

/** Any `---` or `...` line but a `---` opening the text: js-yaml also takes indented ones for markers. */
function hasStrayDocumentMarker(text: string): boolean {
  for (const marker of text.matchAll(/^ *(?:---|\.\.\.)/gm)) {
    if (marker.index !== 0 || marker[0] !== '---') return true;
  }
  return false;
}

function hasLineLongerThan(text: string, limit: number): boolean {
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    if (stop - start > limit) return true;
    start = stop + 1;
  }
  return false;
}

import { jsString } from '../../core/text/code-string.js';

/**
 * openapi-typescript builds a `$ref` URI from each webhook key and decodes it again: a key holding `%` fails
 * with "URI malformed", and other characters may come out unescaped. Keys that are not plain are renamed to a
 * placeholder before it runs, and put back, as escaped string literals, in the text it generates.
 */
const PLAIN = /^[A-Za-z0-9_.:-]+$/;
const placeholder = (i: number) => `__wcEvent${i}__`;

export function maskEventNames(document: Record<string, unknown>): { document: Record<string, unknown>; unmask(text: string): string } {
  const webhooks = document.webhooks as Record<string, unknown> | undefined;
  const names: string[] = [];
  if (!webhooks || Object.keys(webhooks).every((key) => PLAIN.test(key))) return { document, unmask: (text) => text };
  const renamed = Object.fromEntries(
    Object.entries(webhooks).map(([key, value]) => {
      if (PLAIN.test(key)) return [key, value];
      names.push(key);
      return [placeholder(names.length - 1), value];
    }),
  );
  return {
    document: { ...document, webhooks: renamed },
    unmask: (text) => text.replace(/"?__wcEvent(\d+)__"?/g, (_match, index: string) => jsString(names[Number(index)] as string)),
  };
}

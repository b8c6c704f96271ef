import { createRequire } from 'node:module';
import { InputError } from '../../core/errors.js';
import { jsonSchemaDocument } from '../../core/schema/json-schema.js';
import type { LoadedSpec } from '../../core/spec/load.js';
import { maskDataRefs, unmaskDataRefsInText } from '../../core/spec/resolve-refs.js';
import { jsCommentText, jsString } from '../../core/text/code-string.js';
import { SIGNATURE_EXTENSION } from '../../runtime/internal/webhook-extensions.js';
import { deliveryData } from './delivery-data.js';
import { maskEventNames } from './mask-event-names.js';
import type { TypeNames } from './naming.js';

/**
 * openapi-typescript's CommonJS build: from ESM, Node would first scan TypeScript's 9 MB compiler for its
 * export names (cjs-module-lexer), ~0.5 s of the ~1.3 s the import costs; `require` skips that scan.
 */
/**
 * The Redocly config openapi-typescript makes by default, with a fetch that refuses: its resolver may read
 * nothing but the document it is given.
 */
async function offlineRedoclyConfig() {
  const core = createRequire(require.resolve('openapi-typescript'))('@redocly/openapi-core') as {
    createConfig(raw: object, options: object): Promise<{ resolve: unknown }>;
  };
  const config = await core.createConfig({ rules: { 'operation-operationId-unique': { severity: 'error' } } }, { extends: ['minimal'] });
  config.resolve = {
    http: {
      headers: [],
      customFetch: async (url: unknown) => {
        throw new Error(`fetching ${String(url)} refused: the toolkit never fetches URLs`);
      },
    },
  };
  return config;
}

const require = createRequire(import.meta.url);

const openapiTypescript = () => require('openapi-typescript') as typeof import('openapi-typescript');

/**
 * TypeScript for a webhooks spec: openapi-typescript's `webhooks`/`components` interfaces, then the glue a
 * consumer wants: one named type per component schema and per event body, the `WebhookPayloads` event
 * map and the `EventType` union. Works on the bundled document, so our `$ref` checks and `--compat`
 * rewrites apply, and a multi-file spec is one input; `nullable` is read as every command reads it (json-schema.ts).
 */
export async function generateTypes(spec: LoadedSpec, names: TypeNames): Promise<string> {
  const { default: openapiTS, astToString } = openapiTypescript();
  let core: string;
  try {
    // `defaultNonNullable: false`: a `default` never makes a delivered field present; only `required` does.
    // Its resolver would fetch a URL in a `$ref` inside example data: that data is masked, and it runs offline.
    const events = maskEventNames(jsonSchemaDocument(spec.document) as Record<string, unknown>);
    const input = maskDataRefs(events.document);
    const options = {
      silent: true,
      emptyObjectsUnknown: true,
      defaultNonNullable: false,
      redocly: (await offlineRedoclyConfig()) as never,
    };
    core = events.unmask(unmaskDataRefsInText(astToString(await openapiTS(input as never, options))));
  } catch (error) {
    throw new InputError(`openapi-typescript cannot turn the spec into types: ${(error as Error).message.split('\n')[0]}`, {
      where: spec.path,
    });
  }
  const lines = [core.trimEnd(), '', '// ---- Named types: one per component schema ----', ''];
  for (const [schema, name] of names.schemas) {
    if ([...names.events.values()].includes(name)) continue; // declared below as the event body it is
    lines.push(`export type ${name} = components["schemas"][${jsString(schema)}];`);
  }
  lines.push('', '// ---- Named types: one per event body ----', '');
  const bodies: Array<[string, string]> = [];
  for (const event of spec.events) {
    const name = names.events.get(event.type);
    if (!event.body || !name) continue;
    const operation = `NonNullable<webhooks[${jsString(event.type)}][${jsString(event.method)}]>`;
    const summary = event.summary ? `: ${event.summary}` : '';
    lines.push(
      `/** The body of \`${comment(event.type)}\`${comment(summary)}. */`,
      `export type ${name} = NonNullable<${operation}["requestBody"]>["content"][${jsString(event.body.mediaType)}];`,
    );
    bodies.push([event.type, name]);
  }
  lines.push(
    '',
    '/** Every event type, mapped to the type of its body. */',
    'export interface WebhookPayloads {',
    ...bodies.map(([type, name]) => `    ${jsString(type)}: ${name};`),
    '}',
    '',
    '/** The event types this spec documents a JSON body for. */',
    'export type EventType = keyof WebhookPayloads;',
    '',
    `/** The spec's signature scheme (${SIGNATURE_EXTENSION}) when every signed event shares one, as its literal value; else undefined. */`,
    `export type DeclaredSignatureScheme = ${JSON.stringify(defaultSchemeOf(spec) ?? null) === 'null' ? 'undefined' : JSON.stringify(defaultSchemeOf(spec))};`,
  );
  return `${lines.join('\n')}\n`;
}

/** The one scheme the spec's signed events share (delivery-data.ts), or null. */
function defaultSchemeOf(spec: LoadedSpec) {
  return deliveryData(spec, new Set(spec.events.filter((e) => e.body).map((e) => e.type))).defaultScheme;
}

/** Text safe inside a block comment (the generated-code channel's escaper). */
const comment = jsCommentText;

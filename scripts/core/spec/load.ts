import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import $RefParser from '@apidevtools/json-schema-ref-parser';
import type { OpenAPIV3_1 } from 'openapi-types';
import { parsePointer, toPointer } from '../../runtime/internal/json-pointer.js';
import { InputError } from '../errors.js';
import { relativeToCwd } from '../relative-path.js';
import { applyCompat, type CompatOption } from '../schema/compat.js';
import type { Norm } from '../schema/normalize.js';
import type { SchemaRef } from '../schema/schema-ref.js';
import { listEvents, type WebhookEvent } from './events.js';
import { applyOverlays } from './overlay.js';
import { readSource } from './read-source.js';
import { maskDataRefs, readSpecSources, refChain, type SourceMap, unmaskDataRefs } from './resolve-refs.js';
import { schemaCache } from './schema-cache.js';
import { lineOf, type SourceFile } from './source-tree.js';

export { DEFAULT_SPEC } from './default-spec.js';

export interface LoadOptions {
  /** Compatibility switches for OpenAPI 3.0 leftovers in a 3.1 document. */
  compat?: readonly CompatOption[];
  /** OpenAPI Overlay 1.0 files applied, in order, to the bundled document (overlay.ts). */
  overlays?: readonly string[];
}

export interface LoadedSpec {
  /** Absolute path of the root file. */
  path: string;
  /** The whole spec in one document: external files inlined, shared parts as `#/components/...` refs. */
  document: OpenAPIV3_1.Document;
  /** The webhook events, in the order the spec lists them. */
  events: WebhookEvent[];
  /** Every file the spec is made of, parsed. */
  sources: SourceMap;
  /** Maps a JSON pointer in `document` back to the file and line it was written at. */
  locate(pointer: string): SourceLocation;
  /** Maps a JSON pointer in `document` back to the file it was written in and the pointer inside that file. */
  source(pointer: string): { file: string; pointer: string };
  /**
   * The schema at a pointer (`#/...`), or a schema node with its pointer, normalised (core/schema) once per
   * loaded spec: every tool that compares or renders schemas asks here.
   */
  schema(at: string | SchemaRef): Norm;
}

export interface SourceLocation {
  file: string;
  line: number;
  col: number;
}

/** Loads, checks and bundles a multi-file OpenAPI 3.1 webhooks spec, then applies the overlays given. */
export async function loadSpec(specPath: string, options: LoadOptions = {}): Promise<LoadedSpec> {
  const path = resolve(specPath);
  const root = readSource(path);
  assertOpenApi31(root, relativeToCwd(path));
  const sources = readSpecSources(path, root);
  // A single-file spec has only internal references: it is already a bundle.
  const document = (sources.size === 1 ? structuredClone(root.value) : await bundleSources(path, sources)) as OpenAPIV3_1.Document;
  if (options.overlays?.length) applyOverlays(document, options.overlays);
  if (options.compat?.length) applyCompat(document, options.compat);
  return {
    path,
    document,
    sources,
    events: listEvents(document, relativeToCwd(path)),
    locate: (pointer) => locateInSources(sources, path, parsePointer(pointer)),
    source: (pointer) => {
      const { file, path: inFile } = walkSources(sources, path, parsePointer(pointer));
      return { file: relativeToCwd(file), pointer: toPointer(inFile) };
    },
    schema: schemaCache(document),
  };
}

/** Refuses anything that is not an OpenAPI 3.1 document with webhooks, before any other work. */
export function assertOpenApi31(root: SourceFile, where: string): void {
  const doc = root.value as Record<string, unknown> | null;
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new InputError('not an OpenAPI document: the top level is not an object', { where });
  }
  const version = doc.openapi ?? doc.swagger;
  if (version === undefined) {
    throw new InputError('not an OpenAPI document: it has no `openapi` field', { where, hint: 'add `openapi: 3.1.0`' });
  }
  if (typeof version !== 'string' || !/^3\.1\.\d+$/.test(version)) {
    const { line, col } = lineOf(root, [doc.openapi === undefined ? 'swagger' : 'openapi']);
    throw new InputError(`not an OpenAPI 3.1 document (it declares ${JSON.stringify(version)})`, {
      where: `${where}:${line}:${col}`,
      hint: 'webhooks need OpenAPI 3.1: convert the document and set `openapi: 3.1.0`',
    });
  }
  const webhooks = doc.webhooks;
  if (webhooks === null || typeof webhooks !== 'object' || Array.isArray(webhooks) || Object.keys(webhooks).length === 0) {
    throw new InputError('the spec has no `webhooks`: nothing to check', { where, hint: 'describe each event under `webhooks:`' });
  }
}

async function bundleSources(rootPath: string, sources: SourceMap): Promise<unknown> {
  const fromUrl = (url: string) => resolve(url.startsWith('file:') ? fileURLToPath(url) : decodeURI(url));
  const known = (url: string) => masked.get(fromUrl(url));
  const masked = new Map([...sources].map(([path, source]) => [path, maskDataRefs(source.value)]));
  try {
    const bundled = await $RefParser.bundle(rootPath, {
      resolve: {
        external: true,
        file: false,
        http: false,
        sources: { order: 1, canRead: true, read: (file: { url: string }) => JSON.stringify(known(file.url) ?? null) },
      },
      parse: {
        json: false,
        yaml: false,
        text: false,
        binary: false,
        sources: {
          order: 1,
          canParse: true,
          parse: (file: { url: string }) => structuredClone(known(file.url) ?? null),
        },
      },
    } as never);
    unmaskDataRefs(bundled); // a `$ref` inside example data is data: it is never followed
    return bundled;
  } catch (error) {
    throw new InputError(`cannot bundle the spec: ${(error as Error).message.split('\n')[0]}`, {
      where: relativeToCwd(rootPath),
      cause: error,
    });
  }
}

/** Walks a pointer through the unbundled files, following `$ref`s (at most 64 in all), to the line it was written at. */
function locateInSources(sources: SourceMap, rootPath: string, segments: string[]): SourceLocation {
  const { file, path } = walkSources(sources, rootPath, segments);
  const source = sources.get(file) as SourceFile;
  return { file: relativeToCwd(file), ...lineOf(source, path) };
}

/** The file a bundled pointer was written in (absolute) and its segments inside that file, `$ref`s followed. */
function walkSources(sources: SourceMap, rootPath: string, segments: string[]): { file: string; path: string[] } {
  let file = rootPath;
  let path: string[] = [];
  let hops = 0;
  for (let i = 0; i <= segments.length; i++) {
    try {
      for (const target of refChain(sources, { file, pointer: path }, dirname(rootPath))) {
        if (hops++ >= 64) break;
        file = target.file;
        path = target.pointer;
      }
    } catch {
      break;
    }
    if (i === segments.length) break;
    path = [...path, segments[i] as string];
  }
  return { file, path };
}

/**
 * Run in a fresh process (`node --import tsx test/helpers/import-probe.ts index|ajv`): imports the
 * library entry point (or Ajv alone) and prints, as JSON, how long the import took and which Ajv
 * modules got loaded. Ajv's core not being loaded proves that no Ajv instance was made and nothing compiled.
 */
import { createRequire } from 'node:module';

const target = process.argv[2] === 'ajv' ? 'ajv/dist/2020.js' : '../../scripts/index.js';
const started = performance.now();
const module = (await import(target)) as Record<string, unknown>;
const ms = performance.now() - started;
const require = createRequire(import.meta.url);
const ajvModules = Object.keys(require.cache)
  .map((path) => path.replaceAll('\\', '/'))
  .filter((path) => /\/node_modules\/ajv(-formats)?\//.test(path))
  .map((path) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length))
  .sort();
console.log(JSON.stringify({ ms, exports: Object.keys(module).sort(), ajvModules }));

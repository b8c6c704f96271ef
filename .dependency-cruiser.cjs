/**
 * The layers of scripts/, checked by `npm run lint:layers` (dependency-cruiser). See ARCHITECTURE.md.
 *
 *   runtime  ->  core  ->  tools  ->  cli
 *
 * Each layer imports only itself and the layers to its left. runtime is what the consumer package ships,
 * so it imports nothing outside itself but the generated module the package replaces with the spec's own.
 * No import cycle between files, nor between folders.
 */
module.exports = {
  forbidden: [
    {
      name: 'runtime-self-contained',
      comment:
        'scripts/runtime is what the consumer package ships: it imports only scripts/runtime, scripts/generated (the slot the package fills with the spec’s own types and validators), node: modules, and Ajv’s runtime helpers and formats (which the package inlines).',
      severity: 'error',
      from: { path: '^scripts/runtime/' },
      to: { pathNot: ['^scripts/runtime/', '^scripts/generated/', '(^|/)node_modules/(ajv|ajv-formats)/'], dependencyTypesNot: ['core'] },
    },
    {
      name: 'generated-self-contained',
      comment: 'Generated code imports only the formats it was compiled with (copied beside it in the package), Ajv’s runtime helpers and node: modules.',
      severity: 'error',
      from: { path: '^scripts/generated/' },
      to: { pathNot: ['^scripts/generated/', '^scripts/runtime/internal/formats\\.cjs$', '(^|/)node_modules/(ajv|ajv-formats)/'], dependencyTypesNot: ['core'] },
    },
    {
      name: 'core-not-to-tools',
      comment: 'scripts/core (spec loading, the schema model, validation) is below every tool and the shell.',
      severity: 'error',
      from: { path: '^scripts/core/' },
      to: { path: ['^scripts/tools/', '^scripts/cli/', '^scripts/ci/', '^scripts/index\\.ts$'] },
    },
    {
      name: 'tools-not-to-cli',
      comment: 'scripts/tools holds the library code behind each command; only scripts/cli reads argv, prints and exits.',
      severity: 'error',
      from: { path: '^scripts/tools/' },
      to: { path: ['^scripts/cli/', '^scripts/ci/', '^scripts/index\\.ts$'] },
    },
    {
      name: 'commands-independent',
      comment: 'A command parses its options and calls one tool function; what two commands share lives in scripts/tools (or scripts/cli for option parsing).',
      severity: 'error',
      from: { path: '^scripts/cli/commands/' },
      to: { path: '^scripts/cli/commands/' },
    },
    {
      name: 'library-entry-is-runtime',
      comment: 'scripts/index.ts is the consumer package’s entry: it re-exports scripts/runtime and the generated types, nothing else.',
      severity: 'error',
      from: { path: '^scripts/index\\.ts$' },
      to: { pathNot: ['^scripts/runtime/', '^scripts/generated/'] },
    },
    {
      name: 'examples-use-the-package',
      comment:
        'The example consumers in contracts/ stand for services in other repositories: they import the generated consumer package, never the toolkit’s scripts/.',
      severity: 'error',
      from: { path: '^contracts/', pathNot: '^contracts/packages/' },
      to: { path: '^scripts/' },
    },
    {
      name: 'no-cycle',
      comment: 'No import cycle between files (type-only imports count: they couple the files all the same).',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-folder-cycle',
      comment: 'No import cycle between folders: a folder is a concept, and two concepts that need each other are one.',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^contracts/packages/[^/]+/dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.mts', '.js', '.mjs', '.cjs', '.d.ts'] },
  },
};

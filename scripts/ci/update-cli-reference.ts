// `npm run docs:cli`: rewrites the `--help` blocks of docs/reference/cli.md from the CLI itself (the prose around
// them is left alone; a new command gets a section to describe).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { currentHelps, updateCliReference } from '../cli/cli-reference.js';
import { writeFileAtomic } from '../core/atomic-write.js';

const path = resolve(import.meta.dirname, '../../docs/reference/cli.md');
writeFileAtomic(path, updateCliReference(readFileSync(path, 'utf8'), await currentHelps()));
console.log(`updated the --help blocks of ${path}`);

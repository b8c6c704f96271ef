/** Moved to tools/pacts/ (the one pacts module); re-exported so existing imports keep working. */
export * from '../pacts/read-tree.js';

/** The diff's level words, most severe first (docs/reference/findings.md). */
export const LEVELS = ['breaking', 'warning', 'info'] as const;
export type Level = (typeof LEVELS)[number];

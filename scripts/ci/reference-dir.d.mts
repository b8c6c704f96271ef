export function findReferenceDir(env?: Record<string, string | undefined>, root?: string): string | undefined;
export const REFERENCE_HINT: string;

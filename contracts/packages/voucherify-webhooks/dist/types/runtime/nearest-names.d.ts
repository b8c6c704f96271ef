/**
 * The known names closest to a mistyped one, for "did you mean" hints that stay one short line however
 * many names there are (a spec of hundreds of events listed in full made a 6.5 KB line). Closest by
 * edit distance, a name that contains the other (or is contained) counting as close; ties keep the known order.
 */
export declare function nearestNames(name: string, known: readonly string[], count?: number): string[];
/** `nearest: a, b, c (of 312 known)`, or the whole list when it is short, for a hint. */
export declare function knownNamesHint(name: string, known: readonly string[]): string;

/**
 * The known names closest to a mistyped one, for "did you mean" hints that stay one short line however
 * many names there are (a spec of hundreds of events listed in full made a 6.5 KB line). Closest by
 * edit distance, a name that contains the other (or is contained) counting as close; ties keep the known order.
 */
export function nearestNames(name: string, known: readonly string[], count = 3): string[] {
  const wanted = name.slice(0, 200).toLowerCase(); // a pasted payload is not a name: bound the work
  const scored = known.map((candidate, index) => {
    const lower = candidate.toLowerCase();
    const contains = wanted.length > 0 && (lower.includes(wanted) || wanted.includes(lower));
    const distance = editDistance(wanted, lower);
    return { candidate, index, score: contains ? Math.min(distance, Math.abs(lower.length - wanted.length)) : distance };
  });
  const limit = Math.max(3, Math.ceil(wanted.length / 2));
  return scored
    .filter((s) => s.score <= limit)
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .slice(0, count)
    .map((s) => s.candidate);
}

/** `nearest: a, b, c (of 312 known)`, or the whole list when it is short, for a hint. */
export function knownNamesHint(name: string, known: readonly string[]): string {
  if (known.length <= 5) return `known: ${known.join(', ')}`;
  const near = nearestNames(name, known);
  const of = `${known.length} known`;
  return near.length > 0 ? `nearest: ${near.join(', ')} (of ${of})` : `none is close; ${of}, such as ${known.slice(0, 3).join(', ')}`;
}

/** Levenshtein distance, two rows. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
    }
    previous = current;
  }
  return previous[b.length] as number;
}

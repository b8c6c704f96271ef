/**
 * Group commit: the items asked for in the same turn of the event loop are written by one call of `commit`
 * (one transaction, one fsync), and each caller's promise settles with its own result once that call has
 * returned, i.e. once the transaction is committed. Under load the groups grow by themselves: the requests
 * that arrive while one group is written form the next.
 *
 * When `commit` throws, the group is retried one item at a time (a transaction each), so one entry the database
 * refuses fails alone and the rest of its group is recorded; only that caller gets the error (and answers 500).
 * An error `isolate` says is not the entry's fault (the database is busy) fails the whole group at once instead:
 * retrying each item would wait once per item.
 */
export function groupCommit<T, R>(
  commit: (items: T[]) => R[],
  options: { isolate?: (error: unknown) => boolean } = {},
): (item: T) => Promise<R> {
  const isolate = options.isolate ?? (() => true);
  let pending: Array<{ item: T; resolve: (result: R) => void; reject: (error: unknown) => void }> = [];
  const flush = () => {
    const group = pending;
    pending = [];
    let results: R[];
    try {
      results = commit(group.map((p) => p.item));
    } catch (error) {
      if (group.length === 1 || !isolate(error)) {
        for (const p of group) p.reject(error);
        return;
      }
      for (const p of group) {
        try {
          p.resolve(commit([p.item])[0] as R);
        } catch (alone) {
          p.reject(alone);
        }
      }
      return;
    }
    for (const [i, p] of group.entries()) p.resolve(results[i] as R);
  };
  return (item) =>
    new Promise<R>((resolve, reject) => {
      if (pending.length === 0) setImmediate(flush);
      pending.push({ item, resolve, reject });
    });
}

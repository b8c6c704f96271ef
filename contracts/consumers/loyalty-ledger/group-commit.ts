/**
 * Group commit: the items asked for in the same turn of the event loop are written by one call of `commit`
 * (one transaction, one fsync), and each caller's promise settles with its own result once that call has
 * returned, i.e. once the transaction is committed. When `commit` throws, every caller of the group gets
 * the error (and answers 500: the sender retries). Under load the groups grow by themselves: the requests
 * that arrive while one group is written form the next.
 */
export function groupCommit<T, R>(commit: (items: T[]) => R[]): (item: T) => Promise<R> {
  let pending: Array<{ item: T; resolve: (result: R) => void; reject: (error: unknown) => void }> = [];
  const flush = () => {
    const group = pending;
    pending = [];
    let results: R[];
    try {
      results = commit(group.map((p) => p.item));
    } catch (error) {
      for (const p of group) p.reject(error);
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

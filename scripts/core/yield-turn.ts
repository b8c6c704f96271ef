/**
 * Long synchronous loops (rendering thousands of event pages, diffing a long history) would keep Node from
 * running its signal handlers: a SIGTERM or Ctrl-C would wait for the loop to end. A loop that calls the
 * function returned here each round gives the event loop a turn (`setImmediate`) once every `sliceMs` of work,
 * so a signal is handled within that slice; between slices it costs nothing.
 */
export function turnYielder(sliceMs = 50): () => Promise<void> | undefined {
  let since = performance.now();
  return () => {
    if (performance.now() - since < sliceMs) return undefined;
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        since = performance.now();
        resolve();
      }),
    );
  };
}

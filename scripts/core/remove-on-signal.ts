import { rmSync } from 'node:fs';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Removes `path` (a temporary file or folder) if the process is interrupted while it exists: Ctrl-C or a
 * SIGTERM would otherwise end the process without running any `finally`. After the removal, `onSignal`
 * (e.g. to stop child processes) runs and the signal is raised again, so the process ends as it would have.
 * Returns the function that takes the handlers away again, once the path is gone by the normal route.
 */
export function removeOnSignal(path: string, onSignal?: () => void): () => void {
  const handler = (signal: NodeJS.Signals) => {
    dispose();
    rmSync(path, { recursive: true, force: true });
    onSignal?.();
    process.kill(process.pid, signal);
  };
  const dispose = () => {
    for (const signal of SIGNALS) process.off(signal, handler);
  };
  for (const signal of SIGNALS) process.once(signal, handler);
  return dispose;
}

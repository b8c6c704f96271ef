// Runs the Pact Verifier in its own process: the native verifier prints its progress straight to
// standard output, which must not mix with the command's own output. See run-verifier.ts.
const { register } = await import('tsx/esm/api');
register();
const { runJob } = await import('./verifier-worker.ts');
await runJob(process.argv[2]);

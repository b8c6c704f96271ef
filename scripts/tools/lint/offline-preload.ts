/**
 * Preload (`node --import`) for the Redocly child processes: they may read files, never the network.
 * Redocly resolves some `$ref`s our loader treats as data (inside `example`): with this, its fetch fails at
 * once, before a socket exists, and Redocly leaves the value as it is instead of fetching it. Given as a
 * `data:` URL, so that it needs no file beside the CLI's bundled build.
 */
const SOURCE = `
import net from 'node:net';
const refuse = (what) => new Error('webhook-contracts: ' + what + ' refused (the Redocly child runs offline)');
globalThis.fetch = async (input) => { throw refuse('fetching ' + String(input?.url ?? input)); };
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function offlineConnect(...args) {
  const options = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (options && typeof options === 'object' && options.path) return connect.apply(this, args);
  throw refuse('a network connection');
};
`;

/** The `node` option that runs a child offline. */
export const OFFLINE_IMPORT = `--import=data:text/javascript,${encodeURIComponent(SOURCE)}`;

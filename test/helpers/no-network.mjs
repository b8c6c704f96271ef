// Preload (`node --import`) that blocks every outbound connection except loopback, in this process and,
// through NODE_OPTIONS, in every Node child process. Each attempt is thrown and appended to
// $NO_NETWORK_LOG, so a test can assert that nothing even tried, whatever the code did with the error.
import { appendFileSync } from 'node:fs';
import net from 'node:net';
import tls from 'node:tls';

const log = process.env.NO_NETWORK_LOG;
const loopback = (host) => !host || host === 'localhost' || /^127\./.test(host) || host === '::1' || host === '[::1]';

function guard(host, port) {
  if (loopback(host)) return;
  const line = `${process.pid} ${host}:${port}\n`;
  if (log) appendFileSync(log, line);
  throw new Error(`network blocked by test preload: ${host}:${port}`);
}

function target(args) {
  const [first, second] = args;
  if (first && typeof first === 'object') return [first.host ?? first.hostname, first.port];
  if (typeof first === 'number') return [typeof second === 'string' ? second : 'localhost', first];
  return [undefined, undefined]; // a Unix socket path
}

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connect(...args) {
  const options = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (!(options && typeof options === 'object' && options.path)) guard(...target(Array.isArray(args[0]) ? args[0] : args));
  return originalConnect.apply(this, args);
};
const originalTls = tls.connect;
tls.connect = function connect(...args) {
  guard(...target(args));
  return originalTls.apply(this, args);
};
const originalFetch = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
  guard(url.hostname, url.port);
  return originalFetch(input, init);
};

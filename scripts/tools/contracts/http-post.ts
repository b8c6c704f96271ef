import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** How much of an answer's body is kept for the report; the rest is not read. */
export const KEPT_BODY_BYTES = 2048;

/** An answer (status and the first KEPT_BODY_BYTES of its body), or why there was none. */
export type Outcome = { status: number; body: string } | { text: string; timeout: boolean; refused: boolean };

/**
 * POSTs one body with its headers, bounded by `timeoutMs`. Of the answer only the status and the first
 * KEPT_BODY_BYTES of the body are read; the connection is then closed, so a receiver streaming an
 * endless body costs a few kilobytes.
 */
export function post(url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const send = url.startsWith('https:') ? httpsRequest : httpRequest;
    const req = send(url, { method: 'POST', headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
      readBounded(res).then((text) => {
        clearTimeout(timer);
        resolve({ status: res.statusCode ?? 0, body: text });
      });
    });
    const timer = setTimeout(() => {
      req.destroy();
      resolve({ text: `no answer within ${timeoutMs} ms`, timeout: true, refused: false });
    }, timeoutMs);
    req.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      const code = error.code;
      if (code === 'ECONNREFUSED') resolve({ text: 'connection refused (is the receiver running?)', timeout: false, refused: true });
      else
        resolve({
          text: `${code ?? error.name}: ${error.message}`,
          timeout: false,
          refused: code === 'ENOTFOUND' || code === 'EHOSTUNREACH',
        });
    });
    req.end(body);
  });
}

/** The first KEPT_BODY_BYTES of an answer; then the response is destroyed and nothing more is read. */
function readBounded(res: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let kept = 0;
    let done = false;
    const finish = (cut: boolean) => {
      if (done) return;
      done = true;
      const text = Buffer.concat(chunks).subarray(0, KEPT_BODY_BYTES).toString('utf8');
      chunks.length = 0;
      resolve(cut ? `${text}… (cut at ${KEPT_BODY_BYTES} bytes)` : text);
    };
    res.on('data', (chunk: Buffer) => {
      if (done) return;
      chunks.push(chunk);
      kept += chunk.length;
      if (kept > KEPT_BODY_BYTES) {
        finish(true);
        res.destroy();
      }
    });
    res.on('end', () => finish(false));
    res.on('error', () => finish(kept > KEPT_BODY_BYTES));
    res.on('close', () => finish(kept > KEPT_BODY_BYTES));
  });
}

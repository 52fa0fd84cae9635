/**
 * A tiny static file server for the built playground (dist-playground/), on localhost only, plain
 * http. Used by `npm run playground` and by the end-to-end tests (which start it on a free port).
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

// The same policy as the page's meta tag, also sent as a header (it then covers the worker too).
const CSP = "default-src 'self'; script-src 'self'; connect-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'none'";

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

export const PLAYGROUND_DIR = resolve(__dirname, '..', 'dist-playground');

/** Serves `root` on 127.0.0.1:`port` (0 = a free port); `csp: null` sends no policy header (the pages' own meta policy still applies). */
export function startPlaygroundServer(root: string = PLAYGROUND_DIR, port = 0, csp: string | null = CSP): Promise<RunningServer> {
  const base = resolve(root);
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(base, pathname === '/' ? 'index.html' : pathname));
    if (!file.startsWith(base + sep) || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const headers: Record<string, string> = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
        if (csp !== null) headers['Content-Security-Policy'] = csp;
        res.writeHead(200, headers);
        res.end(req.method === 'HEAD' ? undefined : body);
      },
      () => res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found'),
    );
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo;
      done({
        url: `http://127.0.0.1:${actual}/`,
        close: () => new Promise<void>((closed) => server.close(() => closed())),
      });
    });
  });
}

// The benchmark's tiny static server on 127.0.0.1: dist/, bench/pages/, the SurveyJS packages, and
// documents generated at bench time (served from memory under /gen/). Nothing is cached, so every
// page load in the benchmark is a first visit. Text is sent gzip-compressed (level 9, as the size
// budgets count it) to a browser that accepts it, as any production server would: with a simulated
// slow network, the bytes on the wire are the compressed ones. BENCH_PORT picks the port (default:
// any free one).
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};
const ROOTS = ['/dist/', '/bench/pages/', '/node_modules/survey-core/', '/node_modules/survey-js-ui/'];

/**
 * Starts the server. `generated` maps a path under /gen/ to { body, type }; it may change while the
 * server runs. `?delay=ms` on any URL delays the answer (a slow content `src`).
 */
export async function startServer(root, generated = new Map()) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay > 0) await new Promise((r) => setTimeout(r, Math.min(delay, 30_000)));
    const send = (status, body, type) => {
      const headers = { 'content-type': type, 'cache-control': 'no-store' };
      if (/gzip/.test(req.headers['accept-encoding'] ?? '') && /text|json|javascript/.test(type) && body.length) {
        body = gzipSync(body, { level: 9 });
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(status, headers);
      res.end(body);
    };
    if (url.pathname === '/favicon.ico') return send(204, '', 'image/x-icon');
    if (url.pathname.startsWith('/gen/')) {
      const g = generated.get(url.pathname.slice('/gen/'.length));
      return g ? send(200, g.body, g.type ?? TYPES[path.extname(url.pathname)] ?? 'text/plain') : send(404, 'not found', 'text/plain');
    }
    if (!ROOTS.some((r) => url.pathname.startsWith(r))) return send(404, 'not found', 'text/plain');
    const file = path.resolve(root, `.${decodeURIComponent(url.pathname)}`);
    if (!file.startsWith(path.resolve(root) + path.sep)) return send(403, 'forbidden', 'text/plain');
    try {
      send(200, await readFile(file), TYPES[path.extname(file)] ?? 'application/octet-stream');
    } catch {
      send(404, 'not found', 'text/plain');
    }
  });
  await new Promise((resolve) => server.listen(Number(process.env.BENCH_PORT ?? 0), '127.0.0.1', resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)), generated };
}

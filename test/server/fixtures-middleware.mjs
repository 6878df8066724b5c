// Dev-server middleware (Koa style) used by web-test-runner.config.mjs: HTTP responses that tests
// of `src` loading (timeouts, aborts, HTTP errors, wrong content types) can fetch from the page.
// Static files under test/fixtures/ need none of this: the dev server serves them as-is
// (fetch('/test/fixtures/NAME.json')).
//
// Routes (all answers carry `Cache-Control: no-store`; unknown /__fixtures__/ paths answer 404):
//
//   GET /__fixtures__/slow?ms=N[&file=PATH]
//       Answers 200 application/json after N ms (0..60000, default 0). The body is the file PATH
//       (relative to the project root, e.g. `test/fixtures/content.json`; must stay inside it and
//       be valid JSON, else 500/404 with a JSON `error`), or `{}` without `file`.
//       The timer is cleared if the client goes away first.
//
//   GET /__fixtures__/status/CODE
//       Answers with HTTP status CODE (200..599) and a JSON body `{"status":CODE}`
//       (no body for 204, 205 and 304). E.g. /__fixtures__/status/404, /__fixtures__/status/500.
//
//   GET /__fixtures__/text?body=TEXT[&type=CONTENT-TYPE][&status=CODE]
//       Answers TEXT as-is with the given Content-Type (default `text/plain; charset=utf-8`) and
//       status (default 200). E.g. ?body=%7Bnot%20json&type=application/json for broken JSON,
//       ?body=%3Ch1%3Eoops&type=text/html for an HTML error page.
//
//   GET /__fixtures__/hang[?id=ID]
//       Never answers: the request stays open until the client aborts it (AbortController,
//       page unload), which frees it on the server. As a safety net it answers 504 after 60 s.
//   GET /__fixtures__/hang-state?id=ID
//       `{"state":"pending"|"aborted"|"timed-out"|"unknown"}` for the hang request made with ID,
//       so a test can check that aborting really closed the connection.
//
// Hostile servers and privacy checks (test/security/):
//
//   GET /__fixtures__/redirect?to=URL[&status=CODE]
//       Redirects (default 302; 301, 303, 307, 308 too) to URL as given, whatever its scheme
//       (javascript:, data:, ftp:…), so that a test can check what fetch does with it.
//   GET /__fixtures__/truncated[?file=PATH]
//       Declares the whole body in Content-Length (JSON file PATH, default a small JSON object),
//       sends its first half, then closes the connection: a body cut short.
//   GET /__fixtures__/big?bytes=N[&declare=0]
//       A valid JSON document of N bytes (0..20000000) of type application/json, with its
//       Content-Length, or streamed in chunks without one when declare=0 (so that only the reader
//       can see the size).
//   GET /__fixtures__/echo?id=ID[&file=PATH]
//       Answers the JSON file PATH (or `{}`) and remembers what came with the request;
//   GET /__fixtures__/echo-log?id=ID
//       then says `{"requests":N,"cookie":bool,"authorization":bool,"referer":string|null,
//       "origin":string|null,"accept":string|null}` (`{"requests":0}` when none came), so that a
//       test can check that a `src` fetch carries no cookie and no referrer.
//   GET /__fixtures__/page?file=PATH[&csp=strict|trusted-types]
//       Serves the HTML file PATH (under test/fixtures/security/) as text/html with the
//       Content-Security-Policy header named by csp:
//         strict         default-src 'self'; script-src 'self'; style-src 'self'
//         trusted-types  the same + require-trusted-types-for 'script'
//   GET /__fixtures__/bundle?copy=N
//       src/cqp-vae-widgets.ts bundled by esbuild into one self-contained module (lit included),
//       like the published file; each `copy` is a distinct URL, so a page can load two full copies
//       (two CMS blocks, a CDN and a local copy). Built once per server, in memory.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';

const PREFIX = '/__fixtures__/';
const MAX_DELAY_MS = 60_000;
const MAX_REMEMBERED_HANGS = 1000;
const MAX_BIG_BYTES = 20_000_000;
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const POLICIES = {
  strict: STRICT_CSP,
  'trusted-types': `${STRICT_CSP}; require-trusted-types-for 'script'`,
};
const PAGES_DIR = 'test/fixtures/security';

function clampInt(value, min, max, fallback) {
  const n = Number.parseInt(value ?? '', 10);
  if (!Number.isFinite(n)) return fallback;
  return Math.min(max, Math.max(min, n));
}

function sendJson(ctx, status, value) {
  ctx.status = status;
  ctx.set('Content-Type', 'application/json; charset=utf-8');
  ctx.body = JSON.stringify(value);
}

/**
 * Resolves after `ms`, or as soon as the client closes the connection.
 * Returns true when the client went away (the response must not be written then).
 */
function waitOrClientGone(ctx, ms) {
  return new Promise((resolve) => {
    const res = ctx.res;
    if (res.destroyed || res.writableEnded) return resolve(true);
    const onClose = () => {
      clearTimeout(timer);
      resolve(true);
    };
    const timer = setTimeout(() => {
      res.off('close', onClose);
      resolve(false);
    }, ms);
    // `res` (not `req`) 'close' fires when the socket goes away before we answered.
    res.once('close', onClose);
  });
}

/** The client went away: write nothing. 408 is only recorded (never sent) so that the test
 * runner does not list the request among the "404 network requests" of the test file. */
function dropped(ctx) {
  ctx.status = 408;
  ctx.respond = false;
}

/**
 * @param {{ rootDir?: string, maxHangMs?: number }} [options]
 * @returns {(ctx: any, next: () => Promise<void>) => Promise<void>}
 */
export function fixturesMiddleware({ rootDir = process.cwd(), maxHangMs = MAX_DELAY_MS } = {}) {
  const root = path.resolve(rootDir);
  /** @type {Map<string, 'pending' | 'aborted' | 'timed-out'>} */
  const hangs = new Map();
  /** @type {Map<string, Record<string, unknown>>} */
  const echoes = new Map();

  function remember(id, state) {
    hangs.delete(id);
    hangs.set(id, state);
    while (hangs.size > MAX_REMEMBERED_HANGS) hangs.delete(hangs.keys().next().value);
  }

  /**
   * The JSON text of `?file=` (inside the project), `fallback` without one; or undefined after
   * answering 400/404/500 itself.
   */
  async function jsonFile(ctx, fallback = '{}') {
    const file = typeof ctx.query.file === 'string' ? ctx.query.file : '';
    if (!file) return fallback;
    const full = path.resolve(root, file.replace(/^\/+/, ''));
    if (full !== root && !full.startsWith(root + path.sep)) {
      sendJson(ctx, 400, { error: `file must be inside the project: ${file}` });
      return undefined;
    }
    let body;
    try {
      body = await readFile(full, 'utf8');
    } catch {
      sendJson(ctx, 404, { error: `no such file: ${file}` });
      return undefined;
    }
    try {
      JSON.parse(body);
    } catch (e) {
      sendJson(ctx, 500, { error: `${file} is not valid JSON: ${e.message}` });
      return undefined;
    }
    return body;
  }

  async function slow(ctx) {
    const ms = clampInt(ctx.query.ms, 0, MAX_DELAY_MS, 0);
    const body = await jsonFile(ctx);
    if (body === undefined) return;
    if (await waitOrClientGone(ctx, ms)) return dropped(ctx);
    ctx.status = 200;
    ctx.set('Content-Type', 'application/json; charset=utf-8');
    ctx.body = body;
  }

  function status(ctx, codeText) {
    const code = clampInt(codeText, 0, 999, 0);
    if (!/^\d{3}$/.test(codeText) || code < 200 || code > 599) {
      return sendJson(ctx, 400, { error: `status must be 200..599, got ${codeText}` });
    }
    if (code === 204 || code === 205 || code === 304) {
      ctx.status = code;
      ctx.body = null;
      return;
    }
    sendJson(ctx, code, { status: code });
  }

  function text(ctx) {
    const body = typeof ctx.query.body === 'string' ? ctx.query.body : '';
    const type = typeof ctx.query.type === 'string' && ctx.query.type ? ctx.query.type : 'text/plain; charset=utf-8';
    ctx.status = clampInt(ctx.query.status, 200, 599, 200);
    // Set the header before the body so that Koa does not pick a type of its own.
    ctx.set('Content-Type', type);
    ctx.body = body;
  }

  async function hang(ctx) {
    const id = typeof ctx.query.id === 'string' && ctx.query.id ? ctx.query.id : undefined;
    if (id) remember(id, 'pending');
    const clientGone = await waitOrClientGone(ctx, maxHangMs);
    if (id) remember(id, clientGone ? 'aborted' : 'timed-out');
    if (clientGone) return dropped(ctx);
    sendJson(ctx, 504, { error: `hang: no abort within ${maxHangMs} ms` });
  }

  function hangState(ctx) {
    const id = typeof ctx.query.id === 'string' ? ctx.query.id : '';
    sendJson(ctx, 200, { state: hangs.get(id) ?? 'unknown' });
  }

  function redirect(ctx) {
    const to = typeof ctx.query.to === 'string' ? ctx.query.to : '';
    const code = clampInt(ctx.query.status, 300, 399, 302);
    if (!to || ![301, 302, 303, 307, 308].includes(code)) {
      return sendJson(ctx, 400, { error: 'redirect needs ?to=URL and a status among 301, 302, 303, 307, 308' });
    }
    // Koa's ctx.redirect would refuse or rewrite odd schemes: the header goes out as given.
    ctx.status = code;
    ctx.set('Location', to);
    ctx.body = '';
  }

  async function truncated(ctx) {
    const text = await jsonFile(ctx, '{"meta":{"id":"truncated","title":"cut short"}}');
    if (text === undefined) return;
    const body = Buffer.from(text, 'utf8');
    // Written by hand: Koa would fix the length or wait for a body it never gets.
    ctx.respond = false;
    const res = ctx.res;
    res.writeHead(200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(body.length),
      'Cache-Control': 'no-store',
    });
    res.write(body.subarray(0, Math.floor(body.length / 2)), () => {
      // Give the bytes a moment to leave, then cut the connection mid-body.
      setTimeout(() => res.destroy(), 50);
    });
  }

  function big(ctx) {
    const bytes = clampInt(ctx.query.bytes, 0, MAX_BIG_BYTES, 0);
    const head = '{"padding":"';
    const tail = '"}';
    const pad = Math.max(0, bytes - head.length - tail.length);
    ctx.status = 200;
    ctx.set('Content-Type', 'application/json; charset=utf-8');
    if (ctx.query.declare !== '0') {
      ctx.body = head + 'x'.repeat(pad) + tail;
      return;
    }
    // No Content-Length: chunks of 64 kB, so only a reader that counts can stop it.
    const chunk = 'x'.repeat(65_536);
    let left = pad;
    ctx.body = Readable.from(
      (function* () {
        yield head;
        while (left > 0) {
          const n = Math.min(left, chunk.length);
          left -= n;
          yield n === chunk.length ? chunk : chunk.slice(0, n);
        }
        yield tail;
      })(),
    );
  }

  async function echo(ctx) {
    const id = typeof ctx.query.id === 'string' ? ctx.query.id : '';
    const h = ctx.headers;
    const previous = echoes.get(id);
    const record = {
      requests: (previous?.requests ?? 0) + 1,
      cookie: Boolean(h.cookie) || Boolean(previous?.cookie),
      authorization: Boolean(h.authorization) || Boolean(previous?.authorization),
      referer: h.referer ?? previous?.referer ?? null,
      origin: h.origin ?? null,
      accept: h.accept ?? null,
    };
    if (id) {
      echoes.delete(id);
      echoes.set(id, record);
      while (echoes.size > MAX_REMEMBERED_HANGS) echoes.delete(echoes.keys().next().value);
    }
    const body = await jsonFile(ctx);
    if (body === undefined) return;
    ctx.status = 200;
    ctx.set('Content-Type', 'application/json; charset=utf-8');
    ctx.body = body;
  }

  function echoLog(ctx) {
    const id = typeof ctx.query.id === 'string' ? ctx.query.id : '';
    sendJson(ctx, 200, echoes.get(id) ?? { requests: 0 });
  }

  let bundled;
  async function bundle(ctx) {
    if (!bundled) {
      bundled = import('esbuild').then(async ({ build }) => {
        const result = await build({
          entryPoints: [path.join(root, 'src/cqp-vae-widgets.ts')],
          bundle: true,
          format: 'esm',
          target: 'es2022',
          write: false,
          minify: true,
          tsconfig: path.join(root, 'tsconfig.json'),
          logLevel: 'silent',
        });
        return result.outputFiles[0].text;
      });
      bundled.catch(() => (bundled = undefined));
    }
    try {
      const code = await bundled;
      ctx.status = 200;
      ctx.set('Content-Type', 'text/javascript; charset=utf-8');
      ctx.body = code;
    } catch (e) {
      sendJson(ctx, 500, { error: `bundle: ${e.message}` });
    }
  }

  async function page(ctx) {
    const file = typeof ctx.query.file === 'string' ? ctx.query.file.replace(/^\/+/, '') : '';
    const dir = path.resolve(root, PAGES_DIR);
    const full = path.resolve(root, file);
    if (!file.endsWith('.html') || !full.startsWith(dir + path.sep)) {
      return sendJson(ctx, 400, { error: `page must be an .html file under ${PAGES_DIR}/: ${file}` });
    }
    const csp = typeof ctx.query.csp === 'string' ? ctx.query.csp : '';
    if (csp && !POLICIES[csp]) return sendJson(ctx, 400, { error: `csp must be one of ${Object.keys(POLICIES)}` });
    let html;
    try {
      html = await readFile(full, 'utf8');
    } catch {
      return sendJson(ctx, 404, { error: `no such page: ${file}` });
    }
    ctx.status = 200;
    if (csp) ctx.set('Content-Security-Policy', POLICIES[csp]);
    ctx.set('Content-Type', 'text/html; charset=utf-8');
    ctx.body = html;
  }

  return async function fixtures(ctx, next) {
    if (!ctx.path.startsWith(PREFIX)) return next();
    ctx.set('Cache-Control', 'no-store');
    const route = ctx.path.slice(PREFIX.length);
    if (route === 'slow') return slow(ctx);
    if (route.startsWith('status/')) return status(ctx, route.slice('status/'.length));
    if (route === 'text') return text(ctx);
    if (route === 'hang') return hang(ctx);
    if (route === 'hang-state') return hangState(ctx);
    if (route === 'redirect') return redirect(ctx);
    if (route === 'truncated') return truncated(ctx);
    if (route === 'big') return big(ctx);
    if (route === 'echo') return echo(ctx);
    if (route === 'echo-log') return echoLog(ctx);
    if (route === 'page') return page(ctx);
    if (route === 'bundle') return bundle(ctx);
    sendJson(ctx, 404, { error: `unknown fixtures route: ${ctx.path}` });
  };
}

export default fixturesMiddleware;

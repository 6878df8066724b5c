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
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const PREFIX = '/__fixtures__/';
const MAX_DELAY_MS = 60_000;
const MAX_REMEMBERED_HANGS = 1000;

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

  function remember(id, state) {
    hangs.delete(id);
    hangs.set(id, state);
    while (hangs.size > MAX_REMEMBERED_HANGS) hangs.delete(hangs.keys().next().value);
  }

  async function slow(ctx) {
    const ms = clampInt(ctx.query.ms, 0, MAX_DELAY_MS, 0);
    let body = '{}';
    const file = typeof ctx.query.file === 'string' ? ctx.query.file : '';
    if (file) {
      const full = path.resolve(root, file.replace(/^\/+/, ''));
      if (full !== root && !full.startsWith(root + path.sep)) {
        return sendJson(ctx, 400, { error: `file must be inside the project: ${file}` });
      }
      try {
        body = await readFile(full, 'utf8');
      } catch {
        return sendJson(ctx, 404, { error: `no such file: ${file}` });
      }
      try {
        JSON.parse(body);
      } catch (e) {
        return sendJson(ctx, 500, { error: `${file} is not valid JSON: ${e.message}` });
      }
    }
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

  return async function fixtures(ctx, next) {
    if (!ctx.path.startsWith(PREFIX)) return next();
    ctx.set('Cache-Control', 'no-store');
    const route = ctx.path.slice(PREFIX.length);
    if (route === 'slow') return slow(ctx);
    if (route.startsWith('status/')) return status(ctx, route.slice('status/'.length));
    if (route === 'text') return text(ctx);
    if (route === 'hang') return hang(ctx);
    if (route === 'hang-state') return hangState(ctx);
    sendJson(ctx, 404, { error: `unknown fixtures route: ${ctx.path}` });
  };
}

export default fixturesMiddleware;

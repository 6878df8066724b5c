/**
 * Fetching a content document from a `src` URL, defensively: the URL is the host page's, but the file
 * behind it may be missing, slow, huge, HTML, or not content at all. Every failure becomes a value,
 * so the element can always render something; only an abort asked for by the caller rejects.
 */
import type { ContentIssue, IssueLocale } from '../content/issues.js';
import type { Checker } from '../content/validated.js';
import type { Content } from '../content/schema.js';
import { withoutCredentials } from '../content/href.js';

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 1_000_000;

/** Why loading failed, for the visitor-facing message. */
export type LoadFailure =
  | { reason: 'scheme' }
  | { reason: 'network' }
  | { reason: 'http'; status: number }
  | { reason: 'timeout'; ms: number }
  | { reason: 'too-large'; bytes: number }
  | { reason: 'type'; type: string }
  | { reason: 'invalid' }
  /** The module that checks content (loaded on demand, beside the widgets' module) did not load. */
  | { reason: 'checker' };

export type LoadResult =
  | { ok: true; content: Content }
  | ({ ok: false; issues: ContentIssue[]; src: string } & LoadFailure);

export interface LoadOptions {
  /** Aborting it cancels the request; the promise then rejects with an AbortError. */
  signal: AbortSignal;
  /** Base for a relative `src`, usually `document.baseURI`. */
  base: string;
  /** Language of the issues of content that cannot be used. */
  locale: IssueLocale;
  /**
   * The content checker, with the issues' wording of `locale`: called once the URL is known to be
   * one to fetch, so that the checker downloads while the content does, not after it.
   */
  checker: () => Promise<Checker>;
  timeoutMs?: number;
  maxBytes?: number;
}

// JSON only: `application/json` or a `+json` type (`application/ld+json`), with any parameters.
// Anything else (an HTML error page served with 200, `text/plain`, no type at all) is refused: a
// server that cannot say what it sends may be sending something else than what the page meant.
const acceptableType = (type: string) => /^\s*application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i.test(type);

export async function loadContent(src: string, options: LoadOptions): Promise<LoadResult> {
  const { signal, locale } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // The src as messages, events and the console show it: a password in it is for no one's eyes.
  const shownSrc = withoutCredentials(src);
  const fail = (failure: LoadFailure, issues: ContentIssue[] = []): LoadResult => ({
    ok: false,
    src: shownSrc,
    issues,
    ...failure,
  });

  let url: URL;
  try {
    url = new URL(src, options.base);
  } catch {
    return fail({ reason: 'scheme' });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return fail({ reason: 'scheme' });
  // Fetched without credentials, as any src (fetch would refuse a URL that holds them).
  url.username = '';
  url.password = '';
  // The checker downloads while the content does, not after it.
  const checking = options.checker();
  checking.catch(() => {});

  // One controller for both the caller's abort and the timeout, so either stops the transfer.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  signal.addEventListener('abort', onAbort);
  if (signal.aborted) controller.abort();

  try {
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) return fail({ reason: 'http', status: response.status });
    const type = response.headers.get('content-type') ?? '';
    if (!acceptableType(type)) return fail({ reason: 'type', type });
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) return fail({ reason: 'too-large', bytes: maxBytes });
    const text = await readCapped(response, maxBytes);
    if (text === undefined) return fail({ reason: 'too-large', bytes: maxBytes });
    let checker;
    try {
      checker = await checking;
    } catch (error) {
      return fail({ reason: 'checker' }, [{ path: '', code: 'checker', message: error instanceof Error ? error.message : String(error) }]);
    }
    const parsed = checker.parseContentText(text, { locale });
    return parsed.ok ? parsed : fail({ reason: 'invalid' }, parsed.issues);
  } catch (error) {
    if (signal.aborted) throw error;
    return fail(timedOut ? { reason: 'timeout', ms: timeoutMs } : { reason: 'network' });
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

/** Reads the body as text, giving up (undefined) as soon as it exceeds `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  if (!response.body) {
    const text = await response.text();
    return new TextEncoder().encode(text).length > maxBytes ? undefined : text;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

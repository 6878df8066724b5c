// Hostile strings for the XSS tests: each one, if it ever became markup or a URL, would set a flag on
// window (window.__xss), so "nothing executed" is a check, not a hope.

export const PAYLOADS: readonly string[] = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  '"><svg onload=window.__xss=3>',
  "' onmouseover='window.__xss=4' x='",
  'javascript:window.__xss=5',
  '<iframe srcdoc="<script>parent.__xss=6</script>"></iframe>',
  '</style><style>*{display:none!important}</style>',
  '${window.__xss=7}{{constructor.constructor("window.__xss=8")()}}',
  '&lt;b&gt;entité&lt;/b&gt; &amp; <!-- commentaire -->',
  '\u202Eevil\u202C RTL override \u2066isolé\u2069 \u200F',
  '<a href="javascript:window.__xss=9">clic</a>',
  `${'x'.repeat(20_000)}<img src=x onerror=window.__xss=10>`,
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=11>',
  '<details open ontoggle=window.__xss=12>déplié</details>',
  'vbscript:msgbox(13)',
  'data:text/html,<script>window.__xss=14</script>',
];

/** Links that are valid for the schema but full of markup characters. */
export const TRICKY_SAFE_HREFS: readonly string[] = [
  'https://example.org/?q="><img src=x onerror=window.__xss=20>',
  "https://example.org/#' onfocus='window.__xss=21",
  'mailto:a@example.org?subject=<script>window.__xss=22</script>',
  'tel:+33100000000',
];

/** Links the schema must refuse (and the renderer must never put in an href). */
export const UNSAFE_HREFS: readonly string[] = [
  'javascript:window.__xss=30',
  'JaVaScRiPt:window.__xss=31',
  ' javascript:window.__xss=32',
  'java\tscript:window.__xss=33',
  'java\nscript:window.__xss=34',
  'data:text/html,<script>window.__xss=35</script>',
  'vbscript:msgbox(36)',
  '//evil.example/x',
  '/relative/path',
  'file:///etc/passwd',
  'blob:https://example.org/0',
];

/** Keys whose string values are free text a person reads (everything else is an id, enum or URL). */
const FREE_TEXT = new Set([
  'title', 'shortTitle', 'label', 'body', 'summary', 'reason', 'unit', 'itemLabel', 'text', 'description',
  'name', 'hint', 'items', 'intro', 'version', 'emphasis',
]);

/**
 * A deep copy of `doc` whose every free-text string is replaced by a payload (in turn). Reasons keep
 * their placeholders so that answers are filled in next to the payload.
 */
export function hostile(doc: unknown): unknown {
  let n = 0;
  const next = () => PAYLOADS[n++ % PAYLOADS.length];
  const walk = (value: unknown, key: string | undefined, free: boolean): unknown => {
    if (typeof value === 'string') {
      if (!free) return value;
      const placeholders = key === 'reason' ? (value.match(/\{[a-z0-9_-]+\}/g) ?? []).join(' ') : '';
      return placeholders ? `${next()} ${placeholders}` : next();
    }
    if (Array.isArray(value)) return value.map((v) => walk(v, key, free));
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = walk(v, k, FREE_TEXT.has(k) || (free && k === 'emphasis'));
      return out;
    }
    return value;
  };
  return walk(doc, undefined, false);
}

/** A flag any payload would set. */
export const executed = () => (window as { __xss?: unknown }).__xss;

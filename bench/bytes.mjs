// Scenario 1: what the bundle weighs, and which part of it is lit, zod, the built-in content and the
// project's own code, from the build's source map.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

export const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
export const brotli = (buf) =>
  brotliCompressSync(buf, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
  }).length;

export function sizes(buf) {
  return { raw: buf.length, gzip: gzip(buf), brotli: brotli(buf) };
}

const B64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** Decodes one mappings segment (base64 VLQ) into its numbers. */
function decodeSegment(text) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const ch of text) {
    const digit = B64[ch];
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** Per generated line: segments { col, source } (source -1 when the segment maps nowhere). */
export function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  let name = 0;
  for (const line of mappings.split(';')) {
    let col = 0;
    const segs = [];
    if (line) {
      for (const s of line.split(',')) {
        const f = decodeSegment(s);
        col += f[0];
        if (f.length >= 4) {
          source += f[1];
          if (f.length >= 5) name += f[4];
          // Original line and column are relative too, but only the file and the name are needed.
          segs.push({ col, source, name: f.length >= 5 ? name : -1 });
        } else segs.push({ col, source: -1, name: -1 });
      }
    }
    lines.push(segs);
  }
  return lines;
}

/**
 * A lookup from a generated position (0-based line and column) to its source path, for CPU profiles.
 */
export function sourceLookup(map) {
  const lines = decodeMappings(map.mappings).map((segs) => segs.slice().sort((a, b) => a.col - b.col));
  return (line, col) => {
    const segs = lines[line] ?? [];
    let found = -1;
    let name = -1;
    // The source at the position; the original name of the nearest named segment from there on
    // (V8 gives a function's position at or just before its name).
    for (const s of segs) {
      if (s.col > col) {
        if (name < 0 && s.name >= 0 && s.col - col < 12) name = s.name;
        if (s.col - col >= 12) break;
        continue;
      }
      found = s.source;
      name = s.name;
    }
    return {
      source: found < 0 ? '(unmapped)' : map.sources[found].replace(/^(\.\.\/)+/, ''),
      name: name >= 0 ? map.names[name] : undefined,
    };
  };
}

/** The category of a source path from the map. */
export function categoryOf(source) {
  const s = source.replace(/\\/g, '/');
  if (/node_modules\/(lit[^/]*|@lit[^/]*)\//.test(s)) return 'lit';
  if (/node_modules\/zod\//.test(s)) return 'zod';
  if (/(^|\/)src\/content\/default/.test(s)) return 'content';
  if (/(^|\/)src\//.test(s)) return 'own';
  return 'other';
}

/**
 * Attributes every byte of the bundle to a source file: a segment covers the text up to the next one
 * on its line; a line's indentation goes with its first segment and its newline with its last; a line
 * without segments goes with the previous segment (inside a multi-line template literal), unless it is
 * blank or a bundler's `// node_modules/...` comment (those go with the next mapped source).
 * Segments that map nowhere count as 'unmapped'.
 */
export function attribute(code, map) {
  const lines = code.split('\n');
  const decoded = decodeMappings(map.mappings);
  const perSource = new Map(); // index or -1 -> array of text pieces
  const push = (src, text) => {
    if (!perSource.has(src)) perSource.set(src, []);
    perSource.get(src).push(text);
  };
  let pending = [];
  let last = -1;
  lines.forEach((line, i) => {
    const segs = (decoded[i] ?? []).slice().sort((a, b) => a.col - b.col);
    const nl = i < lines.length - 1 ? '\n' : '';
    if (!segs.length) {
      // A bundler's `// path` comment or a blank line belongs to what follows; any other line without
      // a segment continues a multi-line token (a template literal of CSS or HTML) of the previous one.
      if (last < 0 || /^\s*(\/\/.*)?$/.test(line)) pending.push(line + nl);
      else push(last, line + nl);
      return;
    }
    const first = segs[0].source;
    for (const p of pending) push(first, p);
    pending = [];
    push(first, line.slice(0, segs[0].col));
    segs.forEach((seg, k) => push(seg.source, line.slice(seg.col, k + 1 < segs.length ? segs[k + 1].col : undefined)));
    last = segs.at(-1).source;
    push(last, nl);
  });
  for (const p of pending) push(last, p);

  const files = [];
  for (const [src, pieces] of perSource) {
    const text = pieces.join('');
    const name = src < 0 ? '(unmapped)' : map.sources[src];
    files.push({ source: name, category: src < 0 ? 'unmapped' : categoryOf(name), text, raw: Buffer.byteLength(text) });
  }
  return files;
}

/**
 * Bytes per category: raw, and a gzip estimate. Each category's text is gzipped on its own, then the
 * estimates are scaled so that they add up to the real gzip size of the bundle (text compresses
 * better than minified code, so a plain raw-proportional split would over-charge the content).
 */
export function breakdown(bundlePath, mapPath) {
  const code = readFileSync(bundlePath, 'utf8');
  const map = JSON.parse(readFileSync(mapPath, 'utf8'));
  const total = sizes(Buffer.from(code));
  const files = attribute(code, map);
  const cats = new Map();
  for (const f of files) {
    const c = cats.get(f.category) ?? { category: f.category, texts: [], raw: 0 };
    c.texts.push(f.text);
    c.raw += f.raw;
    cats.set(f.category, c);
  }
  const list = [...cats.values()].map((c) => ({ category: c.category, raw: c.raw, gzipAlone: gzip(Buffer.from(c.texts.join(''))) }));
  const sumAlone = list.reduce((t, c) => t + c.gzipAlone, 0);
  for (const c of list) {
    c.gzipEstimate = Math.round((c.gzipAlone / sumAlone) * total.gzip);
    c.share = c.gzipAlone / sumAlone;
  }
  const order = ['lit', 'zod', 'content', 'own', 'other', 'unmapped'];
  list.sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category));
  const topFiles = files
    .filter((f) => f.category !== 'unmapped')
    .map((f) => ({ source: f.source.replace(/^(\.\.\/)+/, ''), category: f.category, raw: f.raw, gzipAlone: gzip(Buffer.from(f.text)) }))
    .sort((a, b) => b.raw - a.raw);
  // Whitespace share: the bundle keeps indentation and newlines (Vite's lib mode does not minify
  // whitespace in ES output); a measure of what a whitespace-minifying pass would remove.
  const whitespace = (code.match(/^[\t ]+|\n/gm) ?? []).reduce((t, s) => t + s.length, 0);
  return { total, categories: list, files: topFiles, attributedRaw: files.reduce((t, f) => t + f.raw, 0), leadingWhitespaceAndNewlines: whitespace };
}

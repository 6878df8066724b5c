/**
 * From a finding's JSON path (`eligibility.outcomes[1].rules[2].when`, as formatPath writes it) to a
 * place in the JSON text: the playground puts the caret there, the command-line tool prints its line
 * and column.
 *
 * A small scanner over the text rather than JSON.parse: parsing loses positions. It only has to
 * follow one path, skipping every other value, and it never throws: on text it cannot follow it
 * stops at the deepest place it reached. Pure, no DOM.
 */

/** Where a path leads in the text. */
export interface TextLocation {
  /** Caret position: the member's key (`"title": …`) for an object member, the value for an array item. */
  start: number;
  /** End of the value (exclusive). */
  end: number;
  /** False when the path goes further than the text does (a missing field): start is then the deepest existing ancestor. */
  exact: boolean;
}

/** Splits `a.b[2].c` into `['a', 'b', 2, 'c']`; `''` is the document itself. */
export function pathSegments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const [, index, key] of path.matchAll(/\[(\d+)\]|\.?([^.[\]]+)/g)) out.push(index !== undefined ? Number(index) : key);
  return out;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r', '\ufeff']);

function skipSpace(text: string, i: number): number {
  while (i < text.length && WHITESPACE.has(text[i])) i++;
  return i;
}

/** Index just after the string literal that opens at `i`. */
function skipString(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === '"') return j + 1;
  }
  return text.length;
}

/** Index just after the value that starts at `i` (a string, an object, an array or a literal). */
function skipValue(text: string, i: number): number {
  const c = text[i];
  if (c === '"') return skipString(text, i);
  if (c === '{' || c === '[') {
    let depth = 0;
    for (let j = i; j < text.length; j++) {
      const d = text[j];
      if (d === '"') j = skipString(text, j) - 1;
      else if (d === '{' || d === '[') depth++;
      else if (d === '}' || d === ']') {
        depth--;
        if (depth === 0) return j + 1;
      }
    }
    return text.length;
  }
  let j = i;
  while (j < text.length && !WHITESPACE.has(text[j]) && !',:]}'.includes(text[j])) j++;
  return Math.max(j, i + 1);
}

function decodeKey(raw: string): string | undefined {
  try {
    return JSON.parse(raw) as string;
  } catch {
    return undefined;
  }
}

interface Child {
  start: number;
  value: number;
}

/** The member `key` of the object at `i`: the last one, as JSON.parse keeps the last of duplicate keys. */
function member(text: string, i: number, key: string): Child | undefined {
  let found: Child | undefined;
  let j = skipSpace(text, i + 1);
  while (j < text.length && text[j] === '"') {
    const keyEnd = skipString(text, j);
    const colon = skipSpace(text, keyEnd);
    if (text[colon] !== ':') return found;
    const value = skipSpace(text, colon + 1);
    if (decodeKey(text.slice(j, keyEnd)) === key) found = { start: j, value };
    j = skipSpace(text, skipValue(text, value));
    if (text[j] !== ',') break;
    j = skipSpace(text, j + 1);
  }
  return found;
}

/** The item `index` of the array at `i`. */
function item(text: string, i: number, index: number): Child | undefined {
  let j = skipSpace(text, i + 1);
  for (let n = 0; j < text.length && text[j] !== ']'; n++) {
    if (n === index) return { start: j, value: j };
    j = skipSpace(text, skipValue(text, j));
    if (text[j] !== ',') return undefined;
    j = skipSpace(text, j + 1);
  }
  return undefined;
}

/** Where `path` leads in the JSON `text`. */
export function locatePath(text: string, path: string): TextLocation {
  let start = skipSpace(text, 0);
  let value = start;
  for (const segment of pathSegments(path)) {
    const open = text[value];
    const child =
      typeof segment === 'number'
        ? open === '[' ? item(text, value, segment) : undefined
        : open === '{' ? member(text, value, segment) : undefined;
    if (!child) return { start, end: skipValue(text, value), exact: false };
    start = child.start;
    value = child.value;
  }
  return { start, end: value < text.length ? skipValue(text, value) : text.length, exact: true };
}

/**
 * Where the JSON in `text` goes wrong, or undefined when it parses. Engines do not always say (V8
 * gives no position for "Unexpected token"), so a strict scanner finds the first bad character.
 */
export function jsonErrorOffset(text: string): number | undefined {
  try {
    // validateContentText drops a leading byte-order mark before parsing, so does this.
    JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return undefined;
  } catch {
    return firstSyntaxError(text) ?? 0;
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = '"\\/bfnrt';

function firstSyntaxError(text: string): number | undefined {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fail = (at: number): never => {
    throw new SyntaxAt(Math.min(at, text.length));
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const string = () => {
    i++;
    for (;;) {
      if (i >= text.length) fail(i);
      const c = text[i];
      if (c === '"') return void i++;
      if (c < ' ') fail(i);
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail(i);
          i += 6;
        } else if (e !== undefined && ESCAPES.includes(e)) i += 2;
        else fail(i);
      } else i++;
    }
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      space();
      if (text[i] === close) return void i++;
      for (;;) {
        if (c === '{') {
          space();
          if (text[i] !== '"') fail(i);
          string();
          space();
          if (text[i] !== ':') fail(i);
          i++;
        }
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === close) return void i++;
        else fail(i);
      }
    }
    if (c === '"') return string();
    for (const literal of ['true', 'false', 'null']) if (text.startsWith(literal, i)) return void (i += literal.length);
    NUMBER.lastIndex = i;
    if (!NUMBER.test(text)) fail(i);
    i = NUMBER.lastIndex;
  };
  try {
    value();
    space();
    if (i < text.length) fail(i);
    return undefined;
  } catch (error) {
    if (error instanceof SyntaxAt) return error.offset;
    throw error;
  }
}

class SyntaxAt {
  constructor(readonly offset: number) {}
}

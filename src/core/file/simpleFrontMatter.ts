import type { Field, FieldValue, FrontMatterData } from './frontMatterData';

// The fast path: one pass over the characters reads the shapes people and their tools write —
// `key: value` lines, quoted values, flow lists (`[a, "b"]`), `{}`, block lists (`tags:` then
// `  - a` lines, or `- a` at the key's own indent, as Obsidian writes them), nested mappings
// (`address:` then indented `key: value` lines), and `|` / `>` blocks of text — some fifty times
// faster than a YAML parser. Anything it is not sure of (anchors, tags, escapes, multi-line plain
// or quoted values, lists of mappings, a duplicate key, an odd character…) returns undefined and
// the caller asks yaml. It must give exactly yaml's result, positions included: tests check it on
// every fixture, on the yaml test suite's mappings and on random blocks of these shapes. Only the
// space counts as a blank here, as in YAML (a no-break space is text, and a tab sends the block
// to yaml).

const SPACE = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const SINGLE = 39;
const DOUBLE = 34;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const COMMA = 44;
const PIPE = 124;
const GREATER = 62;

/** Mappings and lists nest at most this deep on the fast path; deeper ones go to yaml. */
const MAX_DEPTH = 4;

/** The simple reading of a block, or undefined when yaml must decide. */
export function readSimpleFrontMatter(content: string, contentLine: number): FrontMatterData | undefined {
  return readSimpleFrontMatterIn(content, 0, content.length, contentLine);
}

/**
 * The same, of the block `text[from, n)`, read where it stands: a slice would cost a copy, and
 * charCodeAt on a slice goes through its parent on every call. `n` is the start of a line (or
 * the end of the text), as a block's end is.
 */
export function readSimpleFrontMatterIn(content: string, from: number, n: number, contentLine: number): FrontMatterData | undefined {
  const ascii = !found(NOT_PLAIN, content, from, n);
  if (!ascii && hasOddCharacter(content, from, n)) return undefined;
  // (The fast path refuses a double-quoted escape; a backslash elsewhere is text, but the yaml path can't tell, and says the same.)
  const backslash = content.indexOf('\\', from);
  const plain = ascii && (backslash < 0 || backslash >= n);
  const fields = new Map<string, Field>();
  const c: Cursor = { s: content, n, at: from, row: contentLine, endAt: from, endRow: contentLine, length: 0, comment: -1, nl: 0, end: 0 };
  if (!readMapping(c, 0, fields, 0) || c.at < n) return undefined;
  return plain ? { isMapping: fields.size > 0, fields, problems: [], plain } : { isMapping: fields.size > 0, fields, problems: [] };
}

/**
 * Where the reader stands: the start of a line (`at`, file line `row`) in the block `s[·, n)`.
 * `endAt`/`endRow` is the end of the last collection item read (the start of the line after it,
 * as yaml ends a block collection); `length` is how many characters the last scalar took.
 */
interface Cursor {
  readonly s: string;
  readonly n: number;
  at: number;
  row: number;
  endAt: number;
  endRow: number;
  length: number;
  /** The deepest indent of the comment lines skipped since the last line read (-1: none). */
  comment: number;
  /** Where nextContent found the line at `at` to end: its line feed, and the end of its text. */
  nl: number;
  end: number;
}

/** The end of the line at `c.at` (its line feed, or the block's end). */
function lineFeed(c: Cursor): number {
  const nl = c.s.indexOf('\n', c.at);
  return nl < 0 || nl > c.n ? c.n : nl;
}

/** The end of the line's text: before a carriage return that ends it. */
function textEnd(s: string, at: number, nl: number): number {
  return nl > at && s.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
}

/** Moves to the next line; what was just read ends where that line starts. */
function advance(c: Cursor, nl: number): void {
  c.comment = -1;
  if (nl >= c.n) {
    c.endAt = c.n;
    c.endRow = c.row;
    c.at = c.n;
    return;
  }
  c.at = nl + 1;
  c.row++;
  c.endAt = c.at;
  c.endRow = c.row;
}

/**
 * Skips blank and comment lines, which YAML allows at any indent between entries. Returns the
 * indent of the next line with content, or -1 at the end of the block.
 */
function nextContent(c: Cursor): number {
  const s = c.s;
  while (c.at < c.n) {
    const nl = lineFeed(c);
    const end = textEnd(s, c.at, nl);
    let i = c.at;
    while (i < end && s.charCodeAt(i) === SPACE) i++;
    if (i < end && s.charCodeAt(i) !== HASH) {
      c.nl = nl;
      c.end = end;
      return i - c.at;
    }
    if (i < end && i - c.at > c.comment) c.comment = i - c.at;
    c.at = nl + 1;
    c.row++;
  }
  return -1;
}

/** Whether the line at `c.at` holds a list item (`-` then a space or nothing) at `indent`. */
function isItemAt(c: Cursor, indent: number): boolean {
  const p = c.at + indent;
  if (c.s.charCodeAt(p) !== DASH) return false;
  const d = c.s.charCodeAt(p + 1);
  return d === SPACE || d === 10 || d === 13 || p + 1 >= c.n;
}

/**
 * Reads `key: value` lines at `indent` into `fields` until a line with less indent. A nested
 * mapping passes no `fields` of its own to keep: it is only checked (its keys must be unique),
 * since the diary reads top-level keys alone. False when yaml must decide.
 */
function readMapping(c: Cursor, indent: number, fields: Map<string, Field> | undefined, depth: number): boolean {
  const s = c.s;
  const keys = fields ?? new Map<string, Field>();
  let lastIsNull = false;
  // The last value is a list whose items stand at the mapping's own indent (`lines:` then `- a`).
  let lastIsListAtIndent = false;
  for (;;) {
    const ind = nextContent(c);
    // Where a nested mapping ends after an empty value, or before comment lines indented further
    // than it (as far as it, after a list at its own indent), yaml counts spaces, comments and
    // blank lines in or out by rules of its own: such a mapping is left to it.
    if (ind < indent) return fields !== undefined || (!lastIsNull && (lastIsListAtIndent ? c.comment < indent : c.comment <= indent));
    if (ind > indent) return false;
    const start = c.at + indent;
    const nl = c.nl;
    let end = c.end;
    const colon = keyEnd(s, start, end);
    if (colon < 0) return false;
    const key = s.slice(start, colon);
    if (isNonStringKey(key)) return false;
    let valueStart = colon + 1;
    while (valueStart < end && s.charCodeAt(valueStart) === SPACE) valueStart++;
    while (end > valueStart && s.charCodeAt(end - 1) === SPACE) end--;
    const row = c.row;
    const lineStart = c.at;
    let field: Field;
    const first = valueStart < end ? s.charCodeAt(valueStart) : HASH;
    if (first === HASH) {
      advance(c, nl);
      const nested = readNested(c, indent, depth);
      if (nested === false) return false;
      if (nested === undefined) {
        const keyLength = colon - lineStart;
        field = { key, value: NULL_VALUE, keyLine: row, line: row, column: keyLength, endLine: row, endColumn: keyLength };
      } else {
        field = { key, value: nested.value, keyLine: row, line: nested.row, column: nested.column, endLine: c.endRow, endColumn: endColumn(c) };
      }
    } else if (first === PIPE || first === GREATER) {
      advance(c, nl);
      const text = readBlockScalar(c, s, valueStart, end, indent, first === GREATER);
      if (text === undefined) return false;
      field = { key, value: { type: 'text', text }, keyLine: row, line: row, column: valueStart - lineStart, endLine: c.endRow, endColumn: endColumn(c) };
    } else {
      const value = readValue(s, valueStart, end, c);
      if (value === undefined) return false;
      const column = valueStart - lineStart;
      field = { key, value, keyLine: row, line: row, column, endLine: row, endColumn: column + c.length };
      advance(c, nl);
    }
    // A key seen before leaves the size as it was: yaml reports the duplicate.
    const size = keys.size;
    if (keys.set(key, field).size === size) return false;
    lastIsNull = field.value === NULL_VALUE;
    lastIsListAtIndent = field.value.type === 'list' && field.line > row && field.column === indent;
  }
}

/** The column of `c.endAt`: 0 at a line's start, else (the block's end on its last line) its distance from that start. */
function endColumn(c: Cursor): number {
  const e = c.endAt;
  return c.s.charCodeAt(e - 1) === 10 ? 0 : e - (c.s.lastIndexOf('\n', e - 1) + 1);
}

interface Nested {
  readonly value: FieldValue;
  readonly row: number;
  readonly column: number;
}

/**
 * After a key with no value on its line: a block list (at the key's indent or deeper), a nested
 * mapping (deeper), or nothing (the value is null: undefined). False when yaml must decide.
 */
function readNested(c: Cursor, indent: number, depth: number): Nested | undefined | false {
  const afterKey = c.at;
  const afterRow = c.row;
  const ind = nextContent(c);
  const list = ind >= indent && isItemAt(c, ind);
  if (ind <= indent && !list) {
    // Nothing belongs to the key: the blank and comment lines skipped are read again by the caller.
    c.at = afterKey;
    c.row = afterRow;
    return undefined;
  }
  if (depth + 1 >= MAX_DEPTH) return false;
  const row = c.row;
  if (list) {
    const items = readList(c, ind, ind === indent, depth + 1);
    return items && { value: { type: 'list', items }, row, column: ind };
  }
  return readMapping(c, ind, undefined, depth + 1) && { value: OTHER, row, column: ind };
}

/**
 * Reads `- item` lines at `indent`. A list at its key's own indent (`sameIndent`) ends at the
 * first line that isn't an item; a deeper one must hold only items. False when yaml must decide.
 */
function readList(c: Cursor, indent: number, sameIndent: boolean, depth: number): FieldValue[] | false {
  const s = c.s;
  const items: FieldValue[] = [];
  for (;;) {
    const ind = nextContent(c);
    // As for a mapping (see readMapping), a list whose last item is empty is left to yaml.
    const done = ind < indent || (sameIndent && ind === indent && !isItemAt(c, indent));
    if (done) return items[items.length - 1] === NULL_VALUE || c.comment > indent ? false : items;
    if (ind > indent || !isItemAt(c, indent)) return false;
    const nl = c.nl;
    let end = c.end;
    let from = c.at + indent + 1;
    while (from < end && s.charCodeAt(from) === SPACE) from++;
    while (end > from && s.charCodeAt(end - 1) === SPACE) end--;
    if (from === end || s.charCodeAt(from) === HASH) {
      items.push(NULL_VALUE);
    } else {
      const item = readValue(s, from, end, c);
      if (item === undefined || (item.type === 'list' && depth + 1 >= MAX_DEPTH)) return false;
      items.push(item);
    }
    advance(c, nl);
  }
}

/**
 * A `|` (literal) or `>` (folded) block of text whose header is `s[from, end)` and whose lines
 * follow the cursor. Only simple blocks: no indentation indicator, no lines of spaces longer than
 * the block's indent, and (folded) no lines indented further. Undefined when yaml must decide.
 */
function readBlockScalar(c: Cursor, s: string, from: number, end: number, parentIndent: number, folded: boolean): string | undefined {
  let i = from + 1;
  const chomp = s.charCodeAt(i);
  if (chomp === DASH || chomp === 43 /* + */) i++;
  if (i < end && (s.charCodeAt(i) !== SPACE || !endsCleanly(s, i, end))) return undefined;
  const lines: string[] = [];
  let indent = -1;
  let leadingSpaces = 0;
  let lastText = -1;
  let textEndAt = c.at;
  let textEndRow = c.row;
  while (c.at < c.n) {
    const nl = lineFeed(c);
    if (nl >= c.n) return undefined;
    const lineEnd = textEnd(s, c.at, nl);
    let sp = c.at;
    while (sp < lineEnd && s.charCodeAt(sp) === SPACE) sp++;
    const spaces = sp - c.at;
    if (sp === lineEnd) {
      if (indent < 0) leadingSpaces = Math.max(leadingSpaces, spaces);
      else if (spaces > indent) return undefined;
      lines.push('');
    } else {
      if (indent < 0) {
        if (spaces <= parentIndent || leadingSpaces > spaces) return undefined;
        indent = spaces;
      }
      if (spaces < indent) break;
      if (folded && spaces > indent) return undefined;
      lines.push(s.slice(c.at + indent, lineEnd));
      lastText = lines.length - 1;
      textEndAt = nl + 1;
      textEndRow = c.row + 1;
    }
    c.at = nl + 1;
    c.row++;
  }
  if (lastText < 0) return undefined;
  const body = lines.slice(0, lastText + 1);
  let text = folded ? fold(body) : body.join('\n');
  if (chomp === 43) {
    text += '\n'.repeat(lines.length - lastText);
    c.endAt = c.at;
    c.endRow = c.row;
  } else {
    if (chomp !== DASH) text += '\n';
    c.endAt = textEndAt;
    c.endRow = textEndRow;
  }
  return text;
}

/** Folds lines as `>` does: a line break between two lines of text is a space, blank lines are line breaks. */
function fold(lines: readonly string[]): string {
  let out = '';
  let blanks = 0;
  let seenText = false;
  for (const line of lines) {
    if (line === '') {
      blanks++;
      continue;
    }
    out += seenText && blanks === 0 ? ' ' : '\n'.repeat(blanks);
    out += line;
    blanks = 0;
    seenText = true;
  }
  return out;
}

/**
 * Where a plain key starting at `start` ends: its colon, which a space or the line's end
 * follows. -1 when the key isn't a simple one (quoted, an indicator first, a space before the
 * colon, a character outside letters, digits, `_-. /()` and non-ASCII, over 1000 characters:
 * yaml refuses implicit keys over 1024).
 */
function keyEnd(s: string, start: number, end: number): number {
  if (!isKeyStart(s.charCodeAt(start))) return -1;
  let i = start + 1;
  while (i < end && isKeyPart(s.charCodeAt(i))) i++;
  for (;;) {
    if (i >= end || i - start > 1000) return -1;
    const ch = s.charCodeAt(i);
    if (ch === COLON) {
      const after = s.charCodeAt(i + 1);
      if (i + 1 === end || after === SPACE) return s.charCodeAt(i - 1) === SPACE ? -1 : i;
    } else if (!isKeyPart(ch) && ch !== SPACE && ch !== 46 && ch !== 47 && ch !== 40 && ch !== 41 && ch < 128) {
      return -1;
    }
    i++;
  }
}

/**
 * Keys the core schema reads as null or true/false: yaml drops a null key, and `true` and `True`
 * are the same key to it. (A key can't start with a digit, a sign or a dot here, so it is never a
 * number.)
 */
function isNonStringKey(key: string): boolean {
  if (key.length !== 4 && key.length !== 5) return false;
  switch (key.charCodeAt(0) | 32) {
    case 110: return key === 'null' || key === 'Null' || key === 'NULL';
    case 116: return key === 'true' || key === 'True' || key === 'TRUE';
    case 102: return key === 'false' || key === 'False' || key === 'FALSE';
    default: return false;
  }
}

const NULL_VALUE: FieldValue = { type: 'null' };
const OTHER: FieldValue = { type: 'other' };

/**
 * The value `s[from, end)` on one line (`end` trimmed of trailing spaces): quoted, a flow list,
 * `{}`, or plain. Sets `read.length` to the characters it took (quotes and brackets included).
 */
function readValue(s: string, from: number, end: number, read: Cursor): FieldValue | undefined {
  const c = s.charCodeAt(from);
  if (c === SINGLE || c === DOUBLE) {
    const close = closingQuote(s, from, end);
    if (close < 0 || !endsCleanly(s, close + 1, end)) return undefined;
    read.length = close + 1 - from;
    return { type: 'text', text: quoted(s, from, close) };
  }
  if (c === OPEN_BRACKET) return readFlowList(s, from, end, read);
  if (c === OPEN_BRACE) {
    let i = from + 1;
    while (i < end && s.charCodeAt(i) === SPACE) i++;
    if (s.charCodeAt(i) !== CLOSE_BRACE || i >= end || !endsCleanly(s, i + 1, end)) return undefined;
    read.length = i + 1 - from;
    return OTHER;
  }
  // One pass to the comment (` #`, looked for on this line only) that also turns away `: `
  // inside the value, which plain() would otherwise look for in a second pass.
  let stop = from;
  for (; stop < end; stop++) {
    const d = s.charCodeAt(stop);
    if (d === SPACE ? s.charCodeAt(stop + 1) === HASH : d === COLON && s.charCodeAt(stop + 1) === SPACE) break;
  }
  if (stop < end && s.charCodeAt(stop) === COLON) return undefined;
  while (stop > from && s.charCodeAt(stop - 1) === SPACE) stop--;
  read.length = stop - from;
  return plain(s, from, stop, false);
}

/**
 * The closing quote of the quoted scalar opening at `from`, before `end`: -1 when there is
 * none, or when a double-quoted one has an escape (yaml reads those).
 */
function closingQuote(s: string, from: number, end: number): number {
  if (s.charCodeAt(from) === DOUBLE) {
    const close = s.indexOf('"', from + 1);
    if (close < 0 || close >= end) return -1;
    // Looked for between the quotes only: indexOf would search the rest of the file.
    for (let i = from + 1; i < close; i++) if (s.charCodeAt(i) === 92 /* \\ */) return -1;
    return close;
  }
  let i = from + 1;
  for (;;) {
    i = s.indexOf("'", i);
    if (i < 0 || i >= end) return -1;
    if (i + 1 >= end || s.charCodeAt(i + 1) !== SINGLE) return i;
    i += 2;
  }
}

/** The text of the quoted scalar `s[from, close]`: a single-quoted one's `''` is one quote. */
function quoted(s: string, from: number, close: number): string {
  const inner = s.slice(from + 1, close);
  return s.charCodeAt(from) === SINGLE && inner.includes("''") ? inner.replace(/''/g, "'") : inner;
}

/** `[a, "b", 'c']` on one line: plain or quoted items. */
function readFlowList(s: string, from: number, end: number, read: Cursor): FieldValue | undefined {
  const items: FieldValue[] = [];
  let i = from + 1;
  while (i < end && s.charCodeAt(i) === SPACE) i++;
  if (s.charCodeAt(i) === CLOSE_BRACKET && i < end) return closeList(s, from, i, end, read, items);
  for (;;) {
    while (i < end && s.charCodeAt(i) === SPACE) i++;
    if (i >= end) return undefined;
    const c = s.charCodeAt(i);
    if (c === SINGLE || c === DOUBLE) {
      const close = closingQuote(s, i, end);
      if (close < 0) return undefined;
      items.push({ type: 'text', text: quoted(s, i, close) });
      i = close + 1;
      while (i < end && s.charCodeAt(i) === SPACE) i++;
    } else {
      const itemStart = i;
      for (; i < end; i++) {
        const d = s.charCodeAt(i);
        if (d === COMMA || d === CLOSE_BRACKET) break;
        if (d === OPEN_BRACKET || d === OPEN_BRACE || d === CLOSE_BRACE || d === DOUBLE || d === SINGLE || d === HASH) return undefined;
      }
      let itemEnd = i;
      while (itemEnd > itemStart && s.charCodeAt(itemEnd - 1) === SPACE) itemEnd--;
      const item = plain(s, itemStart, itemEnd, true);
      if (item === undefined) return undefined;
      items.push(item);
    }
    if (i >= end) return undefined;
    const d = s.charCodeAt(i);
    if (d === CLOSE_BRACKET) return closeList(s, from, i, end, read, items);
    if (d !== COMMA) return undefined;
    i++;
  }
}

function closeList(s: string, from: number, close: number, end: number, read: Cursor, items: FieldValue[]): FieldValue | undefined {
  if (!endsCleanly(s, close + 1, end)) return undefined;
  read.length = close + 1 - from;
  return { type: 'list', items };
}

/** After a quoted value or a flow list: the end of the line, or spaces and a comment. */
function endsCleanly(s: string, i: number, end: number): boolean {
  if (i === end) return true;
  if (s.charCodeAt(i) !== SPACE) return false;
  while (i < end && s.charCodeAt(i) === SPACE) i++;
  return i < end && s.charCodeAt(i) === HASH;
}

/** Characters YAML treats specially or forbids: their blocks go to yaml. */
// eslint-disable-next-line no-control-regex -- control characters are what this class looks for
const ODD = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\x85\uFEFF\u2028\u2029\t]/g;

/**
 * Anything but a line feed and printable ASCII. Most blocks have none, and this class, with
 * fewer ranges than ODD's, is tested in ~60% of its time (0.29 against 0.49 µs a block).
 */
// eslint-disable-next-line no-control-regex -- control characters are what this class looks for
const NOT_PLAIN = /[\x00-\x09\x0B-\x1F\x7F-\uFFFF]/g;

/**
 * An odd character in `s[from, to)`, or a carriage return that doesn't end a line (a regex beats
 * a loop here), in a block that is not plain (see NOT_PLAIN, tested first by the caller). The
 * regexes are global so they can start at `from`; lastIndex is set before each use, so they carry
 * nothing from one call to the next.
 */
function hasOddCharacter(s: string, from: number, to: number): boolean {
  if (found(ODD, s, from, to)) return true;
  for (let cr = s.indexOf('\r', from); cr >= 0 && cr < to; cr = s.indexOf('\r', cr + 1)) {
    if (cr + 1 < to && s.charCodeAt(cr + 1) !== 10) return true;
  }
  return false;
}

/** Whether the global `re` matches in `s[from, to)`, a match starting there at least. */
function found(re: RegExp, s: string, from: number, to: number): boolean {
  re.lastIndex = from;
  return re.test(s) && re.lastIndex - 1 < to;
}

/** A key starts with a letter, `_` or a non-ASCII character (never a digit, sign or dot: no number). */
function isKeyStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c >= 128;
}

function isKeyPart(c: number): boolean {
  return isKeyStart(c) || (c >= 48 && c <= 57) || c === 45;
}

/** A value starting with one of these is not a simple plain scalar: `-?:,]{}#&*!|>%@` and backtick, quotes, `[`. */
const INDICATOR = new Uint8Array(128);
for (const c of '-?:,]{}#&*!|>%@`"\'[') INDICATOR[c.charCodeAt(0)] = 1;

/** A table rather than a Set: this runs for every value and list item of every contact. */
function isIndicator(c: number): boolean {
  return c < 128 && INDICATOR[c] === 1;
}

/**
 * The plain scalar `s[from, to)`, or undefined when it isn't simple: an indicator first, `:` last;
 * in a flow list, any `:` (outside one, readValue has turned away `: ` and cut at ` #`).
 */
function plain(s: string, from: number, to: number, inFlow: boolean): FieldValue | undefined {
  if (from === to || isIndicator(s.charCodeAt(from)) || s.charCodeAt(to - 1) === COLON) return undefined;
  if (inFlow) {
    for (let i = from; i < to; i++) if (s.charCodeAt(i) === COLON) return undefined;
  }
  const text = s.slice(from, to);
  if (text === '~' || text === 'null' || text === 'Null' || text === 'NULL') return NULL_VALUE;
  return { type: 'text', text };
}

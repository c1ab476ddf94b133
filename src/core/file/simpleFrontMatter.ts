import type { Field, FieldValue, FrontMatterData } from './frontMatter';

// The fast path: most contact blocks are lines of `key: value`, which one pass over the
// characters reads some fifty times faster than a YAML parser. Anything it is not sure of —
// indentation, block lists, anchors, tags, escapes, a duplicate key, an odd character — returns
// undefined and the caller asks yaml. It must give exactly yaml's result: tests check it on
// every fixture and on random blocks. Only the space counts as a blank here, as in YAML (a
// no-break space is text, and a tab sends the block to yaml).

const SPACE = 32;
const HASH = 35;
const COLON = 58;
const SINGLE = 39;
const DOUBLE = 34;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

/** The simple-lines reading of a block, or undefined when yaml must decide. */
export function readSimpleFrontMatter(content: string, contentLine: number): FrontMatterData | undefined {
  return readSimpleFrontMatterIn(content, 0, content.length, contentLine);
}

/**
 * The same, of the block `text[from, n)`, read where it stands: a slice would cost a copy, and
 * charCodeAt on a slice goes through its parent on every call. `n` is the start of a line (or
 * the end of the text), as a block's end is.
 */
export function readSimpleFrontMatterIn(content: string, from: number, n: number, contentLine: number): FrontMatterData | undefined {
  if (hasOddCharacter(content, from, n)) return undefined;
  const fields = new Map<string, Field>();
  const read: Read = { length: 0 };
  let size = 0;
  let row = contentLine;
  for (let at = from; at < n; row++) {
    let nl = content.indexOf('\n', at);
    if (nl < 0 || nl > n) nl = n;
    let end = nl > at && content.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    const start = at;
    at = nl + 1;
    if (start === end) continue;
    const first = content.charCodeAt(start);
    if (first === HASH) continue;
    if (first === SPACE) {
      let i = start + 1;
      while (i < end && content.charCodeAt(i) === SPACE) i++;
      if (i === end || content.charCodeAt(i) === HASH) continue;
      return undefined;
    }
    if (!isKeyStart(first)) return undefined;
    let colon = start + 1;
    while (colon < end && isKeyPart(content.charCodeAt(colon))) colon++;
    // yaml refuses implicit keys over 1024 characters; leave those to it.
    if (colon === end || content.charCodeAt(colon) !== COLON || colon - start > 1000) return undefined;
    let valueStart = colon + 1;
    if (valueStart < end && content.charCodeAt(valueStart) !== SPACE) return undefined;
    const key = content.slice(start, colon);
    while (valueStart < end && content.charCodeAt(valueStart) === SPACE) valueStart++;
    while (end > valueStart && content.charCodeAt(end - 1) === SPACE) end--;
    const keyLength = colon - start;
    if (valueStart === end || content.charCodeAt(valueStart) === HASH) {
      fields.set(key, { key, value: NULL_VALUE, keyLine: row, line: row, column: keyLength, endLine: row, endColumn: keyLength });
      // A key seen before leaves the size as it was: yaml reports the duplicate.
      if (fields.size === size) return undefined;
      size++;
      continue;
    }
    const value = readValue(content, valueStart, end, read);
    if (value === undefined) return undefined;
    const column = valueStart - start;
    fields.set(key, { key, value, keyLine: row, line: row, column, endLine: row, endColumn: column + read.length });
    if (fields.size === size) return undefined;
    size++;
  }
  return { isMapping: fields.size > 0, fields, problems: [] };
}

const NULL_VALUE: FieldValue = { type: 'null' };

/** Where readValue says how many characters the value took (quotes and brackets included). */
interface Read {
  length: number;
}

function readValue(s: string, from: number, end: number, read: Read): FieldValue | undefined {
  const c = s.charCodeAt(from);
  if (c === SINGLE) {
    let i = from + 1;
    let doubled = false;
    for (;;) {
      i = s.indexOf("'", i);
      if (i < 0 || i >= end) return undefined;
      if (s.charCodeAt(i + 1) !== SINGLE || i + 1 >= end) break;
      doubled = true;
      i += 2;
    }
    if (!endsCleanly(s, i + 1, end)) return undefined;
    read.length = i + 1 - from;
    const inner = s.slice(from + 1, i);
    return { type: 'text', text: doubled ? inner.replace(/''/g, "'") : inner };
  }
  if (c === DOUBLE) {
    const close = s.indexOf('"', from + 1);
    if (close < 0 || close >= end || !endsCleanly(s, close + 1, end)) return undefined;
    const inner = s.slice(from + 1, close);
    if (inner.includes('\\')) return undefined;
    read.length = close + 1 - from;
    return { type: 'text', text: inner };
  }
  if (c === OPEN_BRACKET) return readFlowList(s, from, end, read);
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

function readFlowList(s: string, from: number, end: number, read: Read): FieldValue | undefined {
  const items: FieldValue[] = [];
  let itemStart = from + 1;
  let blank = true;
  for (let i = from + 1; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === CLOSE_BRACKET) {
      if (!endsCleanly(s, i + 1, end)) return undefined;
      read.length = i + 1 - from;
      if (blank && items.length === 0) return { type: 'list', items };
      const last = flowItem(s, itemStart, i);
      if (last === undefined) return undefined;
      items.push(last);
      return { type: 'list', items };
    }
    if (c === 44 /* , */) {
      const item = flowItem(s, itemStart, i);
      if (item === undefined) return undefined;
      items.push(item);
      itemStart = i + 1;
    } else if (c === OPEN_BRACKET || c === 123 || c === 125 || c === DOUBLE || c === SINGLE || c === HASH) {
      return undefined;
    } else if (c !== SPACE) {
      blank = false;
    }
  }
  return undefined;
}

function flowItem(s: string, from: number, to: number): FieldValue | undefined {
  while (from < to && s.charCodeAt(from) === SPACE) from++;
  while (to > from && s.charCodeAt(to - 1) === SPACE) to--;
  return plain(s, from, to, true);
}

/** After a quoted value or a flow list: the end of the line, or spaces and a comment. */
function endsCleanly(s: string, i: number, end: number): boolean {
  if (i === end) return true;
  if (s.charCodeAt(i) !== SPACE) return false;
  while (i < end && s.charCodeAt(i) === SPACE) i++;
  return i < end && s.charCodeAt(i) === HASH;
}

/** Characters YAML treats specially or forbids: their blocks go to yaml. */
const ODD = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\x85\uFEFF\u2028\u2029\t]/g;

/**
 * Anything but a line feed and printable ASCII. Most blocks have none, and this class, with
 * fewer ranges than ODD's, is tested in ~60% of its time (0.29 against 0.49 µs a block).
 */
const NOT_PLAIN = /[\x00-\x09\x0B-\x1F\x7F-\uFFFF]/g;

/**
 * An odd character in `s[from, to)`, or a carriage return that doesn't end a line (a regex beats
 * a loop here). The regexes are global so they can start at `from`; lastIndex is set before each
 * use, so they carry nothing from one call to the next.
 */
function hasOddCharacter(s: string, from: number, to: number): boolean {
  if (!found(NOT_PLAIN, s, from, to)) return false;
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

function isKeyStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
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
 * in a flow list, any `:` or space (outside one, readValue has turned away `: ` and cut at ` #`).
 */
function plain(s: string, from: number, to: number, inFlow: boolean): FieldValue | undefined {
  if (from === to || isIndicator(s.charCodeAt(from)) || s.charCodeAt(to - 1) === COLON) return undefined;
  if (inFlow) {
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i);
      if (c === COLON || c === SPACE) return undefined;
    }
  }
  const text = s.slice(from, to);
  if (text === '~' || text === 'null' || text === 'Null' || text === 'NULL') return NULL_VALUE;
  return { type: 'text', text };
}

import { isMap, isScalar, parseDocument } from 'yaml';

/** How a YAML scalar is written in the file. */
export type QuoteStyle = 'plain' | 'single' | 'double';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2}|T\d{2}:\d{2}(?::00)?)?$/;

/**
 * Writes `value` as a YAML scalar that reads back as exactly that string, in `preferred` style
 * when that style can hold it. Plain is used only when YAML 1.2 (what the diary reads) AND
 * YAML 1.1 (what gray-matter, Obsidian and other tools read) both give the same string back:
 * `No`, `null`, `2026-11-27`, `1:20`, `Sent: proposal`, `#3`, `- call back`, `[[Acme]]`
 * get quoted. `dateKey` lets a date in `next`/`last` stay plain, as the user writes it.
 * Never folds a long line.
 */
export function renderScalar(value: string, preferred: QuoteStyle, dateKey = false, inFlow = false): string {
  if (needsEscapes(value)) return doubleQuoted(value);
  if (preferred === 'double') return doubleQuoted(value);
  if (preferred === 'single') return singleQuoted(value);
  if (dateKey && ISO_DATE.test(value)) return value;
  if (readsBackPlain(value, false, inFlow)) return value;
  return value.includes("'") && !value.includes('"') && !value.includes('\\') ? doubleQuoted(value) : singleQuoted(value);
}

/** Writes a mapping key: plain when it reads back as itself, else quoted. */
export function renderKey(key: string, inFlow = false): string {
  if (needsEscapes(key)) return doubleQuoted(key);
  return readsBackPlain(key, true, inFlow) ? key : singleQuoted(key);
}

function singleQuoted(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

function doubleQuoted(value: string): string {
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (isPrintable(code) && code !== 0x85 && code !== 0x2028 && code !== 0x2029 && code !== 0xfeff) out += ch;
    else if (code <= 0xff) out += `\\x${hex(code, 2)}`;
    else if (code <= 0xffff) out += `\\u${hex(code, 4)}`;
    else out += `\\U${hex(code, 8)}`;
  }
  return `${out}"`;
}

const hex = (n: number, width: number) => n.toString(16).toUpperCase().padStart(width, '0');

/** YAML's c-printable set (lone surrogates are not printable). */
function isPrintable(code: number): boolean {
  return code === 0x09 || code === 0x0a || code === 0x0d || (code >= 0x20 && code <= 0x7e) || code === 0x85 ||
    (code >= 0xa0 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/** Line breaks, tabs and unprintable characters can only be written, unfolded, with escapes. */
function needsEscapes(value: string): boolean {
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (code === 0x0a || code === 0x0d || code === 0x09 || code === 0x85 || code === 0x2028 || code === 0x2029 ||
      code === 0xfeff || !isPrintable(code)) return true;
  }
  return false;
}

/** Words and letters only, and none YAML 1.1 reads as a boolean or null: plain without asking the parser. */
const SURELY_PLAIN = /^[A-Za-z\u00C0-\u024F][\w\u00C0-\u024F .,'()&/+-]*$/;
const YAML11_WORDS = /^(?:y|n|yes|no|true|false|on|off|null)$/i;

function readsBackPlain(value: string, asKey: boolean, inFlow: boolean): boolean {
  if (value === '' || value !== value.trim()) return false;
  if (SURELY_PLAIN.test(value) && !YAML11_WORDS.test(value) && !(inFlow && value.includes(','))) return true;
  // The parser is the judge: anything it would read as another type, a comment, a nested
  // mapping, a list or an error is not safe to write plain.
  const pair = asKey ? `${value}: x` : `k: ${value}`;
  const src = inFlow ? `{ ${pair} }\n` : `${pair}\n`;
  for (const version of ['1.2', '1.1'] as const) {
    const doc = parseDocument(src, { version, uniqueKeys: false });
    if (doc.errors.length > 0 || !isMap(doc.contents) || doc.contents.items.length !== 1) return false;
    const item = doc.contents.items[0]!;
    const node = asKey ? item.key : item.value;
    if (!isScalar(node) || node.value !== value || node.comment || node.type !== 'PLAIN' || node.tag) return false;
    if (!asKey && !(isScalar(item.key) && item.key.value === 'k')) return false;
  }
  return true;
}

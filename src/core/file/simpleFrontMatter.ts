import type { Field, FieldValue, FrontMatterData } from './frontMatter';

// The fast path: most contact blocks are lines of `key: value`, which a few regular expressions
// read some thirty times faster than a YAML parser. Anything it is not sure of — indentation,
// block lists, anchors, tags, escapes, a duplicate key, an odd character — returns undefined
// and the caller asks yaml. It must give exactly yaml's result; a test checks it on every fixture.

const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?:( +)(.*))?$/;
const NULL = /^(?:~|null|Null|NULL)$/;
/** Characters YAML treats specially or forbids; their lines go to yaml. */
const ODD = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\x85\uFEFF\u2028\u2029\t]/;
/** A value starting with one of these is not a simple plain scalar. */
const INDICATOR = /^[-?:,\]{}#&*!|>%@`]/;
const SINGLE = /^'((?:[^']|'')*)'(?: +#.*)?$/;
const DOUBLE = /^"([^"\\]*)"(?: +#.*)?$/;
const FLOW = /^\[([^[\]{}"'#]*)\](?: +#.*)?$/;

/** The simple-lines reading of a block, or undefined when yaml must decide. */
export function readSimpleFrontMatter(content: string, contentLine: number): FrontMatterData | undefined {
  if (ODD.test(content)) return undefined;
  const fields = new Map<string, Field>();
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.includes('\r')) return undefined;
    const first = line.charCodeAt(0);
    if (first === 35 /* # */) continue;
    if (first === 32 /* space */ || line === '') {
      const t = line.trimStart();
      if (t === '' || t.startsWith('#')) continue;
      return undefined;
    }
    const m = KEY_LINE.exec(line);
    if (!m) return undefined;
    const key = m[1]!;
    // yaml refuses implicit keys over 1024 characters; leave those to it.
    if (fields.has(key) || key.length > 1000) return undefined;
    const row = contentLine + i;
    const rest = (m[3] ?? '').replace(/ +$/, '');
    if (rest === '' || rest.startsWith('#')) {
      fields.set(key, { key, value: { type: 'null' }, keyLine: row, line: row, column: key.length, endLine: row, endColumn: key.length });
      continue;
    }
    const read = readValue(rest);
    if (!read) return undefined;
    const column = key.length + 1 + m[2]!.length;
    fields.set(key, { key, value: read.value, keyLine: row, line: row, column, endLine: row, endColumn: column + read.length });
  }
  return { isMapping: fields.size > 0, fields, problems: [] };
}

function readValue(rest: string): { value: FieldValue; length: number } | undefined {
  const c = rest[0];
  if (c === "'") {
    const m = SINGLE.exec(rest);
    return m ? { value: { type: 'text', text: m[1]!.replace(/''/g, "'") }, length: m[1]!.length + 2 } : undefined;
  }
  if (c === '"') {
    const m = DOUBLE.exec(rest);
    return m ? { value: { type: 'text', text: m[1]! }, length: m[1]!.length + 2 } : undefined;
  }
  if (c === '[') {
    const m = FLOW.exec(rest);
    if (!m) return undefined;
    const items = m[1]!.trim() === '' ? [] : m[1]!.split(',').map((s) => plain(s.trim(), true));
    if (items.some((v) => v === undefined)) return undefined;
    return { value: { type: 'list', items: items as FieldValue[] }, length: m[1]!.length + 2 };
  }
  const hash = rest.indexOf(' #');
  const text = (hash < 0 ? rest : rest.slice(0, hash)).replace(/ +$/, '');
  const value = plain(text, false);
  return value && { value, length: text.length };
}

function plain(text: string, inFlow: boolean): FieldValue | undefined {
  if (text === '' || INDICATOR.test(text) || text.startsWith('"') || text.startsWith("'") || text.startsWith('[')) return undefined;
  if (text.endsWith(':') || text.includes(': ') || text.includes(' #')) return undefined;
  if (inFlow && (text.includes(':') || text.includes(' '))) return undefined;
  return NULL.test(text) ? { type: 'null' } : { type: 'text', text };
}

import { type CST, isAlias, isScalar } from 'yaml';
import { type Result, type TextEdit, fail, ok } from '../types';
import { type QuoteStyle, renderKey, renderScalar } from './quote';
import { type MapItem, type YamlBlock, describeNode, findItems } from './yamlBlock';
import { dateBeforeHash } from './yamlMistakes';

/** Keys whose ISO dates are written plain, as a person types them (birthdays too: an import adds them). */
const DATE_KEYS = new Set(['next', 'last', 'waiting_since', 'birthday', 'anniversary']);

/** Whether `key` holds dates, whose ISO form is written plain (unquoted) wherever a value is written. */
export function isDateKey(key: string): boolean {
  return DATE_KEYS.has(key);
}

/**
 * What one `set`/`clear` needs: a replacement of the value's bytes, a new `key: value` line to
 * add at the end of the block, or nothing (the value is already what was asked).
 */
export type KeyChange =
  | { readonly kind: 'replace'; readonly edit: TextEdit }
  | { readonly kind: 'add'; readonly pair: string }
  | { readonly kind: 'none' };

const NONE: KeyChange = { kind: 'none' };

/** Sets `key` to the text `value`: only the value's bytes change; its quoting style is kept when it can hold the text. */
export function planSet(text: string, block: YamlBlock, key: string, value: string): Result<KeyChange> {
  const found = findOne(block, key);
  if (!found.ok) return found;
  if (currentValue(block, key) === value) return ok(NONE);
  const item = found.value;
  if (!item && block.doc.has(key)) return fail(`Can't find where "${key}" is written in the front-matter; nothing was changed.`);
  const dateKey = isDateKey(key);
  const inFlow = block.map?.type === 'flow-collection';
  const render = (style: QuoteStyle) => renderScalar(value, style, dateKey, inFlow);
  if (!item) return ok({ kind: 'add', pair: `${renderKey(key, inFlow)}: ${render('plain')}` });
  const token = item.value;
  if (!token) {
    const at = afterIndicators(item);
    if (at === undefined) return fail(`Can't find where the value of "${key}" goes; nothing was changed.`);
    return ok({ kind: 'replace', edit: intoBlank(text, block.base + at, render('plain')) });
  }
  if (token.type === 'block-scalar') return ok(replaceBlockScalar(text, block, token, render('plain')));
  const style = scalarStyle(token);
  if (!style) return fail(notAScalar(key, token));
  const start = block.base + token.offset;
  // An empty value right after a tag or anchor (`!!str,`) needs a space, or it would join them.
  const abuts = (item.sep ?? []).some((t) => (t.type === 'tag' || t.type === 'anchor') && t.offset + t.source.length === token.offset);
  const source = (token as CST.FlowScalar).source;
  return ok(replace(text, start, source.length, `${abuts ? ' ' : ''}${render(style)}${dateKey && style === 'plain' && !inFlow ? commentMeant(source) : ''}`));
}

/**
 * The comment a person meant after a date (`2026-12-01# call Bob first`, a no-break space before
 * the `#`), which YAML reads as part of the value: kept as a comment when the date is replaced,
 * its words not lost with it. Empty for any other value.
 */
function commentMeant(source: string): string {
  const meant = dateBeforeHash(source);
  return meant ? ` # ${meant.comment}` : '';
}

/**
 * Fills a list key that is there but empty (`tags:` blank, `tags: []`) with `flowList` (`[a, b]`),
 * in the value's place, or, for a blank one and where given, with `lines`, the list written
 * across lines (`blockListLines`); undefined when the key holds anything else (a list with
 * items, text).
 */
export function planFillEmptyList(text: string, block: YamlBlock, key: string, flowList: string, lines?: string): TextEdit | undefined {
  const items = findItems(block.map, key);
  const item = items.length === 1 ? items[0] : undefined;
  if (!item) return undefined;
  const token = item.value;
  if (!token) {
    const at = afterIndicators(item);
    if (at === undefined) return undefined;
    const from = block.base + at;
    // Across lines where asked and only blanks follow the colon (they go); else `[a, b]` in its place.
    const blanks = lines === undefined ? undefined : /^[ \t]*(?=\r?\n|$)/.exec(text.slice(from, from + 200))?.[0];
    if (lines !== undefined && blanks !== undefined) return { offset: from, length: blanks.length, newText: lines, expected: blanks };
    return intoBlank(text, from, flowList);
  }
  // `[]`, or `[ ]` (whose one item is only its blanks).
  const blank = (i: CST.CollectionItem) => !i.key && !i.value && !i.sep && i.start.every((t) => t.type === 'space' || t.type === 'newline');
  if (token.type !== 'flow-collection' || token.start.source !== '[' || !token.items.every(blank)) return undefined;
  const end = token.end.find((t) => t.type === 'flow-seq-end');
  if (!end) return undefined;
  const from = block.base + token.start.offset;
  const to = block.base + end.offset + end.source.length;
  return { offset: from, length: to - from, newText: flowList, expected: text.slice(from, to) };
}

/**
 * Writes `value` where a key's value is blank, `at` just after its colon: after the blank that
 * ends the line there (`next: ` takes no second space, which would trail after the value), else
 * after a blank of its own, before anything that follows (a comment keeps its distance).
 */
function intoBlank(text: string, at: number, value: string): TextEdit {
  return /^ [ \t]*(?:\r?\n|$)/.test(text.slice(at, at + 80)) ? { offset: at + 1, length: 0, newText: value, expected: '' } : { offset: at, length: 0, newText: ` ${value}`, expected: '' };
}

/**
 * How the block writes its lists where one is written across lines: the blanks before each `- `
 * beyond its key's own (`  ` as Obsidian writes `tags:` then `  - a`, `` for `- a` under the
 * key); undefined when no list of the block is so written (new lists are then `[a, b]`).
 */
export function blockListIndent(block: YamlBlock): string | undefined {
  if (block.map?.type !== 'block-map') return undefined;
  const column = (offset: number) => offset - (block.content.lastIndexOf('\n', offset - 1) + 1);
  for (const item of block.map.items) {
    const seq = item.value;
    const dash = seq?.type === 'block-seq' ? seq.items[0]?.start.find((t) => t.type === 'seq-item-ind') : undefined;
    const key = item.key ?? item.start[0];
    if (!dash || !key) continue;
    const extra = column(dash.offset) - column(key.offset);
    return extra >= 0 ? ' '.repeat(extra) : undefined;
  }
  return undefined;
}

/**
 * A list's items as lines under its key, as the block writes its lists (see `blockListIndent`):
 * the text to put right after `key:`, each item on a line of its own at `keyIndent` + `indent`.
 */
export function blockListLines(items: readonly string[], keyIndent: string, indent: string, eol: string): string {
  return items.map((v) => `${eol}${keyIndent}${indent}- ${renderScalar(v, 'plain', false, false)}`).join('');
}

/** Leaves `key:` blank. A missing key or a value that already reads as empty needs no change. */
export function planClear(text: string, block: YamlBlock, key: string): Result<KeyChange> {
  const found = findOne(block, key);
  if (!found.ok) return found;
  const token = found.value?.value;
  if (!token) return ok(NONE);
  if (token.type === 'block-scalar') {
    const change = replaceBlockScalar(text, block, token, '');
    if (change.kind !== 'replace') return ok(change);
    let start = change.edit.offset;
    while (text[start - 1] === ' ' || text[start - 1] === '\t') start--;
    const end = change.edit.offset + change.edit.length;
    return ok(replace(text, start, end - start, change.edit.newText));
  }
  if (!scalarStyle(token)) return fail(notAScalar(key, token));
  if (currentValue(block, key) === null && token.type !== 'alias') return ok(NONE);
  const end = block.base + token.offset + (token as CST.FlowScalar).source.length;
  let start = block.base + token.offset;
  // Take the blanks before the value too (`next: x` → `next:`); a value on its own line takes its line break.
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  if (text[start - 1] === '\n') start -= text[start - 2] === '\r' ? 2 : 1;
  start = beforeTag(text, found.value, start, block.base);
  return ok(replace(text, start, end - start, ''));
}

/** A tag right before a cleared value goes with it: `!!str` alone would read as "", not blank. */
function beforeTag(text: string, item: MapItem, start: number, base: number): number {
  const tag = (item.sep ?? []).filter((t) => t.type === 'tag').pop();
  if (!tag || !/^[ \t]*$/.test(text.slice(base + tag.offset + tag.source.length, start))) return start;
  let at = base + tag.offset;
  while (text[at - 1] === ' ' || text[at - 1] === '\t') at--;
  return at;
}

/**
 * A block scalar (`|`, `>`) becomes a one-line value on the key's line: the header is replaced,
 * a comment after it stays, and the indented lines go.
 */
function replaceBlockScalar(text: string, block: YamlBlock, token: CST.BlockScalar, rendered: string): KeyChange {
  const props = token.props.filter((t): t is CST.SourceToken => 'source' in t && 'indent' in t);
  const header = props.find((t) => t.type === 'block-scalar-header');
  const start = block.base + (header ?? token).offset;
  const headerEnd = header ? block.base + header.offset + header.source.length : start;
  const last = props[props.length - 1];
  const contentStart = last ? block.base + last.offset + last.source.length : start;
  const end = contentStart + token.source.length;
  return replace(text, start, end - start, rendered + text.slice(headerEnd, contentStart));
}

/** The key's scalar value as the diary reads it, through an alias; undefined for anything else. */
function currentValue(block: YamlBlock, key: string): unknown {
  const node = block.doc.get(key, true);
  const target = isAlias(node) ? node.resolve(block.doc) : node;
  return isScalar(target) ? target.value : undefined;
}

function findOne(block: YamlBlock, key: string): Result<MapItem | undefined> {
  const items = findItems(block.map, key);
  if (items.length > 1) return fail(`The key "${key}" appears ${items.length} times in the front-matter; keep one and try again. Nothing was changed.`);
  return ok(items[0]);
}

function scalarStyle(token: CST.Token): QuoteStyle | undefined {
  switch (token.type) {
    case 'scalar': case 'alias': return 'plain';
    case 'single-quoted-scalar': return 'single';
    case 'double-quoted-scalar': return 'double';
    default: return undefined;
  }
}

function notAScalar(key: string, token: CST.Token): string {
  return `"${key}" holds ${describeNode(token)}, not a single value, so it can't be set here; edit it by hand. Nothing was changed.`;
}

/** Just after `:` and any anchor or tag on the value, where a value for a blank key goes. */
function afterIndicators(item: MapItem): number | undefined {
  let at: number | undefined;
  for (const t of item.sep ?? []) {
    if (t.type === 'map-value-ind' || t.type === 'anchor' || t.type === 'tag') at = t.offset + t.source.length;
  }
  return at;
}

/**
 * The insertion of new `key: value` pairs: lines at the end of the block, lined up with the
 * other keys, in the block's line ending; or, in a `{ }` mapping, after its last entry.
 */
export function planAdditions(block: YamlBlock, pairs: readonly string[]): TextEdit {
  const map = block.map;
  if (map?.type !== 'flow-collection') {
    const indent = indentOf(block);
    const lines = pairs.map((p) => `${indent}${p}${block.eol}`).join('');
    return { offset: block.base + block.content.length, length: 0, newText: lines, expected: '' };
  }
  const close = map.end.find((t) => t.type === 'flow-map-end');
  let at = close ? close.offset : block.content.length;
  // Back over blanks, line ends and comments (`next: 2026-12-01 # call` on the last entry's line):
  // the new pairs go right after the last entry's own text, never into its comment.
  for (;;) {
    while (at > 0 && /[ \t\r\n]/.test(block.content[at - 1]!)) at--;
    const lineStart = block.content.lastIndexOf('\n', at - 1) + 1;
    const hash = commentStart(block.content.slice(lineStart, at));
    if (hash < 0) break;
    at = lineStart + hash;
  }
  const before = block.content[at - 1];
  const lead = before === '{' ? '' : before === ',' ? ' ' : ', ';
  return { offset: block.base + at, length: 0, newText: `${lead}${pairs.join(', ')}`, expected: '' };
}

/**
 * Where a comment starts in a line of a `{ }` mapping (a `#` at its start or after a blank, outside
 * quotes), or -1.
 */
function commentStart(line: string): number {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) return i;
  }
  return -1;
}

/** The column of the mapping's keys, so an added key (or a list's line under one) lines up with them. */
export function indentOf(block: YamlBlock): string {
  const first = block.map?.type === 'block-map' ? block.map.items[0] : undefined;
  const token = first?.key ?? first?.start[0];
  if (!token) return '';
  const lineStart = block.content.lastIndexOf('\n', token.offset - 1) + 1;
  const before = block.content.slice(lineStart, token.offset);
  return /^[ ]*$/.test(before) ? before : '';
}

function replace(text: string, offset: number, length: number, newText: string): KeyChange {
  return { kind: 'replace', edit: { offset, length, newText, expected: text.slice(offset, offset + length) } };
}

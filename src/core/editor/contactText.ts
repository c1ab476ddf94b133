import { type ReadResult } from '../contact';
import { dateTextFor } from '../dates/dateTimeForm';
import { type LocalDate } from '../dates/localDate';
import { type FrontMatterBlock, isYamlLanguage, splitFile } from '../file/split';
import { looksOurs, readContactText } from '../read';
import { type Position, type Range, range } from './types';

/**
 * Whether the text is a contact file (or one the diary would list as needing attention): a
 * front-matter block with a `next` key or another diary key (see `looksOurs`), or in a language the diary refuses to run. Cheap — a file
 * without a block costs one comparison — so providers can ask it on every call.
 */
export function isContactText(text: string): boolean {
  if (!text.startsWith('---', text.charCodeAt(0) === 0xfeff ? 1 : 0)) return false;
  const fm = splitFile(text).frontMatter;
  if (!fm) return false;
  return !isYamlLanguage(fm.language) || looksOurs(text.slice(fm.contentStart, fm.contentEnd));
}

/** A top-level `key: value` line of the front-matter, read line by line (so it works while the YAML is half typed). */
export interface KeyLine {
  readonly key: string;
  readonly line: number;
  /** The key, quotes included. */
  readonly keyRange: Range;
  /** The value without its quotes or a trailing comment; empty at the end of `key: ` when blank. */
  readonly valueRange: Range;
  /** The value's text, unquoted. */
  readonly value: string;
  readonly quote: '' | '"' | "'";
  /** A quote opened and not closed on the line (`next: "fri`, as it is being typed): the value runs to its end. */
  readonly unclosed?: true;
}

/** Line starts of a text, to turn offsets into positions and back. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The line's text without its line ending ('' past the end). */
  lineText(line: number): string {
    const start = this.starts[line];
    if (start === undefined) return '';
    const next = this.starts[line + 1];
    const end = next === undefined ? this.text.length : next - 1;
    return this.text.slice(start, end > start && this.text.charCodeAt(end - 1) === 13 ? end - 1 : end);
  }

  offsetAt(p: Position): number {
    const start = this.starts[Math.max(0, Math.min(p.line, this.starts.length - 1))]!;
    return Math.min(start + Math.max(0, p.character), this.text.length);
  }

  positionAt(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo]! };
  }
}

/** A contact's text cut for the editor features: its block, its lines, its top-level keys. */
export interface ContactView {
  readonly text: string;
  readonly lines: LineIndex;
  readonly block?: FrontMatterBlock;
  /** First and last+1 file lines of the block's content (empty when there is no YAML block). */
  readonly contentLines: readonly [number, number];
  readonly keys: readonly KeyLine[];
}

const KEY = /^(["']?)([A-Za-z_][\w-]*)\1[ \t]*:(?=[ \t]|$)/;

/** Cuts a text for the editor features; a text without a YAML block gets no keys. */
function viewOf(text: string): ContactView {
  const lines = new LineIndex(text);
  const block = splitFile(text).frontMatter;
  if (!block || !isYamlLanguage(block.language)) return { text, lines, block, contentLines: [0, 0], keys: [] };
  const first = lines.positionAt(block.contentStart).line;
  const last = block.close ? lines.positionAt(block.contentEnd).line : lines.lineCount;
  const keys: KeyLine[] = [];
  for (let line = first; line < last; line++) {
    const k = keyLine(lines.lineText(line), line);
    if (k) keys.push(k);
  }
  return { text, lines, block, contentLines: [first, last], keys };
}

function keyLine(s: string, line: number): KeyLine | undefined {
  const m = KEY.exec(s);
  if (!m) return undefined;
  const key = m[2]!;
  const keyRange = range(line, 0, line, m[1]!.length * 2 + key.length);
  let at = m[0].length;
  while (s[at] === ' ' || s[at] === '\t') at++;
  const q = s[at];
  if (q === '"' || q === "'") {
    const close = closingQuote(s, at + 1, q);
    const end = close < 0 ? s.length : close;
    const raw = s.slice(at + 1, end);
    const value = q === "'" ? raw.replace(/''/g, "'") : raw.replace(/\\"/g, '"');
    return { key, line, keyRange, valueRange: range(line, at + 1, line, end), value, quote: q, ...(close < 0 ? { unclosed: true as const } : {}) };
  }
  const hash = s.slice(at).search(/(^|[ \t])#/);
  const end = (hash < 0 ? s.length : at + hash);
  const value = s.slice(at, end).replace(/[ \t]+$/, '');
  return { key, line, keyRange, valueRange: range(line, at, line, at + value.length), value, quote: '' };
}

function closingQuote(s: string, from: number, q: string): number {
  for (let i = from; i < s.length; i++) {
    if (q === '"' && s[i] === '\\') i++;
    else if (s[i] === q) {
      if (q === "'" && s[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

/** The key line of `key` (the first, if repeated). */
export function keyOf(view: ContactView, key: string): KeyLine | undefined {
  return view.keys.find((k) => k.key === key);
}

/** `date` as the text to write over `key`'s value: a date-time in the form of the value or of the block's other date-times (`dateTextFor`). */
export function dateTextOver(view: ContactView, key: KeyLine, date: LocalDate): string {
  return dateTextFor(date, key.value, view.keys.filter((k) => k !== key).map((k) => k.value));
}

/** Whether `line` is a content line of the YAML block. */
export function inFrontMatter(view: ContactView, line: number): boolean {
  return line >= view.contentLines[0] && line < view.contentLines[1];
}

/**
 * A contact's text with what the editor features derive from it, each computed once on first
 * use. Every feature takes the text itself or one of these: a provider that asks several
 * features about one version of a document builds one and pays for one YAML parse, not one each.
 */
export class ContactDocument {
  private contact?: boolean;
  private cachedView?: ContactView;
  private cachedRead?: ReadResult;
  constructor(readonly text: string) {}

  /** `isContactText` of the text. */
  get isContact(): boolean {
    return (this.contact ??= isContactText(this.text));
  }

  get view(): ContactView {
    return (this.cachedView ??= viewOf(this.text));
  }

  /** The text as the diary reads it (`readContactText`). */
  get read(): ReadResult {
    return (this.cachedRead ??= readContactText('', this.text));
  }
}

/** A file's text, or a `ContactDocument` of it. */
export type EditorInput = string | ContactDocument;

/** The input as a document: a text gets a fresh one (computed lazily), a document is itself. */
export const documentOf = (input: EditorInput): ContactDocument => (typeof input === 'string' ? new ContactDocument(input) : input);

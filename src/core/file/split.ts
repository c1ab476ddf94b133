/** A line ending as the file writes it. */
export type LineEnding = '\n' | '\r\n';

/** A line of the file: where it starts, where its text ends, where the next line starts. */
export interface LineSpan {
  /** Offset of the line's first character. */
  readonly start: number;
  /** Offset just after its text, before the line ending. */
  readonly end: number;
  /** Offset just after the line ending (= `end` on a last line without one). */
  readonly next: number;
}

/**
 * The front-matter block: an opening line `---` (maybe followed by a language, `---js`,
 * `--- yaml`), the content, and a closing line `---` or `...`. Offsets are UTF-16 offsets in
 * the file's text (as JavaScript strings and VS Code documents count), BOM included.
 */
export interface FrontMatterBlock {
  /** The opening fence line, `---` and any language after it. */
  readonly open: LineSpan;
  /** The word after the opening `---`, trimmed (`js`, `toml`, `yaml`); `''` when none. */
  readonly language: string;
  /** Where the YAML content starts (= `open.next`). */
  readonly contentStart: number;
  /** Where the content ends: the start of the closing line, or the end of the file if it never closes. */
  readonly contentEnd: number;
  /** The closing fence line; absent when the block never closes. */
  readonly close?: LineSpan & { readonly marker: '---' | '...' };
  /** 0-based line of the file where the content starts, to map YAML positions to file lines. */
  readonly contentLine: number;
  /** The line ending of the opening line: what an edit inside the block writes. */
  readonly eol: LineEnding;
}

/** A file cut into its parts. `text.slice(bodyStart)` is the body, byte for byte. */
export interface FileParts {
  /** The file starts with U+FEFF. */
  readonly bom: boolean;
  readonly frontMatter?: FrontMatterBlock;
  /** Where the Markdown body starts: after the closing fence line, at 0/1 (BOM) without a block, at the end when the block never closes. */
  readonly bodyStart: number;
}

const BOM = 0xfeff;

/** The line that starts at `start`: `\n` or `\r\n` ends it. */
export function lineAt(text: string, start: number): LineSpan {
  const nl = text.indexOf('\n', start);
  if (nl < 0) return { start, end: text.length, next: text.length };
  const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
  return { start, end, next: nl + 1 };
}

/** `---`, then optional blanks and a language word; `----` or `---x-…` rules are Markdown, not a fence. */
const OPEN = /^---(?:[ \t]*([A-Za-z][\w+.-]*))?[ \t]*$/;
const CLOSE = /^(---|\.\.\.)[ \t]*$/;

/**
 * Splits a file into BOM, front-matter block and body. A block exists only when the very first
 * line (after a BOM) is a fence; the first later line that is `---` or `...` closes it, and any
 * `---` after that is body. Never throws.
 */
export function splitFile(text: string): FileParts {
  const bom = text.charCodeAt(0) === BOM;
  const first = bom ? 1 : 0;
  if (!text.startsWith('---', first)) return { bom, bodyStart: first };
  const open = lineAt(text, first);
  // A bare `---` is by far the most common opening line: no need for the regex.
  const bare = open.end === first + 3;
  const m = bare ? undefined : OPEN.exec(text.slice(open.start, open.end));
  if (!bare && !m) return { bom, bodyStart: first };
  const language = m?.[1] ?? '';
  const eol: LineEnding = open.next > open.end + 1 ? '\r\n' : '\n';
  const contentStart = open.next;
  for (let at = contentStart; at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const next = nl < 0 ? text.length : nl + 1;
    // Cheap first-character test before anything else: most lines start with a letter.
    const c = text.charCodeAt(at);
    if ((c === 45 || c === 46) && text.charCodeAt(at + 1) === c && text.charCodeAt(at + 2) === c) {
      const span = lineAt(text, at);
      const close = CLOSE.exec(text.slice(span.start, span.end));
      if (close) {
        const marker = close[1] as '---' | '...';
        return {
          bom,
          frontMatter: { open, language, contentStart, contentEnd: span.start, close: { start: span.start, end: span.end, next: span.next, marker }, contentLine: 1, eol },
          bodyStart: span.next,
        };
      }
    }
    at = next;
  }
  return { bom, frontMatter: { open, language, contentStart, contentEnd: text.length, contentLine: 1, eol }, bodyStart: text.length };
}

/** True when the language after `---` means YAML (`''`, `yaml`, `yml`, any case). */
export function isYamlLanguage(language: string): boolean {
  const l = language.toLowerCase();
  return l === '' || l === 'yaml' || l === 'yml';
}

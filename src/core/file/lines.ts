/** A heading of the Markdown body that lies outside any block quote or list item. */
export interface Heading {
  /** 1 to 6: the number of `#`, or 1 for a setext `===` underline and 2 for `---`. */
  readonly level: number;
  /** Its text without the `#` marks; a setext heading's lines joined by `\n`; each line trimmed. */
  readonly text: string;
  /** The 0-based line number of its first line (a setext heading's first line of text). */
  readonly line: number;
  /** The offset of its first line's first character. */
  readonly start: number;
}

/**
 * Calls `visit` for each line of `text` from `start` that lies outside code (fenced or indented)
 * and HTML blocks, read as CommonMark reads a document's blocks, with the line's text (no line
 * ending), its start offset, its 0-based line number (`firstLine` is the number of the line at
 * `start`) and the offset of the next line. On the line that completes a heading outside block
 * quotes and list items (an ATX heading's line, a setext heading's underline), `heading` says
 * which. Return `false` from `visit` to stop.
 *
 * One pass over the lines, no parser. Block quotes and list items are followed (where they end
 * also ends a fence or HTML block opened inside them, and a heading inside them is not given as
 * one); a line ending is `\n` or `\r\n` (a lone `\r` is not one); and a paragraph made of link
 * reference definitions alone, which CommonMark drops, still turns a `---` under it into a
 * setext heading, with that definition for its text.
 */
export function forEachLineOutsideFences(
  text: string,
  start: number,
  firstLine: number,
  visit: (line: string, offset: number, lineNumber: number, next: number, heading?: Heading) => boolean | void,
): void {
  const blocks = new BlockScanner();
  let lineNumber = firstLine;
  for (let at = start; at < text.length; lineNumber++) {
    const nl = text.indexOf('\n', at);
    const next = nl < 0 ? text.length : nl + 1;
    const end = nl > at && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl < 0 ? text.length : nl;
    const line = text.slice(at, end);
    const seen = blocks.scan(line, lineNumber, at);
    if (seen !== HIDDEN && visit(line, at, lineNumber, next, seen) === false) return;
    at = next;
  }
}

/** The number of line breaks in `text` before `offset`. */
export function lineOf(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

const HIDDEN = 'hidden';

/** Whether a line whose first non-space is `c` may start a block other than a paragraph: `#`, a backtick, `~*+_=<>-` or a digit. */
function maybeSpecial(c: number): boolean {
  return c === 35 || c === 96 || c === 126 || c === 42 || c === 43 || c === 95 || c === 61 || c === 60 || c === 62 || c === 45 || (c >= 48 && c <= 57);
}

type Container = { readonly kind: 'quote' } | { readonly kind: 'item'; readonly width: number; empty: boolean };
type Leaf =
  | { readonly kind: 'paragraph'; readonly line: number; readonly start: number; readonly lines: string[] }
  | { readonly kind: 'fence'; readonly char: string; readonly length: number; readonly indent: number }
  | { readonly kind: 'code' }
  | { readonly kind: 'html'; readonly type: number };

const ATX = /^(#{1,6})(?:[ \t]+|$)/;
const FENCE = /^(?:`{3,}(?!.*`)|~{3,})/;
const CLOSING_FENCE = /^(`{3,}|~{3,})[ \t]*$/;
const SETEXT = /^(?:=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})$/;
const BULLET = /^[*+-]/;
const ORDERED = /^(\d{1,9})[.)]/;

const BLOCK_TAGS = 'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul';
const ATTRIBUTE = `[ \\t]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \\t]*=[ \\t]*(?:[^ \\t"'=<>\`\\x00-\\x20]+|'[^']*'|"[^"]*"))?`;
/** The first line of each of CommonMark's seven kinds of HTML block, from its first non-space. */
const HTML_OPEN = [
  /^<(?:script|pre|textarea|style)(?:[ \t>]|$)/i,
  /^<!--/,
  /^<\?/,
  /^<![A-Za-z]/,
  /^<!\[CDATA\[/,
  new RegExp(`^</?(?:${BLOCK_TAGS})(?:[ \\t]|/?>|$)`, 'i'),
  new RegExp(`^(?:<[A-Za-z][A-Za-z0-9-]*(?:${ATTRIBUTE})*[ \\t]*/?>|</[A-Za-z][A-Za-z0-9-]*[ \\t]*>)[ \\t]*$`),
];
/** What ends an HTML block of kinds 1 to 5, on the same line or a later one (6 and 7 end before a blank line). */
const HTML_CLOSE = [/<\/(?:script|pre|textarea|style)>/i, /-->/, /\?>/, />/, /\]\]>/];

/**
 * CommonMark's block structure, one line at a time: the open block quotes and list items, and
 * the leaf block inside the innermost (a paragraph, code or HTML). Follows the spec's appendix,
 * "A parsing strategy": match the open containers, then look for new block starts, then lazy
 * paragraph continuation. Tabs count to the next multiple of 4 columns, a tab split by a
 * container's indentation included.
 */
class BlockScanner {
  private readonly open: Container[] = [];
  private leaf: Leaf | undefined;
  private s = '';
  private offset = 0;
  private column = 0;
  private nextNonspace = 0;
  private indent = 0;
  private blank = false;
  // Of the line being read: how many open containers it continues, the paragraph it continues
  // (undefined once a block starts), whether the unmatched blocks are closed yet, and whether
  // the innermost open block is a paragraph.
  private matched = 0;
  private kept: Leaf | undefined;
  private allClosed = true;
  private tipIsParagraph = false;

  /** Reads one line: `'hidden'` inside code or HTML, the heading it completes outside containers, else undefined. */
  scan(s: string, lineNumber: number, lineStart: number): Heading | typeof HIDDEN | undefined {
    this.s = s;
    this.offset = 0;
    this.column = 0;
    const open = this.open;
    let matched = 0;
    for (; matched < open.length; matched++) {
      const c = open[matched]!;
      this.findNextNonspace();
      if (c.kind === 'quote') {
        if (this.indent >= 4 || s.charCodeAt(this.nextNonspace) !== 62) break;
        this.advanceToNonspace();
        this.advance(1, false);
        if (this.isSpaceOrTab(this.offset)) this.advance(1, true);
      } else if (this.blank) {
        if (c.empty) break;
        this.advanceToNonspace();
      } else if (this.indent >= c.width) {
        this.advance(c.width, true);
      } else {
        break;
      }
    }
    const containersMatched = matched === open.length;
    let leaf = containersMatched ? this.leaf : undefined;
    if (leaf) {
      this.findNextNonspace();
      if (leaf.kind !== 'paragraph') {
        if (this.continueLeaf(leaf)) return HIDDEN;
        leaf = undefined;
      } else if (this.blank) {
        leaf = undefined;
      }
    }
    // The old paragraph, which the line continues, lazily when not every container goes on.
    const paragraph = this.leaf?.kind === 'paragraph' ? this.leaf : undefined;
    this.matched = matched;
    this.kept = leaf;
    this.allClosed = containersMatched && (this.leaf === undefined || leaf !== undefined);
    this.tipIsParagraph = paragraph !== undefined;
    for (;;) {
      this.findNextNonspace();
      if (this.indent >= 4) {
        if (this.tipIsParagraph || this.blank) break;
        this.advance(4, true);
        this.startLeaf({ kind: 'code' });
        return HIDDEN;
      }
      if (!maybeSpecial(s.charCodeAt(this.nextNonspace))) break;
      const rest = s.slice(this.nextNonspace);
      const containerIsParagraph = this.kept !== undefined;
      if (rest[0] === '>') {
        this.advanceToNonspace();
        this.advance(1, false);
        if (this.isSpaceOrTab(this.offset)) this.advance(1, true);
        this.startContainer({ kind: 'quote' });
        continue;
      }
      const atx = ATX.exec(rest);
      if (atx) {
        this.startLeaf(undefined);
        const title = rest.slice(atx[0].length).replace(/^[ \t]*#+[ \t]*$/, '').replace(/[ \t]+#+[ \t]*$/, '').replace(/^[ \t]+|[ \t]+$/g, '');
        return open.length === 0 ? { level: atx[1]!.length, text: title, line: lineNumber, start: lineStart } : undefined;
      }
      const fence = FENCE.exec(rest);
      if (fence) {
        this.startLeaf({ kind: 'fence', char: rest[0]!, length: fence[0].length, indent: this.indent });
        return HIDDEN;
      }
      if (rest[0] === '<') {
        // A lone tag (kind 7) can't interrupt a paragraph, lazily continued or not.
        const last = containerIsParagraph || (!this.allClosed && this.tipIsParagraph) ? 6 : 7;
        for (let type = 1; type <= last; type++) {
          if (!HTML_OPEN[type - 1]!.test(rest)) continue;
          this.startLeaf(type <= 5 && HTML_CLOSE[type - 1]!.test(rest) ? undefined : { kind: 'html', type });
          return HIDDEN;
        }
      }
      if (containerIsParagraph && paragraph && SETEXT.test(rest)) {
        this.leaf = undefined;
        if (open.length > 0) return undefined;
        const title = paragraph.lines.map((l) => l.replace(/[ \t]+$/, '')).join('\n');
        return { level: rest[0] === '=' ? 1 : 2, text: title, line: paragraph.line, start: paragraph.start };
      }
      if (THEMATIC_BREAK.test(rest)) {
        this.startLeaf(undefined);
        return undefined;
      }
      const width = this.listMarker(rest, containerIsParagraph);
      if (width === undefined) break;
      this.startContainer({ kind: 'item', width, empty: this.blankFrom(this.offset) });
    }
    const text = s.slice(this.nextNonspace);
    if (!this.allClosed && !this.blank && this.tipIsParagraph && paragraph) {
      paragraph.lines.push(text);
      return undefined;
    }
    this.closeUnmatched();
    if (this.kept?.kind === 'paragraph') this.kept.lines.push(text);
    else if (!this.blank) this.startLeaf({ kind: 'paragraph', line: lineNumber, start: lineStart, lines: [text] });
    return undefined;
  }

  /** Closes the containers the line does not continue, and the leaf unless the line continues it. */
  private closeUnmatched(): void {
    if (this.allClosed) return;
    this.open.length = this.matched;
    this.leaf = this.kept;
    this.allClosed = true;
  }

  private startContainer(c: Container): void {
    this.closeUnmatched();
    this.startChild();
    this.open.push(c);
    this.leaf = this.kept = undefined;
    this.tipIsParagraph = false;
  }

  private startLeaf(leaf: Leaf | undefined): void {
    this.closeUnmatched();
    this.startChild();
    this.leaf = leaf;
  }

  /** Whether an open fence, indented code or HTML block takes the line (closing it on its last line). */
  private continueLeaf(leaf: Exclude<Leaf, { kind: 'paragraph' }>): boolean {
    switch (leaf.kind) {
      case 'fence': {
        const rest = this.s.slice(this.nextNonspace);
        const close = this.indent <= 3 && rest[0] === leaf.char ? CLOSING_FENCE.exec(rest) : null;
        if (close && close[1]!.length >= leaf.length) this.leaf = undefined;
        return true;
      }
      case 'code':
        return this.indent >= 4 || this.blank;
      case 'html':
        if (this.blank && leaf.type >= 6) return false;
        if (leaf.type <= 5 && HTML_CLOSE[leaf.type - 1]!.test(this.s.slice(this.offset))) this.leaf = undefined;
        return true;
    }
  }

  /**
   * A list item's marker at `rest` (the first non-space of the line): moves past it and the
   * spaces after it, and gives the item's content width from the line's indentation.
   */
  private listMarker(rest: string, interruptsParagraph: boolean): number | undefined {
    const ordered = ORDERED.exec(rest);
    const marker = ordered ? (interruptsParagraph && Number(ordered[1]) !== 1 ? undefined : ordered[0]) : BULLET.exec(rest)?.[0];
    if (marker === undefined) return undefined;
    const after = this.nextNonspace + marker.length;
    if (after < this.s.length && !this.isSpaceOrTab(after)) return undefined;
    if (interruptsParagraph && this.blankFrom(after)) return undefined;
    const markerOffset = this.indent;
    this.advanceToNonspace();
    this.advance(marker.length, true);
    const [startColumn, startOffset] = [this.column, this.offset];
    do this.advance(1, true);
    while (this.column - startColumn < 5 && this.isSpaceOrTab(this.offset));
    const spaces = this.column - startColumn;
    if (spaces >= 5 || spaces < 1 || this.blankFrom(this.offset)) {
      this.column = startColumn;
      this.offset = startOffset;
      if (this.isSpaceOrTab(this.offset)) this.advance(1, true);
      return markerOffset + marker.length + 1;
    }
    return markerOffset + marker.length + spaces;
  }

  /** A block starts inside the innermost container: a list item that had none is no longer empty. */
  private startChild(): void {
    const parent = this.open[this.open.length - 1];
    if (parent?.kind === 'item') parent.empty = false;
  }

  private findNextNonspace(): void {
    let i = this.offset;
    let cols = this.column;
    for (; i < this.s.length; i++) {
      const c = this.s.charCodeAt(i);
      if (c === 32) cols++;
      else if (c === 9) cols += 4 - (cols % 4);
      else break;
    }
    this.blank = i >= this.s.length;
    this.nextNonspace = i;
    this.indent = cols - this.column;
  }

  private advanceToNonspace(): void {
    this.column += this.indent;
    this.offset = this.nextNonspace;
  }

  /** Moves on `count` characters, or with `columns` that many columns (a tab may be only partly used). */
  private advance(count: number, columns: boolean): void {
    while (count > 0 && this.offset < this.s.length) {
      if (this.s.charCodeAt(this.offset) === 9) {
        const toTab = 4 - (this.column % 4);
        const step = columns ? Math.min(toTab, count) : toTab;
        this.column += step;
        if (!columns || step === toTab) this.offset++;
        count -= columns ? step : 1;
      } else {
        this.offset++;
        this.column++;
        count--;
      }
    }
  }

  private isSpaceOrTab(i: number): boolean {
    const c = this.s.charCodeAt(i);
    return c === 32 || c === 9;
  }

  private blankFrom(i: number): boolean {
    return /^[ \t]*$/.test(this.s.slice(i));
  }
}

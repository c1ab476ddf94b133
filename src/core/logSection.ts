import { type LogEntry } from './contact';
import { type LocalDate, dayNumber, parseIsoDate } from './dates/localDate';
import { decodeLenient } from './file/decode';
import { forEachLineOutsideFences, lineOf } from './file/lines';
import { type LineEnding, splitFile } from './file/split';
import { type Problem } from './types';

/**
 * A `## Log` heading of the body, or a setext `Log` over `---`, as CommonMark reads it: not in
 * code, an HTML block (a comment), a block quote or a list item. Offsets are UTF-16 offsets in
 * the file's text.
 */
export interface LogHeading {
  /** 0-based file line (of a setext heading, its text's). */
  readonly line: number;
  /** Offset of the heading's first character. */
  readonly start: number;
  /** Offset after the heading's last line's text (before its line ending). */
  readonly end: number;
  /** Offset of the line after it (= `end` when the heading is the file's last line, without a line ending). */
  readonly next: number;
}

/** What the log section holds, and where the edit engine inserts a new entry. */
export interface LogSection {
  /** The entries under every log heading, in file order (newest first, by the convention). */
  readonly entries: readonly LogEntry[];
  /** Every log heading: more than one and an insert must be refused. */
  readonly headings: readonly LogHeading[];
  /**
   * Where a new entry line goes (newest first): the start of the first entry's line, else the
   * line after the heading. Absent when there is no heading (the caller creates one).
   */
  readonly insertAt?: number;
  /** True when `insertAt` is the end of a file whose last line (the heading) has no line ending: write one first. */
  readonly insertNeedsLineBreak: boolean;
  /**
   * The first entry's list marker with its indent and blanks (`- `, `  * `, `1. `): a new entry
   * takes the same, to stay in its list; with a task box, a done one (`- [x] `), where the log's
   * entries are kept as tasks (as Obsidian Tasks users keep them).
   */
  readonly marker?: string;
  /** The body's line ending (that of its first line break, else the file's; LF when it has none). */
  readonly eol: LineEnding;
  /** Entry lines whose date can't be read. */
  readonly problems: readonly Problem[];
  /**
   * Headings that look like the log's but aren't read as it (`# Log`, `## 🕐 Log`, `### log:`):
   * their line and text as written. Logging a contact would add a log section of its own.
   */
  readonly nearHeadings: ReadonlyArray<{ readonly line: number; readonly text: string; readonly level: number }>;
}

/**
 * A list item as CommonMark reads one at the top level: up to three spaces, a bullet (`-`, `*`,
 * `+`) or a number (`1.`, `1)`), blanks; its marker (all that, for a new line to copy) and text.
 */
const BULLET = /^( {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+)(\S.*?)[ \t]*$/;
/**
 * An entry's date, as people write it: `2026-11-20`, with a time (`2026-11-20 10:30`,
 * `2026-11-20T10:30`, `…T10:30:00` as Obsidian writes date-times), as a daily note's link
 * (`[[2026-11-20]]`, `[[Daily/2026-11-20]]`, `[[2026-11-20|Fri 20 Nov]]`, `[[2026-11-20#Call]]`),
 * in bold or italics, after a task box (`[ ]`, `[x]`), with a colon after it.
 */
const ENTRY = /^(?:\[[ xX]\][ \t]+)?(\[\[(?:[^\]|#]*\/)?|\*\*?|__?)?(\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?:(?<=T\d\d:\d\d):00)?(?=[ \t\]*_:,#|]|$))?)((?:[#|][^\]]*)?\]\]|\*\*?|__?)?[:,]?(?:[ \t]+(.*))?$/;
/** A task box and the link, bold or italic marks a date may have before it (see ENTRY): where plainLogLines looks for the date. */
/** A task box before an entry's date (`[ ] `, `[x] `). */
const TASK_BOX = /^\[[ xX]\][ \t]+/;
const DATE_PREFIX = /^(?:\[[ xX]\][ \t]+)?(?:\[\[(?:[^\]|#]*\/)?|\*\*?|__?)?/;
/** A date-time the log can't read at an entry's start (`2026-11-20T10:30:15`, `…Z`): said, not passed over. */
const DATE_LIKE = /^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}\S*)/;
/** `Action — note`: em dash, en dash, or a hyphen with spaces around it. */
export const SEPARATOR = /[ \t]+[—–-][ \t]+/;

/** The log section's heading when none is configured (`contactDiary.logHeading`). */
export const DEFAULT_LOG_HEADING = 'Log';

/**
 * Reads the log section of a file's text; the heading text is configurable (`Log` by default).
 * `bodyStart` is where the body starts when the caller knows (0 for a body read on its own, whose
 * line numbers then count from the body's first line).
 */
export function parseLog(text: string, heading = DEFAULT_LOG_HEADING, bodyStart = splitFile(text).bodyStart): LogSection {
  const wanted = lettersOf(heading);
  const headings: LogHeading[] = [];
  const nearHeadings: Array<{ line: number; text: string; level: number }> = [];
  const entries: LogEntry[] = [];
  const problems: Problem[] = [];
  let inSection = false;
  let firstEntryAt: number | undefined;
  let marker: string | undefined;
  // Where the text of the section's last top-level list item starts: an item indented that far is
  // its child (`  - 2026-12-15 call back` under an entry is a note of it, not an entry).
  let itemText = Infinity;
  let afterBlank = false;
  forEachLineOutsideFences(text, bodyStart, lineOf(text, bodyStart), (line, offset, lineNumber, next, heading) => {
    if (heading) {
      const words = lettersOf(heading.text) === wanted;
      const isLog = words && heading.level === 2;
      if (isLog) headings.push({ line: heading.line, start: heading.start, end: offset + line.length, next });
      else if (words) nearHeadings.push({ line: heading.line, text: heading.text, level: heading.level });
      inSection = isLog;
      itemText = Infinity;
      return;
    }
    if (!inSection) return;
    const item = BULLET.exec(line);
    const indent = line.length - line.trimStart().length;
    const blank = indent === line.length;
    // Text at the left after a blank line ends the list; a line right after an item continues it.
    if (!item && !blank && afterBlank && indent < itemText) itemText = Infinity;
    afterBlank = blank;
    if (!item) return;
    if (indent >= itemText) return;
    itemText = item[1]!.length;
    const read = entryLine(line, lineNumber, item);
    if (!read) return;
    if ('badDate' in read) {
      const column = line.indexOf(read.badDate);
      problems.push({ message: `This log line's date can't be read: ${read.error}.`, line: lineNumber, column, endColumn: column + read.badDate.length, severity: 'warning', code: 'log-date' });
      return;
    }
    if (firstEntryAt === undefined) {
      firstEntryAt = offset;
      marker = TASK_BOX.test(item[2]!) ? `${item[1]}[x] ` : item[1];
    }
    entries.push(read.entry);
  });
  const first = headings[0];
  const insertAt = first && (firstEntryAt ?? first.next);
  const inBody = text.indexOf('\n', bodyStart);
  const nl = inBody >= 0 ? inBody : text.indexOf('\n');
  const eol: LineEnding = nl > 0 && text.charCodeAt(nl - 1) === 13 ? '\r\n' : '\n';
  return { entries, headings, insertAt, insertNeedsLineBreak: !!first && firstEntryAt === undefined && first.next === first.end, eol, problems, nearHeadings, ...(marker === undefined ? {} : { marker }) };
}

/**
 * A heading's words without symbols, emoji or case: `🕐 Log:` → `log`. The log is the level-2
 * heading whose words are the setting's: `## Log`, `## LOG`, `## 📞 Log`, `## Log:` alike, as
 * people dress their headings in Obsidian.
 */
function lettersOf(text: string): string {
  // Most headings are words and spaces alone: no regex for them.
  return (PLAIN_WORDS.test(text) ? text : text.replace(/[^\p{L}\p{N}]+/gu, ' ')).trim().toLowerCase();
}

const PLAIN_WORDS = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

const ATX = /^(#{1,6})(?:[ \t]+|$)(.*)$/;
const CLOSING = /(?:^|[ \t]+)#+[ \t]*$/;
const RULE_OR_UNDERLINE = /^(?:-+|=+)[ \t]*$/;

/**
 * The log's events newest first (on one day, in the log's order), each worked out only when
 * asked: reading a contact wants them down to its newest conversation, and a long log's older
 * lines are never parsed. The same events as `parseLog(text, heading).entries`, sorted.
 */
export function logEventsNewestFirst(text: string, heading = DEFAULT_LOG_HEADING, bodyStart?: number): Iterable<LogEvent> {
  // A reader that knows where the body starts saves finding the block again.
  const start = bodyStart ?? splitFile(text).bodyStart;
  return eventsNewestFirst(text, start, heading, (from, to) => text.slice(from, to), () => parseLog(text, heading, start));
}

/**
 * The same of a body given as its bytes and as `chars`, each byte one character (`ByteChars`):
 * its lines are found in `chars`, and only the lines read are decoded. A body's dashes and
 * accents make decoding it whole cost more than reading the lines wanted.
 */
export function logEventsInBody(body: Uint8Array, chars: string, heading = DEFAULT_LOG_HEADING): Iterable<LogEvent> {
  return eventsNewestFirst(chars, 0, heading, (from, to) => decodeLenient(body.subarray(from, to)), () => parseLog(decodeLenient(body), heading, 0));
}

type LogEvent = { readonly date: LocalDate; readonly action: string };

/** `lineText` is the text of `text[from, to)`; `parsed` reads the body as parseLog does, for a body that isn't plain. */
function* eventsNewestFirst(text: string, bodyStart: number, heading: string, lineText: (from: number, to: number) => string, parsed: () => LogSection): Generator<LogEvent> {
  const lines = plainLogLines(text, bodyStart, lettersOf(heading), lineText);
  if (!lines) {
    const entries = [...parsed().entries];
    entries.sort((a, b) => dayNumber(b.date) - dayNumber(a.date));
    yield* entries;
    return;
  }
  const { starts, ends, keys, ordered } = lines;
  let order = starts.map((_, i) => i);
  // A log kept newest first (as Log Contact... writes it) is read as it stands; any other is
  // sorted by day, newest first, stable (an unreadable date is skipped when reached).
  if (!ordered) order = order.sort((x, y) => keys[y]! - keys[x]!);
  for (const i of order) {
    const read = entryLine(lineText(starts[i]!, ends[i]!), 0);
    if (read && 'entry' in read) yield read.entry;
  }
}

/**
 * One line of the log section read as an entry: its date, action and note; the date's text and
 * why it can't be read; or undefined when the line is not an entry. parseLog (which has matched
 * the line's list item already, and gives it) and the reader's scan both read lines with it.
 */
function entryLine(line: string, lineNumber: number, item = BULLET.exec(line)): { readonly entry: LogEntry } | { readonly badDate: string; readonly error: string } | undefined {
  const m = item && ENTRY.exec(item[2]!);
  if (!m && item) {
    // Seconds, a zone: a date-time as other tools write it, which the log reads without them.
    const like = DATE_LIKE.exec(item[2]!.slice(DATE_PREFIX.exec(item[2]!)![0].length))?.[1];
    const read = like === undefined ? undefined : parseIsoDate(like);
    if (read && !read.ok) return { badDate: like!, error: read.error };
  }
  // `[[date` closes with `]]`, `**date` with `**`, `*date` with `*` and `_date` with `_`, or it is no date of ours.
  if (!m || opening(m[1]) !== closing(m[3])) return undefined;
  const date = parseIsoDate(m[2]!);
  if (!date.ok) return { badDate: m[2]!, error: date.error };
  // `- 2026-11-20 — Call`: a dash before the action is not part of it.
  const rest = (m[4] ?? '').replace(/^[—–-][ \t]+/, '');
  const sep = SEPARATOR.exec(rest);
  const action = sep ? rest.slice(0, sep.index) : rest;
  const note = sep ? rest.slice(sep.index + sep[0].length) : '';
  return { entry: note ? { date: date.value, action, note, line: lineNumber } : { date: date.value, action, line: lineNumber } };
}

/** The marks ENTRY's first group opens with: `[[` for a link (`[[Daily/` too), else the group itself. */
function opening(open: string | undefined): string {
  return open?.startsWith('[[') ? '[[' : open ?? '';
}

/** The opening marks that `close` (ENTRY's third group) closes: `]]` (`|alias]]`, `#heading]]`) closes `[[`, `**` closes `**`. */
function closing(close: string | undefined): string {
  return close?.endsWith(']]') ? '[[' : close ?? '';
}

/**
 * Where the log's entry lines are in a plain body, with their dates as numbers (YYYYMMDD) and
 * whether they come newest first; undefined where the body holds anything the CommonMark
 * scanner could read otherwise: a line that starts with a space, a tab, `>` or `<`, a fence, or
 * an underline (`---`, `===`) under a paragraph's text, which may make it a heading. Lines start
 * where they start: nothing is in a container.
 */
function plainLogLines(text: string, bodyStart: number, wanted: string, lineText: (from: number, to: number) => string): { starts: number[]; ends: number[]; keys: number[]; ordered: boolean } | undefined {
  const starts: number[] = [];
  const ends: number[] = [];
  const keys: number[] = [];
  let ordered = true;
  let inSection = false;
  let afterText = false;
  for (let offset = bodyStart; offset < text.length;) {
    const nl = text.indexOf('\n', offset);
    let end = nl < 0 ? text.length : nl;
    const start = offset;
    offset = end + 1;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    const c = start < end ? text.charCodeAt(start) : -1;
    // A space, a tab, `>` or `<` first: indented code, a container, an HTML block, a lazy line;
    // a backtick or a tilde: maybe a fence (one opens only at a line's start, and an indented
    // one is turned away with the space).
    if (c === 32 || c === 9 || c === 62 || c === 60 || c === 96 || c === 126) return undefined;
    if (c === -1) {
      afterText = false;
      continue;
    }
    if (c === 35 /* # */) {
      const atx = ATX.exec(lineText(start, end));
      if (atx) {
        inSection = atx[1]!.length === 2 && lettersOf(atx[2]!.replace(CLOSING, '')) === wanted;
        afterText = false;
        continue;
      }
    } else if ((c === 61 /* = */ || (c === 45 /* - */ && !isItemWithText(text, start, end))) && RULE_OR_UNDERLINE.test(text.slice(start, end))) {
      // Under a paragraph's text it may be a setext heading's underline: leave that to the scanner.
      if (afterText) return undefined;
      // Else `---` is a thematic break, and `===` a paragraph's text (which a `---` under it would make a heading).
      afterText = c === 61;
      continue;
    }
    const bullet = (c === 45 || c === 42 || c === 43) && end > start + 1 && (text.charCodeAt(start + 1) === 32 || text.charCodeAt(start + 1) === 9);
    // A numbered item in the log (`1. 2026-11-20 Call`): read by the scanner, with the rest.
    if (!bullet && inSection && c >= 48 && c <= 57 && /^\d{1,9}[.)][ \t]/.test(lineText(start, Math.min(end, start + 12)))) return undefined;
    if (!bullet) {
      afterText = true;
      continue;
    }
    afterText = false;
    if (!inSection) continue;
    // `- 2026-11-20 …`: the date right after the bullet's spaces (and a task box, `[[` or `**`), as a number to sort by.
    let d = start + 1;
    while (d < end && (text.charCodeAt(d) === 32 || text.charCodeAt(d) === 9)) d++;
    const c2 = text.charCodeAt(d);
    // (The marks are ASCII: the same characters in a byte string as in text, so no line is decoded for them.)
    if (c2 === 91 /* [ */ || c2 === 42 /* * */ || c2 === 95 /* _ */) d += DATE_PREFIX.exec(text.slice(d, end))![0].length;
    if (end - d < 10 || text.charCodeAt(d + 4) !== 45 || text.charCodeAt(d + 7) !== 45) continue;
    let key = 0;
    for (let at = d; at < d + 10; at++) {
      if (at === d + 4 || at === d + 7) continue;
      const digit = text.charCodeAt(at) - 48;
      if (digit < 0 || digit > 9) {
        key = -1;
        break;
      }
      key = key * 10 + digit;
    }
    if (key < 0) continue;
    if (keys.length > 0 && key > keys[keys.length - 1]!) ordered = false;
    starts.push(start);
    ends.push(end);
    keys.push(key);
  }
  return { starts, ends, keys, ordered };
}

/**
 * `-`, a blank, then anything but blanks: never a rule or an underline, whose dashes come
 * together, then only blanks. The log's own lines are such: they skip the regex.
 */
function isItemWithText(text: string, start: number, end: number): boolean {
  const d = text.charCodeAt(start + 1);
  if (d !== 32 && d !== 9) return false;
  for (let i = start + 2; i < end; i++) {
    const e = text.charCodeAt(i);
    if (e !== 32 && e !== 9) return true;
  }
  return false;
}

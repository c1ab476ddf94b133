import { type LogEntry } from './contact';
import { parseIsoDate } from './dates/localDate';
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
  /** The body's line ending (that of its first line break, else the file's; LF when it has none). */
  readonly eol: LineEnding;
  /** Entry lines whose date can't be read. */
  readonly problems: readonly Problem[];
}

const BULLET = /^[-*+][ \t]+(\S.*?)[ \t]*$/;
const ENTRY = /^(\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?=[ \t]|$))?)(?:[ \t]+(.*))?$/;
/** `Action — note`: em dash, en dash, or a hyphen with spaces around it. */
const SEPARATOR = /[ \t]+[—–-][ \t]+/;

/** The log section's heading when none is configured (`contactDiary.logHeading`). */
export const DEFAULT_LOG_HEADING = 'Log';

/** Reads the log section of a file's text; the heading text is configurable (`Log` by default). */
export function parseLog(text: string, heading = DEFAULT_LOG_HEADING): LogSection {
  const bodyStart = splitFile(text).bodyStart;
  const wanted = heading.trim().toLowerCase();
  const headings: LogHeading[] = [];
  const entries: LogEntry[] = [];
  const problems: Problem[] = [];
  let inSection = false;
  let firstEntryAt: number | undefined;
  forEachLineOutsideFences(text, bodyStart, lineOf(text, bodyStart), (line, offset, lineNumber, next, heading) => {
    if (heading) {
      const isLog = heading.level === 2 && heading.text.toLowerCase() === wanted;
      if (isLog) headings.push({ line: heading.line, start: heading.start, end: offset + line.length, next });
      inSection = isLog;
      return;
    }
    if (!inSection) return;
    const item = BULLET.exec(line);
    const m = item && ENTRY.exec(item[1]!);
    if (!m) return;
    const date = parseIsoDate(m[1]!);
    if (!date.ok) {
      const column = line.indexOf(m[1]!);
      problems.push({ message: `This log line's date can't be read: ${date.error}.`, line: lineNumber, column, endColumn: column + m[1]!.length, severity: 'warning', code: 'log-date' });
      return;
    }
    firstEntryAt ??= offset;
    const rest = m[2] ?? '';
    const sep = SEPARATOR.exec(rest);
    const action = sep ? rest.slice(0, sep.index) : rest;
    const note = sep ? rest.slice(sep.index + sep[0].length) : '';
    entries.push(note ? { date: date.value, action, note, line: lineNumber } : { date: date.value, action, line: lineNumber });
  });
  const first = headings[0];
  const insertAt = first && (firstEntryAt ?? first.next);
  const inBody = text.indexOf('\n', bodyStart);
  const nl = inBody >= 0 ? inBody : text.indexOf('\n');
  const eol: LineEnding = nl > 0 && text.charCodeAt(nl - 1) === 13 ? '\r\n' : '\n';
  return { entries, headings, insertAt, insertNeedsLineBreak: !!first && firstEntryAt === undefined && first.next === first.end, eol, problems };
}

import { type LocalDate, formatIsoDate } from '../dates/localDate';
import { DEFAULT_LOG_HEADING, parseLog } from '../logSection';
import { splitFile } from './split';
import { type Result, type TextEdit, fail, ok } from '../types';

/** One new line of the log section. */
export interface NewLogEntry {
  readonly date: LocalDate;
  readonly action: string;
  readonly note?: string;
}

/** `- 2026-11-23 Phone call — note`, the form the log section is read in (`marker` for `- `: the log's own list marker). */
function formatLogLine(entry: NewLogEntry, marker = '- '): Result<string> {
  const action = entry.action.trim();
  const note = entry.note?.trim();
  if (action === '') return fail('A log line needs an action (for example "Phone call"); nothing was changed.');
  if (/[\r\n]/.test(action) || (note && /[\r\n]/.test(note))) return fail('A log line must fit on one line; nothing was changed.');
  return ok(`${marker}${formatIsoDate(entry.date)} ${action}${note ? ` — ${note}` : ''}`);
}

/** The heading's text without its `#` marks: `## Log` and `Log` both mean `Log`. */
export function logHeadingText(heading: string): string {
  return heading.replace(/^\s*#+\s*/, '').trim() || DEFAULT_LOG_HEADING;
}

/**
 * What may follow a list item without joining it: the end, a blank line, another item, a heading,
 * a fence. Anything else right after an item (a paragraph's text, a table's row) would be read
 * as part of it.
 */
const KEEPS_APART = /^(?:[ \t]*$|[ \t]{0,3}(?:(?:[-*+]|\d{1,9}[.)]|#{1,6})(?:[ \t]|$)|```|~~~))/;

/**
 * Inserts a log line as the newest entry, right under the log heading. Without a heading, one
 * is added at the end of the body after a blank line. The file's line ending is used, and a
 * file that ends without a line break still does.
 */
export function planLogLine(text: string, entry: NewLogEntry, heading: string): Result<TextEdit> {
  const title = logHeadingText(heading);
  const log = parseLog(text, title);
  // Under entries indented or numbered (`  - `, `* `, `1. `), the new one is written alike: a `- `
  // line above them would start a list of its own, or take them in as its sub-items.
  const line = formatLogLine(entry, log.marker);
  if (!line.ok) return line;
  const { eol } = log;
  if (log.headings.length > 1) {
    const lines = log.headings.map((h) => h.line + 1).join(', ');
    return fail(`The file has ${log.headings.length} "## ${title}" headings (lines ${lines}); keep one so the diary knows where to write. Nothing was changed.`);
  }
  // Lines ending in CR alone read as one line here, and as many in an editor: a log in them is
  // missed, and a second one would be started.
  if (log.headings.length === 0 && /\r(?!\n)/.test(text.slice(splitFile(text).bodyStart))) {
    return fail('The note\'s text has lines that end in CR alone (as on classic Mac OS), where the log can\'t be found: save it with LF line endings (in VS Code, pick LF in the status bar, then save). Nothing was changed.');
  }
  const [near] = log.nearHeadings;
  if (log.headings.length === 0 && near) {
    // A second log would start beside the one the user keeps, whose lines the diary doesn't read.
    return fail(`"${'#'.repeat(near.level)} ${near.text}" (line ${near.line + 1}) is not read as the log, which is a level-2 heading "## ${title}": make it one, so the diary reads it and writes under it. Nothing was changed.`);
  }
  if (log.insertAt !== undefined) {
    // Text right under the heading (`_Newest first._`, a table, dated lines without bullets)
    // would become the new item's own, a lazy continuation: a blank line keeps it apart.
    const end = text.indexOf('\n', log.insertAt);
    const next = text.slice(log.insertAt, end < 0 ? text.length : end).replace(/\r$/, '');
    const newText = log.insertNeedsLineBreak ? `${eol}${line.value}` : `${line.value}${eol}${KEEPS_APART.test(next) ? '' : eol}`;
    return ok({ offset: log.insertAt, length: 0, newText, expected: '' });
  }
  const endsWithBreak = text.endsWith('\n');
  const blankBefore = /\n[ \t]*\r?\n$/.test(text) ? '' : endsWithBreak ? eol : `${eol}${eol}`;
  const newText = `${blankBefore}## ${title}${eol}${line.value}${endsWithBreak ? eol : ''}`;
  return ok({ offset: text.length, length: 0, newText, expected: '' });
}

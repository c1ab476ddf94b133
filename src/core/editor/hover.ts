import { describe, describePast, fullDate, monthName } from '../dates/describe';
import { addDuration, formatDuration, parseDuration } from '../dates/duration';
import { type LocalDate, parseIsoDate } from '../dates/localDate';
import { parseLog } from '../logSection';
import { type ContactView, type EditorInput, type KeyLine, documentOf, inFrontMatter, keyOf } from './contactText';
import { type Position, type Range, contains, range } from './types';

/** What hovering shows: plain text, one line. */
export interface EditorHover {
  /** The word hovered (the date, or the cadence line's key and value). */
  readonly range: Range;
  readonly text: string;
}

export interface HoverOptions {
  /** The log heading's text (`Log` by default). */
  readonly logHeading?: string;
}

// A date-time with seconds, a zone or a lowercase `t` is hovered whole, so the hover says why it
// can't be read. After a space only seconds count: `12:00-13:00` in a log line is a span of time.
const DATE = /\d{4}-\d{2}-\d{2}(?:[Tt]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?| \d{2}:\d{2}(?::\d{2})?)?(?![\d:])/g;

/**
 * On a date in the front-matter or the log: `Friday 27 November 2026 — in 4 days` (a past date
 * reads `3 days ago`, a past `next` `3 days overdue`). On `cadence`: `every 3 weeks · next due
 * by 11 Dec from last contact`. Undefined elsewhere and in files that are not contacts.
 */
export function hoverAt(input: EditorInput, position: Position, today: LocalDate, options: HoverOptions = {}): EditorHover | undefined {
  const doc = documentOf(input);
  if (!doc.isContact) return undefined;
  const { view, text } = doc;
  if (inFrontMatter(view, position.line)) {
    const key = view.keys.find((k) => k.line === position.line);
    if (key?.key === 'cadence') return cadenceHover(view, key, position, today);
    return dateHover(view, position, today, key?.key === 'next');
  }
  if (parseLog(text, options.logHeading).entries.some((e) => e.line === position.line)) return dateHover(view, position, today, false);
  return undefined;
}

function dateHover(view: ContactView, position: Position, today: LocalDate, isNext: boolean): EditorHover | undefined {
  const line = view.lines.lineText(position.line);
  for (const m of line.matchAll(DATE)) {
    const r = range(position.line, m.index, position.line, m.index + m[0].length);
    if (!contains(r, position)) continue;
    const d = parseIsoDate(m[0]);
    if (!d.ok) return { range: r, text: `${d.error}.` };
    return { range: r, text: `${fullDate(d.value)} — ${isNext ? describe(d.value, today) : describePast(d.value, today)}` };
  }
  return undefined;
}

function cadenceHover(view: ContactView, key: KeyLine, position: Position, today: LocalDate): EditorHover | undefined {
  const r = range(key.line, 0, key.line, key.valueRange.end.character);
  if (!contains(r, position)) return undefined;
  const cadence = parseDuration(key.value);
  if (!cadence.ok) return { range: r, text: cadence.error };
  const every = `every ${formatDuration(cadence.value)}`;
  const last = keyOf(view, 'last');
  const lastDate = last && parseIsoDate(last.value);
  if (!lastDate?.ok) return { range: r, text: `${every} · no last contact to count from yet` };
  const due = addDuration(lastDate.value, cadence.value);
  const year = due.year === today.year ? '' : ` ${due.year}`;
  return { range: r, text: `${every} · next due by ${due.day} ${monthName(due.month).slice(0, 3)}${year} from last contact` };
}

import { type LocalDate, NEAR_DATE_TIME, formatIsoDate } from './localDate';

/**
 * How a date-time is written: `space` is the diary's own `2026-11-27 10:30`; `T` and `T:00` are
 * `2026-11-27T10:30` and `2026-11-27T10:30:00`, as Obsidian writes them (and Dataview reads only
 * these two as dates).
 */
export type DateTimeForm = 'space' | 'T' | 'T:00';

/**
 * The form of a value written as a date-time; undefined for a date alone or any other text. The
 * shape alone counts, valid or not: a lowercase `t` or a zone still says which form the user chose.
 */
export function dateTimeFormOf(text: string): DateTimeForm | undefined {
  const m = NEAR_DATE_TIME.exec(text.trim());
  if (!m) return undefined;
  return m[2] === ' ' ? 'space' : m[5] !== undefined ? 'T:00' : 'T';
}

/** `date` written in `form`; a date without a time is `YYYY-MM-DD` in every form. */
export function formatDateTime(date: LocalDate, form: DateTimeForm): string {
  const text = formatIsoDate(date);
  if (!date.time || form === 'space') return text;
  return `${text.slice(0, 10)}T${text.slice(11)}${form === 'T:00' ? ':00' : ''}`;
}

/**
 * `[[2026-12-09]]`, `[[Daily/2026-12-09]]`, `[[2026-12-09|Wed 9 Dec]]`: a day written as a link to
 * its daily note, as people who keep an Obsidian vault link days. The note's folder (with its
 * `/`, or empty) and the day's text; undefined for any other text.
 */
export function dailyNoteLink(text: string): { readonly folder: string; readonly day: string } | undefined {
  const m = DAILY_NOTE_LINK.exec(text.trim());
  return m ? { folder: m[1]!, day: m[2]! } : undefined;
}

const DAILY_NOTE_LINK = /^\[\[((?:[^\]|#]*\/)?)(\d{4}-\d{2}-\d{2})(?:\|[^\]]*)?\]\]$/;

/**
 * The text to write for `date` over a value now holding `current`, among the front-matter's
 * `others` values:
 * - a day over a daily note's link is a link to the new day's note, in the same folder (a
 *   date-time is written as one: a daily note has no time);
 * - a date without a time is `YYYY-MM-DD`, whatever it replaces;
 * - a date-time keeps the form of the date-time it replaces (`T`, with `:00` if it had them);
 * - over anything else (a date alone, a phrase, nothing) it takes the form of the first
 *   date-time among the other values, so a note Obsidian keeps stays in Obsidian's form;
 * - else `YYYY-MM-DD HH:mm`.
 */
export function dateTextFor(date: LocalDate, current: string | undefined, others: Iterable<string>): string {
  const link = current === undefined ? undefined : dailyNoteLink(current);
  if (link && !date.time) return `[[${link.folder}${formatIsoDate(date, false)}]]`;
  if (!date.time) return formatIsoDate(date, false);
  let form = current === undefined ? undefined : dateTimeFormOf(current);
  if (!form) {
    for (const text of others) {
      if ((form = dateTimeFormOf(text))) break;
    }
  }
  return formatDateTime(date, form ?? 'space');
}

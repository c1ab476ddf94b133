import { type Contact } from '../contact';
import { type LocalDate, addDays, dayNumber, formatIsoDate } from '../dates/localDate';
import { describe, plural } from '../dates/describe';
import { type YearlyDate } from '../dates/yearly';
import { type Result, fail, ok } from '../types';

export interface IcsOptions {
  /** The export's clock: DTSTAMP is this instant (UTC), so the same input gives the same file. */
  readonly now: Date;
  /**
   * The contact file's path relative to the diary's root (forward slashes). The UID is a hash
   * of it, so a calendar subscribed to the file keeps each event as the follow-up moves (an app
   * that imports the file again may keep its first copy: that is the app's choice).
   * Default: the path as the host names it.
   */
  readonly relativePath?: (file: string) => string;
  /** Length of a timed follow-up in minutes (default 30). */
  readonly durationMinutes?: number;
  /**
   * The day of the export. When given, a follow-up dated before it is put on it, all-day and
   * marked overdue: a calendar shows today, and an event left on its own past date is out of
   * sight. The original date is kept in the description.
   */
  readonly today?: LocalDate;
  /** Keep overdue follow-ups on their own dates even when `today` is given. */
  readonly keepOverdueDates?: boolean;
  /**
   * The user's time zone (`Europe/London`), said as `X-WR-TIMEZONE`: Google Calendar and Outlook
   * read a subscribed calendar's floating times (a timed follow-up's) in UTC without it.
   */
  readonly timeZone?: string;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

const icsDate = (d: LocalDate) => `${pad(d.year, 4)}${pad(d.month)}${pad(d.day)}`;

/** Floating local time: no `Z`, no TZID, so 09:30 stays 09:30 wherever the calendar is. */
const icsDateTime = (d: LocalDate) => `${icsDate(d)}T${pad(d.time!.hour)}${pad(d.time!.minute)}00`;

const utcStamp = (t: Date) =>
  `${pad(t.getUTCFullYear(), 4)}${pad(t.getUTCMonth() + 1)}${pad(t.getUTCDate())}T${pad(t.getUTCHours())}${pad(t.getUTCMinutes())}${pad(t.getUTCSeconds())}Z`;

/** RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma and newlines escaped; other controls dropped. */
export function escapeText(text: string): string {
  return text
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF + space. Counted in UTF-8
 * bytes, and a character (even an astral one) is never split across lines.
 */
export function foldLine(line: string): string {
  let out = '';
  let bytes = 0;
  // The first line holds 75 octets; every continuation starts with a space, so 74 more.
  let limit = 75;
  for (const ch of line) {
    const cp = ch.codePointAt(0)!;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (bytes + size > limit) {
      out += '\r\n ';
      bytes = 1;
      limit = 75;
    }
    out += ch;
    bytes += size;
  }
  return out;
}

/** A 64-bit FNV-1a of the UTF-8 bytes of `text`, as 16 hex digits (stable across runs and machines). */
export function stableHash(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (const b of bytes) {
    lo = (lo ^ b) >>> 0;
    // × 0x100000001b3 = × (2^40 + 0x1b3), in two 32-bit halves.
    const loMul = lo * 0x1b3;
    const carry = Math.floor(loMul / 0x100000000);
    hi = (hi * 0x1b3 + ((lo << 8) >>> 0) + carry) >>> 0;
    lo = loMul >>> 0;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

function describeContact(c: Contact): string {
  const lines: string[] = [];
  if (c.company) lines.push(`Company: ${c.company}`);
  if (c.phone) lines.push(`Phone: ${c.phone}`);
  if (c.email) lines.push(`Email: ${c.email}`);
  if (c.last) lines.push(`Last contact: ${formatIsoDate(c.last)}${c.lastAction ? ` — ${c.lastAction}` : ''}`);
  return lines.join('\n');
}

/**
 * The scheduled follow-ups as an iCalendar file: one VEVENT per contact with a `next` date,
 * all-day or (when `next` has a time) timed in floating local time; then one yearly all-day
 * event per birthday and anniversary. CRLF line ends.
 */
export function exportIcs(contacts: Iterable<Contact>, options: IcsOptions): string {
  const rel = options.relativePath ?? ((f: string) => f);
  const minutes = options.durationMinutes ?? 30;
  const stamp = utcStamp(options.now);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Contact Diary//Follow-ups//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'X-WR-CALNAME:Contact Diary follow-ups'];
  if (options.timeZone && /^[A-Za-z0-9_+\-/]+$/.test(options.timeZone)) lines.push(`X-WR-TIMEZONE:${options.timeZone}`);
  const scheduled = [...contacts].filter((c) => c.next);
  // A stable order makes exports diff cleanly.
  scheduled.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const today: LocalDate | undefined = options.today && !options.keepOverdueDates ? { year: options.today.year, month: options.today.month, day: options.today.day } : undefined;
  for (const c of scheduled) {
    const due = c.next!;
    const overdue = today !== undefined && dayNumber(due) < dayNumber(today);
    // Overdue: on today, all-day (its time of day has passed with its date).
    const next = overdue ? today : due;
    lines.push('BEGIN:VEVENT', `UID:${stableHash(rel(c.file))}@contact-diary`, `DTSTAMP:${stamp}`);
    if (next.time) {
      lines.push(`DTSTART:${icsDateTime(next)}`, `DURATION:PT${Math.max(1, Math.round(minutes))}M`);
    } else {
      lines.push(`DTSTART;VALUE=DATE:${icsDate(next)}`, allDayEnd(next));
    }
    const title = c.nextAction ? `${c.name} — ${c.nextAction}` : c.name;
    lines.push(`SUMMARY:${escapeText(overdue ? `Overdue: ${title}` : title)}`);
    const about = describeContact(c);
    const description = overdue ? [`Due ${formatIsoDate(due)} (${describe(due, today)})`, about].filter(Boolean).join('\n') : about;
    if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  for (const c of [...contacts].filter((c) => c.birthday || c.anniversary).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    for (const occasion of ['birthday', 'anniversary'] as const) {
      const date = c[occasion];
      if (date) lines.push(...yearlyEvent(c, occasion, date, `UID:${stableHash(`${rel(c.file)}#${occasion}`)}@contact-diary`, stamp));
    }
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** The end of an all-day event: the next day, or a day's duration on 9999-12-31, whose next day has no four-digit year. */
function allDayEnd(day: LocalDate): string {
  const end = addDays(day, 1);
  return end.year > 9999 ? 'DURATION:P1D' : `DTEND;VALUE=DATE:${icsDate(end)}`;
}

/**
 * A yearly all-day event. 29 February repeats on the last day of February, so it is on the 28th
 * in other years (a plain yearly rule on the 29th skips them). Without a year it starts in 2000,
 * a leap year, so that every day of the year is a valid start.
 */
function yearlyEvent(c: Contact, occasion: 'birthday' | 'anniversary', date: YearlyDate, uid: string, stamp: string): string[] {
  const start: LocalDate = { year: date.year ?? 2000, month: date.month, day: date.day };
  const leapDay = date.month === 2 && date.day === 29;
  return [
    'BEGIN:VEVENT', uid, `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(start)}`, allDayEnd(start),
    leapDay ? 'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1' : 'RRULE:FREQ=YEARLY',
    `SUMMARY:${escapeText(`${c.name} — ${occasion}`)}`,
    ...(date.year !== undefined ? [`DESCRIPTION:${escapeText(`${occasion === 'birthday' ? 'Born' : 'Since'} ${date.year}`)}`] : []),
    'TRANSP:TRANSPARENT', 'END:VEVENT',
  ];
}

/**
 * Whether two exports hold the same calendar, apart from their DTSTAMP lines (the moment of
 * export). A file kept up to date is rewritten only when this is false, so a calendar app
 * subscribed to it sees a change only when a follow-up changed.
 */
export function sameCalendar(a: string, b: string): boolean {
  const events = (text: string) => text.replace(/^DTSTAMP:[^\r\n]*(?:\r\n|\n|\r)?/gm, '');
  return events(a) === events(b);
}

/**
 * Whether a calendar file kept up to date needs writing, given what it holds now (`undefined`:
 * no such file): true when a follow-up changed, false when only the stamps would. A file that
 * holds something other than a calendar is refused with the reason: it is the user's, not ours.
 */
export function calendarFileUpdate(current: string | undefined, calendar: string): Result<boolean> {
  if (current === undefined || current.trim() === '') return ok(true);
  if (!current.replace(/^\uFEFF/, '').startsWith('BEGIN:VCALENDAR')) return fail('it exists and is not a calendar, so it was left as it is');
  return ok(!sameCalendar(current, calendar));
}

/** How many events (follow-ups, birthdays, anniversaries) a calendar text holds. */
export function icsEventCount(calendar: string): number {
  return calendar.split('\r\nBEGIN:VEVENT\r\n').length - 1;
}

/**
 * What a calendar text holds, for messages: `4 follow-ups and 1 birthday or anniversary`.
 * Birthdays and anniversaries are yearly events of their own, not follow-ups.
 */
export function icsContents(calendar: string): string {
  const yearly = calendar.split('\r\nRRULE:FREQ=YEARLY').length - 1;
  const followUps = plural(icsEventCount(calendar) - yearly, 'follow-up');
  if (yearly === 0) return followUps;
  return `${followUps} and ${yearly === 1 ? '1 birthday or anniversary' : `${yearly} birthdays and anniversaries`}`;
}

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
   * The user's time zone (`Europe/London`): a timed follow-up is written as the instant it is in
   * that zone (`DTSTART:20261127T083000Z` for 09:30 in Paris), as every calendar app reads one;
   * Outlook refuses a floating time (09:30 wherever the calendar is) on anything but an all-day
   * event. Said as `X-WR-TIMEZONE` too. Without a zone the diary knows, times are floating.
   */
  readonly timeZone?: string;
  /**
   * The calendar this export replaces, if any: an event whose lines changed since then gets the
   * next `SEQUENCE` and a `LAST-MODIFIED` of `now`, one unchanged keeps both, so that an app
   * subscribed to the file takes a moved follow-up as the same event, moved.
   */
  readonly previous?: string;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

const icsDate = (d: LocalDate) => `${pad(d.year, 4)}${pad(d.month)}${pad(d.day)}`;

/** Floating local time: no `Z`, no TZID, so 09:30 stays 09:30 wherever the calendar is. */
const icsDateTime = (d: LocalDate) => `${icsDate(d)}T${pad(d.time!.hour)}${pad(d.time!.minute)}00`;

/**
 * A date-time's wall clock in `zone` as the UTC instant it is there (`20261127T083000Z`), from
 * the zone's offset at that moment as `Intl` knows it; undefined for a zone it doesn't know. A
 * time a clock change skips (02:30 on the night clocks go forward) is the hour after.
 */
function utcDateTime(zone: string): ((d: LocalDate) => string) | undefined {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  } catch {
    return undefined;
  }
  const offset = (ms: number) => {
    const part: Record<string, number> = {};
    for (const p of format.formatToParts(new Date(ms))) if (p.type !== 'literal') part[p.type] = Number(p.value);
    return Date.UTC(part.year!, part.month! - 1, part.day, part.hour, part.minute, part.second) - ms;
  };
  return (d) => {
    // (Date.UTC takes a year below 100 for 19xx: such a year, a typo the reader warns of, stays floating.)
    if (d.year < 100) return icsDateTime(d);
    const wall = Date.UTC(d.year, d.month - 1, d.day, d.time!.hour, d.time!.minute);
    // The offset at the wall time read as UTC, then at the instant that gives: right across a change.
    const first = wall - offset(wall);
    return utcStamp(new Date(wall - offset(first)));
  };
}

/** A zone name as `Intl` gives one (`Europe/London`, `UTC`); `Etc/Unknown` is what it says when none is set. */
const ZONE_NAME = /^[A-Za-z0-9_+\-/]+$/;

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
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Contact Diary//Follow-ups//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'X-WR-CALNAME:Contact Diary follow-ups',
    // How often a subscribed app should look again (those that take a hint: Outlook, Apple's).
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H', 'X-PUBLISHED-TTL:PT1H'];
  const zone = options.timeZone && ZONE_NAME.test(options.timeZone) && options.timeZone !== 'Etc/Unknown' ? options.timeZone : undefined;
  if (zone) lines.push(`X-WR-TIMEZONE:${zone}`);
  const timed = (zone && utcDateTime(zone)) || icsDateTime;
  const versions = new EventVersions(options.previous, stamp);
  const scheduled = [...contacts].filter((c) => c.next);
  // A stable order makes exports diff cleanly.
  scheduled.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const today: LocalDate | undefined = options.today && !options.keepOverdueDates ? { year: options.today.year, month: options.today.month, day: options.today.day } : undefined;
  for (const c of scheduled) {
    const due = c.next!;
    const overdue = today !== undefined && dayNumber(due) < dayNumber(today);
    // Overdue: on today, all-day (its time of day has passed with its date).
    const next = overdue ? today : due;
    const event: string[] = [];
    if (next.time) {
      event.push(`DTSTART:${timed(next)}`, `DURATION:PT${Math.max(1, Math.round(minutes))}M`);
    } else {
      event.push(`DTSTART;VALUE=DATE:${icsDate(next)}`, allDayEnd(next));
    }
    const title = c.nextAction ? `${c.name} — ${c.nextAction}` : c.name;
    event.push(`SUMMARY:${escapeText(overdue ? `Overdue: ${title}` : title)}`);
    const about = describeContact(c);
    const description = overdue ? [`Due ${formatIsoDate(due)} (${describe(due, today)})`, about].filter(Boolean).join('\n') : about;
    if (description) event.push(`DESCRIPTION:${escapeText(description)}`);
    event.push('TRANSP:TRANSPARENT');
    lines.push(...versions.event(`${stableHash(rel(c.file))}@contact-diary`, event));
  }
  for (const c of [...contacts].filter((c) => c.birthday || c.anniversary).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    for (const occasion of ['birthday', 'anniversary'] as const) {
      const date = c[occasion];
      if (date) lines.push(...versions.event(`${stableHash(`${rel(c.file)}#${occasion}`)}@contact-diary`, yearlyEvent(c, occasion, date)));
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
function yearlyEvent(c: Contact, occasion: 'birthday' | 'anniversary', date: YearlyDate): string[] {
  const start: LocalDate = { year: date.year ?? 2000, month: date.month, day: date.day };
  const leapDay = date.month === 2 && date.day === 29;
  return [
    `DTSTART;VALUE=DATE:${icsDate(start)}`, allDayEnd(start),
    leapDay ? 'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1' : 'RRULE:FREQ=YEARLY',
    `SUMMARY:${escapeText(`${c.name} — ${occasion}`)}`,
    ...(date.year !== undefined ? [`DESCRIPTION:${escapeText(`${occasion === 'birthday' ? 'Born' : 'Since'} ${date.year}`)}`] : []),
    'TRANSP:TRANSPARENT',
  ];
}

/**
 * The versions of the events of the calendar an export replaces (RFC 5545 §3.8.7.4): an event
 * keeps its `SEQUENCE` and `LAST-MODIFIED` while its lines stay as they were, and takes the next
 * sequence and `now` when they change, so that a subscribed app updates the event it has.
 */
class EventVersions {
  private readonly known = new Map<string, { readonly lines: string; readonly sequence: number; readonly modified?: string }>();

  constructor(previous: string | undefined, private readonly stamp: string) {
    // Unfolded (RFC 5545 §3.1), event by event.
    const unfolded = (previous ?? '').replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
    let event: string[] | undefined;
    for (const line of unfolded) {
      if (line === 'BEGIN:VEVENT') event = [];
      else if (line === 'END:VEVENT' && event) {
        const uid = event.find((l) => l.startsWith('UID:'))?.slice(4);
        const sequence = Number(event.find((l) => l.startsWith('SEQUENCE:'))?.slice(9) ?? 0);
        const modified = event.find((l) => l.startsWith('LAST-MODIFIED:'))?.slice(14);
        if (uid !== undefined) this.known.set(uid, { lines: contentOf(event), sequence: Number.isSafeInteger(sequence) && sequence >= 0 ? sequence : 0, modified });
        event = undefined;
      } else event?.push(line);
    }
  }

  /** The event `uid` with these properties, its stamps and version first. */
  event(uid: string, properties: readonly string[]): string[] {
    const was = this.known.get(uid);
    const same = was !== undefined && was.lines === contentOf(properties);
    const sequence = was === undefined ? 0 : same ? was.sequence : was.sequence + 1;
    const modified = same && was.modified !== undefined ? was.modified : this.stamp;
    return ['BEGIN:VEVENT', `UID:${uid}`, `DTSTAMP:${this.stamp}`, `LAST-MODIFIED:${modified}`, ...(sequence > 0 ? [`SEQUENCE:${sequence}`] : []), ...properties, 'END:VEVENT'];
  }
}

/** An event's lines as compared between versions: without its stamps, version and UID. */
function contentOf(lines: readonly string[]): string {
  return lines.filter((l) => !/^(?:UID|DTSTAMP|LAST-MODIFIED|SEQUENCE):/.test(l)).join('\n');
}

/**
 * Whether two exports hold the same calendar, apart from their DTSTAMP and LAST-MODIFIED lines
 * (the moment of export, and of an event's first version when no earlier file was given). A file
 * kept up to date is rewritten only when this is false, so a calendar app subscribed to it sees a
 * change only when a follow-up changed.
 */
export function sameCalendar(a: string, b: string): boolean {
  const events = (text: string) => text.replace(/^(?:DTSTAMP|LAST-MODIFIED):[^\r\n]*(?:\r\n|\n|\r)?/gm, '');
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

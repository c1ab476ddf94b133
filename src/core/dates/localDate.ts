import { type Result, fail, ok } from '../types';

/**
 * A local calendar date, optionally with a time of day. Never a JS `Date`: a date is what the
 * user's calendar says, with no time zone, so it can't slip a day west or east of Greenwich.
 */
export interface LocalDate {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
  readonly time?: LocalTime;
}

export interface LocalTime {
  /** 0–23 */
  readonly hour: number;
  /** 0–59 */
  readonly minute: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** January first: `MONTH_NAMES[date.month - 1]`. English and fixed on purpose (no Intl). */
export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export const monthName = (month: number): string => MONTH_NAMES[month - 1]!;

/**
 * Why a year, month and day make no day of the calendar, in words for the user ("there is no
 * month 13", "February 2026 has 28 days"); undefined when they make one.
 */
export function notADay(year: number, month: number, day: number): string | undefined {
  if (isValidDate(year, month, day)) return undefined;
  if (!Number.isInteger(year) || year < 1 || year > 9999) return 'years run from 0001 to 9999';
  if (!Number.isInteger(month) || month < 1 || month > 12) return `there is no month ${month}`;
  return `${monthName(month)} ${year} has ${daysInMonth(year, month)} days`;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && year >= 1 && year <= 9999 && Number.isInteger(month) && month >= 1 && month <= 12 &&
    Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);
}

export function localDate(year: number, month: number, day: number, time?: LocalTime): LocalDate {
  if (!isValidDate(year, month, day)) throw new RangeError(`not a calendar date: ${year}-${month}-${day}`);
  return time ? { year, month, day, time } : { year, month, day };
}

/**
 * `YYYY-MM-DD`, `YYYY-MM-DD HH:mm`, or `YYYY-MM-DDTHH:mm` and `YYYY-MM-DDTHH:mm:00` as Obsidian
 * writes date-times. Anything else is an error: seconds other than `:00`, a zone or an offset
 * (`Z`, `+01:00`) and a lowercase `t` each say why, and what to write instead.
 */
export function parseIsoDate(text: string): Result<LocalDate> {
  // Read by character codes rather than a regex: every contact has a date or two, and this is
  // some five times faster. It accepts exactly
  // /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})|T(\d{2}):(\d{2}):00)?$/.
  const t = text.trim();
  const n = t.length;
  const sep = t.charCodeAt(10);
  const timed = t.charCodeAt(13) === COLON && ((n === 16 && (sep === SPACE || sep === UPPER_T)) ||
    (n === 19 && sep === UPPER_T && t.charCodeAt(16) === COLON && t.charCodeAt(17) === ZERO && t.charCodeAt(18) === ZERO));
  if ((n !== 10 && !timed) || t.charCodeAt(4) !== DASH || t.charCodeAt(7) !== DASH) return fail(notADate(t));
  const year = digits(t, 0, 4);
  const month = digits(t, 5, 2);
  const day = digits(t, 8, 2);
  const hour = timed ? digits(t, 11, 2) : 0;
  const minute = timed ? digits(t, 14, 2) : 0;
  // digits() gives -1 for a non-digit: one test for all five.
  if ((year | month | day | hour | minute) < 0) return fail(notADate(t));
  const why = notADay(year, month, day);
  if (why) return fail(`${t} is not a day of the calendar — ${why}`);
  if (!timed) return ok({ year, month, day });
  if (hour > 23 || minute > 59) return fail(`${t.slice(11, 13)}:${t.slice(14, 16)} is not a time of day — hours run 00 to 23, minutes 00 to 59`);
  return ok({ year, month, day, time: { hour, minute } });
}

const notADate = (t: string) => {
  const why = dateTimeProblem(t, false);
  return why ? `"${t}" ${why}` : `"${t}" is not a date — write it as YYYY-MM-DD or YYYY-MM-DD HH:mm`;
};

/**
 * A date-time written nearly as the diary reads it, valid or not: the date, the separator (`T`,
 * `t` or a space), hours, minutes, then seconds, a fraction and a zone or offset where written.
 */
export const NEAR_DATE_TIME = /^(\d{4}-\d{2}-\d{2})([Tt ])(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Why a date-time written nearly as the diary reads it is refused, as a clause to follow the text
 * (`has seconds, and the diary keeps times to the minute: write 2026-11-27T10:30`): a zone or an
 * offset, seconds other than `:00`, and in a file (not `typed`, where case doesn't matter and
 * either separator will do) a lowercase `t` or seconds after a space. Undefined for other texts.
 */
export function dateTimeProblem(text: string, typed: boolean): string | undefined {
  const m = NEAR_DATE_TIME.exec(text);
  if (!m) return undefined;
  const [, date, sep, hh, mm, ss, fraction, zone] = m;
  const t = sep === ' ' ? ' ' : 'T';
  if (zone) return `has a time zone (${zone.toUpperCase()}), and the diary's times are local: write the time where you are, without the zone`;
  if (ss !== undefined && (ss !== '00' || fraction !== undefined)) return `has seconds, and the diary keeps times to the minute: write ${date}${t}${hh}:${mm}`;
  if (typed) return undefined;
  if (sep === 't') return `has a lowercase t: write ${date}T${hh}:${mm}${ss === undefined ? '' : ':00'}`;
  if (sep === ' ' && ss !== undefined) return `has seconds after a space: write ${date} ${hh}:${mm}, or ${date}T${hh}:${mm}:00`;
  return undefined;
}

const DASH = 45;
const COLON = 58;
const SPACE = 32;
const UPPER_T = 84;
const ZERO = 48;

/** The number written by the ASCII digits `s[from, from + count)`, or -1 when one isn't a digit. */
function digits(s: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** '00' to '99', made once: an agenda or a calendar export writes dates by the thousand. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, i) => pad(i));
const pad2 = (n: number) => TWO_DIGITS[n] ?? pad(n);

export function formatIsoDate(date: LocalDate, withTime = true): string {
  const y = date.year;
  const d = `${y >= 1000 && y <= 9999 ? y : pad(y, 4)}-${pad2(date.month)}-${pad2(date.day)}`;
  return withTime && date.time ? `${d} ${pad2(date.time.hour)}:${pad2(date.time.minute)}` : d;
}

/**
 * Days since 1970-01-01 in the proleptic Gregorian calendar, by arithmetic alone (no Date, so no
 * time zone). Howard Hinnant's days_from_civil.
 */
export function dayNumber(date: Pick<LocalDate, 'year' | 'month' | 'day'>): number {
  const y = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (date.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + date.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse of `dayNumber`. */
export function fromDayNumber(n: number): LocalDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Whole calendar days from `a` to `b` (positive when `b` is later). Times are ignored. */
export function diffDays(a: LocalDate, b: LocalDate): number {
  return dayNumber(b) - dayNumber(a);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = fromDayNumber(dayNumber(date) + days);
  return date.time ? { ...d, time: date.time } : d;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: LocalDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/** The Monday of `date`'s week (weeks run Monday to Sunday), its time kept. */
export function mondayOf(date: LocalDate): LocalDate {
  return addDays(date, -((weekday(date) + 6) % 7));
}

/** Orders by day, then by time (a date without a time comes before the same date with one). */
export function compareDates(a: LocalDate, b: LocalDate): number {
  const d = dayNumber(a) - dayNumber(b);
  if (d !== 0) return d;
  const ta = a.time ? a.time.hour * 60 + a.time.minute : -1;
  const tb = b.time ? b.time.hour * 60 + b.time.minute : -1;
  return ta - tb;
}

export function sameDay(a: LocalDate, b: LocalDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** The user's local calendar date at `now` (the only place a JS Date becomes a LocalDate). */
export function todayLocal(now: Date = new Date()): LocalDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** Adds calendar months, clamping to the month's end: Jan 31 + 1 month = Feb 28 (29 in a leap year). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const day = Math.min(date.day, daysInMonth(year, month));
  return date.time ? { year, month, day, time: date.time } : { year, month, day };
}

export function addYears(date: LocalDate, years: number): LocalDate {
  return addMonths(date, years * 12);
}

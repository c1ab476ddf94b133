import { type LocalDate, diffDays, monthName, weekday } from './localDate';

// The month names live with the calendar arithmetic (its messages name months); the words layer passes them on.
export { monthName } from './localDate';

// English and fixed on purpose: no Intl, so the words are the same on every machine and in tests.

/** Sunday first, matching `weekday()` (0 = Sunday). */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

const pad = (n: number) => String(n).padStart(2, '0');
const timeText = (date: LocalDate) => (date.time ? ` ${pad(date.time.hour)}:${pad(date.time.minute)}` : '');

const weekdayName = (date: LocalDate): string => WEEKDAY_NAMES[weekday(date)]!;

/** `Fri 27 Nov 2026` (with ` 15:00` when the date has a time). */
export function shortDate(date: LocalDate): string {
  return `${weekdayName(date).slice(0, 3)} ${date.day} ${monthName(date.month).slice(0, 3)} ${date.year}${timeText(date)}`;
}

/** `Friday 27 November 2026` (with ` 15:00` when the date has a time): what a hover shows. */
export function fullDate(date: LocalDate): string {
  return `${weekdayName(date)} ${date.day} ${monthName(date.month)} ${date.year}${timeText(date)}`;
}

/** `1 day`, `3 days`: a count and its word, made plural by an `s` (every word the diary counts takes one). */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * A distance of `days` (≥ 2) in the unit a person would say. Exact days below two weeks,
 * where one day matters; then weeks below 8 weeks, months below a year and years, rounded to
 * the nearest whole unit (19 days is "3 weeks", not "2"): the exact date is always shown
 * beside it, so the words only need to give the scale.
 */
export function distance(days: number): string {
  const n = Math.abs(days);
  if (n < 14) return plural(n, 'day');
  if (n < 56) return plural(Math.round(n / 7), 'week');
  if (n < 365) return plural(Math.max(2, Math.round(n / 30.436875)), 'month');
  return plural(Math.round(n / 365.2425), 'year');
}

/**
 * Where a `next` date stands relative to `today`: `today`, `tomorrow`, `in 3 days`,
 * `in 2 weeks`, `in 4 months`; behind today it is late: `yesterday`, `3 days overdue`.
 * Thresholds are those of `distance`. Times of day are ignored: the diary counts days.
 */
export function describe(date: LocalDate, today: LocalDate): string {
  const n = diffDays(today, date);
  if (n === 0) return 'today';
  if (n === 1) return 'tomorrow';
  if (n === -1) return 'yesterday';
  return n > 0 ? `in ${distance(n)}` : `${distance(n)} overdue`;
}

/** Like `describe` for a date that is meant to be past (a `last` contact): `3 days ago`. */
export function describePast(date: LocalDate, today: LocalDate): string {
  const n = diffDays(today, date);
  if (n < -1) return `${distance(n)} ago`;
  return describe(date, today);
}

/** The line shown while a date is typed: `Fri 27 Nov 2026 · in 4 days`. */
export function previewLine(date: LocalDate, today: LocalDate): string {
  return `${shortDate(date)} · ${describe(date, today)}`;
}

/** Monday to Friday, as `weekday()` numbers them (0 = Sunday): the working days unless told otherwise. */
const MONDAY_TO_FRIDAY: readonly number[] = [1, 2, 3, 4, 5];

/**
 * `a Saturday` when `date` falls on a day that is not a working day, `Christmas Day` or `New
 * Year's Day` on one, else undefined: a date input warns with it (a follow-up set for a Saturday
 * is most often a slip) but takes the date.
 */
export function offDay(date: LocalDate, workingDays: readonly number[] = MONDAY_TO_FRIDAY): string | undefined {
  const day = weekday(date);
  if (!workingDays.includes(day)) return `a ${WEEKDAY_NAMES[day]}`;
  // Days off most offices keep (not all of them: a word of warning, never a refusal).
  if (date.month === 1 && date.day === 1) return "New Year's Day";
  if (date.month === 12 && date.day === 25) return 'Christmas Day';
  return undefined;
}

/** `4 Dec`, or `4 Dec 2027` in another year than today's: a day in a line of text. */
export function dayMonth(date: LocalDate, today: LocalDate): string {
  const dm = `${date.day} ${monthName(date.month).slice(0, 3)}`;
  return date.year === today.year ? dm : `${dm} ${date.year}`;
}

/** `Fri 4 Dec`, or `Fri 4 Dec 2027` in another year than today's: a day on a button. */
export function dayLabel(date: LocalDate, today: LocalDate): string {
  return `${weekdayName(date).slice(0, 3)} ${dayMonth(date, today)}`;
}

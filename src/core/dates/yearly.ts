import { type Result, fail, ok } from '../types';
import { type LocalDate, dayNumber, daysInMonth, isValidDate, monthName } from './localDate';

/**
 * A date that returns every year (a birthday, an anniversary): a month and a day, with the year
 * it began when that is known.
 */
export interface YearlyDate {
  /** 1–12 */
  readonly month: number;
  /** 1–31; 29 February is kept as written and falls on 28 February in other years. */
  readonly day: number;
  /** Absent when not known: `--05-14`, `05-14`, or Apple's placeholder year 1604. */
  readonly year?: number;
}

/** The year Apple's Contacts writes when the user gave no year. */
export const NO_YEAR = 1604;

/**
 * `1980-05-14`, `--05-14` (the vCard form without a year) or `05-14`. The year 1604 means no
 * year, as Apple writes it. Anything else is an error in words for the user.
 */
export function parseYearly(text: string): Result<YearlyDate> {
  const t = text.trim();
  const m = /^(?:(\d{4})-|--)?(\d{2})-(\d{2})$/.exec(t);
  if (!m) return fail(`"${t}" is not a date that returns every year — write it as 1980-05-14, --05-14 or 05-14`);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const year = m[1] === undefined ? undefined : Number(m[1]);
  if (month < 1 || month > 12) return fail(`"${t}": there is no month ${month}`);
  // Without a year, any day a month can have (29 February included) is a day.
  const known = year === undefined || year === NO_YEAR ? undefined : year;
  if (!isValidDate(known ?? 2000, month, day)) {
    return fail(`"${t}": ${monthName(month)}${known ? ` ${known}` : ''} has ${daysInMonth(known ?? 2000, month)} days`);
  }
  return ok(known === undefined ? { month, day } : { month, day, year: known });
}

/** The day it falls on in `year`: 29 February is 28 February in a year without one. */
export function yearlyIn(date: YearlyDate, year: number): LocalDate {
  return { year, month: date.month, day: Math.min(date.day, daysInMonth(year, date.month)) };
}

/** The first time it falls on or after `from`. */
export function nextOccurrence(date: YearlyDate, from: LocalDate): LocalDate {
  const thisYear = yearlyIn(date, from.year);
  return dayNumber(thisYear) >= dayNumber(from) ? thisYear : yearlyIn(date, from.year + 1);
}

/** How many years it is on `on` (an age), when its year is known and `on` is not before it. */
export function yearsOn(date: YearlyDate, on: LocalDate): number | undefined {
  if (date.year === undefined) return undefined;
  const years = on.year - date.year;
  return years >= 0 ? years : undefined;
}

/** `1st`, `2nd`, `3rd`, `11th`, `22nd`. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

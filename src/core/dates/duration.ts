import { type Result, fail, ok } from '../types';
import { plural } from './describe';
import { type LocalDate, addDays, addMonths } from './localDate';

/** A keep-in-touch interval (a contact's `cadence`). */
export interface Duration {
  readonly count: number;
  readonly unit: 'day' | 'week' | 'month' | 'year';
}

/** A table without a prototype: a cadence of `constructor` or `__proto__` must find nothing in it. */
function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

const UNITS = table<Duration['unit']>({
  d: 'day', day: 'day', days: 'day',
  w: 'week', wk: 'week', wks: 'week', week: 'week', weeks: 'week',
  m: 'month', mo: 'month', mon: 'month', month: 'month', months: 'month',
  y: 'year', yr: 'year', yrs: 'year', year: 'year', years: 'year',
});

const WORDS = table<Duration>({
  daily: { count: 1, unit: 'day' },
  weekly: { count: 1, unit: 'week' },
  fortnightly: { count: 2, unit: 'week' },
  fortnight: { count: 2, unit: 'week' },
  'other week': { count: 2, unit: 'week' },
  biweekly: { count: 2, unit: 'week' },
  monthly: { count: 1, unit: 'month' },
  bimonthly: { count: 2, unit: 'month' },
  quarterly: { count: 3, unit: 'month' },
  yearly: { count: 1, unit: 'year' },
  annually: { count: 1, unit: 'year' },
});

const EXAMPLES = '"3 weeks", "2w", "10 days", "monthly" or "quarterly"';

/**
 * Reads `3 weeks`, `2w`, `10 days`, `every 2 weeks`, `a month`, `monthly`, `quarterly`… `what`
 * names the value in messages: a contact's `cadence`, or the default `follow-up interval`.
 */
export function parseDuration(text: string, what = 'cadence'): Result<Duration> {
  const quick = plainDuration(text);
  return quick !== undefined ? ok(quick) : parseAnyDuration(text, what);
}

/** parseDuration without its shortcut for the plain forms (exported for the test that they agree). */
export function parseAnyDuration(text: string, what = 'cadence'): Result<Duration> {
  const clean = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (clean === '') return fail(`A ${what} can't be empty — try ${EXAMPLES}.`);
  const word = WORDS[clean.replace(/^every /, '')];
  if (word) return ok(word);
  const m = /^(?:every )?(-?\d+|an?|one|two|three|four|five|six)? ?([a-z]+)$/.exec(clean);
  const unit = m && UNITS[m[2]!];
  if (!m || !unit) return fail(`Can't read "${text.trim()}" as a ${what} — try ${EXAMPLES}.`);
  const numberWords: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
  const raw = m[1];
  const count = raw === undefined ? (m[0].startsWith('every') ? 1 : NaN) : numberWords[raw] ?? Number(raw);
  if (!Number.isFinite(count)) return fail(`Can't read "${text.trim()}" as a ${what} — try ${EXAMPLES}.`);
  if (count <= 0) return fail(`A ${what} must be at least one day, not "${text.trim()}".`);
  if (count > 1000) return fail(`"${text.trim()}" is too long for a ${what}.`);
  return ok({ count, unit });
}

/**
 * The forms a cadence is nearly always written in, read without cleaning and regexes: `monthly`,
 * or a count of up to four digits, one space and a unit (`3 weeks`), all lowercase, no blanks
 * around. Undefined for anything else, or anything wrong, which parseDuration then reads as before.
 */
function plainDuration(text: string): Duration | undefined {
  const n = text.length;
  let i = 0;
  let count = 0;
  for (; i < n && i < 4; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    count = count * 10 + d;
  }
  if (i > 0 && text.charCodeAt(i++) !== 32) return undefined;
  const unitStart = i;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) return undefined;
  }
  if (unitStart === n) return undefined;
  if (unitStart === 0) return WORDS[text];
  const unit = UNITS[text.slice(unitStart)];
  return unit && count >= 1 && count <= 1000 ? { count, unit } : undefined;
}

export function formatDuration(d: Duration): string {
  return plural(d.count, d.unit);
}

export function addDuration(date: LocalDate, d: Duration, times = 1): LocalDate {
  switch (d.unit) {
    case 'day': return addDays(date, d.count * times);
    case 'week': return addDays(date, 7 * d.count * times);
    case 'month': return addMonths(date, d.count * times);
    case 'year': return addMonths(date, 12 * d.count * times);
  }
}

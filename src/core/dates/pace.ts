import { type Result, fail, ok } from '../types';
import { type Duration, addDuration, formatDuration, parseDuration } from './duration';
import { type LocalDate, diffDays } from './localDate';

/**
 * How often to speak to someone: at most `max` between conversations, and, when a range is given
 * (`2-4 weeks`), at least `min`. Too often scares people off; too rarely loses them.
 */
export interface Pace {
  /** The least gap; absent for a single value (`monthly`), which is only a most. */
  readonly min?: Duration;
  readonly max: Duration;
}

const RANGE = /^(?:every )?(\d+)\s*(?:-|–|to)\s*(\d+)\s*([a-z]+)$/;

/**
 * Reads a cadence: a single value (`3 weeks`, `monthly`: a most) or a range of one unit
 * (`2-4 weeks`, `2–4 weeks`, `every 2 to 4 weeks`: a least and a most).
 */
export function parsePace(text: string, what = 'cadence'): Result<Pace> {
  const clean = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const range = RANGE.exec(clean);
  if (!range) {
    const single = parseDuration(text, what);
    return single.ok ? ok({ max: single.value }) : single;
  }
  const [, low, high, unit] = range;
  const min = parseDuration(`${low} ${unit}`, what);
  if (!min.ok) return min;
  const max = parseDuration(`${high} ${unit}`, what);
  if (!max.ok) return max;
  if (min.value.count >= max.value.count) return fail(`A ${what} range goes from less to more, as in "2-4 weeks", not "${text.trim()}".`);
  return ok({ min: min.value, max: max.value });
}

/** `every 2–4 weeks`, `every 3 weeks`. */
export function formatPace(pace: Pace): string {
  if (!pace.min) return `every ${formatDuration(pace.max)}`;
  return `every ${pace.min.count}–${formatDuration(pace.max)}`;
}

/** The pace's bounds in days from `from` (months and years counted on the calendar from that day). */
export function paceDays(pace: Pace, from: LocalDate): { readonly min: number | null; readonly max: number } {
  return { min: pace.min ? diffDays(from, addDuration(from, pace.min)) : null, max: diffDays(from, addDuration(from, pace.max)) };
}

/** The earliest good day for the next conversation after one on `last`: `last` plus the least gap (or `last` when there is none). */
export function earliestGoodDay(pace: Pace, last: LocalDate): LocalDate {
  return pace.min ? addDuration(last, pace.min) : last;
}

/** The day by which the next conversation is due: `last` plus the most. */
export function dueBy(pace: Pace, last: LocalDate): LocalDate {
  return addDuration(last, pace.max);
}

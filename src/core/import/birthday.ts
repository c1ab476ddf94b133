import { NO_YEAR, parseYearly } from '../dates/yearly';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A birthday as an export writes it, in the form the `birthday` key takes (`1980-05-14`, or
 * `--05-14` without a year), or undefined when it can't be read without guessing (then the
 * caller keeps the text in the note's body). Reads the vCard forms `1980-05-14`, `19800514`,
 * `--0514`, `--05-14`, a date-time (`1980-05-14T00:00:00Z`: the date as written), Apple's
 * placeholder year 1604 (no year), and the CSV forms `1980/05/14`, and `14/05/1980` or
 * `5/14/1980` when the day is over 12 (Outlook writes the system's order, so `5/4/1980` is
 * ambiguous and not read); dotted dates are day first wherever they are written (`05.04.1980`,
 * German Outlook's and Excel's, is 5 April). Outlook's empty `0/0/00` is no birthday at all.
 */
export function importBirthday(text: string): string | undefined {
  const t = text.trim();
  const iso = /^(\d{4})-?(\d{2})-?(\d{2})(?:T[\d:.]*(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(t) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(t);
  if (iso) return yearly(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const noYear = /^--(\d{2})-?(\d{2})$/.exec(t);
  if (noYear) return yearly(undefined, Number(noYear[1]), Number(noYear[2]));
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  if (dotted) return yearly(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (!slashed) return undefined;
  const [a, b, year] = [Number(slashed[1]), Number(slashed[2]), Number(slashed[3])];
  if (a > 12 && b <= 12) return yearly(year, b, a);
  if (b > 12 && a <= 12) return yearly(year, a, b);
  return undefined;
}

/** Outlook's way of writing no birthday (`0/0/00`, `00/00/0000`): not a value to keep. */
export function isEmptyDate(text: string): boolean {
  return /^0{1,2}[/.-]0{1,2}[/.-]0{2,4}$/.test(text.trim());
}

function yearly(year: number | undefined, month: number, day: number): string | undefined {
  const text = year === undefined || year === NO_YEAR ? `--${pad(month)}-${pad(day)}` : `${year}-${pad(month)}-${pad(day)}`;
  return parseYearly(text).ok ? text : undefined;
}

import { type LocalDate, addDays, addMonths, weekday } from './localDate';

/** A date read from a phrase, with the reading spelled out when the phrase needed a choice. */
export interface Reading {
  readonly date: LocalDate;
  readonly meaning?: string;
}

type Unit = 'day' | 'week' | 'month' | 'year' | 'business day';

const UNIT_WORDS: Record<string, Unit> = {
  d: 'day', day: 'day', days: 'day',
  w: 'week', wk: 'week', wks: 'week', week: 'week', weeks: 'week',
  m: 'month', mo: 'month', mos: 'month', mth: 'month', mths: 'month', month: 'month', months: 'month',
  y: 'year', yr: 'year', yrs: 'year', year: 'year', years: 'year',
  bd: 'business day', 'business day': 'business day', 'business days': 'business day',
  'working day': 'business day', 'working days': 'business day', weekday: 'business day', weekdays: 'business day',
};
const FORTNIGHT = /^(.*?)fortnights?$/;

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6,
  seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
};

const COUNT = String.raw`(\d{1,5}|${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')})`;
const UNIT = String.raw`(d|w|m|y|bd|days?|weeks?|wks?|months?|mos?|mths?|years?|yrs?|(?:business|working) days?|weekdays?|fortnights?)`;
const SHORT = new RegExp(String.raw`^([+-])?\s*(\d{1,5})\s*${UNIT}$`);
/** `a week`, `two months`, `a fortnight`: a count in words and a whole unit word, as `3 days` in figures. */
const WORDS = new RegExp(String.raw`^(${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')})\s+((?:business|working) days?|weekdays?|fortnights?|days?|weeks?|wks?|months?|mos?|mths?|years?|yrs?)$`);
const IN = new RegExp(String.raw`^in\s+${COUNT}\s*${UNIT}(?:'?s?\s+time)?$`);
const FROM_NOW = new RegExp(String.raw`^${COUNT}\s*${UNIT}\s+(?:from\s+(?:now|today)|later|hence)$`);
const AGO = new RegExp(String.raw`^${COUNT}\s*${UNIT}\s+(?:ago|back|before\s+today|earlier)$`);

/**
 * Reads an offset from today: `+3d`, `-2d`, `2w`, `+2bd`, `in 3 days`, `in a week`, `3 days from now`,
 * `1 week from today`, `2 weeks ago`, `in 2 business days`. An unsigned short form (`3d`, `3 days`,
 * `two weeks`, `a fortnight`)
 * counts forwards, or backwards when `past` is set (the caller asked for a date that happened).
 * Business days skip Saturday and Sunday. Undefined when the phrase is not an offset.
 */
export function readOffset(text: string, today: LocalDate, past: boolean): Reading | undefined {
  let m = SHORT.exec(text);
  if (m) return apply(today, Number(m[2]) * (m[1] === '-' || (m[1] === undefined && past) ? -1 : 1), m[3]!);
  if ((m = WORDS.exec(text))) return apply(today, count(m[1]!) * (past ? -1 : 1), m[2]!);
  if ((m = IN.exec(text) ?? FROM_NOW.exec(text))) return apply(today, count(m[1]!), m[2]!);
  if ((m = AGO.exec(text))) return apply(today, -count(m[1]!), m[2]!);
  return undefined;
}

const count = (word: string) => NUMBER_WORDS[word] ?? Number(word);

function apply(today: LocalDate, n: number, unitWord: string): Reading {
  if (FORTNIGHT.test(unitWord)) return { date: addDays(today, 14 * n) };
  const unit = UNIT_WORDS[unitWord.replace(/\s+/g, ' ')]!;
  switch (unit) {
    case 'day': return { date: addDays(today, n) };
    case 'week': return { date: addDays(today, 7 * n) };
    case 'month': return { date: addMonths(today, n) };
    case 'year': return { date: addMonths(today, 12 * n) };
    case 'business day': return { date: addBusinessDays(today, n), meaning: 'business days skip Saturday and Sunday' };
  }
}

/** Steps `n` Monday-to-Friday days from `date` (backwards when negative); 0 stays put. */
export function addBusinessDays(date: LocalDate, n: number): LocalDate {
  const step = n < 0 ? -1 : 1;
  let d = date;
  for (let left = Math.abs(n); left > 0;) {
    d = addDays(d, step);
    if (!isWeekend(d)) left--;
  }
  return d;
}

/** Saturday or Sunday. */
export function isWeekend(date: LocalDate): boolean {
  const wd = weekday(date);
  return wd === 0 || wd === 6;
}

/** `date` when it falls Monday to Friday, else the Monday after. */
export function onWorkingDay(date: LocalDate): LocalDate {
  let d = date;
  while (isWeekend(d)) d = addDays(d, 1);
  return d;
}

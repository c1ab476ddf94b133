import { type Result, fail, ok } from '../types';
import { WEEKDAY_NAMES, monthName } from './describe';
import { type LocalDate, addDays, addMonths, dayNumber, daysInMonth, isValidDate, mondayOf, notADay, weekday } from './localDate';
import { type Reading, addBusinessDays, isWeekend, onWorkingDay } from './offsets';
import { ordinal } from './yearly';

const WEEKDAYS: Record<string, number> = {
  sun: 0, sunday: 0, mon: 1, monday: 1, tue: 2, tues: 2, tuesday: 2, wed: 3, weds: 3, wednesday: 3,
  thu: 4, thur: 4, thurs: 4, thursday: 4, fri: 5, friday: 5, sat: 6, saturday: 6,
};
/** The weekday a word names (0 = Sunday: `fri`, `tues`, `wednesday`), else undefined. */
export function weekdayOfWord(word: string): number | undefined {
  return Object.prototype.hasOwnProperty.call(WEEKDAYS, word) ? WEEKDAYS[word] : undefined;
}

/** Every word a weekday is written as, longest first, for a regular expression's alternation. */
export const WEEKDAY_WORDS: readonly string[] = Object.keys(WEEKDAYS).sort((a, b) => b.length - a.length);

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};
/** The words for months, longest first (for a regular expression's alternatives). */
export const MONTH_WORDS: readonly string[] = Object.keys(MONTHS).sort((a, b) => b.length - a.length);

/**
 * Words whose meaning is a choice, each spelled out in `meaning` so the preview shows it:
 * - `next week` is the Monday of next week; `last week` the Monday of last week (weeks run Monday–Sunday).
 * - `next month` / `last month` are the 1st of that month; `next year` / `last year` its 1 January.
 * - `end of week` (or `end of this week`) is the coming Friday, the end of the working week (today
 *   if today is Friday); `end of next week` the Friday of next week, `end of last week` of last week.
 * - `end of month` is this month's last day; `end of year` is 31 December of this year.
 * - `tonight` is today and `last night` yesterday: the diary keeps days, not parts of them.
 */
const FIXED: Record<string, (today: LocalDate) => Reading> = {
  today: (t) => ({ date: t }),
  now: (t) => ({ date: t }),
  tonight: (t) => ({ date: t, meaning: 'tonight = today' }),
  tomorrow: (t) => ({ date: addDays(t, 1) }),
  tmrw: (t) => ({ date: addDays(t, 1) }),
  tmr: (t) => ({ date: addDays(t, 1) }),
  yesterday: (t) => ({ date: addDays(t, -1) }),
  'last night': (t) => ({ date: addDays(t, -1), meaning: 'last night = yesterday' }),
  'day after tomorrow': (t) => ({ date: addDays(t, 2) }),
  'day before yesterday': (t) => ({ date: addDays(t, -2) }),
  'next week': (t) => ({ date: addDays(mondayOf(t), 7), meaning: 'next week = Monday of next week' }),
  'last week': (t) => ({ date: addDays(mondayOf(t), -7), meaning: 'last week = Monday of last week' }),
  'next month': (t) => ({ date: { ...addMonths(t, 1), day: 1 }, meaning: 'next month = the 1st of next month' }),
  'last month': (t) => ({ date: { ...addMonths(t, -1), day: 1 }, meaning: 'last month = the 1st of last month' }),
  'next year': (t) => ({ date: { year: t.year + 1, month: 1, day: 1 }, meaning: 'next year = 1 January next year' }),
  'last year': (t) => ({ date: { year: t.year - 1, month: 1, day: 1 }, meaning: 'last year = 1 January last year' }),
  'end of week': (t) => ({ date: addDays(t, (5 - weekday(t) + 7) % 7), meaning: 'end of week = the coming Friday' }),
  'end of next week': (t) => ({ date: addDays(mondayOf(t), 11), meaning: 'end of next week = Friday of next week' }),
  'end of last week': (t) => ({ date: addDays(mondayOf(t), -3), meaning: 'end of last week = Friday of last week' }),
  'end of month': (t) => ({ date: { ...t, day: daysInMonth(t.year, t.month) }, meaning: 'end of month = the last day of this month' }),
  'end of year': (t) => ({ date: { year: t.year, month: 12, day: 31 }, meaning: 'end of year = 31 December' }),
  'next working day': (t) => ({ date: addBusinessDays(t, 1), meaning: 'next working day = the next day from Monday to Friday' }),
  'week today': (t) => ({ date: addDays(t, 7), meaning: 'a week today = 7 days from today' }),
  'the week after next': (t) => ({ date: addDays(mondayOf(t), 14), meaning: 'the week after next = its Monday' }),
  'week tomorrow': (t) => ({ date: addDays(t, 8), meaning: 'a week tomorrow = 7 days from tomorrow' }),
  'two weeks today': (t) => ({ date: addDays(t, 14), meaning: 'a fortnight today = 14 days from today' }),
  // What salespeople say of a follow-up not yet set to the day: the day it means is said with it.
  'early next week': (t) => ({ date: addDays(mondayOf(t), 7), meaning: 'early next week = next Monday' }),
  'mid next week': (t) => ({ date: addDays(mondayOf(t), 9), meaning: 'mid next week = next Wednesday' }),
  'after the weekend': (t) => ({ date: addDays(mondayOf(t), 7), meaning: 'after the weekend = Monday' }),
  'next quarter': (t) => ({ date: { year: t.month >= 10 ? t.year + 1 : t.year, month: t.month >= 10 ? 1 : Math.floor((t.month - 1) / 3) * 3 + 4, day: 1 }, meaning: 'next quarter = its first day' }),
  'end of quarter': (t) => {
    const month = Math.ceil(t.month / 3) * 3;
    return { date: { year: t.year, month, day: daysInMonth(t.year, month) }, meaning: 'end of quarter = the last day of this quarter' };
  },
  'first thing': (t) => ({ date: addDays(t, 1), meaning: 'first thing = tomorrow morning' }),
};
const ALIASES: Record<string, string> = {
  eow: 'end of week', 'end of this week': 'end of week', eom: 'end of month', eoy: 'end of year',
  'next business day': 'next working day', 'next weekday': 'next working day', 'the next working day': 'next working day',
  'the next business day': 'next working day', 'a week today': 'week today', 'a week tomorrow': 'week tomorrow', 'fortnight today': 'two weeks today',
  'a fortnight today': 'two weeks today', 'this time next week': 'week today',
  'week after next': 'the week after next', 'next wk': 'next week', 'nxt wk': 'next week', 'nxt week': 'next week', 'last wk': 'last week',
  'start of next week': 'early next week', 'beginning of next week': 'early next week', 'first thing next week': 'early next week', 'sometime next week': 'next week',
  'middle of next week': 'mid next week', 'mid-next week': 'mid next week', 'midweek next week': 'mid next week', 'next midweek': 'mid next week',
  'after this weekend': 'after the weekend', 'after the w/e': 'after the weekend', 'start of next quarter': 'next quarter', 'nxt quarter': 'next quarter',
  yest: 'yesterday', tomorow: 'tomorrow', tommorow: 'tomorrow', tommorrow: 'tomorrow', '2moro': 'tomorrow', '2morrow': 'tomorrow', tmw: 'tomorrow',
  tommrow: 'tomorrow',
  // The quarter's end, as a salesperson's forecast says it; the month's, as Indian English does.
  eoq: 'end of quarter', 'quarter end': 'end of quarter', 'end of the quarter': 'end of quarter', 'end of this quarter': 'end of quarter', 'qtr end': 'end of quarter',
  'month end': 'end of month', 'end of this month': 'end of month',
  'next to next week': 'the week after next', fortnight: 'two weeks today', 'today week': 'week today', 'today fortnight': 'two weeks today',
  'a week from today': 'week today', 'a week from tomorrow': 'week tomorrow', 'two weeks from today': 'two weeks today',
  // What people type all December: January's first working day, as `early jan` is.
  'new year': 'early jan', 'the new year': 'early jan', 'in the new year': 'early jan', 'after new year': 'early jan', 'after the new year': 'early jan',
};

const WEEKDAY = /^(?:(this coming|this|next|coming|last|past|previous)\s+)?([a-z]+)\.?$/;
/**
 * `fri week`, `a week on friday`, `a week friday`, `friday after next` (British), `a week from
 * friday` (American): a week after the coming Friday.
 */
const WEEKDAY_WEEK = /^(?:([a-z]+)\.?\s+(?:week|wk|after\s+next)|a\s+week\s+(?:on|from)?\s*([a-z]+))$/;
/** `tuesday fortnight` (British), `two weeks from monday` (American): two weeks after the coming Tuesday. */
const WEEKDAY_FORTNIGHT = /^(?:([a-z]+)\.?\s+fortnight|(?:two|2)\s+weeks\s+(?:from|on)\s+([a-z]+))$/;
/** Each form of a weekday some weeks on, and how many weeks. */
const WEEKS_AFTER_WEEKDAY: ReadonlyArray<readonly [RegExp, number]> = [[WEEKDAY_WEEK, 1], [WEEKDAY_FORTNIGHT, 2]];
/** A weekday and a day of the month, or a whole date: `mon 14`, `fri the 18th`, `tue 15 dec`. */
const WEEKDAY_AND_DATE = /^(?:(?:this|next|coming)\s+)?([a-z]+)\.?,?\s+(.*\d.*)$/;
const END_OF_MONTH = /^end of ([a-z]+)\.?$/;
/** `the 15th of next month`, `first of next month`, `beginning of next month`. */
const OF_NEXT_MONTH = /^(?:the\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?|first|beginning|start)\s+of\s+next\s+month$/;
/** `w/c 14 dec`, `week commencing 14 december`, `week of dec 14`: the Monday of that day's week. */
const WEEK_OF = /^(?:w\/c|wc|week\s+(?:commencing|beginning|starting|of))\s+(.+)$/;
const ORD = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const MONTH_DAY = new RegExp(String.raw`^([a-z]+)\.?\s+${ORD}(?:,?\s+(\d{4}))?$`);
const DAY_MONTH = new RegExp(String.raw`^(?:the\s+)?${ORD}\s+(?:of\s+)?([a-z]+)\.?(?:,?\s+(\d{4}))?$`);
const DAY_ONLY = /^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)$/;

/**
 * Reads the calendar words this layer decides itself: fixed words, weekdays, month-days.
 * A bare weekday (`fri`, `coming fri`) is the next one strictly ahead; `last fri` (or a bare
 * weekday when `past`) the one strictly before. Weeks run Monday to Sunday: `next fri` is next
 * week's Friday, as `next week` is its Monday (on a Monday or a Thursday, 11 or 8 days ahead,
 * never 4 or 1), and `this fri` this week's, today included. On a Wednesday `this mon` is two
 * days ago: a `next` date in the past is kept and flagged, as any other. A month-day (`dec 3`,
 * `3 december`, `the 15th`) is the next one on or after today, or with `past` the last one on or
 * before it. Also: a weekday with its date (`mon 14`, `tue 15 dec`: see `weekdayAndDate`), a week
 * after the coming weekday (`fri week`, `friday after next`), `end of jan`, `the 15th of next
 * month`, and the Monday of a day's week (`w/c 14 dec`). Undefined when the phrase is none of
 * these; an error when it is one but names no day (`32 dec`, `feb 30`).
 */
export function readCalendarWords(text: string, today: LocalDate, past: boolean): Result<Reading> | undefined {
  // An alias of a phrase read below (`new year` is `early jan`) is read as that phrase.
  const alias = ALIASES[text];
  if (alias !== undefined && FIXED[alias] === undefined) return readCalendarWords(alias, today, past);
  const fixed = FIXED[alias ?? text.replace(/^the day /, 'day ').replace(/^end of the /, 'end of ')];
  if (fixed) return ok(fixed(today));
  const wd = WEEKDAY.exec(text);
  if (wd && WEEKDAYS[wd[2]!] !== undefined) return ok(weekdayReading(wd[1] === 'this coming' ? 'coming' : wd[1], WEEKDAYS[wd[2]!]!, today, past));
  for (const [pattern, weeks] of WEEKS_AFTER_WEEKDAY) {
    const m = pattern.exec(text);
    const word = m && (m[1] ?? m[2])!;
    if (!word || WEEKDAYS[word] === undefined) continue;
    const name = WEEKDAY_NAMES[WEEKDAYS[word]]!;
    return ok({ date: addDays(weekdayReading('coming', WEEKDAYS[word], today, false).date, 7 * weeks), meaning: `${text} = ${weeks === 1 ? 'a week' : 'two weeks'} after the coming ${name}` });
  }
  const end = END_OF_MONTH.exec(text);
  if (end && MONTHS[end[1]!]) return ok(endOfMonth(MONTHS[end[1]!]!, today, past));
  // `mid january`, `mid-jan`: the 15th; `early january`: its first working day (not New Year's Day).
  const part = PART_OF_MONTH.exec(text);
  if (part && MONTHS[part[2]!]) {
    const month = MONTHS[part[2]!]!;
    const early = part[1] !== 'mid';
    const read = monthDay(text, today, past, month, early && month === 1 ? 2 : early ? 1 : 15);
    if (!read.ok || part[1] === 'mid') return read.ok ? ok({ ...read.value, meaning: `mid ${monthName(month)} = 15 ${monthName(month)}` }) : read;
    return ok({ date: onWorkingDay(read.value.date), meaning: `${part[1]} ${monthName(month)} = its first working day` });
  }
  const ofNext = OF_NEXT_MONTH.exec(text);
  if (ofNext) {
    const day = ofNext[1] === undefined ? 1 : Number(ofNext[1]);
    const { year, month } = addMonths({ ...today, day: 1 }, 1);
    const why = notADay(year, month, day);
    return why ? fail(`Can't read "${text}" as a date — ${why}.`) : ok({ date: { year, month, day } });
  }
  const weekOf = WEEK_OF.exec(text);
  if (weekOf) {
    let day = readCalendarWords(weekOf[1]!, today, past);
    if (!day || !day.ok) return day;
    // This week's date gone by (`w/c 28 dec` said on the 30th) is this week, not a year on; a
    // weekday (`w/c mon`) is the coming one, as ever.
    const back = past || !/\d/.test(weekOf[1]!) ? undefined : readCalendarWords(weekOf[1]!, today, true);
    if (back?.ok && dayNumber(mondayOf(back.value.date)) === dayNumber(mondayOf(today))) day = back;
    return ok({ date: mondayOf(day.value.date), meaning: `the week of ${day.value.date.day} ${monthName(day.value.date.month)} = its Monday` });
  }
  const wdd = WEEKDAY_AND_DATE.exec(text);
  if (wdd && WEEKDAYS[wdd[1]!] !== undefined) return weekdayAndDate(text, WEEKDAYS[wdd[1]!]!, wdd[2]!, today, past);
  const md = MONTH_DAY.exec(text);
  if (md && MONTHS[md[1]!]) return monthDay(text, today, past, MONTHS[md[1]!]!, Number(md[2]), md[3]);
  const dm = DAY_MONTH.exec(text);
  if (dm && MONTHS[dm[2]!]) return monthDay(text, today, past, MONTHS[dm[2]!]!, Number(dm[1]), dm[3]);
  const d = DAY_ONLY.exec(text);
  if (d) return dayOfMonth(text, today, past, Number(d[1]));
  return undefined;
}

function weekdayReading(word: string | undefined, target: number, today: LocalDate, past: boolean): Reading {
  const name = WEEKDAY_NAMES[target]!;
  // Monday is day 0 of a week here.
  const inWeek = (weeks: number) => addDays(mondayOf(today), 7 * weeks + ((target + 6) % 7));
  if (word === 'next') return { date: inWeek(1), meaning: `next ${name} = next week's ${name}` };
  if (word === 'this') {
    // At the weekend this week's Monday to Friday are over: planning on a Sunday, "this mon" is tomorrow.
    if (isWeekend(today) && !past && dayNumber(inWeek(0)) < dayNumber(today)) return { date: inWeek(1), meaning: `this ${name} = the coming ${name}, as this week's is over` };
    return { date: inWeek(0), meaning: `this ${name} = this week's ${name}` };
  }
  const back = word === undefined ? past : word !== 'coming';
  const ahead = (target - weekday(today) + 7) % 7 || 7;
  const date = addDays(today, back ? ahead - 7 || -7 : ahead);
  // On a Friday, "fri" could mean today: say it is a week away.
  if (weekday(today) !== target) return { date };
  return { date, meaning: back ? `${name} = a week ago, as today is a ${name}` : `${name} = a week today, as today is a ${name}` };
}

function monthDay(text: string, today: LocalDate, past: boolean, month: number, day: number, yearText?: string): Result<Reading> {
  const most = month === 2 ? 29 : daysInMonth(2001, month);
  if (day < 1 || day > most) return fail(`Can't read "${text}" as a date — ${monthName(month)} has ${month === 2 ? '28 days (29 in a leap year)' : `${most} days`}.`);
  if (yearText !== undefined) {
    const year = Number(yearText);
    const why = notADay(year, month, day);
    if (why) return fail(`Can't read "${text}" as a date — ${why}.`);
    return ok({ date: { year, month, day } });
  }
  const step = past ? -1 : 1;
  // Feb 29 may be up to eight years away (1900-like century years skip it).
  for (let year = today.year, i = 0; i <= 8; year += step, i++) {
    const date = { year, month, day };
    if (isValidDate(year, month, day) && (past ? !after(date, today) : !after(today, date))) return ok({ date });
  }
  return fail(`Can't read "${text}" as a date — no such day near ${today.year}.`);
}

function dayOfMonth(text: string, today: LocalDate, past: boolean, day: number): Result<Reading> {
  if (day < 1 || day > 31) return fail(`Can't read "${text}" as a date — a month has at most 31 days.`);
  // The 31st skips the months without one, and says which it skipped.
  let skipped: number | undefined;
  for (let i = 0; i <= 12; i++) {
    const { year, month } = addMonths({ ...today, day: 1 }, past ? -i : i);
    const date = { year, month, day };
    if (!isValidDate(year, month, day)) {
      skipped ??= month;
      continue;
    }
    if (!(past ? !after(date, today) : !after(today, date))) continue;
    if (skipped === undefined) return ok({ date });
    return ok({ date, meaning: `the ${ordinal(day)} = ${day} ${monthName(month)}, as ${monthName(skipped)} has none` });
  }
  return fail(`Can't read "${text}" as a date.`);
}

const after = (a: LocalDate, b: LocalDate) => dayNumber(a) > dayNumber(b);

/** `end of jan`: the last day of the next January (or, with `past`, the last one gone). */
function endOfMonth(month: number, today: LocalDate, past: boolean): Reading {
  for (let year = today.year; ; year += past ? -1 : 1) {
    const date = { year, month, day: daysInMonth(year, month) };
    if (past ? !after(date, today) : !after(today, date)) return { date, meaning: `end of ${monthName(month)} = ${date.day} ${monthName(month)}` };
  }
}

const DAY_NUMBER = /^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?$/;
const PART_OF_MONTH = /^(mid|early|start of|beginning of)[\s-]+([a-z]+)\.?$/;

/**
 * A weekday with a date (`mon 14`, `fri the 18th`, `tue 15 dec`): the date, when it falls on that
 * weekday. When it doesn't, one of the two is a slip, and which one is not guessed: the date's
 * own weekday is said. (A number after a weekday is a day, never an hour: `mon 14` is not 14:00.)
 */
function weekdayAndDate(text: string, target: number, rest: string, today: LocalDate, past: boolean): Result<Reading> | undefined {
  // One weekday to a date: `mon mon 14` is no date (and a long run of them would recurse deep).
  if (WEEKDAYS[/^[a-z]+/.exec(rest)?.[0] ?? ''] !== undefined) return undefined;
  const n = DAY_NUMBER.exec(rest);
  const readWay = (back: boolean) => (n ? dayOfMonth(text, today, back, Number(n[1])) : readCalendarWords(rest, today, back));
  const read = readWay(past);
  if (!read) return undefined;
  if (!read.ok) return read;
  const date = read.value.date;
  if (weekday(date) === target) return ok({ date });
  // The way a date leans is a default: where the weekday fits the nearest one the other way (`fri 4
  // dec` said on the 7th), that is the one meant (and flagged as past, or as not past, by the caller).
  // Only with a month named: `mon 9` is not the 9th a month back, and most likely 9 o'clock.
  const other = /\d{4}/.test(rest) || n ? undefined : readWay(!past);
  if (other?.ok && weekday(other.value.date) === target) return ok({ date: other.value.date });
  const named = `${date.day} ${monthName(date.month)} ${date.year}`;
  // The words before the number, as typed (`next fri 2`: say next fri 2pm).
  const day = text.slice(0, text.length - rest.length).trim();
  const hour = n && Number(n[1]) <= 12 && /^\d+$/.test(n[0]) ? ` (for a time, say ${day} ${Number(n[1])}am or ${day} ${Number(n[1])}pm)` : '';
  return fail(`Can't read "${text}" as a date — ${named} is a ${WEEKDAY_NAMES[weekday(date)]}, not a ${WEEKDAY_NAMES[target]}: say which you mean${hour}.`);
}

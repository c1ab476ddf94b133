// Only the English parser: the package root would bring every locale chrono ships.
import * as chrono from 'chrono-node/en';
import { type Result, fail, ok } from '../types';
import { MONTH_WORDS, WEEKDAY_WORDS, readCalendarWords, weekdayOfWord } from './calendarWords';
import { WEEKDAY_NAMES, describe, describePast, offDay, shortDate } from './describe';
import { type LocalDate, MONTH_NAMES, dateTimeProblem, dayNumber, diffDays, formatIsoDate, isValidDate, notADay, weekday as weekdayOf } from './localDate';
import { type Reading, readOffset } from './offsets';
import { splitTime } from './timeOfDay';

/**
 * Which way an open phrase leans: `future` for a `next` date (the default), `past` for `last`.
 * A bare weekday (`fri`), a month-day (`dec 3`, `the 15th`) and an unsigned short offset (`3d`)
 * lean that way; phrases that say their direction (`next fri`, `in 3 days`, `+3d`, `2 weeks ago`)
 * mean what they say either way.
 */
export interface ResolveOptions {
  readonly direction?: 'future' | 'past';
}

/** What a phrase means on a given `today`. */
export interface ResolvedDate {
  /** The calendar date, with a time of day when the phrase gave one. */
  readonly date: LocalDate;
  /** The date is before today. */
  readonly inPast: boolean;
  /** How a phrase that needed a choice was read, e.g. `next week = Monday of next week`. */
  readonly meaning?: string;
  /**
   * Set when the date lies on the other side of today from the direction asked for: a `next`
   * date in the past is allowed but flagged (`that is 3 days ago`), and so is a future `last`.
   */
  readonly warning?: string;
}

export const DATE_EXAMPLES = 'try "fri", "in 2 weeks", "+3d" or 2026-12-01';
const cannotRead = (text: string) => fail<Reading>(`Can't read "${text}" as a date — ${DATE_EXAMPLES}.`);

/**
 * Reads a date typed by a person, relative to `today` (never the clock, so the answer depends on
 * the calendar day alone). Understands ISO dates and date-times, the short forms and offsets of
 * `readOffset`, the calendar words of `readCalendarWords` (weekdays, month-days, `next week`,
 * `end of month`…), a time of day before or after any of them (`tomorrow 3pm`, `fri at 10:30`),
 * and whatever else chrono's English parser reads in full (`the day after tomorrow`). Case and
 * spaces don't matter. Anything read only in part, or naming no day, is an error, never a guess.
 */
export function resolveDate(text: string, today: LocalDate, options: ResolveOptions = {}): Result<ResolvedDate> {
  const past = options.direction === 'past';
  // A time on today would ride along on every offset: only the day counts.
  const day: LocalDate = { year: today.year, month: today.month, day: today.day };
  // A zero-width space or a byte order mark a paste leaves around the words is none of them.
  const typed = text.replace(/[\u200b-\u200d\ufeff]/g, '');
  const shown = typed.trim().replace(/\s+/g, ' ');
  const lower = typed.trim().toLowerCase().replace(/\s+/g, ' ');
  const clean = dueWords(lower, day);
  // Left by dueWords as typed (`by fri 18.12`, `next fri 18.12 eod`), with its own dot at the end.
  const dotted = dottedDayOrTime(clean, day, shown, /\d\.$/.test(lower));
  if (dotted) return fail(dotted);
  if (clean === '') return fail(`A date can't be empty — ${DATE_EXAMPLES}.`);
  // Midnight starts one day and ends the one before: which is meant is not guessed.
  if (/\bmidnight\b/.test(clean)) return fail(`Can't read "${shown}" as a date — midnight starts one day and ends the one before: say the day, with a time such as 11:30pm.`);
  const read = readPhrase(clean, day, past);
  // Messages quote the text as typed, not as normalised.
  if (!read.ok) {
    const hint = read.error.endsWith(`${DATE_EXAMPLES}.`) ? hintFor(clean, day, past) : undefined;
    return fail(hint ? `Can't read "${shown}" as a date — ${hint}` : read.error.replace(`"${clean}"`, `"${shown}"`));
  }
  const { date, meaning } = read.value;
  if (!isValidDate(date.year, date.month, date.day)) return fail(`Can't read "${shown}" as a date — it is too far from today for the calendar.`);
  const n = diffDays(day, date);
  const warning = !past && n < 0 ? `that is ${describePast(date, day)}` : past && n > 0 ? `that is ${describe(date, day)}, not in the past` : undefined;
  return ok({ date, inPast: n < 0, ...(meaning ? { meaning } : {}), ...(warning ? { warning } : {}) });
}

/** Words for no date yet, as people fill a date field with them. */
const NO_DATE = /^(?:tbd|tba|tbc|to be (?:decided|confirmed|arranged)|never|n\/?a|none|nil|no|-+|\?+|unknown|someday|some day|sometime|later|not sure|unsure|open)$/;

/** The words of dates a typo is most often made in, for `hintFor` to offer. */
const WORDS = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', ...MONTH_NAMES.map((m) => m.toLowerCase()),
  'today', 'tomorrow', 'tonight', 'next', 'week', 'weeks', 'month', 'months', 'year', 'days', 'fortnight', 'morning', 'afternoon', 'evening',
];

/**
 * A phrase refused as unreadable, said again as what was likely meant, never taken: a word one
 * typo off a date's word (`wendesday`, `thrusday`, `tmorrow`: a letter swapped, missed, added or
 * wrong; `blursday` is two off, and no one's typo), or a date with words after it
 * (`next tue - send proposal`: the date, and where the rest goes).
 */
function hintFor(clean: string, today: LocalDate, past: boolean): string | undefined {
  // No date meant, or one as soon as can be: what the diary has for each.
  if (NO_DATE.test(clean)) return past ? 'leave the date out.' : 'leave next: empty, and the contact is listed under Unscheduled.';
  if (/^(?:asap|a\.s\.a\.p|as soon as possible|urgent(?:ly)?)$/.test(clean)) return past ? undefined : `did you mean "today" (${shortDate(today)}) or "tomorrow"?`;
  const said = (phrase: string) => {
    const r = readPhrase(phrase, today, past);
    return r.ok ? `"${phrase}" (${shortDate(r.value.date)})` : undefined;
  };
  const words = clean.split(' ');
  const fixed = words.map((w) => (w.length < 4 || !/^[a-z]+$/.test(w) || WORDS.includes(w) ? w : WORDS.find((k) => typos(w, k) <= 1) ?? w));
  const meant = fixed.some((w, i) => w !== words[i]) ? said(fixed.join(' ')) : undefined;
  if (meant) return `did you mean ${meant}?`;
  // A time with a zone: the diary keeps local times.
  const zoned = /^(.*\d\s*(?:[ap]m)?)\s+(?:est|edt|cst|cdt|mst|mdt|pst|pdt|gmt|bst|cet|cest|ist|aest|aedt|utc)$/.exec(clean);
  const local = zoned && said(zoned[1]!);
  if (local) return `the diary keeps times where you are, without a zone: write ${local} for that time where you are.`;
  // What to do, then when: `call fri`, `follow up next tuesday`.
  const after = /^(?:call|ring|phone|email|e-mail|text|chase|follow[\s-]?up|meet|visit|send \w+)\s+(?:on\s+|by\s+)?(.+)$/.exec(clean);
  const later = after && said(after[1]!);
  if (later) return `the date is ${later}, and the rest goes in next_action.`;
  const split = /^(.+?)\s*(\s[-–—]\s|:\s|,\s|\s(?:to|re|for|call|send|email)\s).+$/.exec(clean);
  // `Tue, 08 Dec 2026 09:00 GMT`, as an email's date is pasted: a weekday before a comma is no date on its own.
  const head = split && !(split[2]!.startsWith(',') && weekdayOfWord(split[1]!) !== undefined) ? split[1] : undefined;
  const date = head && said(head);
  return date ? `the date is ${date}, and the rest goes in next_action.` : undefined;
}

/** Damerau–Levenshtein distance (a swap of two letters is one typo), for short words. */
function typos(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The line an input box shows while a date is typed: `Mon 30 Nov 2026 · in 7 days (next week =
 * Monday of next week)`, or the error. A date behind today reads as `3 days ago`.
 */
export function previewPhrase(text: string, today: LocalDate, options: ResolveOptions = {}): Result<string> {
  const r = resolveDate(text, today, options);
  return r.ok ? ok(previewOf(r.value, today, (meaning) => ` (${meaning})`)) : r;
}

/**
 * The same of a phrase read already as a next date, to stand inside parentheses: its reading after
 * a `·`; a day gone by is overdue (`2 days overdue`), as the agenda will say.
 */
export function previewReading(read: ResolvedDate, today: LocalDate): string {
  return previewOf({ ...read, inPast: false }, today, (meaning) => ` · ${meaning}`);
}

function previewOf({ date, meaning, inPast }: ResolvedDate, today: LocalDate, said: (meaning: string) => string): string {
  const when = inPast ? describePast(date, today) : describe(date, today);
  // A date ahead on a weekend is said, not refused: a contact who asked for a Saturday call gets one.
  const off = inPast || dayNumber(date) < dayNumber(today) ? undefined : offDay(date);
  return `${shortDate(date)} · ${when}${meaning ? said(meaning) : ''}${off ? ` — ${off}` : ''}`;
}

/**
 * The words around a date that say it is a due date, and don't change which day it is: a leading
 * `by`, `until` or `till`; `eod`, `cob`, `end of day` (today, where they are all there is); a part
 * of the day (`mon morning`, `first thing monday`, `tomorrow am`: the diary keeps days); and the
 * punctuation a phrase pasted from an email ends with (`Tomorrow.`, `friday!`).
 */
function dueWords(text: string, today: LocalDate): string {
  // `2 p.m.` is `2 pm` (before the dots go, which would leave `p.m`), and `12 noon` is noon.
  let t = trimEnd(text.replace(/(\d|\b)([ap])\.m\.?(?=[\s!?,;:]|$)/g, '$1$2m').replace(/\b12\s*noon\b/, 'noon'));
  // What is only punctuation is left as typed, to be refused as such; so is `15.1.`, a German day
  // and month, whose last dot says it is a date (a numeric one: refused with the forms to write).
  if (t === '' || /^\d{1,2}\.\d{1,2}\.$/.test(text.trim())) return text.trim() || text;
  t = t.replace(/^(?:due\s+)?(?:by|until|till|til|due)\s+/, '').replace(/^the end of /, 'end of ');
  // Tomorrow as people text it, with a time after it too (`tmw 9.30`), read as the word.
  t = t.replace(/(^|\s)(?:tmw|tmrw|tmr|tomorow|tommorow|tommorrow|tommrow|2moro|2morrow)(?=\s|$)/, '$1tomorrow').replace(/(^|\s)nxt(?=\s)/, '$1next');
  // `tues next week`, `fri next wk`, `next week friday`: next week's Friday, as `next fri` is.
  t = t.replace(new RegExp(String.raw`^(${WEEKDAY_WORDS.join('|')})\.?\s+next\s+(?:week|wk)$|^next\s+(?:week|wk)\s+(${WEEKDAY_WORDS.join('|')})$`), (_, a: string | undefined, b: string | undefined) => `next ${a ?? b}`);
  // `1500hrs`, `15:00 hrs`, `10:00 hours`: the 24-hour clock as India and the forces write it.
  t = t.replace(/\b(\d{1,2}):(\d{2})\s*(?:hrs?|hours)\b|\b([01]\d|2[0-3])([0-5]\d)\s*(?:hrs?|hours)\b/, (_, h: string | undefined, m: string | undefined, h2: string | undefined, m2: string | undefined) => `${h ?? h2}:${m ?? m2}`);
  // A time as written in France or Germany: `14h`, `14h30`, `15:00h` after a day's word, `14h30` alone.
  t = t.replace(/\b(\d{1,2})[:.](\d{2})h\b/, '$1:$2').replace(/(^|\s)(\d{1,2})h(\d{2})(?=\s|$)/, '$1$2:$3');
  t = t.replace(new RegExp(String.raw`(\b(?:${WEEKDAY_WORDS.join('|')}|today|tomorrow|tonight)\s+(?:at\s+)?)(\d{1,2})h(?=\s|$)`), '$1$2:00');
  // `9.30pm`: with am or pm, a dot between hour and minutes can only be a time's; so is it after a
  // day's word (`wed 10.30`, `tomorrow at 9.15`), where a date would come with its month.
  t = t.replace(/\b(\d{1,2})\.(\d{2})(\s*[ap]m)\b/g, '$1:$2$3');
  // (Not a pair that is also the day's date, `fri 18.12` with 18 December a Friday: see dottedDayOrTime.)
  t = t.replace(DAY_THEN_DOTTED_TIME, (all: string, word: string, gap: string, h: string, m: string) => (dayAndMonthOf(word, Number(h), Number(m), today) ? all : `${word}${gap}${h}:${m}`));
  t = t.replace(/(^|\s)(?:eod|cob|eob|eop|end of (?:the )?(?:business )?day|(?:close|end) of (?:business|play))(?=\s|$)/, ' ').trim();
  t = t.replace(/^first thing(?:\s+on)?\s+/, '');
  // The afternoon as Australians say it and Indians write it; the morning, as the first half.
  t = t.replace(/\barvo\b|\b(?:after|post)[\s-]lunch\b|\bsecond half\b/, 'afternoon').replace(/\bfirst half\b/, 'morning');
  t = t.replace(/\bthis (morning|afternoon|evening)\b/, 'today $1');
  // `monday night`, `tomorrow night`: the evening's, as `tonight` is (`last night` is yesterday).
  t = t.replace(/\b(?!last\b)([a-z]+) night\b/, '$1 evening');
  // A part of the day settles an hour written without am or pm: `friday afternoon at 3` is 3pm,
  // `tomorrow at 9 in the morning` 9am, `tonight at 8` 8pm.
  const part = /\b(morning|afternoon|evening|tonight)\b/.exec(t)?.[1];
  if (part) {
    t = t.replace(/\bin the (morning|afternoon|evening)\b/, '$1');
    // (Not 12: `tonight at 12` may be noon or midnight, and is asked. Not 13 and on: `evening at
    // 18:30` is already the 24-hour clock's.) A time with minutes needs no `at`: `tonight 7:30`.
    const half = part === 'morning' ? 'am' : 'pm';
    t = t.replace(/\b(at|@)\s*((?:[1-9]|1[01])(?::\d{2})?)(?![\d:]|\s*[ap]m\b)/, `$1 $2${half}`);
    t = t.replace(/(^|\s)((?:[1-9]|1[01]):\d{2})(?![\d:]|\s*[ap]m\b)/, `$1$2${half}`);
  }
  // `am`/`pm` after a number is a time (`9 am`); after a day, a part of it: after a word, an ISO
  // date (`2026-12-14 am`) or a number no clock has (`dec 14 am`).
  t = t.replace(/(^|[^\d\s]|\d{4}-\d{2}-\d{2}|\b(?:1[3-9]|2\d|3[01]))(\s+)(?:morning|afternoon|evening|lunchtime|am|pm)(?=\s|$)/g, '$1').trim();
  // `fri @ 5` is `fri at 5`.
  t = t.replace(/\s@\s*(?=\d)/, ' at ');
  // A time given loosely is the time: `10ish`, `3pm-ish`, `around 3`, `about 10:30`.
  t = t.replace(/(\d(?:\s*[ap]m)?)\s*-?ish\b/, '$1').replace(/\b(?:around|about|approx\.?|approximately|circa|~)\s*(?=\d)/, '');
  // A range of hours is its start: `2-3pm` is 2pm, `9-10am` 9am; `11-12pm` and `11-1pm` start in the morning.
  t = t.replace(/\b(\d{1,2})(:\d{2})?\s*[-–]\s*(\d{1,2})(?::\d{2})?\s*([ap]m)\b/, (_, a: string, minutes: string | undefined, b: string, half: string) =>
    `${a}${minutes ?? ''}${half === 'pm' && Number(a) !== 12 && (Number(b) === 12 || Number(a) > Number(b)) ? 'am' : half}`);
  // `dec 14 10`, `14th dec 10`: an hour after a day of a month (a year has four digits), as `dec 14 at 10` is.
  t = t.replace(MONTH_DAY_HOUR, '$1 at $2');
  return t === '' ? 'today' : t;
}

/**
 * A weekday or tomorrow, then a pair of numbers with a dot that is a day and a month as well as a
 * time (`fri 18.12`: 18 December, or 18:12): the refusal with both, when the day and month fall on
 * that day (18 December is a Friday), or when a dot after them says a date (`fri 18.12.`). Else
 * the pair is a time, read as one (`wed 10.30`, `tue 9.05`).
 */
function dottedDayOrTime(clean: string, today: LocalDate, shown: string, dot: boolean): string | undefined {
  const m = DAY_THEN_DAY_MONTH.exec(clean);
  if (!m) return undefined;
  const [word, h, mm] = [m[1]!, m[3]!, m[4]!];
  const date = dayAndMonthOf(word, Number(h), Number(mm), today, dot || mm.length === 1);
  if (!date) return undefined;
  const asDate = `${formatIsoDate(date, false)} (${date.day} ${MONTH_NAMES[date.month - 1]})`;
  // A time has two digits of minutes and an hour up to 23: else the pair is a date alone.
  if (dot || mm.length === 1 || Number(h) > 23) return `Can't read "${shown}" as a date — ${h}.${mm} is a day and a month: write ${asDate}.`;
  return `Can't read "${shown}" as a date — ${h}.${mm} may be a day and a month or a time: write ${asDate} for the date, or ${clean.slice(0, clean.length - h.length - mm.length - 1).trim()} ${h}:${mm} for the time.`;
}

/**
 * The day and month `d.m` after `word` (a weekday, today, tomorrow), when it is that day's date:
 * 18.12 after `fri` when 18 December is a Friday. With `anyway` (a dot after it says a date),
 * whatever day it falls on.
 */
function dayAndMonthOf(word: string, d: number, m: number, today: LocalDate, anyway = false): LocalDate | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const year = nearestYear(m, d, today, false);
  if (!isValidDate(year, m, d)) return undefined;
  const date: LocalDate = { year, month: m, day: d };
  if (anyway) return date;
  const named = weekdayOfWord(word);
  const fits = named !== undefined ? weekdayOf(date) === named : dayNumber(date) === dayNumber(today) + (word === 'today' || word === 'tonight' ? 0 : 1);
  return fits ? date : undefined;
}

const DAY_THEN_DAY_MONTH = new RegExp(String.raw`(?:^|\s)(${WEEKDAY_WORDS.join('|')}|today|tonight|tomorrow|tmrw|tmr|tmw)\.?(,?\s+(?:at\s+|the\s+)?)(\d{1,2})\.(\d{1,2})$`);

const MONTH_DAY_HOUR = new RegExp(String.raw`^((?:${MONTH_WORDS.join('|')})\.?\s+\d{1,2}(?:st|nd|rd|th)?|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH_WORDS.join('|')})\.?),?\s+(1?\d|2[0-3])$`);

/** A weekday or a day's word, then a time with a dot (`wed 10.30`, `tomorrow at 9.15`), at the end. */
const DAY_THEN_DOTTED_TIME = new RegExp(String.raw`(\b(?:${WEEKDAY_WORDS.join('|')}|today|tomorrow|tmrw|tmr|tonight))(\s+(?:at\s+)?)(\d{1,2})\.(\d{2})$`);

/** `text` without the blanks and punctuation it ends with, by a loop: a regex anchored at the end tries every start. */
function trimEnd(text: string): string {
  let end = text.length;
  // (With the ellipsis and the no-break and zero-width spaces a phrase pasted or autocorrected brings.)
  while (end > 0 && ' \t\n\r.!?,;:\u2026\u00a0\u200b\u200c\u200d\ufeff'.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

const ISO_LIKE = /^\d{4}-\d/;
const ISO_LOOSE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ t](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?$/;
// 3/12 is March in one country and December in the next: slashes, and numbers-only dotted or dashed
// dates with the year last (03-12-2026), are refused.
// (A dashed pair followed by a word is a range, `2-3 days`, and is left to be refused as one.)
const NUMERIC = /\d\s*\/\s*\d|^\d{1,4}\.\d{1,2}\.\d{1,4}(?:\s|$)|^\d{1,2}\.\d{1,2}\.(?:\s|$)|^\d{1,2}-\d{1,2}(?:-\d{2,4})?(?:$|\s+(?:at\s+)?\d)/;

/**
 * Why a numeric date is refused, with what to write instead: both readings where day and month
 * could be either way round (3/12/2026: 3 December or 12 March), the one where only one is a day
 * (13/12/2026, 2026/12/03), the form to use otherwise. Without a year, the next such day is meant.
 */
function numericDateError(clean: string, today: LocalDate, past: boolean, weekday?: number): string {
  // Read without a time written after it (`14/12 10am`): the date is what is in question.
  const split = splitTime(clean);
  const datePart = split.ok ? split.value.datePart : clean;
  // (`15.1.`: a German day and month end with a dot.)
  const m = /^(\d{1,4})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{1,4}))?\.?$/.exec(datePart);
  const readings: LocalDate[] = [];
  if (m) {
    const [a, b, c] = [Number(m[1]), Number(m[2]), m[3]];
    const add = (written: number, month: number, day: number) => {
      // Without a year, the next such day (the last one gone, looking back), as `14 dec` is read.
      const year = c !== undefined ? written : nearestYear(month, day, today, past);
      if (isValidDate(year, month, day) && !readings.some((r) => r.month === month && r.day === day)) readings.push({ year, month, day });
    };
    if (m[1]!.length === 4) {
      if (c !== undefined) add(a, b, Number(c));
    } else {
      const year = c === undefined ? today.year : c.length === 2 ? twoDigitYear(Number(c), today.year) : c.length === 4 ? Number(c) : NaN;
      add(year, b, a);
      add(year, a, b);
    }
  }
  const iso = (d: LocalDate) => `${formatIsoDate(d, false)} (${d.day} ${MONTH_NAMES[d.month - 1]})`;
  const onWeekday = weekday === undefined ? [] : readings.filter((d) => weekdayOf(d) === weekday);
  if (readings.length === 2 && onWeekday.length === 1) {
    return `Can't read "${clean}" as a date — day and month could be either way round, and the ${WEEKDAY_NAMES[weekday!]} is ${onWeekday[0]!.day} ${MONTH_NAMES[onWeekday[0]!.month - 1]}: write ${iso(onWeekday[0]!)}.`;
  }
  if (readings.length === 2) return `Can't read "${clean}" as a date — day and month could be either way round: write ${iso(readings[0]!)} or ${iso(readings[1]!)}.`;
  if (readings.length === 1 && m![1]!.length === 4) return `Can't read "${clean}" as a date — write it with dashes: ${iso(readings[0]!)}.`;
  if (readings.length === 1) return `Can't read "${clean}" as a date — numeric dates are written day first in some countries and month first in others: write ${iso(readings[0]!)}.`;
  return `Can't read "${clean}" as a date — write it as YYYY-MM-DD, as in 2026-12-01, or in words: "14 dec".`;
}

/** This year, or the next when the day has gone by (the last, when it is still to come and `past`). */
function nearestYear(month: number, day: number, today: LocalDate, past: boolean): number {
  const later = month * 100 + day - (today.month * 100 + today.day);
  return today.year + (!past && later < 0 ? 1 : past && later > 0 ? -1 : 0);
}

/**
 * The year a two-digit year means, as most tools read it: the one from 80 years before this year
 * to 19 after (in 2026, 99 is 1999 and 27 is 2027). Always shown in full beside the refusal.
 */
function twoDigitYear(yy: number, thisYear: number): number {
  const top = thisYear + 19;
  return top - ((((top - yy) % 100) + 100) % 100);
}

function readPhrase(clean: string, today: LocalDate, past: boolean): Result<Reading> {
  // `fri 4.12.2026`, `mon 30/11`: a numeric date after a weekday is as ambiguous as without it,
  // but the weekday tells which reading is meant, when only one falls on it.
  const weekdayFirst = /^([a-z]+),?\s+(.+)$/.exec(clean);
  const named = weekdayFirst ? weekdayOfWord(weekdayFirst[1]!) : undefined;
  if (named !== undefined && NUMERIC.test(weekdayFirst![2]!)) {
    return fail(numericDateError(weekdayFirst![2]!, today, past, named).replace(`"${weekdayFirst![2]!}"`, `"${clean}"`));
  }
  if (NUMERIC.test(clean)) return fail(numericDateError(clean, today, past));
  const iso = readIso(clean);
  if (iso) return iso;
  const split = splitTime(clean);
  if (!split.ok) return split;
  const { time } = split.value;
  const datePart = split.value.datePart.replace(/^on /, '');
  // After a day that has no day of the month (`tomorrow 9`), a number is an hour: 1 to 12 could be
  // either half of the day, so ask; 13 to 23 can't.
  const hourAfter = !time && /^(today|tonight|tomorrow|tmrw|tmr)\s+(\d{1,2})$/.exec(datePart);
  if (hourAfter) {
    // Tonight is the evening's: `tonight 8` is 20:00, as `tonight at 8` is.
    const hour = Number(hourAfter[2]) + (hourAfter[1] === 'tonight' && Number(hourAfter[2]) >= 1 && Number(hourAfter[2]) < 12 ? 12 : 0);
    if (hour >= 1 && hour <= 12) return fail(`Can't read "${clean}" as a date — say ${hour}am or ${hour}pm.`);
    if (hour <= 23) return readPhrase(`${hourAfter[1]} ${hour}:00`, today, past);
  }
  const own = datePart === '' ? ok<Reading>({ date: today })
    : readIso(datePart) ?? wrap(readOffset(datePart, today, past)) ?? readCalendarWords(datePart, today, past);
  if (own) return own.ok && time ? ok({ ...own.value, date: { ...own.value.date, time } }) : own;
  // An ISO-looking text never reaches chrono: it would read a trailing `Z` as a UTC instant.
  if (ISO_LIKE.test(clean)) return isoProblem(clean) ?? cannotRead(clean);
  return readWithChrono(clean, today, past) ?? cannotRead(clean);
}

const wrap = (r: Reading | undefined) => (r ? ok(r) : undefined);

function readIso(text: string): Result<Reading> | undefined {
  const m = ISO_LOOSE.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, hh, mm] = m;
  if (mo!.length !== 2 || d!.length !== 2 || (hh !== undefined && hh.length !== 2)) {
    return fail(`Can't read "${text}" as a date — write months, days and hours with two digits, as in 2026-12-01 09:30.`);
  }
  const seconds = isoProblem(text);
  if (seconds) return seconds;
  const [year, month, day] = [Number(y), Number(mo), Number(d)];
  if (year < 1) return cannotRead(text);
  const why = notADay(year, month, day);
  if (why) return fail(`Can't read "${text}" as a date — ${why}.`);
  if (hh === undefined) return ok({ date: { year, month, day } });
  const [hour, minute] = [Number(hh), Number(mm)];
  if (hour > 23 || minute > 59) return fail(`Can't read "${text}" as a date — ${hh}:${mm} is not a time of day.`);
  return ok({ date: { year, month, day, time: { hour, minute } } });
}

/** A date-time with seconds other than `:00`, a zone or an offset, refused with what to write instead. */
function isoProblem(text: string): Result<Reading> | undefined {
  const why = dateTimeProblem(text, true);
  return why ? fail(`Can't read "${text}" as a date — it ${why}.`) : undefined;
}

// Units below a day need the clock, which this layer never reads.
// (Counted: "the second" is an ordinal, not a unit.)
const CLOCK_UNITS = /\b(?:\d+\s*|(?:an?|one|two|three|four|five|six|few|couple of|several|half an?)\s+)(?:hours?|hrs?|h|minutes?|mins?|seconds?|secs?)\b/;

function readWithChrono(clean: string, today: LocalDate, past: boolean): Result<Reading> | undefined {
  // "in 48 hours": the diary keeps days, and says so rather than "can't read".
  if (CLOCK_UNITS.test(clean)) return fail(`Can't read "${clean}" as a date — the diary keeps days, not hours or minutes: try "tomorrow", "in 2 days" or "fri 3pm".`);
  const results = chrono.casual.parse(clean, startOf(today), { forwardDate: !past });
  const r = results[0];
  // Lenient by design, chrono reads "someday soon at 3pm" as 3pm: only a reading of the whole text counts.
  if (results.length !== 1 || !r || r.index !== 0 || r.text.length !== clean.length || r.end) return undefined;
  const s = r.start;
  if ((!s.isCertain('day') && !s.isCertain('weekday')) || s.isCertain('timezoneOffset')) return undefined;
  const date = { year: s.get('year')!, month: s.get('month')!, day: s.get('day')! };
  // `wed 25.12.2026` when the 25th is a Friday: one of the two is a slip, as `tue 14 dec` is.
  const named = s.isCertain('day') && s.isCertain('weekday') ? s.get('weekday') : undefined;
  if (named !== undefined && named !== null && weekdayOf(date) !== named) {
    return fail(`Can't read "${clean}" as a date — ${date.day} ${MONTH_NAMES[date.month - 1]} ${date.year} is a ${WEEKDAY_NAMES[weekdayOf(date)]}, not a ${WEEKDAY_NAMES[named]}: say which you mean.`);
  }
  if (!s.isCertain('hour')) return ok({ date });
  const hour = s.get('hour')!;
  // "at 5" is 05:00 to chrono and most likely 17:00 to the person typing: ask rather than guess.
  if (!s.isCertain('meridiem') && hour >= 1 && hour <= 12 && !/\d[:.]\d\d/.test(clean)) {
    return fail(`Can't read "${clean}" as a date — say ${hour}am or ${hour}pm.`);
  }
  return ok({ date: { ...date, time: { hour, minute: s.get('minute') ?? 0 } } });
}

/**
 * The start of `today` as a JS Date in the local zone, as chrono wants its reference. Chrono reads
 * and writes local fields, and only the local year/month/day of its answer are used, so the zone
 * never shifts the day. (Where local midnight does not exist, Date moves to 01:00, the same day.)
 */
function startOf(today: LocalDate): Date {
  const d = new Date(2000, 0, 1, 0, 0, 0, 0);
  d.setFullYear(today.year, today.month - 1, today.day);
  return d;
}

/**
 * Loads chrono's parsers, which happens on the first phrase it reads and takes about half a
 * second: a host calls this at idle so that the user's first date completion doesn't wait.
 * Goes to chrono directly, since the short forms and weekday names never reach it.
 */
export function warmUpDateParser(): void {
  chrono.casual.parse('the day after tomorrow', new Date(2026, 0, 1));
}

import { type Result, fail, ok } from '../types';
import { type LocalTime } from './localDate';

/** A phrase split into its date part and the time of day written before or after it. */
export interface TimeSplit {
  readonly datePart: string;
  readonly time?: LocalTime;
}

// A bare number is never a time ("dec 3" is a day): a time has a colon, am/pm, or is noon.
const TIME = String.raw`(?:(\d{1,2}):(\d{2})\s*(am|pm)?|(\d{1,2})\s*(am|pm)|(noon|midday))`;
const TRAILING = new RegExp(String.raw`^(.*?)(?:^|\s*,\s*|\s+)(?:(?:at|@)\s*)?${TIME}$`);
const LEADING = new RegExp(String.raw`^(?:(?:at|@)\s*)?${TIME}(?:\s+(?:on\s+)?|\s*,\s*|$)(.*)$`);

/**
 * Finds a time of day at the end (`tomorrow 3pm`, `fri at 10:30`) or the start (`3pm tomorrow`)
 * of an already normalised phrase. Without one, the whole phrase is the date part. A time that
 * is written but impossible (`25:00`, `13pm`) is an error, not a date without a time.
 */
export function splitTime(text: string): Result<TimeSplit> {
  const trailing = TRAILING.exec(text);
  if (trailing) return build(trailing[1]!, trailing.slice(2, 8), text);
  const leading = LEADING.exec(text);
  if (leading) return build(leading[7]!, leading.slice(1, 7), text);
  return ok({ datePart: text });
}

function build(datePart: string, g: (string | undefined)[], text: string): Result<TimeSplit> {
  const [hh, mm, ampm1, h12, ampm2, noon] = g;
  let hour: number;
  let minute = 0;
  if (noon) hour = 12;
  else if (hh !== undefined) {
    hour = Number(hh);
    minute = Number(mm);
    // `fri 2:30` is 14:30 to the person typing and 02:30 on a 24-hour clock: before 8, ask. With a
    // leading zero (`02:30`) the 24-hour clock is meant; `9:30` and `14:30` can only be read one way.
    if (!ampm1 && hh.length === 1 && hour >= 1 && hour <= 7) return fail(`Can't read "${text}" as a date — say ${hh}:${mm}am or ${hh}:${mm}pm.`);
    if (ampm1 && (hour < 1 || hour > 12)) return badTime(text);
    if (ampm1) hour = to24(hour, ampm1);
  } else {
    hour = Number(h12);
    if (hour < 1 || hour > 12) return badTime(text);
    hour = to24(hour, ampm2!);
  }
  if (hour > 23 || minute > 59) return badTime(text);
  return ok({ datePart: datePart.trim(), time: { hour, minute } });
}

const to24 = (hour: number, ampm: string) => (hour % 12) + (ampm === 'pm' ? 12 : 0);
const badTime = (text: string) => fail<TimeSplit>(`Can't read "${text}" as a date: the time of day is not on the clock — try 15:30 or 3:30pm.`);

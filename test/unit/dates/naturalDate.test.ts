import * as assert from 'node:assert/strict';
import { type LocalDate } from '../../../src/core/dates/localDate';
import { DATE_EXAMPLES, type ResolveOptions, type ResolvedDate, previewPhrase, resolveDate } from '../../../src/core/dates/naturalDate';
import { offDay } from '../../../src/core/dates/describe';
import { fail } from '../../../src/core/types';

const monday: LocalDate = { year: 2026, month: 11, day: 23 };
const resolve = (text: string, options?: ResolveOptions): ResolvedDate => {
  const r = resolveDate(text, monday, options);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const error = (text: string, options?: ResolveOptions): string => {
  const r = resolveDate(text, monday, options);
  assert.equal(r.ok, false, `"${text}" should be refused`);
  return r.ok ? '' : r.error;
};

describe('resolveDate', () => {
  it('names the text and shows examples when it cannot read it', () => {
    assert.equal(error('soonish'), `Can't read "soonish" as a date — try "fri", "in 2 weeks", "+3d" or 2026-12-01.`);
    assert.equal(error('Next Blursday'), `Can't read "Next Blursday" as a date — try "fri", "in 2 weeks", "+3d" or 2026-12-01.`);
    assert.match(error(''), /^A date can't be empty — try "fri"/);
  });

  it('offers the phrase a typo likely meant, never taking it (regression: "wendesday" got the examples alone)', () => {
    // Today is Mon 23 Nov 2026.
    assert.equal(error('wendesday'), `Can't read "wendesday" as a date — did you mean "wednesday" (Wed 25 Nov 2026)?`);
    assert.equal(error('Thrusday'), `Can't read "Thrusday" as a date — did you mean "thursday" (Thu 26 Nov 2026)?`);
    assert.equal(error('tmorrow 3pm'), `Can't read "tmorrow 3pm" as a date — did you mean "tomorrow 3pm" (Tue 24 Nov 2026 15:00)?`);
    assert.equal(error('decmber 14'), `Can't read "decmber 14" as a date — did you mean "december 14" (Mon 14 Dec 2026)?`);
    // Two typos off is no one's slip; a short word is left alone.
    assert.match(error('blursday'), /— try "fri"/);
    assert.match(error('fru'), /— try "fri"/);
  });

  it('says which part of a phrase with words after it is the date, and where the rest goes', () => {
    assert.equal(error('next tue - send proposal'), `Can't read "next tue - send proposal" as a date — the date is "next tue" (Tue 1 Dec 2026), and the rest goes in next_action.`);
    assert.match(error('friday call re pricing'), /— the date is "friday" \(Fri 27 Nov 2026\), and the rest goes in next_action\.$/);
    assert.match(error('tmrw: call back'), /— the date is "tmrw" \(Tue 24 Nov 2026\)/);
    assert.match(error('someday - call'), /— try "fri"/);
  });

  it('settles a numeric date after a weekday by the weekday, where one reading falls on it (regression: "fri 4.12.2026" was said to be 12 April, a Sunday)', () => {
    assert.equal(error('fri 4.12.2026'), `Can't read "fri 4.12.2026" as a date — day and month could be either way round, and the Friday is 4 December: write 2026-12-04 (4 December).`);
    assert.match(error('mon, 30/11'), /write 2026-11-30 \(30 November\)\.$/);
    // Neither reading on that weekday: both are said.
    assert.match(error('wed 4.12.2026'), /either way round: write 2026-12-04 \(4 December\) or 2026-04-12 \(12 April\)\.$/);
    // An email's date pasted is no "tue" and a note (regression of the hint: "the date is tue"):
    // it is the date and time, without the zone.
    assert.match(error('Tue, 08 Dec 2026 09:00:00 GMT'), /— the diary keeps times where you are, without a zone: write "tue, 08 dec 2026 09:00:00" \(Tue 8 Dec 2026 09:00\)/);
    // An ordinal after a weekday is a day, never an hour.
    assert.doesNotMatch(error('monday 2nd'), /2am/);
  });

  it('regression: "fri 18.12" (18 December, a Friday) was read as Friday 11 December at 18:12, without a word', () => {
    const mon = { year: 2026, month: 12, day: 7 };
    assert.deepEqual(resolveDate('fri 18.12', mon), fail('Can\'t read "fri 18.12" as a date — 18.12 may be a day and a month or a time: write 2026-12-18 (18 December) for the date, or fri 18:12 for the time.'));
    assert.deepEqual(resolveDate('Fri 18.12.', mon), fail('Can\'t read "Fri 18.12." as a date — 18.12 is a day and a month: write 2026-12-18 (18 December).'));
    // Regression of the fix: the words of a due date around it, or next/this before it, kept the time reading.
    for (const phrase of ['by fri 18.12', 'due fri 18.12', 'fri 18.12 eod', 'first thing fri 18.12', 'this fri 18.12']) {
      assert.match(resolveDate(phrase, mon).ok ? '' : (resolveDate(phrase, mon) as { error: string }).error, /18\.12 may be a day and a month or a time: write 2026-12-18 \(18 December\) for the date/, phrase);
    }
    assert.match((resolveDate('next fri 18.12', mon) as { error: string }).error, /or next fri 18:12 for the time\.$/);
    // One digit after the dot is no time's minutes (was "or fri 1:1 for the time", itself refused).
    assert.match((resolveDate('fri 1.1', mon) as { error: string }).error, /1\.1 is a day and a month: write 2027-01-01 \(1 January\)\.$/);
    // An hour after a weekday and its day asks am or pm of the words typed (was "say next 2am or 2pm", itself refused).
    assert.match(resolveDate('next fri 2', mon).ok ? '' : (resolveDate('next fri 2', mon) as { error: string }).error, /\(for a time, say next fri 2am or next fri 2pm\)\.$/);
    assert.ok(resolveDate('next fri 2pm', mon).ok);
  });

  it('regression: "the 30th" on 31 January was 30 March, the February it skipped not said', () => {
    const jan31 = { year: 2027, month: 1, day: 31 };
    assert.deepEqual(previewPhrase('the 30th', jan31), { ok: true, value: 'Tue 30 Mar 2027 · in 2 months (the 30th = 30 March, as February has none)' });
    assert.deepEqual(previewPhrase('the 31st', { year: 2026, month: 11, day: 15 }), { ok: true, value: 'Thu 31 Dec 2026 · in 7 weeks (the 31st = 31 December, as November has none)' });
    assert.deepEqual(previewPhrase('the 3rd', jan31), { ok: true, value: 'Wed 3 Feb 2027 · in 3 days' });
  });

  it('regression: "call fri", what to do before when, got the examples alone', () => {
    assert.equal(error('call fri'), 'Can\'t read "call fri" as a date — the date is "fri" (Fri 27 Nov 2026), and the rest goes in next_action.');
    assert.match(error('follow up next tuesday'), /the date is "next tuesday" \(Tue 1 Dec 2026\), and the rest goes in next_action\.$/);
    assert.match(error('call someday'), /try "fri"/);
  });

  it('says a time with a zone is written without it, as the diary keeps times where the user is (regression: the examples alone)', () => {
    assert.equal(error('fri 10am EST'), 'Can\'t read "fri 10am EST" as a date — the diary keeps times where you are, without a zone: write "fri 10am" (Fri 27 Nov 2026 10:00) for that time where you are.');
  });

  it('says why a date-like text is not a day', () => {
    assert.match(error('2026-02-30'), /February 2026 has 28 days/);
    assert.match(error('2026-13-01'), /there is no month 13/);
    assert.match(error('32 Dec'), /^Can't read "32 Dec" as a date — December has 31 days/);
    assert.match(error('31 nov'), /November has 30 days/);
    assert.match(error('tomorrow 25:00'), /time of day/);
    assert.match(error('3/12/2026'), /either way round/);
    // A German day and month (regression: "15.1." had the generic refusal, no form to write).
    assert.match(error('15.1.'), /write 2027-01-15 \(15 January\)\.$/);
    assert.match(error('5.1.'), /either way round: write 2027-01-05 \(5 January\) or 2027-05-01 \(1 May\)\.$/);
  });

  it('rejects what chrono reads only in part (chrono would answer "tomorrow" here)', () => {
    assert.match(error('tomorrow or friday'), /Can't read/);
    assert.match(error('around tomorrow-ish'), /Can't read/);
  });

  it('says which weekday a date is when the weekday typed with it is another (regression: Tue 14 Dec was read as Mon 14 Dec without a word)', () => {
    assert.equal(error('Tue 14 Dec 2026'), `Can't read "Tue 14 Dec 2026" as a date — 14 December 2026 is a Monday, not a Tuesday: say which you mean.`);
  });

  it('refuses a dashed date with the year last as either way round (regression: 03-12-2026 was 12 March, 9 months ago)', () => {
    assert.equal(error('03-12-2026'), `Can't read "03-12-2026" as a date — day and month could be either way round: write 2026-12-03 (3 December) or 2026-03-12 (12 March).`);
  });

  it('names the date of a numeric date with a time after it, not today\'s (regression: "say 2026-11-23")', () => {
    assert.match(error('14/12 10am'), /write \d{4}-12-14 \(14 December\)\.$/);
  });

  it('says what to do for no date yet and as soon as possible (regression: "tbd", "never", "asap" had the examples alone)', () => {
    for (const text of ['tbd', 'TBD', 'never', 'n/a', '-', '?', 'someday', 'later', 'to be confirmed']) {
      assert.equal(error(text), `Can't read "${text}" as a date — leave next: empty, and the contact is listed under Unscheduled.`, text);
    }
    assert.equal(error('ASAP!'), `Can't read "ASAP!" as a date — did you mean "today" (Mon 23 Nov 2026) or "tomorrow"?`);
  });

  it('refuses a range and an ordinal as what they are (regression: "2-3 days" offered dates, "the second" was called an hour)', () => {
    assert.equal(error('2-3 days'), `Can't read "2-3 days" as a date — ${DATE_EXAMPLES}.`);
    assert.equal(error('the second'), `Can't read "the second" as a date — ${DATE_EXAMPLES}.`);
    assert.equal(error('?!'), `Can't read "?!" as a date — ${DATE_EXAMPLES}.`);
  });

  it('refuses a weekday repeated before a date, however long, without overflowing (regression: a stack overflow at 2,000)', () => {
    assert.match(error(`${'mon '.repeat(2000)}14`), /^Can't read /);
    assert.match(error(`fri${'.!'.repeat(20_000)}x`), /^Can't read /);
  });

  it('asks am or pm of a number after tomorrow (regression: "try fri…", as if it were unreadable)', () => {
    assert.equal(error('tomorrow 9'), `Can't read "tomorrow 9" as a date — say 9am or 9pm.`);
  });

  it('says the diary keeps days when a phrase counts hours (regression: "try fri…", as if it were unreadable)', () => {
    assert.equal(error('in 48 hours'), `Can't read "in 48 hours" as a date — the diary keeps days, not hours or minutes: try "tomorrow", "in 2 days" or "fri 3pm".`);
  });

  it('refuses month-first 12/25, which chrono would take as US order', () => {
    assert.match(error('12/25'), /write 2026-12-25 \(25 December\)\.$/);
  });

  it('refuses numeric dates, saying what each could mean in the form to write instead', () => {
    assert.equal(error('3/12/2026'), `Can't read "3/12/2026" as a date — day and month could be either way round: write 2026-12-03 (3 December) or 2026-03-12 (12 March).`);
    assert.equal(error('1/2/27'), `Can't read "1/2/27" as a date — day and month could be either way round: write 2027-02-01 (1 February) or 2027-01-02 (2 January).`);
    // One of the two readings is no day: that one is not offered.
    assert.equal(error('13/12/2026'), `Can't read "13/12/2026" as a date — numeric dates are written day first in some countries and month first in others: write 2026-12-13 (13 December).`);
    // Year first can't be either way round: only the separator is wrong.
    assert.equal(error('2027/02/01'), `Can't read "2027/02/01" as a date — write it with dashes: 2027-02-01 (1 February).`);
    assert.equal(error('4.4.2027'), `Can't read "4.4.2027" as a date — numeric dates are written day first in some countries and month first in others: write 2027-04-04 (4 April).`);
    // Without a year, the next such day, as `5 jun` is read (regression: today's year, so on Mon
    // 23 Nov 2026 both were dates gone by, to be copied into a note as its next contact).
    assert.match(error('5/6'), /write 2027-06-05 \(5 June\) or 2027-05-06 \(6 May\)\.$/);
    assert.match(error('12/25'), /write 2026-12-25 \(25 December\)\.$/);
    const back = resolveDate('5/6', { year: 2026, month: 11, day: 23 }, { direction: 'past' });
    assert.match(back.ok ? '' : back.error, /write 2026-06-05 \(5 June\) or 2026-05-06 \(6 May\)\.$/);
    // With neither reading a day, the form itself.
    // The example is a fixed date, never today's, which reads as what was meant.
    assert.equal(error('31/31/2026'), `Can't read "31/31/2026" as a date — write it as YYYY-MM-DD, as in 2026-12-01, or in words: "14 dec".`);
    assert.match(error('next 3/4'), /write it as YYYY-MM-DD/);
  });

  // 12/25/99 was refused with "write 2099-12-25": a two-digit year was always taken as 20xx.
  it('suggests the century most tools read for a two-digit year, 80 years back to 19 ahead', () => {
    assert.equal(error('12/25/99'), `Can't read "12/25/99" as a date — numeric dates are written day first in some countries and month first in others: write 1999-12-25 (25 December).`);
    assert.match(error('25/12/45'), /write 2045-12-25 \(25 December\)\.$/);
    assert.match(error('25/12/46'), /write 1946-12-25 \(25 December\)\.$/);
    assert.match(error('25/12/00'), /write 2000-12-25 \(25 December\)\.$/);
    const r = resolveDate('25/12/46', { year: 2030, month: 1, day: 1 });
    assert.match(r.ok ? '' : r.error, /write 2046-12-25 \(25 December\)\.$/);
  });

  it('reads date-times as Obsidian writes them, and refuses seconds and zones saying why', () => {
    const at = { year: 2026, month: 11, day: 27, time: { hour: 10, minute: 30 } };
    assert.deepEqual(resolve('2026-11-27T10:30:00').date, at);
    assert.deepEqual(resolve('2026-11-27T10:30').date, at);
    assert.equal(error('2026-11-27T10:30:15'), `Can't read "2026-11-27T10:30:15" as a date — it has seconds, and the diary keeps times to the minute: write 2026-11-27T10:30.`);
    assert.equal(error('2026-11-27 10:30:15'), `Can't read "2026-11-27 10:30:15" as a date — it has seconds, and the diary keeps times to the minute: write 2026-11-27 10:30.`);
    const zone = "and the diary's times are local: write the time where you are, without the zone.";
    assert.equal(error('2026-11-27T10:30Z'), `Can't read "2026-11-27T10:30Z" as a date — it has a time zone (Z), ${zone}`);
    assert.equal(error('2026-11-27T10:30+01:00'), `Can't read "2026-11-27T10:30+01:00" as a date — it has a time zone (+01:00), ${zone}`);
    assert.match(error('2026-11-27T25:00'), /25:00 is not a time of day/);
  });

  it('asks am or pm for a bare hour, which chrono would take as morning', () => {
    assert.equal(error('Today at 5'), `Can't read "Today at 5" as a date — say 5am or 5pm.`);
  });

  it('never reads a trailing Z as a UTC instant (that would move the day west of Greenwich)', () => {
    assert.match(error('2026-11-27T23:30:00Z'), /Can't read/);
  });

  it('ignores a time of day on today (it would ride along on every offset)', () => {
    const r = resolveDate('+3d', { ...monday, time: { hour: 23, minute: 55 } });
    assert.deepEqual(r.ok && r.value.date, { year: 2026, month: 11, day: 26 });
  });

  it('refuses dates beyond the calendar rather than wrapping them', () => {
    assert.match(error('+9999y'), /too far from today/);
    assert.match(error('0000-01-01'), /^Can't read "0000-01-01"/);
  });

  it('flags a next date in the past but keeps it', () => {
    const r = resolve('3 days ago');
    assert.deepEqual(r.date, { year: 2026, month: 11, day: 20 });
    assert.equal(r.inPast, true);
    assert.equal(r.warning, 'that is 3 days ago');
    assert.equal(resolve('tomorrow').warning, undefined);
    assert.equal(resolve('tomorrow').inPast, false);
  });

  it('flags a last date in the future, and not a past one', () => {
    assert.equal(resolve('tomorrow', { direction: 'past' }).warning, 'that is tomorrow, not in the past');
    assert.equal(resolve('3 days ago', { direction: 'past' }).warning, undefined);
    assert.equal(resolve('today', { direction: 'past' }).warning, undefined);
  });

  it('spells out the meanings it had to choose', () => {
    assert.equal(resolve('next week').meaning, 'next week = Monday of next week');
    assert.equal(resolve('end of week').meaning, 'end of week = the coming Friday');
    assert.equal(resolve('next month').meaning, 'next month = the 1st of next month');
    assert.equal(resolve('end of month').meaning, 'end of month = the last day of this month');
    assert.equal(resolve('in 2 business days').meaning, 'business days skip Saturday and Sunday');
    assert.equal(resolve('fri').meaning, undefined);
    assert.equal(resolve('next fri').meaning, "next Friday = next week's Friday");
    assert.equal(resolve('this fri').meaning, "this Friday = this week's Friday");
    assert.equal(resolve('end of next week').meaning, 'end of next week = Friday of next week');
  });

  // "next fri" on a Thursday gave the next day, and "next tue" on a Monday gave tomorrow.
  it('reads next fri as next week\'s Friday, on a Thursday as on a Monday', () => {
    const thursday = { year: 2026, month: 11, day: 26 };
    const friday = { year: 2026, month: 12, day: 4 };
    assert.deepEqual(resolveDate('next fri', thursday), { ok: true, value: { date: friday, inPast: false, meaning: "next Friday = next week's Friday" } });
    assert.deepEqual(resolve('next fri').date, friday);
    assert.deepEqual(resolve('next tue').date, { year: 2026, month: 12, day: 1 });
    // A bare weekday is still the next one ahead.
    assert.deepEqual(resolveDate('fri', thursday), { ok: true, value: { date: { year: 2026, month: 11, day: 27 }, inPast: false } });
  });

  // "end of next week" was Saturday of next week, while "end of week" is Friday.
  it('reads end of next week as Friday of next week', () => {
    assert.deepEqual(resolve('end of next week').date, { year: 2026, month: 12, day: 4 });
    assert.deepEqual(resolve('end of the week').date, { year: 2026, month: 11, day: 27 });
  });

  it('reads this mon on a Wednesday as this week\'s Monday, kept but flagged as past for a next date', () => {
    const wednesday = { year: 2026, month: 11, day: 25 };
    const r = resolveDate('this mon', wednesday);
    assert.deepEqual(r, { ok: true, value: { date: monday, inPast: true, meaning: "this Monday = this week's Monday", warning: 'that is 2 days ago' } });
    const past = resolveDate('this mon', wednesday, { direction: 'past' });
    assert.equal(past.ok && past.value.warning, undefined);
    // Today is in this week: on a Monday, this mon is today.
    assert.deepEqual(resolve('this mon').date, monday);
  });
});

describe('previewPhrase', () => {
  it('shows the date, its distance and any chosen meaning', () => {
    assert.deepEqual(previewPhrase('fri', monday), { ok: true, value: 'Fri 27 Nov 2026 · in 4 days' });
    assert.deepEqual(previewPhrase('next week', monday), { ok: true, value: 'Mon 30 Nov 2026 · in 7 days (next week = Monday of next week)' });
    assert.deepEqual(previewPhrase('tomorrow 3pm', monday), { ok: true, value: 'Tue 24 Nov 2026 15:00 · tomorrow' });
    assert.deepEqual(previewPhrase('last fri', monday), { ok: true, value: 'Fri 20 Nov 2026 · 3 days ago' });
    assert.deepEqual(previewPhrase('next fri', { year: 2026, month: 11, day: 26 }), { ok: true, value: "Fri 4 Dec 2026 · in 8 days (next Friday = next week's Friday)" });
    assert.deepEqual(previewPhrase('this mon', { year: 2026, month: 11, day: 25 }), { ok: true, value: "Mon 23 Nov 2026 · 2 days ago (this Monday = this week's Monday)" });
    assert.deepEqual(previewPhrase('end of next week', monday), { ok: true, value: 'Fri 4 Dec 2026 · in 11 days (end of next week = Friday of next week)' });
    assert.equal(previewPhrase('someday', monday).ok, false);
  });

  it('names how it read a bare weekday on that same weekday (a week away, not today)', () => {
    const friday = { year: 2026, month: 11, day: 27 };
    assert.deepEqual(previewPhrase('fri', friday), { ok: true, value: 'Fri 4 Dec 2026 · in 7 days (Friday = a week today, as today is a Friday)' });
    assert.deepEqual(previewPhrase('fri', friday, { direction: 'past' }), { ok: true, value: 'Fri 20 Nov 2026 · 7 days ago (Friday = a week ago, as today is a Friday)' });
    // Any other day: the next one ahead needs no word.
    assert.deepEqual(previewPhrase('fri', monday), { ok: true, value: 'Fri 27 Nov 2026 · in 4 days' });
  });

  it('warns without refusing when a date ahead falls on a weekend, and not for one behind', () => {
    assert.deepEqual(previewPhrase('sat', monday), { ok: true, value: 'Sat 28 Nov 2026 · in 5 days — a Saturday' });
    assert.deepEqual(previewPhrase('in 6 days', monday), { ok: true, value: 'Sun 29 Nov 2026 · in 6 days — a Sunday' });
    assert.deepEqual(previewPhrase('2026-12-12 10:00', monday), { ok: true, value: 'Sat 12 Dec 2026 10:00 · in 3 weeks — a Saturday' });
    // A contact made on a Saturday happened: nothing to warn about.
    assert.deepEqual(previewPhrase('last sat', monday, { direction: 'past' }), { ok: true, value: 'Sat 21 Nov 2026 · 2 days ago' });
    assert.deepEqual(previewPhrase('fri', monday), { ok: true, value: 'Fri 27 Nov 2026 · in 4 days' });
  });
});

describe('offDay', () => {
  it('names a day outside the working days, Monday to Friday unless told otherwise', () => {
    assert.equal(offDay({ year: 2026, month: 12, day: 12 }), 'a Saturday');
    assert.equal(offDay({ year: 2026, month: 12, day: 11 }), undefined);
    // A Sunday-to-Thursday week: Friday is off, Sunday is not.
    assert.equal(offDay({ year: 2026, month: 12, day: 11 }, [0, 1, 2, 3, 4]), 'a Friday');
    assert.equal(offDay({ year: 2026, month: 12, day: 13 }, [0, 1, 2, 3, 4]), undefined);
  });

  it('names Christmas Day and New Year\'s Day on a working day (regression: "next business day" on 24 Dec gave the 25th without a word)', () => {
    assert.equal(offDay({ year: 2026, month: 12, day: 25 }), 'Christmas Day');
    assert.equal(offDay({ year: 2027, month: 1, day: 1 }), 'New Year\'s Day');
    // At the weekend, the weekend is said.
    assert.equal(offDay({ year: 2027, month: 12, day: 25 }), 'a Saturday');
    assert.equal(offDay({ year: 2026, month: 12, day: 24 }), undefined);
    const r = previewPhrase('next business day', { year: 2026, month: 12, day: 24 });
    assert.ok(r.ok);
    assert.equal(r.value, 'Fri 25 Dec 2026 · tomorrow (next working day = the next day from Monday to Friday) — Christmas Day');
  });
});

import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import {
  type LocalDate, addDays, addMonths, addYears, compareDates, dayNumber, diffDays, formatIsoDate, fromDayNumber,
  isValidDate, notADay, parseIsoDate, todayLocal, weekday,
} from '../../../src/core/dates/localDate';

const iso = (text: string): LocalDate => {
  const r = parseIsoDate(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const anyDate = fc.date({ min: new Date(Date.UTC(100, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
  .map((d): LocalDate => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }));

describe('LocalDate', () => {
  it('parses and formats YYYY-MM-DD and YYYY-MM-DD HH:mm', () => {
    assert.deepEqual(iso('2026-11-27'), { year: 2026, month: 11, day: 27 });
    assert.deepEqual(iso(' 2026-11-27 09:05 '), { year: 2026, month: 11, day: 27, time: { hour: 9, minute: 5 } });
    assert.equal(formatIsoDate(iso('2026-11-27T09:05')), '2026-11-27 09:05');
    assert.equal(formatIsoDate(iso('2026-11-27 09:05'), false), '2026-11-27');
  });

  it('formats any year, month, day and time as zero-padded digits, as padStart does', () => {
    const padded = (n: number, width = 2) => String(n).padStart(width, '0');
    const time = fc.option(fc.record({ hour: fc.integer({ min: -5, max: 130 }), minute: fc.integer({ min: -5, max: 130 }) }), { nil: undefined });
    fc.assert(fc.property(fc.integer({ min: -20000, max: 20000 }), fc.integer({ min: -5, max: 130 }), fc.integer({ min: -5, max: 130 }), time, (year, month, day, t) => {
      const date: LocalDate = t ? { year, month, day, time: t } : { year, month, day };
      const d = `${padded(year, 4)}-${padded(month)}-${padded(day)}`;
      assert.equal(formatIsoDate(date, false), d);
      assert.equal(formatIsoDate(date), t ? `${d} ${padded(t.hour)}:${padded(t.minute)}` : d);
    }), { numRuns: 2000 });
    assert.equal(formatIsoDate({ year: 987, month: 1, day: 2 }), '0987-01-02');
  });

  it('refuses dates that are not on the calendar instead of rolling them over', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '2026-11-5', '2026-00-10', '2027-02-29', '2026-11-27 24:00', '2026-11-27 10:60', '27/11/2026', '']) {
      const r = parseIsoDate(bad);
      assert.equal(r.ok, false, bad);
    }
    assert.equal(parseIsoDate('2028-02-29').ok, true);
  });

  it('refuses near-dates: other digits, other separators, a time without its date, a lowercase t', () => {
    for (const bad of ['２０２６-11-27', '2026-11-٢٧', '2026/11/27', '2026-11-27t09:05', '2026-11-27 9:05', '2026-11-27 09-05', '2026-11-27 09:05:00', '+2026-11-27', '2026-11-27x', '-026-11-27', '0000-01-01']) {
      assert.equal(parseIsoDate(bad).ok, false, bad);
    }
  });

  it('reads date-times as Obsidian writes them, with a T and :00 seconds', () => {
    const at = { year: 2026, month: 11, day: 27, time: { hour: 10, minute: 30 } };
    assert.deepEqual(iso('2026-11-27T10:30'), at);
    assert.deepEqual(iso('2026-11-27T10:30:00'), at);
    assert.deepEqual(iso(' 2026-11-27T23:59:00 '), { ...at, time: { hour: 23, minute: 59 } });
    assert.deepEqual(iso('2028-02-29T00:00:00'), { year: 2028, month: 2, day: 29, time: { hour: 0, minute: 0 } });
  });

  it('refuses seconds other than :00, a zone or an offset, and a lowercase t, saying why and what to write', () => {
    const error = (text: string) => { const r = parseIsoDate(text); return r.ok ? 'read' : r.error; };
    assert.equal(error('2026-11-27T10:30:15'), '"2026-11-27T10:30:15" has seconds, and the diary keeps times to the minute: write 2026-11-27T10:30');
    assert.equal(error('2026-11-27T10:30:00.000'), '"2026-11-27T10:30:00.000" has seconds, and the diary keeps times to the minute: write 2026-11-27T10:30');
    const zone = "and the diary's times are local: write the time where you are, without the zone";
    assert.equal(error('2026-11-27T10:30Z'), `"2026-11-27T10:30Z" has a time zone (Z), ${zone}`);
    assert.equal(error('2026-11-27T10:30:00Z'), `"2026-11-27T10:30:00Z" has a time zone (Z), ${zone}`);
    assert.equal(error('2026-11-27T10:30+01:00'), `"2026-11-27T10:30+01:00" has a time zone (+01:00), ${zone}`);
    assert.equal(error('2026-11-27 10:30-0500'), `"2026-11-27 10:30-0500" has a time zone (-0500), ${zone}`);
    assert.equal(error('2026-11-27t10:30'), '"2026-11-27t10:30" has a lowercase t: write 2026-11-27T10:30');
    assert.equal(error('2026-11-27t10:30:00'), '"2026-11-27t10:30:00" has a lowercase t: write 2026-11-27T10:30:00');
    assert.equal(error('2026-11-27 10:30:00'), '"2026-11-27 10:30:00" has seconds after a space: write 2026-11-27 10:30, or 2026-11-27T10:30:00');
    assert.equal(error('2026-11-27T25:00'), '25:00 is not a time of day — hours run 00 to 23, minutes 00 to 59');
    assert.equal(error('2026-11-27T10:60:00'), '10:60 is not a time of day — hours run 00 to 23, minutes 00 to 59');
    assert.equal(error('2026-02-30T10:30:00'), '2026-02-30T10:30:00 is not a day of the calendar — February 2026 has 28 days');
    for (const bad of ['2026-11-27T10:30:0', '2026-11-27T10:30:000', '2026-11-27T', '2026-11-27T10', '2026-11-27T10:30:', '2026-11-27TT10:30']) {
      assert.match(error(bad), /is not a date — write it as YYYY-MM-DD or YYYY-MM-DD HH:mm$/, bad);
    }
  });

  it('says why a date is not a day of the calendar, in words', () => {
    const error = (text: string) => { const r = parseIsoDate(text); return r.ok ? 'read' : r.error; };
    assert.equal(error('2026-02-30'), '2026-02-30 is not a day of the calendar — February 2026 has 28 days');
    assert.equal(error('2028-02-30'), '2028-02-30 is not a day of the calendar — February 2028 has 29 days');
    assert.equal(error('2026-04-31 09:00'), '2026-04-31 09:00 is not a day of the calendar — April 2026 has 30 days');
    assert.equal(error('2026-13-01'), '2026-13-01 is not a day of the calendar — there is no month 13');
    assert.equal(error('2026-00-10'), '2026-00-10 is not a day of the calendar — there is no month 0');
    assert.equal(error('2026-11-00'), '2026-11-00 is not a day of the calendar — November 2026 has 30 days');
    assert.equal(error('0000-01-01'), '0000-01-01 is not a day of the calendar — years run from 0001 to 9999');
    assert.equal(error('2026-11-27 24:00'), '24:00 is not a time of day — hours run 00 to 23, minutes 00 to 59');
    assert.equal(error('someday'), '"someday" is not a date — write it as YYYY-MM-DD or YYYY-MM-DD HH:mm');
    assert.equal(notADay(2026, 11, 27), undefined);
  });

  it('reads every text exactly as the regex it replaced, errors included', () => {
    const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})|T(\d{2}):(\d{2}):00)?$/;
    // A date-time refused for its seconds, zone or lowercase t says so instead (tested below).
    const NEAR = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?$/;
    const before = (text: string): unknown => {
      const m = ISO.exec(text.trim());
      if (!m && NEAR.test(text.trim())) return { ok: false, error: parseIsoDate(text).ok ? 'read' : `"${text.trim()}" has …` };
      if (!m) return { ok: false, error: `"${text.trim()}" is not a date — write it as YYYY-MM-DD or YYYY-MM-DD HH:mm` };
      const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (!isValidDate(year, month, day)) return { ok: false, error: `${text.trim()} is not a day of the calendar — ${notADay(year, month, day)}` };
      if (m[4] === undefined && m[6] === undefined) return { ok: true, value: { year, month, day } };
      const [hour, minute] = m[4] === undefined ? [Number(m[6]), Number(m[7])] : [Number(m[4]), Number(m[5])];
      if (hour > 23 || minute > 59) return { ok: false, error: `${m[4] ?? m[6]}:${m[5] ?? m[7]} is not a time of day — hours run 00 to 23, minutes 00 to 59` };
      return { ok: true, value: { year, month, day, time: { hour, minute } } };
    };
    // Texts close to a date: each character of a dated template kept, or swapped for a digit, a
    // separator, a blank or something odd, with blanks maybe around it.
    const odd = fc.constantFrom('0', '1', '2', '3', '9', '-', ':', ' ', 'T', 't', '/', '\n', '\t', '\u00a0', '\u0663', '\uff10', 'x', 'Z', '+', '.', '');
    const near = fc.tuple(fc.constantFrom('2026-11-27', '2028-02-29 23:59', '0001-01-01T00:00', '9999-12-31 24:60', '2026-11-27T10:30:00', '2026-11-27T10:30+01:00'), fc.array(fc.tuple(fc.nat(), odd), { maxLength: 4 }), fc.constantFrom('', ' ', '\t', '\n '))
      .map(([template, swaps, blank]) => {
        const chars = [...template];
        for (const [at, c] of swaps) chars[at % chars.length] = c;
        return blank + chars.join('') + blank;
      });
    fc.assert(fc.property(fc.oneof(near, fc.string({ maxLength: 20 })), (text) => {
      const r = parseIsoDate(text);
      const expected = before(text);
      if (!r.ok && r.error.startsWith(`"${text.trim()}" has `)) assert.deepEqual({ ok: false, error: `"${text.trim()}" has …` }, expected);
      else assert.deepEqual(r, expected);
    }), { numRuns: 5000 });
  });

  it('counts days by arithmetic that agrees with the UTC calendar (no time zone involved)', () => {
    fc.assert(fc.property(anyDate, (d) => {
      assert.equal(dayNumber(d), Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
      assert.deepEqual(fromDayNumber(dayNumber(d)), d);
      assert.equal(weekday(d), new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay());
    }));
  });

  it('adds and subtracts days across month, year and DST boundaries', () => {
    assert.equal(formatIsoDate(addDays(iso('2026-12-31'), 1)), '2027-01-01');
    assert.equal(formatIsoDate(addDays(iso('2026-03-08'), 1)), '2026-03-09');
    assert.equal(formatIsoDate(addDays(iso('2026-03-01'), -1)), '2026-02-28');
    assert.equal(formatIsoDate(addDays(iso('2026-11-27 10:30'), 3)), '2026-11-30 10:30');
    assert.equal(diffDays(iso('2026-10-24'), iso('2026-10-26')), 2);
    assert.equal(diffDays(iso('2026-11-27'), iso('2026-11-20')), -7);
  });

  it('adds months and years clamping to the month end', () => {
    assert.equal(formatIsoDate(addMonths(iso('2026-01-31'), 1)), '2026-02-28');
    assert.equal(formatIsoDate(addMonths(iso('2028-01-31'), 1)), '2028-02-29');
    assert.equal(formatIsoDate(addMonths(iso('2026-12-15'), 1)), '2027-01-15');
    assert.equal(formatIsoDate(addMonths(iso('2026-01-15'), -1)), '2025-12-15');
    assert.equal(formatIsoDate(addYears(iso('2028-02-29'), 1)), '2029-02-28');
    assert.equal(formatIsoDate(addYears(iso('2028-02-29'), 4)), '2032-02-29');
  });

  it('orders by day, then time, an untimed date first', () => {
    const sorted = ['2026-11-27 09:00', '2026-11-26', '2026-11-27', '2026-11-27 08:00'].map(iso).sort(compareDates).map((d) => formatIsoDate(d));
    assert.deepEqual(sorted, ['2026-11-26', '2026-11-27', '2026-11-27 08:00', '2026-11-27 09:00']);
  });

  it('takes today from the local wall clock, at any time of day', () => {
    assert.deepEqual(todayLocal(new Date(2026, 10, 23, 0, 5)), { year: 2026, month: 11, day: 23 });
    assert.deepEqual(todayLocal(new Date(2026, 10, 23, 23, 55)), { year: 2026, month: 11, day: 23 });
  });
});

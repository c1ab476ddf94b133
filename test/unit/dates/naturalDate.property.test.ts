import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { WEEKDAY_NAMES } from '../../../src/core/dates/describe';
import { type LocalDate, dayNumber, diffDays, fromDayNumber, weekday } from '../../../src/core/dates/localDate';
import { type ResolveOptions, resolveDate } from '../../../src/core/dates/naturalDate';

// Any day from 1900 to 2199, as a day number (days since 1970-01-01).
const anyDay = fc.integer({ min: -25567, max: 83968 }).map(fromDayNumber);
const resolve = (text: string, today: LocalDate, options?: ResolveOptions): LocalDate => {
  const r = resolveDate(text, today, options);
  if (!r.ok) throw new Error(r.error);
  return r.value.date;
};

describe('resolveDate on any day', () => {
  it('puts a weekday name 1 to 7 days ahead, and "last" 1 to 7 days back, on that weekday', () => {
    fc.assert(fc.property(anyDay, fc.integer({ min: 0, max: 6 }), fc.constantFrom('', 'coming '), (today, wd, prefix) => {
      const name = WEEKDAY_NAMES[wd]!;
      const ahead = resolve(`${prefix}${name}`, today);
      assert.equal(weekday(ahead), wd);
      assert.ok(diffDays(today, ahead) >= 1 && diffDays(today, ahead) <= 7);
      const back = resolve(`last ${name.slice(0, 3)}`, today);
      assert.equal(weekday(back), wd);
      assert.ok(diffDays(back, today) >= 1 && diffDays(back, today) <= 7);
    }));
  });

  it('puts "next" weekdays in next week and "this" weekdays in this week (Monday to Sunday), either way; at the weekend, this week\'s gone by is the coming week\'s', () => {
    // 1970-01-01 was a Thursday: day numbers -3 to 3 are the first week.
    const week = (d: LocalDate) => Math.floor((dayNumber(d) + 3) / 7);
    fc.assert(fc.property(anyDay, fc.integer({ min: 0, max: 6 }), fc.constantFrom<ResolveOptions>({}, { direction: 'past' }), (today, wd, options) => {
      const name = WEEKDAY_NAMES[wd]!;
      const next = resolve(`next ${name}`, today, options);
      assert.equal(weekday(next), wd);
      assert.equal(week(next), week(today) + 1);
      assert.deepEqual(next, resolve(`${name} next week`, today, options));
      const self = resolve(`this ${name.slice(0, 3)}`, today, options);
      assert.equal(weekday(self), wd);
      const over = options.direction !== 'past' && (weekday(today) === 6 || weekday(today) === 0) && dayNumber(self) !== dayNumber(today) && (wd + 6) % 7 < (weekday(today) + 6) % 7;
      assert.equal(week(self), week(today) + (over ? 1 : 0));
      if (over) assert.ok(dayNumber(self) > dayNumber(today));
    }));
  });

  it('moves +Nd, -Nd and Nd ago by exactly N calendar days', () => {
    fc.assert(fc.property(anyDay, fc.integer({ min: 0, max: 3000 }), (today, n) => {
      assert.equal(diffDays(today, resolve(`+${n}d`, today)), n);
      assert.equal(diffDays(today, resolve(`in ${n} days`, today)), n);
      assert.equal(diffDays(today, resolve(`-${n}d`, today)), 0 - n);
      assert.equal(diffDays(today, resolve(`${n} days ago`, today)), 0 - n);
      assert.equal(diffDays(today, resolve(`${n}d`, today, { direction: 'past' })), 0 - n);
    }));
  });

  it('lands business days on a weekday, no more than N + 2·⌈N/5⌉ + 2 days on', () => {
    fc.assert(fc.property(anyDay, fc.integer({ min: 1, max: 60 }), (today, n) => {
      const d = resolve(`+${n}bd`, today);
      assert.ok(weekday(d) >= 1 && weekday(d) <= 5);
      const days = diffDays(today, d);
      assert.ok(days >= n && days <= n + 2 * Math.ceil(n / 5) + 2, `${n} business days took ${days} days`);
    }));
  });

  it('reads a month-day as the next one on or after today (with past: on or before), within a year', () => {
    fc.assert(fc.property(anyDay, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (today, month, day) => {
      const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
      const ahead = resolve(`${months[month - 1]} ${day}`, today);
      assert.deepEqual([ahead.month, ahead.day], [month, day]);
      assert.ok(diffDays(today, ahead) >= 0 && diffDays(today, ahead) < 366);
      const back = resolve(`${day} ${months[month - 1]}`, today, { direction: 'past' });
      assert.deepEqual([back.month, back.day], [month, day]);
      assert.ok(diffDays(back, today) >= 0 && diffDays(back, today) < 366);
    }));
  });
});

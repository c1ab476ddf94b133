import * as assert from 'node:assert/strict';
import { describe as describeDate, describePast, distance, fullDate, previewLine, shortDate } from '../../../src/core/dates/describe';
import { type LocalDate, addDays } from '../../../src/core/dates/localDate';

const today: LocalDate = { year: 2026, month: 11, day: 23 };
const at = (days: number) => addDays(today, days);

describe('describing dates', () => {
  it('says where a next date stands from today', () => {
    const expected: [number, string][] = [
      [0, 'today'], [1, 'tomorrow'], [-1, 'yesterday'], [3, 'in 3 days'], [13, 'in 13 days'], [14, 'in 2 weeks'],
      [19, 'in 3 weeks'], [55, 'in 8 weeks'], [56, 'in 2 months'], [122, 'in 4 months'], [364, 'in 12 months'],
      [365, 'in 1 year'], [800, 'in 2 years'], [-2, '2 days overdue'], [-3, '3 days overdue'], [-21, '3 weeks overdue'],
    ];
    for (const [days, words] of expected) assert.equal(describeDate(at(days), today), words, `${days} days`);
  });

  it('ignores the time of day', () => {
    assert.equal(describeDate({ ...at(1), time: { hour: 0, minute: 1 } }, today), 'tomorrow');
  });

  it('speaks of a past contact as "ago"', () => {
    assert.equal(describePast(at(-3), today), '3 days ago');
    assert.equal(describePast(at(-14), today), '2 weeks ago');
    assert.equal(describePast(at(-1), today), 'yesterday');
    assert.equal(describePast(at(0), today), 'today');
    assert.equal(describePast(at(2), today), 'in 2 days');
  });

  it('measures distances in whole units either way', () => {
    assert.equal(distance(-1), '1 day');
    assert.equal(distance(7), '7 days');
    assert.equal(distance(-730), '2 years');
  });

  it('writes dates in fixed English whatever the locale', () => {
    assert.equal(shortDate({ year: 2026, month: 11, day: 27 }), 'Fri 27 Nov 2026');
    assert.equal(fullDate({ year: 2026, month: 11, day: 27 }), 'Friday 27 November 2026');
    assert.equal(fullDate({ year: 2027, month: 1, day: 3, time: { hour: 9, minute: 5 } }), 'Sunday 3 January 2027 09:05');
    assert.equal(previewLine({ year: 2026, month: 11, day: 27 }, today), 'Fri 27 Nov 2026 · in 4 days');
    assert.equal(previewLine({ year: 2026, month: 11, day: 24, time: { hour: 15, minute: 0 } }, today), 'Tue 24 Nov 2026 15:00 · tomorrow');
  });
});

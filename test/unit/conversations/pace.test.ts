import * as assert from 'node:assert/strict';
import { dueBy, earliestGoodDay, formatPace, paceDays, parsePace } from '../../../src/core/dates/pace';

const d = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
};

describe('parsePace', () => {
  it('reads a range as a least and a most, in the forms people write', () => {
    for (const text of ['2-4 weeks', '2–4 weeks', '2 - 4 weeks', 'every 2 to 4 weeks', '2 to 4 WEEKS']) {
      assert.deepEqual(parsePace(text), { ok: true, value: { min: { count: 2, unit: 'week' }, max: { count: 4, unit: 'week' } } }, text);
    }
    assert.deepEqual(parsePace('1-3 months'), { ok: true, value: { min: { count: 1, unit: 'month' }, max: { count: 3, unit: 'month' } } });
  });

  it('reads a single value as a most only, as before', () => {
    assert.deepEqual(parsePace('monthly'), { ok: true, value: { max: { count: 1, unit: 'month' } } });
    assert.deepEqual(parsePace('3 weeks'), { ok: true, value: { max: { count: 3, unit: 'week' } } });
  });

  it('refuses a range the wrong way round, or empty, with a clear message', () => {
    assert.deepEqual(parsePace('4-2 weeks'), { ok: false, error: 'A cadence range goes from less to more, as in "2-4 weeks", not "4-2 weeks".' });
    assert.equal(parsePace('3-3 weeks').ok, false);
    assert.equal(parsePace('2-4 fortnights').ok, false);
    assert.equal(parsePace('').ok, false);
  });

  it('says a pace back in words', () => {
    assert.equal(formatPace({ min: { count: 2, unit: 'week' }, max: { count: 4, unit: 'week' } }), 'every 2–4 weeks');
    assert.equal(formatPace({ max: { count: 1, unit: 'month' } }), 'every 1 month');
  });
});

describe('pace arithmetic', () => {
  const pace = { min: { count: 1, unit: 'month' as const }, max: { count: 2, unit: 'month' as const } };

  it('counts months on the calendar across month ends', () => {
    // 31 January + 1 month is the last day of February (28 in 2027), not 3 March.
    assert.deepEqual(earliestGoodDay(pace, d('2027-01-31')), d('2027-02-28'));
    assert.deepEqual(dueBy(pace, d('2027-01-31')), d('2027-03-31'));
    assert.deepEqual(paceDays(pace, d('2027-01-31')), { min: 28, max: 59 });
    // A leap year's February.
    assert.deepEqual(earliestGoodDay(pace, d('2028-01-31')), d('2028-02-29'));
    // Across a year end.
    assert.deepEqual(dueBy(pace, d('2026-12-15')), d('2027-02-15'));
  });

  it('has no least gap for a single value', () => {
    const most = { max: { count: 3, unit: 'week' as const } };
    assert.deepEqual(earliestGoodDay(most, d('2026-11-20')), d('2026-11-20'));
    assert.deepEqual(paceDays(most, d('2026-11-20')), { min: null, max: 21 });
  });
});

import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { type Duration, addDuration, formatDuration, parseAnyDuration, parseDuration } from '../../../src/core/dates/duration';
import { formatIsoDate } from '../../../src/core/dates/localDate';

const read = (text: string): Duration => {
  const r = parseDuration(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('cadence durations', () => {
  const cases: [string, Duration][] = [
    ['3 weeks', { count: 3, unit: 'week' }],
    ['2w', { count: 2, unit: 'week' }],
    ['10 days', { count: 10, unit: 'day' }],
    ['monthly', { count: 1, unit: 'month' }],
    ['quarterly', { count: 3, unit: 'month' }],
    ['every 2 weeks', { count: 2, unit: 'week' }],
    ['Every  Week', { count: 1, unit: 'week' }],
    ['a month', { count: 1, unit: 'month' }],
    ['every fortnight', { count: 2, unit: 'week' }],
    ['every other week', { count: 2, unit: 'week' }],
    ['yearly', { count: 1, unit: 'year' }],
    ['6m', { count: 6, unit: 'month' }],
  ];
  for (const [text, expected] of cases) it(`reads "${text}"`, () => assert.deepEqual(read(text), expected));

  it('refuses zero, negative, empty and unreadable cadences with a message', () => {
    for (const [text, message] of [
      ['0 days', /at least one day/], ['-2 weeks', /at least one day/], ['every 0 weeks', /at least one day/],
      ['soonish', /Can't read "soonish" as a cadence — try/], ['', /can't be empty/], ['2.5 weeks', /Can't read/],
      ['weeks', /Can't read/], ['5000 days', /too long/],
    ] as const) {
      const r = parseDuration(text);
      assert.equal(r.ok, false, text);
      if (!r.ok) assert.match(r.error, message);
    }
  });

  it('refuses a cadence named after an object property (constructor, __proto__) instead of reading a function as a unit', () => {
    for (const text of ['constructor', '__proto__', '2 constructor', 'every constructor', 'every __proto__', '3 __proto__']) {
      const r = parseDuration(text);
      assert.equal(r.ok, false, text);
      if (!r.ok) assert.match(r.error, /Can't read/, text);
    }
  });

  it('reads the plain forms by its shortcut exactly as the general reading does, errors included', () => {
    // Texts near the plain forms: counts of any length, units and words, in any case, with blanks.
    const part = fc.constantFrom('0', '1', '3', '10', '1000', '1001', '0003', '12345', '-2', 'a', 'an', 'one', 'six', 'every', 'other',
      'd', 'w', 'm', 'y', 'day', 'weeks', 'Weeks', 'months', 'yr', 'monthly', 'Quarterly', 'fortnight', 'constructor', 'x', '');
    const blank = fc.constantFrom('', ' ', '  ', '\t', '\u00a0');
    const text = fc.oneof(fc.array(fc.tuple(part, blank), { maxLength: 3 }).map((ps) => ps.map(([p, b]) => p + b).join('')), fc.string({ maxLength: 12 }));
    fc.assert(fc.property(text, (t) => assert.deepEqual(parseDuration(t), parseAnyDuration(t))), { numRuns: 5000 });
  });

  it('formats so that the text reads back as the same cadence', () => {
    for (const [text] of cases) {
      const d = read(text);
      assert.deepEqual(read(formatDuration(d)), d);
    }
    assert.equal(formatDuration({ count: 1, unit: 'week' }), '1 week');
    assert.equal(formatDuration({ count: 3, unit: 'month' }), '3 months');
  });

  it('adds a cadence to a date, months clamped to the month end', () => {
    const jan31 = { year: 2026, month: 1, day: 31 };
    assert.equal(formatIsoDate(addDuration(jan31, read('monthly'))), '2026-02-28');
    assert.equal(formatIsoDate(addDuration(jan31, read('2w'))), '2026-02-14');
    assert.equal(formatIsoDate(addDuration(jan31, read('quarterly'), 2)), '2026-07-31');
    assert.equal(formatIsoDate(addDuration({ year: 2028, month: 2, day: 29 }, read('yearly'))), '2029-02-28');
  });
});

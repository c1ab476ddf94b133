import * as assert from 'node:assert/strict';
import { formatIsoDate, parseIsoDate, todayLocal } from '../../../src/core/dates/localDate';
import { resolveDate } from '../../../src/core/dates/naturalDate';
import { inZone, withClock } from './clock';
import { TABLE } from './phrases.table';

// The process runs in each zone of scripts/unit.mjs; these two are visited too, for their DST days.
const EXTRA_ZONES = ['America/New_York', 'Europe/London'];
// Just after and just before local midnight: "today" is the same day, whatever the clock says.
const CLOCKS = [[0, 5], [23, 55]] as const;

function answer(phrase: string, day: string, direction?: 'past'): string {
  const d = parseIsoDate(day);
  if (!d.ok) throw new Error(d.error);
  const results = CLOCKS.map(([h, m]) => {
    const instant = new Date(d.value.year, d.value.month - 1, d.value.day, h, m);
    return withClock(instant, () => {
      const today = todayLocal();
      const r = resolveDate(phrase, today, direction ? { direction } : {});
      return r.ok ? formatIsoDate(r.value.date) : `error: ${r.error}`;
    });
  });
  assert.equal(results[1], results[0], `at 00:05 and 23:55 "${phrase}" must mean the same day`);
  return results[0]!;
}

describe('resolveDate: the phrase table', () => {
  it('has at least 120 rows, with errors, past and time-of-day cases', () => {
    assert.ok(TABLE.length >= 120, `${TABLE.length} rows`);
    assert.ok(TABLE.filter((r) => r[2] === null).length >= 20);
    assert.ok(TABLE.filter((r) => r[3] === 'past').length >= 10);
  });

  it('visits other zones for real (New York is UTC−4 in summer, UTC−5 in winter)', () => {
    inZone('America/New_York', () => {
      assert.equal(new Date(2026, 6, 1, 12).getTimezoneOffset(), 240);
      assert.equal(new Date(2026, 0, 1, 12).getTimezoneOffset(), 300);
    });
  });

  for (const [day, phrase, expected, direction] of TABLE) {
    const name = `${JSON.stringify(phrase)} on ${day}${direction ? ' (past)' : ''} → ${expected ?? 'error'}`;
    it(name, () => {
      const here = answer(phrase, day, direction);
      if (expected === null) {
        assert.match(here, /^error: (Can't read "|A date can't be empty)/);
        if (phrase.trim()) assert.ok(here.includes(`"${phrase.trim()}"`), `the message names the text: ${here}`);
      } else {
        assert.equal(here, expected);
      }
      for (const tz of EXTRA_ZONES) assert.equal(inZone(tz, () => answer(phrase, day, direction)), here, `same answer in ${tz}`);
    });
  }
});

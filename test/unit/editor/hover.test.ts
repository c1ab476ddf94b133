import { strict as assert } from 'node:assert';
import { hoverAt } from '../../../src/core/editor';
import { CONTACT, TODAY, at, lines, textOf } from './helpers';

describe('hoverAt', () => {
  it('on the next date: weekday, full date and distance', () => {
    const h = hoverAt(CONTACT, at(CONTACT, '2026-11-27', 3), TODAY);
    assert.equal(h?.text, 'Friday 27 November 2026 — in 4 days');
    assert.equal(textOf(CONTACT, h.range), '2026-11-27');
  });

  it('on a next date gone by: overdue; on last: ago', () => {
    const text = lines('---', 'next: 2026-11-20', 'last: 2026-11-16', '---');
    assert.equal(hoverAt(text, at(text, '2026-11-20'), TODAY)?.text, 'Friday 20 November 2026 — 3 days overdue');
    assert.equal(hoverAt(text, at(text, '2026-11-16', 10), TODAY)?.text, 'Monday 16 November 2026 — 7 days ago');
  });

  it('on a log date, with its time when it has one', () => {
    const text = lines(CONTACT, '- 2026-11-02 09:30 Met at the expo');
    assert.equal(hoverAt(text, at(text, '2026-11-12', 5), TODAY)?.text, 'Thursday 12 November 2026 — 11 days ago');
    const h = hoverAt(text, at(text, '09:30'), TODAY);
    assert.equal(h?.text, 'Monday 2 November 2026 09:30 — 3 weeks ago');
    assert.equal(textOf(text, h.range), '2026-11-02 09:30');
  });

  it('on cadence: what it means for this contact, counted from the last contact', () => {
    assert.equal(hoverAt(CONTACT, at(CONTACT, 'cadence', 2), TODAY)?.text, 'every 3 weeks · next due by 11 Dec from last contact');
    const noLast = lines('---', 'next: 2026-11-27', 'cadence: monthly', '---');
    assert.equal(hoverAt(noLast, at(noLast, 'monthly'), TODAY)?.text, 'every 1 month · no last contact to count from yet');
    const nextYear = lines('---', 'next:', 'last: 2026-12-20', 'cadence: 2w', '---');
    assert.equal(hoverAt(nextYear, at(nextYear, '2w'), TODAY)?.text, 'every 2 weeks · next due by 3 Jan 2027 from last contact');
    const bad = lines('---', 'next:', 'cadence: sometimes', '---');
    assert.match(hoverAt(bad, at(bad, 'sometimes'), TODAY)!.text, /Can't read "sometimes" as a cadence/);
  });

  it('says why a date is not a day of the calendar', () => {
    const text = lines('---', 'next: 2026-02-30', '---');
    assert.match(hoverAt(text, at(text, '2026-02-30'), TODAY)!.text, /not a day of the calendar/);
  });

  it('shows nothing off a date, on a date in the body outside the log, or in a non-contact', () => {
    assert.equal(hoverAt(CONTACT, at(CONTACT, 'Jane Doe'), TODAY), undefined);
    assert.equal(hoverAt(CONTACT, at(CONTACT, '2026-11-02'), TODAY), undefined);
    assert.equal(hoverAt(CONTACT, at(CONTACT, 'Sent proposal —', 2), TODAY), undefined);
    const note = lines('---', 'date: 2026-11-27', '---');
    assert.equal(hoverAt(note, at(note, '2026-11-27'), TODAY), undefined);
  });

  it('bad positions: before the file, past its end, past a line end', () => {
    for (const p of [{ line: -1, character: 0 }, { line: 999, character: 3 }, { line: 4, character: 10_000 }, { line: 0, character: -5 }]) {
      assert.doesNotThrow(() => hoverAt(CONTACT, p, TODAY));
    }
    assert.equal(hoverAt(CONTACT, { line: 999, character: 3 }, TODAY), undefined);
  });
});

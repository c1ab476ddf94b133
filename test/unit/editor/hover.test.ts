import { strict as assert } from 'node:assert';
import { extendVocabulary } from '../../../src/core/conversations';
import { hoverAt } from '../../../src/core/editor';
import { CONTACT, TODAY, at, lines, textOf } from './helpers';

describe('hoverAt', () => {
  it('on the next date: weekday, full date and distance', () => {
    const h = hoverAt(CONTACT, at(CONTACT, '2026-11-27', 3), TODAY);
    assert.equal(h?.text, 'Friday 27 November 2026 — in 4 days');
    assert.equal(textOf(CONTACT, h.range), '2026-11-27');
  });

  it('on a log line\'s date with a colon after it, as the log reads it (regression: no hover, or the time left out)', () => {
    const text = lines('---', 'next: 2026-12-01', '---', '## Log', '- 2026-11-20: Call', '- 2026-11-19 10:30: Coffee');
    assert.equal(textOf(text, hoverAt(text, at(text, '2026-11-20', 3), TODAY)!.range), '2026-11-20');
    assert.equal(textOf(text, hoverAt(text, at(text, '2026-11-19', 3), TODAY)!.range), '2026-11-19 10:30');
  });

  it('on a next: the diary can\'t read, says why rather than the date inside it (regression: "Friday 27 November" for next: 2026-11-27 (Fri))', () => {
    const text = lines('---', 'name: Jane', 'next: 2026-11-27 (Fri)', '---');
    const h = hoverAt(text, at(text, '2026-11-27', 3), TODAY);
    assert.match(h?.text ?? '', /^next: "2026-11-27 \(Fri\)" is not a date/);
    assert.equal(textOf(text, h!.range), '2026-11-27 (Fri)');
  });

  it('on a birthday or an anniversary: when it next comes and the age then (regression: "47 years ago" for someone 46)', () => {
    // TODAY is Mon 23 Nov 2026.
    const text = lines('---', 'name: Jane', 'next: 2026-12-01', 'birthday: 1980-05-14', 'anniversary: --11-25', 'birthday_note: x', '---');
    assert.equal(hoverAt(text, at(text, '1980-05-14', 3), TODAY)?.text, '14 May 1980 · birthday on Fri 14 May, turns 47');
    assert.equal(hoverAt(text, at(text, '--11-25', 3), TODAY)?.text, '25 November · anniversary on Wed');
    const bad = lines('---', 'next: 2026-12-01', 'birthday: someday', '---');
    assert.match(hoverAt(bad, at(bad, 'someday', 3), TODAY)?.text ?? '', /is not a date that returns every year/);
  });

  it('on a next date gone by: overdue; on last: ago', () => {
    const text = lines('---', 'next: 2026-11-20', 'last: 2026-11-16', '---');
    assert.equal(hoverAt(text, at(text, '2026-11-20'), TODAY)?.text, 'Friday 20 November 2026 — 3 days overdue');
    assert.equal(hoverAt(text, at(text, '2026-11-16', 10), TODAY)?.text, 'Monday 16 November 2026 — 7 days ago\nno conversation on record · 1 touch');
  });

  it('on last: the last conversation and the touches since, from the log and last_action', () => {
    // Jane's log: a phone call on 12 Nov, then the proposal by email on 20 Nov (last:).
    const h = hoverAt(CONTACT, at(CONTACT, '2026-11-20', 3), TODAY);
    assert.equal(h?.text, 'Friday 20 November 2026 — 3 days ago\nlast spoke 12 Nov (Phone call) · 1 touch since');
    assert.equal(textOf(CONTACT, h.range), '2026-11-20');
    // last_action a conversation: nothing since.
    const called = lines('---', 'next: 2026-11-30', 'last: 2026-11-18', 'last_action: Coffee at Monmouth', '---');
    assert.equal(hoverAt(called, at(called, '2026-11-18'), TODAY)?.text, 'Wednesday 18 November 2026 — 5 days ago\nlast spoke 18 Nov (Coffee at Monmouth)');
    // Emails since a call of last year, in the log: counted alike, the year said.
    const emailed = lines('---', 'next: 2026-11-30', 'last: 2026-11-20', 'last_action: Emailed the catalogue', '---', '', '## Log',
      '- 2026-11-20 Emailed the catalogue', '- 2026-11-06 Emailed prices', '- 2025-12-01 Phone call — intro');
    assert.equal(hoverAt(emailed, at(emailed, '2026-11-20'), TODAY)?.text, 'Friday 20 November 2026 — 3 days ago\nlast spoke 1 Dec 2025 (Phone call) · 2 emails since');
  });

  it('on last: reads the log under the user\'s heading and with the user\'s words', () => {
    const text = lines('---', 'next: 2026-11-30', 'last: 2026-11-20', 'last_action: Site walk', '---', '', '## Journal', '- 2026-11-20 Site walk', '- 2026-11-10 Lunch');
    // Under the default heading the journal is no log, and "site walk" is no word of the defaults.
    assert.equal(hoverAt(text, at(text, '2026-11-20'), TODAY)?.text, 'Friday 20 November 2026 — 3 days ago\nno conversation on record · 1 touch');
    assert.equal(hoverAt(text, at(text, '2026-11-20'), TODAY, { logHeading: 'Journal' })?.text, 'Friday 20 November 2026 — 3 days ago\nlast spoke 10 Nov (Lunch) · 1 touch since');
    const own = hoverAt(text, at(text, '2026-11-20'), TODAY, { logHeading: 'Journal', vocabulary: extendVocabulary({ conversation: ['site walk'] }) });
    assert.equal(own?.text, 'Friday 20 November 2026 — 3 days ago\nlast spoke 20 Nov (Site walk)');
  });

  it('on last: says the user is pushing (three touches inside the least gap, no conversation)', () => {
    const text = lines('---', 'next: 2026-11-30', 'last: 2026-11-20', 'last_action: Emailed again', 'cadence: 2-4 weeks', '---', '', '## Log',
      '- 2026-11-20 Emailed again', '- 2026-11-16 Left voicemail', '- 2026-11-12 Emailed the offer', '- 2026-10-01 Phone call');
    assert.equal(hoverAt(text, at(text, '2026-11-20'), TODAY)?.text, [
      'Friday 20 November 2026 — 3 days ago',
      'last spoke 1 Oct (Phone call) · 3 touches since',
      'pushing: 3 touches or more inside the least gap of every 2–4 weeks, no conversation: give them room',
    ].join('\n'));
    // The same touches under a single cadence (no least gap): not pushing.
    const single = text.replace('cadence: 2-4 weeks', 'cadence: 4 weeks');
    assert.doesNotMatch(hoverAt(single, at(single, '2026-11-20'), TODAY)!.text, /pushing/);
    // Under a stage's pace, from the settings.
    const staged = text.replace('cadence: 2-4 weeks', 'stage: prospect');
    const pacing = { cadenceFrom: 'conversation' as const, stages: new Map([['prospect', { min: { count: 2, unit: 'week' as const }, max: { count: 4, unit: 'week' as const } }]]), tags: new Map() };
    assert.match(hoverAt(staged, at(staged, '2026-11-20'), TODAY, { pacing })!.text, /\npushing: /);
  });

  it('on last: a date that can\'t be read says so, and nothing more', () => {
    const text = lines('---', 'next: 2026-11-30', 'last: 2026-11-31', '---');
    assert.match(hoverAt(text, at(text, '2026-11-31'), TODAY)!.text, /^[^\n]*not a day of the calendar[^\n]*$/);
  });

  it('on a log date, with its time when it has one', () => {
    const text = lines(CONTACT, '- 2026-11-02 09:30 Met at the expo');
    assert.equal(hoverAt(text, at(text, '2026-11-12', 5), TODAY)?.text, 'Thursday 12 November 2026 — 11 days ago');
    const h = hoverAt(text, at(text, '09:30'), TODAY);
    assert.equal(h?.text, 'Monday 2 November 2026 09:30 — 3 weeks ago');
    assert.equal(textOf(text, h.range), '2026-11-02 09:30');
  });

  it('on cadence: what it means for this contact, counted from the last conversation, else the last contact', () => {
    // Jane's last conversation is the call of 12 Nov; the proposal sent on 20 Nov is a touch.
    assert.equal(hoverAt(CONTACT, at(CONTACT, 'cadence', 2), TODAY)?.text, 'every 3 weeks · next due by 3 Dec from last conversation');
    const any = { cadenceFrom: 'any' as const, stages: new Map(), tags: new Map() };
    assert.equal(hoverAt(CONTACT, at(CONTACT, 'cadence', 2), TODAY, { pacing: any })?.text, 'every 3 weeks · next due by 11 Dec from last contact');
    const noLast = lines('---', 'next: 2026-11-27', 'cadence: monthly', '---');
    assert.equal(hoverAt(noLast, at(noLast, 'monthly'), TODAY)?.text, 'every 1 month · no last contact to count from yet');
    const nextYear = lines('---', 'next:', 'last: 2026-12-20', 'cadence: 2w', '---');
    assert.equal(hoverAt(nextYear, at(nextYear, '2w'), TODAY)?.text, 'every 2 weeks · next due by 3 Jan 2027 from last contact');
    // Regression: a pace range was "not a duration" in the hover, though the diary reads it.
    const range = lines('---', 'next:', 'last: 2026-11-20', 'last_action: Lunch', 'cadence: 2-4 weeks', '---');
    assert.equal(hoverAt(range, at(range, '2-4'), TODAY)?.text, 'every 2–4 weeks · next due by 18 Dec from last conversation');
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

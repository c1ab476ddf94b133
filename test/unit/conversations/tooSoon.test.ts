import * as assert from 'node:assert/strict';
import { parsePace } from '../../../src/core/dates/pace';
import { dayLabel } from '../../../src/core/dates/describe';
import { DEFAULT_PACING, type Pacing, tooSoon } from '../../../src/core/pacing';
import { readContactText } from '../../../src/core/read';

const d = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
};
const pace = (text: string) => {
  const p = parsePace(text);
  assert.ok(p.ok);
  return p.value;
};
/** A contact as the reader gives it, from front-matter lines and log lines. */
const contact = (front: string, log: readonly string[] = []) => {
  const r = readContactText('/d/jane.md', `---\nname: Jane Doe\nnext: 2026-12-20\n${front}---\n\n## Log\n${log.map((l) => `- ${l}\n`).join('')}`);
  assert.equal(r.kind, 'contact');
  return r.contact;
};

describe('tooSoon', () => {
  const today = d('2026-11-23');
  const jane = contact('cadence: 2-4 weeks\nlast: 2026-11-20\nlast_action: Phone call\n');

  it('warns of a next contact inside the least gap after the last conversation, with the earliest good day', () => {
    assert.deepEqual(tooSoon(jane, d('2026-11-26'), DEFAULT_PACING, today), {
      message: 'Too soon for Jane Doe? Last conversation 3 days ago; the pace is every 2–4 weeks.',
      earliest: d('2026-12-04'),
    });
  });

  it('is quiet on the earliest good day and after it', () => {
    assert.equal(tooSoon(jane, d('2026-12-04'), DEFAULT_PACING, today), undefined);
    assert.equal(tooSoon(jane, d('2026-12-30'), DEFAULT_PACING, today), undefined);
    // A time on the earliest day is that day: not too soon.
    assert.equal(tooSoon(jane, { ...d('2026-12-04'), time: { hour: 9, minute: 0 } }, DEFAULT_PACING, today), undefined);
    assert.notEqual(tooSoon(jane, { ...d('2026-12-03'), time: { hour: 23, minute: 59 } }, DEFAULT_PACING, today), undefined);
  });

  it('counts across month ends and a year end on the calendar', () => {
    const monthly = contact('cadence: 1-2 months\nlast: 2027-01-31\nlast_action: Lunch\n');
    // 31 January + 1 month is 28 February 2027, not 3 March (a Sunday: Monday 1 March is offered).
    assert.deepEqual(tooSoon(monthly, d('2027-02-26'), DEFAULT_PACING, d('2027-02-01'))?.earliest, d('2027-03-01'));
    assert.equal(tooSoon(monthly, d('2027-02-28'), DEFAULT_PACING, d('2027-02-01')), undefined);
    const weekly = contact('cadence: 2-3 weeks\nlast: 2026-12-28\nlast_action: Coffee\n');
    const soon = tooSoon(weekly, d('2027-01-10'), DEFAULT_PACING, d('2026-12-29'));
    assert.deepEqual(soon?.earliest, d('2027-01-11'));
    assert.equal(soon?.message, 'Too soon for Jane Doe? Last conversation yesterday; the pace is every 2–3 weeks.');
  });

  it('offers a working day, the Monday after an earliest good day at the weekend (regression: "the earliest good date is Sun 15 Mar")', () => {
    const weekly = contact('cadence: 2-4 weeks\nlast: 2026-02-28\nlast_action: Phone call\n');
    // 28 February + 2 weeks is Saturday 14 March.
    assert.deepEqual(tooSoon(weekly, d('2026-03-10'), DEFAULT_PACING, d('2026-03-02'))?.earliest, d('2026-03-16'));
    // The Saturday itself is no longer too soon: the user chose it.
    assert.equal(tooSoon(weekly, d('2026-03-14'), DEFAULT_PACING, d('2026-03-02')), undefined);
  });

  it('is quiet without a pace, or with a pace that has no least gap', () => {
    assert.equal(tooSoon(contact('last: 2026-11-20\nlast_action: Phone call\n'), d('2026-11-24'), DEFAULT_PACING, today), undefined);
    assert.equal(tooSoon(contact('cadence: 3 weeks\nlast: 2026-11-20\nlast_action: Phone call\n'), d('2026-11-24'), DEFAULT_PACING, today), undefined);
    assert.equal(tooSoon(contact('cadence: monthly\nlast: 2026-11-20\nlast_action: Phone call\n'), d('2026-11-24'), DEFAULT_PACING, today), undefined);
  });

  it('counts from the last conversation, not the touches since', () => {
    // Emailed yesterday, spoke three weeks ago: a call on Wednesday is not too soon.
    const emailed = contact('cadence: 2-4 weeks\nlast: 2026-11-22\nlast_action: Emailed prices\n', ['2026-11-22 Emailed prices', '2026-11-02 Phone call']);
    assert.equal(tooSoon(emailed, d('2026-11-25'), DEFAULT_PACING, today), undefined);
    // A call that went to voicemail is a touch, so it starts no gap.
    const voicemail = contact('cadence: 2-4 weeks\nlast: 2026-11-22\nlast_action: Called, no answer\n', ['2026-11-22 Called, no answer', '2026-11-19 Coffee']);
    assert.deepEqual(tooSoon(voicemail, d('2026-11-25'), DEFAULT_PACING, today)?.earliest, d('2026-12-03'));
  });

  it('is quiet with no conversation on record: a first conversation is never too soon', () => {
    const touchesOnly = contact('cadence: 2-4 weeks\nlast: 2026-11-22\nlast_action: Sent proposal\n', ['2026-11-22 Sent proposal', '2026-11-15 Emailed']);
    assert.equal(tooSoon(touchesOnly, d('2026-11-24'), DEFAULT_PACING, today), undefined);
  });

  it('with cadenceFrom "any" counts from the last contact of any kind, and says so', () => {
    const any: Pacing = { ...DEFAULT_PACING, cadenceFrom: 'any' };
    const emailed = contact('cadence: 2-4 weeks\nlast: 2026-11-22\nlast_action: Emailed prices\n', ['2026-11-22 Emailed prices', '2026-11-02 Phone call']);
    assert.deepEqual(tooSoon(emailed, d('2026-11-25'), any, today), {
      message: 'Too soon for Jane Doe? Last contact yesterday; the pace is every 2–4 weeks.',
      earliest: d('2026-12-07'), // 6 December is a Sunday: the Monday is offered.
    });
  });

  it('a conversation logged today counts from today', () => {
    // As Log Contact… writes it: last today, and the log line on top.
    const logged = contact('cadence: 2-4 weeks\nlast: 2026-11-23\nlast_action: Video call\n', ['2026-11-23 Video call', '2026-11-01 Emailed']);
    assert.deepEqual(tooSoon(logged, d('2026-11-30'), DEFAULT_PACING, today), {
      message: 'Too soon for Jane Doe? Last conversation today; the pace is every 2–4 weeks.',
      earliest: d('2026-12-07'),
    });
  });

  it('takes the least gap of a stage\'s or a tag\'s pace for a note without a cadence', () => {
    const pacing: Pacing = { cadenceFrom: 'conversation', stages: new Map([['prospect', pace('1-2 weeks')]]), tags: new Map([['key-account', pace('2-3 weeks')]]) };
    const prospect = contact('stage: Prospect\nlast: 2026-11-20\nlast_action: Meeting\n');
    assert.deepEqual(tooSoon(prospect, d('2026-11-26'), pacing, today)?.message, 'Too soon for Jane Doe? Last conversation 3 days ago; the pace is every 1–2 weeks.');
    const tagged = contact('tags: [key-account]\nlast: 2026-11-20\nlast_action: Meeting\n');
    assert.deepEqual(tooSoon(tagged, d('2026-12-03'), pacing, today)?.earliest, d('2026-12-04'));
    // The note's own cadence wins: a single value has no least gap.
    assert.equal(tooSoon(contact('stage: prospect\ncadence: 3 weeks\nlast: 2026-11-20\nlast_action: Meeting\n'), d('2026-11-21'), pacing, today), undefined);
  });
});

describe('dayLabel', () => {
  it('leaves out this year, and names another', () => {
    assert.equal(dayLabel(d('2026-12-04'), d('2026-11-23')), 'Fri 4 Dec');
    assert.equal(dayLabel(d('2027-01-04'), d('2026-11-23')), 'Mon 4 Jan 2027');
    assert.equal(dayLabel({ ...d('2026-12-04'), time: { hour: 9, minute: 30 } }, d('2026-11-23')), 'Fri 4 Dec');
  });
});

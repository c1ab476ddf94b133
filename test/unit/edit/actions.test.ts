import { strict as assert } from 'node:assert';
import { logContact, logContactOps, reschedule, snooze, snoozeOps } from '../../../src/core/actions';
import { applyEdits } from '../../../src/core/file/applyEdits';
import { readContactText } from '../../../src/core/read';
import { type LocalDate } from '../../../src/core/dates/localDate';
import { type Result, type TextEdit } from '../../../src/core/types';
import { frontMatter } from './helpers';

const TODAY: LocalDate = { year: 2026, month: 11, day: 23 };
const WEEK = { count: 1, unit: 'week' } as const;
const ANN = '---\r\nname: Ann\r\nnext: 2026-11-20 # overdue\r\nnext_action: Chase\r\nlast: 2026-11-01\r\nlast_action: Email\r\n---\r\n# Ann\r\n\r\n## Log\r\n- 2026-11-01 Email\r\n';

function run(text: string, plan: Result<TextEdit[]>): string {
  if (!plan.ok) return assert.fail(plan.error);
  const out = applyEdits(text, plan.value);
  return out.ok ? out.value : assert.fail(out.error);
}

describe('actions', () => {
  it('log with a note that says nobody answered writes last_action as the log line, so the view counts a touch', () => {
    const phoned = '---\nname: Ann\nnext: 2026-11-20\nlast: 2026-11-02\nlast_action: Lunch\n---\n# Ann\n\n## Log\n- 2026-11-02 Lunch\n';
    const out = run(phoned, logContact(phoned, { today: TODAY, action: 'Quick call', note: 'no answer', next: { year: 2026, month: 11, day: 25 } }));
    assert.match(out, /^last_action: Quick call — no answer$/m);
    assert.match(out, /^- 2026-11-23 Quick call — no answer$/m);
    const read = readContactText('ann.md', out);
    assert.ok(read.kind === 'contact');
    assert.deepEqual(read.contact.conversation, { date: { year: 2026, month: 11, day: 2 }, action: 'Lunch' });
    assert.equal(read.contact.touchesSince, 1);
    // A note about a call that was answered leaves last_action as the action.
    const answered = run(phoned, logContact(phoned, { today: TODAY, action: 'Quick call', note: 'will email the quote' }));
    assert.match(answered, /^last_action: Quick call$/m);
  });

  it('reschedule sets next only, keeping the comment and CRLF', () => {
    assert.equal(run(ANN, reschedule(ANN, { year: 2026, month: 12, day: 1 })), ANN.replace('2026-11-20 #', '2026-12-01 #'));
    assert.equal(run(ANN, reschedule(ANN, { year: 2026, month: 12, day: 1, time: { hour: 9, minute: 5 } })), ANN.replace('2026-11-20 #', '2026-12-01 09:05 #'));
  });

  it('snooze counts from today when the contact is overdue or unscheduled, from its date when ahead', () => {
    assert.deepEqual(snoozeOps({ year: 2026, month: 11, day: 20 }, 1, TODAY), { ok: true, value: [{ kind: 'date', key: 'next', date: { year: 2026, month: 11, day: 24 } }] });
    assert.deepEqual(snoozeOps(undefined, 7, TODAY), { ok: true, value: [{ kind: 'date', key: 'next', date: { year: 2026, month: 11, day: 30 } }] });
    assert.deepEqual(snoozeOps({ year: 2026, month: 12, day: 30 }, 7, TODAY), { ok: true, value: [{ kind: 'date', key: 'next', date: { year: 2027, month: 1, day: 6 } }] });
    assert.equal(frontMatter(run(ANN, snooze(ANN, { next: { year: 2026, month: 11, day: 20 } }, 1, TODAY)))['next'], '2026-11-24');
  });

  it('snooze counts from today for a contact going cold (regression: Snooze does nothing on a contact that is going cold)', () => {
    // Last contact 20 Oct, cadence 3 weeks: cold since 10 Nov, with a next date weeks away.
    const isla = '---\nname: Isla\nnext: 2027-01-25\nlast: 2026-10-20\ncadence: 3 weeks\n---\n';
    const cold = { next: { year: 2027, month: 1, day: 25 }, last: { year: 2026, month: 10, day: 20 }, cadence: { count: 3, unit: 'week' } } as const;
    assert.equal(frontMatter(run(isla, snooze(isla, cold, 1, TODAY)))['next'], '2026-11-24');
    assert.equal(frontMatter(run(isla, snooze(isla, cold, 7, TODAY)))['next'], '2026-11-30');
    assert.deepEqual(snoozeOps(cold.next, 1, TODAY, true), { ok: true, value: [{ kind: 'date', key: 'next', date: { year: 2026, month: 11, day: 24 } }] });
    // Warm (last contact within the cadence): a next date ahead is put off from itself, as before.
    const warm = { ...cold, last: { year: 2026, month: 11, day: 20 } };
    assert.equal(frontMatter(run(isla, snooze(isla, warm, 1, TODAY)))['next'], '2027-01-26');
    // Without a cadence there is no going cold.
    assert.equal(frontMatter(run(isla, snooze(isla, { next: cold.next, last: cold.last }, 1, TODAY)))['next'], '2027-01-26');
  });

  it('snooze counts from today for a contact going cold by its stage\'s cadence (regression: only a cadence in the note was looked at)', () => {
    const text = '---\nname: Isla\nstage: prospect\nnext: 2027-01-25\nlast: 2026-10-20\n---\n';
    const contact = { next: { year: 2027, month: 1, day: 25 }, last: { year: 2026, month: 10, day: 20 }, stage: 'prospect' } as const;
    const pacing = { cadenceFrom: 'conversation' as const, stages: new Map([['prospect', { max: { count: 3, unit: 'week' as const } }]]), tags: new Map() };
    assert.equal(frontMatter(run(text, snooze(text, { ...contact, cadence: undefined }, 1, TODAY, undefined, pacing)))['next'], '2026-11-24');
    // Without the stage's cadence the contact is warm: put off from its own date.
    assert.equal(frontMatter(run(text, snooze(text, { ...contact, cadence: undefined }, 1, TODAY)))['next'], '2027-01-26');
  });

  // Obsidian writes date-times as 2026-11-27T10:30:00; an edit rewrote them as 2026-11-27 10:30, which Dataview reads as text.
  it('reschedule, snooze and log contact keep a T date-time in its form', () => {
    const obsidian = (next: string) => `---\nname: Ann\nnext: ${next}\nlast: 2026-11-01T16:00:00\n---\n`;
    const at = (day: number, hour: number) => ({ year: 2026, month: 12, day, time: { hour, minute: 0 } });
    assert.equal(run(obsidian('2026-11-20T10:30:00'), reschedule(obsidian('2026-11-20T10:30:00'), at(1, 9))), obsidian('2026-12-01T09:00:00'));
    assert.equal(run(obsidian('2026-11-20T10:30'), reschedule(obsidian('2026-11-20T10:30'), at(1, 9))), obsidian('2026-12-01T09:00'));
    const snoozed = run(obsidian('2026-11-25T10:30:00'), snooze(obsidian('2026-11-25T10:30:00'), { next: { year: 2026, month: 11, day: 25, time: { hour: 10, minute: 30 } } }, 7, TODAY));
    assert.equal(snoozed, obsidian('2026-12-02T10:30:00'));
    // A date-only next given a time takes the form of the file's other date-times; a date alone is YYYY-MM-DD.
    assert.equal(run(obsidian('2026-11-20'), reschedule(obsidian('2026-11-20'), at(1, 9))), obsidian('2026-12-01T09:00:00'));
    assert.equal(run(obsidian('2026-11-20T10:30:00'), reschedule(obsidian('2026-11-20T10:30:00'), { year: 2026, month: 12, day: 1 })), obsidian('2026-12-01'));
    const logged = run(obsidian('2026-11-20T10:30:00'), logContact(obsidian('2026-11-20T10:30:00'), { today: TODAY, action: 'Call', next: at(1, 14), defaultFollowUp: WEEK }));
    assert.equal(logged, '---\nname: Ann\nnext: 2026-12-01T14:00:00\nlast: 2026-11-23\nlast_action: Call\n---\n\n## Log\n- 2026-11-23 Call\n');
  });

  it('snooze refuses a day count that is not a whole positive number', () => {
    for (const days of [0, -1, 1.5, NaN]) assert.equal(snoozeOps(undefined, days, TODAY).ok, false, String(days));
  });

  it('log contact sets last, last_action, next, next_action and adds the log line, as one edit', () => {
    const plan = logContact(ANN, { today: TODAY, action: 'Phone call', note: 'wants a quote', next: { year: 2026, month: 11, day: 27 }, nextAction: 'Send: quote', defaultFollowUp: WEEK });
    const out = run(ANN, plan);
    assert.equal(out, ANN
      .replace('next: 2026-11-20', 'next: 2026-11-27').replace('next_action: Chase', "next_action: 'Send: quote'")
      .replace('last: 2026-11-01', 'last: 2026-11-23').replace('last_action: Email', 'last_action: Phone call')
      .replace('## Log\r\n', '## Log\r\n- 2026-11-23 Phone call — wants a quote\r\n'));
  });

  it('log contact takes the next date from the cadence, else the default follow-up', () => {
    const cadence = logContactOps({ today: TODAY, action: 'Call', cadence: { count: 3, unit: 'week' }, defaultFollowUp: WEEK });
    assert.ok(cadence.ok);
    assert.deepEqual(cadence.value.find((op) => op.kind === 'date' && op.key === 'next'), { kind: 'date', key: 'next', date: { year: 2026, month: 12, day: 14 } });
    const fallback = logContactOps({ today: TODAY, action: 'Call', defaultFollowUp: { count: 1, unit: 'month' } });
    assert.ok(fallback.ok);
    assert.deepEqual(fallback.value.find((op) => op.kind === 'date' && op.key === 'next'), { kind: 'date', key: 'next', date: { year: 2026, month: 12, day: 23 } });
    assert.equal(fallback.value.some((op) => op.kind === 'set' && op.key === 'next_action'), false, 'next_action set when none was given');
  });

  it('log contact adds missing keys and a log heading to a bare contact', () => {
    const text = '---\nnext:\n---\n# Bo\n';
    const out = run(text, logContact(text, { today: TODAY, action: 'Met at expo', defaultFollowUp: WEEK }));
    assert.equal(out, '---\nnext: 2026-11-30\nlast: 2026-11-23\nlast_action: Met at expo\n---\n# Bo\n\n## Log\n- 2026-11-23 Met at expo\n');
  });

  it('log contact refuses an empty action and line breaks, and passes on refusals of the file', () => {
    assert.deepEqual(logContactOps({ today: TODAY, action: ' ', defaultFollowUp: WEEK }), { ok: false, error: 'Say what the contact was (for example "Phone call").' });
    const broken = logContactOps({ today: TODAY, action: 'Call', nextAction: 'a\nb', defaultFollowUp: WEEK });
    assert.deepEqual(broken, { ok: false, error: 'The next action must fit on one line.' });
    const twoLogs = '---\nnext:\n---\n## Log\n## Log\n';
    const r = logContact(twoLogs, { today: TODAY, action: 'Call', defaultFollowUp: WEEK });
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.error : '', /2 "## Log" headings/);
  });
});

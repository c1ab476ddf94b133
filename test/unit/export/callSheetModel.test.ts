import * as assert from 'node:assert/strict';
import { agenda } from '../../../src/core/agenda';
import { localDate } from '../../../src/core/dates/localDate';
import { callSheet } from '../../../src/core/export/callSheet';
import { callSheetModel, loggedToday, progressLine } from '../../../src/core/export/callSheetModel';
import { fakeIndex } from '../agenda/fakeIndex';

const today = localDate(2026, 11, 23);

describe('call sheet model', () => {
  it('counts the contacts logged today, whichever group they moved to, each once', () => {
    const index = fakeIndex({
      'later.md': { next: '2026-12-20', last: '2026-11-23', lastAction: 'Phone call' },
      'timed.md': { next: '2026-11-30', last: '2026-11-23 09:15', lastAction: 'Lunch' },
      'unscheduled.md': { last: '2026-11-23', lastAction: 'Zoom demo' },
      // Listed twice (in its group and under Needs attention): one contact.
      'twice.md': { next: '2026-11-25', last: '2026-11-23', lastAction: 'Met at the office', problems: ['cadence: "often" is not a duration'] },
      'yesterday.md': { next: '2026-11-24', last: '2026-11-22', lastAction: 'Phone call' },
      'never.md': { next: '2026-11-23' },
      'bad.md': { attention: 'The front-matter is not valid YAML' },
    });
    assert.deepEqual(loggedToday(agenda(index, today)), { conversations: 4, touches: 0 });
    assert.deepEqual(loggedToday(agenda(index, localDate(2026, 11, 24))), { conversations: 0, touches: 0 });
  });

  it('counts a conversation logged today as a call, and a touch not (regression: an email counted towards the daily calls)', () => {
    const index = fakeIndex({
      'call.md': { next: '2026-11-30', last: '2026-11-23', lastAction: 'Phone call' },
      'mail.md': { next: '2026-11-30', last: '2026-11-23', lastAction: 'Emailed the quote' },
      'vm.md': { next: '2026-11-30', last: '2026-11-23', lastAction: 'Quick call — no answer' },
      'bare.md': { next: '2026-11-30', last: '2026-11-23' },
      // A call this morning, then an email after it: the call counts, once.
      'both.md': { next: '2026-11-30', last: '2026-11-23', lastAction: 'Emailed the notes', log: ['2026-11-23 Emailed the notes', '2026-11-23 Coffee at Monmouth'] },
      // Emailed today after a call last week: a touch today.
      'old.md': { next: '2026-11-30', last: '2026-11-23', lastAction: 'Emailed', log: ['2026-11-23 Emailed', '2026-11-16 Phone call'] },
    });
    const model = callSheetModel(agenda(index, today));
    assert.deepEqual([model.conversationsToday, model.touchesToday], [2, 4]);
    assert.equal(progressLine(model), '2 of 5 calls today · 4 touches, not counted');
  });

  it('says whose move it is and the last contact the log has after last: (regression: a card said "Last contact: 15 Jan" above "last spoke 24 Feb", and nothing of the contract awaited)', () => {
    const index = fakeIndex({
      'oli.md': { name: 'Oliver', next: '2026-11-23', nextAction: 'Chase signature', waiting: 'the signed contract', waitingSince: '2026-11-02', last: '2026-10-29', lastAction: 'Sent contract' },
      'raj.md': { name: 'Raj', next: '2026-11-23', last: '2026-10-15', lastAction: 'Sent proposal', log: ['2026-11-10 Meeting'] },
    });
    const model = callSheetModel(agenda(index, today));
    const card = (name: string) => model.now.find((e) => e.item.name === name)!;
    assert.equal(card('Oliver').why, 'waiting 21 days · the signed contract · Chase signature');
    assert.deepEqual(card('Oliver').last && [card('Oliver').last!.date, card('Oliver').last!.action], ['2026-10-29', 'Sent contract']);
    assert.deepEqual(card('Raj').last && [card('Raj').last!.date, card('Raj').last!.action], ['2026-11-10', 'Meeting']);
    assert.equal(card('Raj').why, 'Follow up');
  });

  it('says the day\'s progress against the daily target', () => {
    const index = fakeIndex({ 'a.md': { next: '2026-11-30', last: '2026-11-23', lastAction: 'Call' }, 'b.md': { next: '2026-11-23' } });
    assert.equal(progressLine(callSheetModel(agenda(index, today))), '1 of 5 calls today');
    assert.equal(progressLine(callSheetModel(agenda(index, today), { target: 1 })), '1 of 1 call today — the daily target is reached');
    assert.equal(progressLine(callSheetModel(agenda(fakeIndex({}), today), { target: 3 })), '0 of 3 calls today');
    const touched = fakeIndex({ 'a.md': { next: '2026-11-30', last: '2026-11-23', lastAction: 'Sent samples' } });
    assert.equal(progressLine(callSheetModel(agenda(touched, today), { target: 1 })), '0 of 1 call today · 1 touch, not counted');
  });

  it('says Keep in touch for a contact going cold with a far next date and no next step (regression: it said Follow up)', () => {
    // Cold since 19 Nov; its next date, in January, is no step in hand and has no action.
    const index = fakeIndex({ 'far.md': { name: 'Far', cadence: '3 weeks', last: '2026-10-29', next: '2027-01-20' } });
    const model = callSheetModel(agenda(index, today));
    assert.deepEqual(model.now.map((e) => [e.item.name, e.item.cause, e.why]), [['Far', 'cadence', 'Keep in touch']]);
  });

  it('holds the choice and the words the Markdown sheet shows', () => {
    const index = fakeIndex({
      'jane.md': { name: 'Jane', phone: 'ask reception', email: ' jane@acme.example ', next: '2026-11-20', last: '2026-11-12' },
      'cold.md': { name: 'Cold', cadence: '3 weeks', last: '2026-10-29' },
      'bob.md': { name: 'Bob', next: '2026-11-23', nextAction: 'Call about the order' },
    });
    const model = callSheetModel(agenda(index, today), { target: 2 });
    assert.deepEqual(model.now.map((e) => [e.item.name, e.why]), [['Cold', 'Keep in touch'], ['Jane', 'Follow up']]);
    assert.deepEqual(model.rest.map((e) => [e.item.name, e.why]), [['Bob', 'Call about the order']]);
    assert.deepEqual([model.overdue, model.dueToday, model.unreadable, model.conversationsToday, model.touchesToday], [2, 1, 0, 0, 0]);
    const jane = model.now[1]!;
    assert.deepEqual(jane.phone, { text: 'ask reception' });
    assert.deepEqual(jane.email, { text: 'jane@acme.example', href: 'mailto:jane@acme.example' });
    assert.deepEqual(jane.last, { date: '2026-11-12', ago: '11 days ago', action: undefined });
    // last: without an action is an event nobody can classify: a touch, not a conversation.
    assert.deepEqual(jane.advice, { action: 'Call, not email', why: 'no conversation on record, only 1 touch' });
    // The Markdown sheet is this model, as it was before the model existed.
    assert.match(callSheet(agenda(index, today), { target: 2 }), /^2 of 3 to call \(2 overdue, 1 due today\)\.$/m);
  });
});

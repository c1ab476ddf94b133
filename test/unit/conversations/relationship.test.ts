import * as assert from 'node:assert/strict';
import { parsePace } from '../../../src/core/dates/pace';
import { channelOf, conversationDue, historyOf, isPushing, relationship, touchesSinceText } from '../../../src/core/relationship';

const d = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
};
const log = (...lines: Array<[string, string]>) => lines.map(([date, action]) => ({ date: d(date), action }));
const pace = (text: string) => {
  const p = parsePace(text);
  assert.ok(p.ok);
  return p.value;
};

describe('relationship', () => {
  it('finds the last conversation and the touches since, from the log and last:', () => {
    const r = relationship(log(
      ['2026-11-27', 'Emailed the price list'],
      ['2026-11-20', 'Sent samples by email'],
      ['2026-10-12', 'Phone call'],
      ['2026-09-01', 'Left voicemail'],
    ), { date: d('2026-12-02'), action: 'Follow-up email' });
    assert.deepEqual(r.lastConversation && [r.lastConversation.date, r.lastConversation.action], [d('2026-10-12'), 'Phone call']);
    assert.deepEqual(r.touchesSince.map((e) => e.action), ['Follow-up email', 'Emailed the price list', 'Sent samples by email']);
    assert.equal(touchesSinceText(r.touchesSince.map((e) => ({ channel: channelOf(e.action) }))), '3 emails since');
  });

  it('counts an event in both the log and last: once', () => {
    const r = relationship(log(['2026-11-20', 'Coffee at Monmouth']), { date: d('2026-11-20'), action: 'Coffee at Monmouth' });
    assert.equal(r.events.length, 1);
    assert.equal(r.touchesSince.length, 0);
    assert.equal(touchesSinceText(r.touchesSince.map((e) => ({ channel: channelOf(e.action) }))), undefined);
    // `last` without an action on a day the log has: the log says what it was.
    assert.equal(relationship(log(['2026-11-20', 'Lunch']), { date: d('2026-11-20') }).events.length, 1);
  });

  it('reads "Quick call — no answer" in the log as a touch (regression: the note after the dash was not read, and it counted as a conversation)', () => {
    const entries = [
      { date: d('2026-11-20'), action: 'Quick call', note: 'no answer' },
      { date: d('2026-11-02'), action: 'Lunch', note: 'at the fair' },
    ];
    const r = relationship(entries, { date: d('2026-11-20'), action: 'Quick call — no answer' });
    // last: repeats the log line as Log Contact… writes it: counted once.
    assert.equal(r.events.length, 2);
    assert.deepEqual(r.lastConversation && [r.lastConversation.date, r.lastConversation.action], [d('2026-11-02'), 'Lunch']);
    assert.deepEqual(r.touchesSince.map((e) => e.action), ['Quick call']);
  });

  it('counts an action typed with a hyphen or an en dash once (regression: "Email - sent the proposal" was two touches)', () => {
    for (const typed of ['Email - sent the proposal', 'Email – sent the proposal', 'EMAIL  -  Sent the proposal', 'Email — sent the proposal']) {
      // The log reads the line `- 2026-11-20 Email - sent the proposal` as an action and its note.
      const r = relationship([{ date: d('2026-11-20'), action: 'Email', note: 'sent the proposal' }, { date: d('2026-11-02'), action: 'Lunch' }], { date: d('2026-11-20'), action: typed });
      assert.equal(r.events.length, 2, typed);
      assert.deepEqual(r.touchesSince.map((e) => e.action), ['Email'], typed);
    }
    // A last action that only starts as the line does is another event.
    const other = relationship([{ date: d('2026-11-20'), action: 'Email', note: 'sent the proposal' }], { date: d('2026-11-20'), action: 'Email - sent the contract' });
    assert.equal(other.events.length, 2);
  });

  it('has no last conversation when there were only touches, and names mixed touches as touches', () => {
    const r = relationship(log(['2026-11-20', 'LinkedIn message'], ['2026-11-10', 'Emailed']), undefined);
    assert.equal(r.lastConversation, undefined);
    assert.equal(touchesSinceText(r.touchesSince.map((e) => ({ channel: channelOf(e.action) }))), '2 touches since');
    // A last with no action at all is an unknown touch, never a conversation.
    const bare = relationship([], { date: d('2026-11-20') });
    assert.deepEqual(bare.events.map((e) => [e.kind, e.known]), [['touch', false]]);
  });

  it('is due a conversation by the last one plus the pace\'s most, across month ends', () => {
    const r = relationship(log(['2027-01-31', 'Video call']), undefined);
    assert.deepEqual(conversationDue(historyOf(r), pace('monthly')), d('2027-02-28'));
    assert.deepEqual(conversationDue(historyOf(r), pace('2-4 weeks')), d('2027-02-28'));
    assert.equal(conversationDue(historyOf(relationship([], undefined)), pace('monthly')), undefined);
  });
});

describe('isPushing', () => {
  const today = d('2026-12-07');
  it('is three or more touches inside the least gap with no conversation', () => {
    const r = relationship(log(['2026-12-04', 'Email'], ['2026-11-30', 'Voicemail'], ['2026-11-26', 'LinkedIn message']), undefined);
    assert.equal(isPushing(historyOf(r), pace('2-4 weeks'), today), true);
    // Two are not pushing; a conversation inside the gap is not pushing.
    assert.equal(isPushing(historyOf(relationship(log(['2026-12-04', 'Email'], ['2026-11-30', 'Voicemail']), undefined)), pace('2-4 weeks'), today), false);
    const talked = relationship(log(['2026-12-04', 'Email'], ['2026-12-01', 'Call'], ['2026-11-30', 'Voicemail'], ['2026-11-26', 'Text']), undefined);
    assert.equal(isPushing(historyOf(talked), pace('2-4 weeks'), today), false);
  });

  it('counts only the touches inside the gap, and never pushes without a least gap', () => {
    const r = relationship(log(['2026-12-04', 'Email'], ['2026-11-30', 'Voicemail'], ['2026-11-10', 'Text']), undefined);
    assert.equal(isPushing(historyOf(r), pace('2-4 weeks'), today), false, 'the text on 10 Nov is outside two weeks');
    assert.equal(isPushing(historyOf(r), pace('1-2 months'), today), true, 'a month back from 7 Dec is 7 Nov: all three are inside');
    assert.equal(isPushing(historyOf(r), pace('monthly'), today), false, 'a single value has no least gap');
  });
});

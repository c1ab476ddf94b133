import * as assert from 'node:assert/strict';
import { callAdvice, lastSpoke, pushingText } from '../../../src/core/conversationWords';
import { dayMonth } from '../../../src/core/dates/describe';
import { parsePace } from '../../../src/core/dates/pace';

const today = { year: 2026, month: 11, day: 23 };
const oct12 = { year: 2026, month: 10, day: 12 };
const pace = (text: string) => {
  const p = parsePace(text);
  assert.ok(p.ok);
  return p.value;
};

describe('the words of conversations and touches', () => {
  it('says the last conversation and the touches since, with or without its action', () => {
    const f = { lastConversation: { date: oct12, action: 'Phone call' }, touchesSince: 3, touchesText: '3 emails since' };
    assert.equal(lastSpoke(f, today), 'last spoke 12 Oct (Phone call) · 3 emails since');
    assert.equal(lastSpoke(f, today, false), 'last spoke 12 Oct · 3 emails since');
    assert.equal(lastSpoke({ lastConversation: { date: oct12, action: 'Lunch' }, touchesSince: 0 }, today), 'last spoke 12 Oct (Lunch)');
  });

  it('names the year of a conversation of another year', () => {
    assert.equal(dayMonth({ year: 2025, month: 12, day: 1 }, today), '1 Dec 2025');
    assert.equal(lastSpoke({ lastConversation: { date: { year: 2025, month: 12, day: 1 }, action: 'Visit' }, touchesSince: 0 }, today), 'last spoke 1 Dec 2025 (Visit)');
  });

  it('says when no conversation is on record, and nothing when nothing is', () => {
    assert.equal(lastSpoke({ touchesSince: 4, touchesText: '4 emails since' }, today), 'no conversation on record · 4 emails');
    assert.equal(lastSpoke({ touchesSince: 0 }, today), undefined);
    // Bad input: a count without its words says nothing rather than "undefined".
    assert.equal(lastSpoke({ touchesSince: 2 }, today), undefined);
  });

  it('says why a contact is pushing, in the words of its pace', () => {
    assert.equal(pushingText(pace('2-4 weeks')), '3 touches or more inside the least gap of every 2–4 weeks, no conversation: give them room');
    assert.equal(pushingText(undefined), '3 touches or more inside the least gap of the pace, no conversation: give them room');
  });

  it('advises a call, and says not to email when only touches came since the last conversation', () => {
    const conversation = { date: oct12, action: 'Phone call' };
    assert.deepEqual(callAdvice({ lastConversation: conversation, touchesSince: 2, touchesText: '2 emails since', pushing: false }, today),
      { action: 'Call, not email', why: 'only 2 emails since 12 Oct' });
    assert.deepEqual(callAdvice({ lastConversation: conversation, touchesSince: 0, pushing: false }, today), { action: 'Call', why: 'last spoke 12 Oct (Phone call)' });
    assert.deepEqual(callAdvice({ touchesSince: 1, touchesText: '1 voicemail since', pushing: false }, today),
      { action: 'Call, not email', why: 'no conversation on record, only 1 voicemail' });
    assert.deepEqual(callAdvice({ touchesSince: 0, pushing: false }, today), { action: 'Call', why: 'no conversation on record' });
  });

  it('advises a call, not another email, to a contact being pushed', () => {
    assert.deepEqual(callAdvice({ lastConversation: { date: oct12, action: 'Call' }, touchesSince: 3, touchesText: '3 touches since', pushing: true, pace: pace('2-4 weeks') }, today),
      { action: 'Call, not another email', why: '3 touches or more inside 2 weeks and no conversation since 12 Oct' });
    assert.deepEqual(callAdvice({ touchesSince: 5, touchesText: '5 emails since', pushing: true, pace: pace('10-20 days') }, today),
      { action: 'Call, not another email', why: '3 touches or more inside 10 days and no conversation on record' });
  });
});

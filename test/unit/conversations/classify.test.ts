import * as assert from 'node:assert/strict';
import { DEFAULT_VOCABULARY, classifyAction, extendVocabulary } from '../../../src/core/conversations';

/** `kind (rule)`, as a failing assertion shows it. */
const said = (action: string, vocabulary = DEFAULT_VOCABULARY) => {
  const c = classifyAction(action, vocabulary);
  return `${c.kind}${c.known ? '' : '?'} (${c.rule})`;
};

describe('classifyAction', () => {
  it('reads the action texts people write, and says which rule decided', () => {
    assert.equal(said('Left voicemail'), 'touch ("voicemail": a call nobody answered is a touch)');
    assert.equal(said('Coffee at Monmouth'), 'conversation ("coffee" is a conversation)');
    assert.equal(said('Zoom demo'), 'conversation ("zoom" is a conversation)');
    assert.equal(said('Sent proposal'), 'touch ("sent" is a touch)');
    assert.equal(said('Phone call'), 'conversation ("phone call" is a conversation)');
    assert.equal(said('Emailed the revised quote'), 'touch ("emailed" is a touch)');
    assert.equal(said('Lunch with the buying team'), 'conversation ("lunch" is a conversation)');
    assert.equal(said('LinkedIn note'), 'touch ("linkedin" is a touch)');
  });

  it('counts a call nobody answered as a touch', () => {
    assert.equal(said('Quick call — no answer'), 'touch ("no answer": a call nobody answered is a touch)');
    assert.equal(said("Called, didn't answer"), 'touch ("didn\'t answer": a call nobody answered is a touch)');
    assert.equal(said('Meeting — no-show'), 'touch ("no-show": a call nobody answered is a touch)');
  });

  it('reads a log line\'s note only for words that say nobody answered', () => {
    const withNote = (action: string, note: string) => { const c = classifyAction(action, DEFAULT_VOCABULARY, note); return `${c.kind} (${c.rule})`; };
    assert.equal(withNote('Quick call', 'no answer'), 'touch ("no answer": a call nobody answered is a touch)');
    assert.equal(withNote('Phone call', 'went to voicemail'), 'touch ("went to voicemail": a call nobody answered is a touch)');
    // Words of the vocabulary in the note don't count: the action says what the contact was.
    assert.equal(withNote('Phone call', 'will email the quote'), 'conversation ("phone call" is a conversation)');
    assert.equal(withNote('Sent proposal', 'they loved the call'), 'touch ("sent" is a touch)');
  });

  it('reads a note the same whether or not the action was classified before (regression guard: actions are remembered)', () => {
    const vocabulary = extendVocabulary({});
    const rule = (action: string, note?: string) => classifyAction(action, vocabulary, note).rule;
    for (const round of ['first', 'again']) {
      assert.equal(rule('Call'), '"call" is a conversation', round);
      assert.equal(rule('Call', 'no answer'), '"no answer": a call nobody answered is a touch', round);
      assert.equal(rule('Call (meeting)', 'no answer'), 'marked "(meeting)": a conversation', round);
      assert.equal(rule('Voicemail', 'missed call'), '"voicemail": a call nobody answered is a touch', round);
      assert.equal(rule('Nudged', 'no reply'), '"no reply": a call nobody answered is a touch', round);
      assert.equal(rule('Nudged'), 'no word of the vocabulary: counted as a touch', round);
    }
  });

  it('takes the first word of the vocabulary in the text: the verb decides', () => {
    assert.equal(said('Sent proposal after the call'), 'touch ("sent" is a touch)');
    assert.equal(said('Call about the email'), 'conversation ("call" is a conversation)');
    // Whole words only: "mail" is not inside "email", "met" not inside "metal".
    assert.equal(said('Metal samples posted'), 'touch ("posted" is a touch)');
  });

  it('honours a marker after the action, over the words before it', () => {
    assert.equal(said('Catch-up (call)'), 'conversation (marked "(call)": a conversation)');
    assert.equal(said('Meeting follow-up (email)'), 'touch (marked "(email)": a touch)');
    // A marker the vocabulary doesn't know is only text: the words decide.
    assert.equal(said('Lunch (Dishoom)'), 'conversation ("lunch" is a conversation)');
  });

  it('reads the calls nobody answered as salespeople log them as touches (regression: "Called, left VM" and "Tried to call" were conversations)', () => {
    for (const [action, note] of [['Called, left VM'], ['Called', 'left VM, will try Thu'], ['Called - no pickup'], ['Tried to call'], ['Call', 'engaged'], ['Rang - busy'], ['Call attempt'],
      ['Attempted call'], ['LVM'], ['Call', "didn't pick up"], ['Call', 'went to VM'], ['Call', 'rang out'], ['Call', 'out of office'], ['Phoned', "couldn't get through"]] as Array<[string, string?]>) {
      assert.equal(classifyAction(action, undefined, note).kind, 'touch', `${action} — ${note ?? ''}`);
    }
    // A note that only holds such a word among others leaves the call a call.
    assert.equal(classifyAction('Call', undefined, 'busy week for them, agreed a demo').kind, 'conversation');
    assert.equal(classifyAction('Call', undefined, 'engaged and keen').kind, 'conversation');
    assert.equal(said('Called - busy'), 'touch ("busy": a call nobody answered is a touch)');
  });

  it('reads a conversation booked, put off or called off, and a thing sent, as a touch (regression: "Meeting booked" and "Presentation sent" were conversations)', () => {
    for (const action of ['Meeting booked', 'Demo booked', 'Call scheduled for Tue', 'Meeting cancelled', 'Call postponed', 'Meeting request sent', 'Lunch invite sent', 'Coffee invite', 'Zoom link sent', 'Presentation sent', 'Meeting recap sent', "Didn't call"]) {
      assert.equal(classifyAction(action).kind, 'touch', action);
    }
    assert.equal(said('Meeting booked'), 'touch ("booked": a conversation arranged, put off or sent, not held, is a touch)');
    // Only the action: its note is read for a call nobody answered alone.
    assert.equal(classifyAction('Call', undefined, 'booked the demo').kind, 'conversation');
    for (const action of ['Met and sent samples', 'Presentation to the board', 'Call about the schedule', 'Scheduling call', 'Invited to dinner at theirs']) assert.equal(classifyAction(action).kind, 'conversation', action);
  });

  it('knows the words salespeople log conversations and touches with (regression: "Slack huddle", "1:1", "F2F" were unknown touches, "WhatsApp call" a touch)', () => {
    for (const action of ['Phone', 'Quick sync', 'Slack huddle', '1:1', 'Catchup', 'F2F', 'In person', 'Face to face', 'Webex', 'QBR', 'Golf', 'WhatsApp call', 'LinkedIn call', 'Teams call']) {
      assert.deepEqual([classifyAction(action).kind, classifyAction(action).known], ['conversation', true], action);
    }
    for (const action of ['VM', 'Teams message', 'Teams chat', 'Pinged on Slack', 'Video message', 'Loom video', 'Vidyard']) {
      assert.deepEqual([classifyAction(action).kind, classifyAction(action).known], ['touch', true], action);
    }
  });

  it('reads a line of two events with a conversation among them as a conversation (regression: "Email + call" was a touch, the first word winning)', () => {
    for (const action of ['Email + call', 'Emailed and called', 'Call & email', 'Emailed then phoned', 'Sent the deck, then met']) {
      assert.equal(classifyAction(action).kind, 'conversation', action);
    }
    assert.equal(said('Email + call'), 'conversation ("call" is a conversation, one of the events of the line)');
    // One event, the call before it: still a touch; so is a call nobody answered, and two touches.
    for (const action of ['Sent proposal after the call', 'Tried to call and emailed', 'Sent samples and a letter']) assert.equal(classifyAction(action).kind, 'touch', action);
    assert.equal(classifyAction('Emailed and called', undefined, 'no answer').kind, 'touch');
  });

  it('counts an action nobody can classify as a touch, marked unknown', () => {
    const c = classifyAction('Website enquiry');
    assert.deepEqual(c, { kind: 'touch', known: false, rule: 'no word of the vocabulary: counted as a touch' });
    assert.equal(classifyAction('').known, false);
  });

  it('lets the user\'s words extend the vocabulary and win over the defaults', () => {
    const mine = extendVocabulary({ conversation: ['Site Walk', ' '], touch: ['demo'] });
    assert.equal(said('Site walk with the foreman', mine), 'conversation ("site walk" is a conversation)');
    assert.equal(said('Zoom demo', mine), 'conversation ("zoom" is a conversation)');
    assert.equal(said('Demo video for the board', mine), 'touch ("demo" is a touch)');
    assert.ok(!mine.conversation.includes('demo'), 'a word the user calls a touch is no longer a conversation');
    assert.ok(!mine.conversation.includes(''), 'blank words are dropped');
  });
});

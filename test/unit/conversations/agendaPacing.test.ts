import * as assert from 'node:assert/strict';
import { agenda } from '../../../src/core/agenda';
import { parsePace } from '../../../src/core/dates/pace';
import { readContact } from '../../../src/core/read';
import { type Pacing } from '../../../src/core/pacing';
import { fakeIndex } from '../agenda/fakeIndex';

const today = { year: 2026, month: 12, day: 7 };
const itemOf = (a: ReturnType<typeof agenda>, name: string) => a.groups.flatMap((g) => g.items).find((i) => i.name === name)!;
const pace = (text: string) => {
  const p = parsePace(text);
  assert.ok(p.ok);
  return p.value;
};

describe('the agenda paces by conversations', () => {
  // Spoken to 9 weeks ago, emailed every week since: a monthly cadence has run out.
  const emailedOnly = {
    name: 'Emailed Only', cadence: 'monthly', next: '2027-03-01', last: '2026-12-03', lastAction: 'Emailed the catalogue',
    log: ['2026-12-03 Emailed the catalogue', '2026-11-26 Emailed prices', '2026-11-19 Emailed samples list', '2026-11-12 Emailed', '2026-10-05 Phone call'],
  };

  it('is going cold when the last conversation is older than the cadence, however many emails came since', () => {
    const a = agenda(fakeIndex({ 'e.md': emailedOnly }), today);
    const item = itemOf(a, 'Emailed Only');
    assert.equal(item.group, 'overdue');
    assert.equal(item.cause, 'cadence');
    assert.equal(item.reason, 'no conversation for 2 months · 4 emails since · cadence 1 month');
    assert.deepEqual(item.lastConversation, { date: { year: 2026, month: 10, day: 5 }, action: 'Phone call' });
    assert.equal(item.touchesSince, 4);
  });

  it('restores the old rule with cadenceFrom "any": any contact warms', () => {
    const any: Pacing = { cadenceFrom: 'any', stages: new Map(), tags: new Map() };
    const item = itemOf(agenda(fakeIndex({ 'e.md': emailedOnly }), today, { pacing: any }), 'Emailed Only');
    assert.equal(item.group, 'later');
  });

  it('falls back to the last contact of any kind when no conversation is on record, and says so', () => {
    const a = agenda(fakeIndex({ 'n.md': { name: 'Never Spoken', cadence: '2 weeks', last: '2026-11-01', lastAction: 'Website enquiry' } }), today);
    const item = itemOf(a, 'Never Spoken');
    assert.equal(item.cause, 'cadence');
    assert.equal(item.reason, 'cadence 2 weeks · last contact 36 days ago');
    assert.equal(item.lastConversation, undefined);
  });

  it('takes a cadence from the stage, else a tag, when the note has none; the note\'s own wins', () => {
    const pacing: Pacing = { cadenceFrom: 'conversation', stages: new Map([['prospect', pace('2 weeks')]]), tags: new Map([['key-account', pace('2-3 weeks')]]) };
    const a = agenda(fakeIndex({
      'p.md': { name: 'Prospect', stage: 'Prospect', last: '2026-11-16', lastAction: 'Call' },
      't.md': { name: 'Key', tags: ['north', 'key-account'], last: '2026-11-02', lastAction: 'Lunch' },
      'o.md': { name: 'Own', stage: 'prospect', cadence: '3 months', last: '2026-11-02', lastAction: 'Lunch' },
      'x.md': { name: 'Plain', last: '2026-01-02', lastAction: 'Lunch' },
    }), today, { pacing });
    assert.equal(itemOf(a, 'Prospect').cause, 'cadence', 'prospects every 2 weeks: 21 days is cold');
    assert.equal(itemOf(a, 'Key').cause, 'cadence');
    assert.deepEqual(itemOf(a, 'Key').pace, pace('2-3 weeks'));
    assert.equal(itemOf(a, 'Own').cause, 'unscheduled', 'the note\'s own 3 months wins over the stage');
    assert.equal(itemOf(a, 'Plain').cause, 'unscheduled', 'no cadence anywhere: never cold');
  });

  it('marks three touches inside the least gap with no conversation as pushing', () => {
    const a = agenda(fakeIndex({
      'push.md': { name: 'Pushed', cadence: '2-4 weeks', next: '2026-12-20', log: ['2026-12-05 Email', '2026-12-02 Voicemail', '2026-11-28 LinkedIn message', '2026-11-10 Coffee'] },
      'calm.md': { name: 'Calm', cadence: '2-4 weeks', next: '2026-12-20', log: ['2026-12-05 Email', '2026-12-02 Call', '2026-11-28 Email'] },
    }), today);
    assert.equal(itemOf(a, 'Pushed').pushing, true);
    assert.equal(itemOf(a, 'Calm').pushing, false);
  });
});

describe('reading a note\'s conversations', () => {
  const note = (front: string, body: string) => new TextEncoder().encode(`---\nname: Jane Doe\nnext: 2027-01-10\n${front}---\n# Jane\n\n## Log\n${body}`);
  const contactOf = (bytes: Uint8Array, options = {}) => {
    const r = readContact('jane.md', bytes, options);
    assert.equal(r.kind, 'contact');
    return r.kind === 'contact' ? r.contact : undefined!;
  };

  it('finds the last conversation in the log when last: was a touch', () => {
    const c = contactOf(note('last: 2026-12-01\nlast_action: Sent proposal\ncadence: 2-4 weeks\n', '- 2026-12-01 Sent proposal — by email\n- 2026-11-20 Left voicemail\n- 2026-11-12 Coffee at Monmouth — loved the samples\n- 2026-10-01 Phone call\n'));
    assert.deepEqual(c.conversation, { date: { year: 2026, month: 11, day: 12 }, action: 'Coffee at Monmouth' });
    assert.deepEqual([c.touchesSince, c.touchesText], [2, '2 touches since']);
    assert.deepEqual([c.cadenceMin, c.cadence], [{ count: 2, unit: 'week' }, { count: 4, unit: 'week' }]);
  });

  it('takes last: as the conversation when it was one, and honours a (call) marker in the log', () => {
    assert.deepEqual(contactOf(note('last: 2026-12-01\nlast_action: Lunch\n', '')).conversation, { date: { year: 2026, month: 12, day: 1 }, action: 'Lunch' });
    const marked = contactOf(note('', '- 2026-11-20 Catch-up (call) — about the reprint\n- 2026-11-25 Update (email)\n'));
    assert.deepEqual(marked.conversation?.action, 'Catch-up (call)');
    assert.equal(marked.touchesSince, 1);
  });

  it('reads with the user\'s vocabulary, and the log under the configured heading', () => {
    const text = new TextEncoder().encode('---\nname: Jane\nnext: 2027-01-10\n---\n## Journal\n- 2026-11-20 Site walk\n');
    assert.equal(contactOf(text).conversation, undefined, 'no ## Log: nothing read');
    const c = contactOf(text, { logHeading: 'Journal', vocabulary: { conversation: ['site walk'], touch: [] } });
    assert.equal(c.conversation?.action, 'Site walk');
  });

  it('marks a last_action no word classifies, which counts as a touch, and only that', () => {
    assert.equal(contactOf(note('last: 2026-12-01\nlast_action: Website enquiry\n', '')).lastActionUnclassified, true);
    assert.equal(contactOf(note('last: 2026-12-01\nlast_action: Phone call\n', '')).lastActionUnclassified, undefined);
    assert.equal(contactOf(note('last: 2026-12-01\nlast_action: Sent samples\n', '')).lastActionUnclassified, undefined);
    assert.equal(contactOf(note('', '')).lastActionUnclassified, undefined);
  });

  it('gives a cadence range the wrong way round a clear problem, and keeps the contact', () => {
    const c = contactOf(note('cadence: 4-2 weeks\n', ''));
    assert.equal(c.cadence, undefined);
    assert.match(c.problems[0]!.message, /goes from less to more/);
  });
});

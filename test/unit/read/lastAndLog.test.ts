import * as assert from 'node:assert/strict';
import { type Contact, type ReadResult } from '../../../src/core/contact';
import { readContact, readContactText } from '../../../src/core/read';
import { nodeUtf8 } from '../../../src/node/utf8';

// `last:` and the log together say when the last conversation was: the newer of the two counts,
// whichever way the file is read (its bytes with or without the platform's tools, or its text).

const note = (last: string, lastAction: string, ...log: string[]) =>
  ['---', 'name: Lena Fischer', 'next: 2026-04-20', `last: ${last}`, `last_action: ${lastAction}`, 'cadence: monthly', '---', '', '# Lena', '', 'Renewal talks.', '', '## Log', ...log, ''].join('\n');

function readEachWay(text: string): Contact[] {
  const bytes = new TextEncoder().encode(text);
  const results: ReadResult[] = [readContactText('lena.md', text), readContact('lena.md', bytes), readContact('lena.md', bytes, { utf8: nodeUtf8 })];
  return results.map((r) => {
    assert.equal(r.kind, 'contact');
    return (r as { contact: Contact }).contact;
  });
}

describe('reading last: beside the log', () => {
  it('takes a conversation the log has after last: (regression: "no conversation for 51 days" where a demo was logged a week ago)', () => {
    for (const c of readEachWay(note('2026-01-10', 'Lunch', '- 2026-02-25 Demo — went well', '- 2026-01-10 Lunch'))) {
      assert.deepEqual(c.conversation, { date: { year: 2026, month: 2, day: 25 }, action: 'Demo' });
      assert.equal(c.touchesSince, 0);
    }
  });

  it('counts the touches the log has after a conversation in last: (regression: three emails after the call were 0 touches, and never pushing)', () => {
    for (const c of readEachWay(note('2026-02-10', 'Phone call', '- 2026-02-20 Emailed the deck', '- 2026-02-17 LinkedIn message', '- 2026-02-12 Emailed', '- 2026-02-10 Phone call'))) {
      assert.deepEqual(c.conversation, { date: { year: 2026, month: 2, day: 10 }, action: 'Phone call' });
      assert.equal(c.touchesSince, 3);
      assert.deepEqual(c.thirdTouch, { year: 2026, month: 2, day: 12 });
    }
  });

  it('keeps last: as the last conversation when the log has nothing after it, or only dates that are no entries', () => {
    for (const c of readEachWay(note('2026-02-10', 'Phone call', '- 2026-02-10 Phone call', '- 2026-01-05 Emailed'))) {
      assert.deepEqual([c.conversation?.action, c.touchesSince], ['Phone call', 0]);
    }
    const dated = note('2026-02-10', 'Phone call', '- 2026-02-10 Phone call').replace('Renewal talks.', 'Renewal due 2027-03-01.');
    for (const c of readEachWay(dated)) assert.deepEqual([c.conversation?.date.day, c.conversation?.action, c.touchesSince], [10, 'Phone call', 0]);
  });
});

import * as assert from 'node:assert/strict';
import { type Contact } from '../../../src/core/contact';
import { localDate } from '../../../src/core/dates/localDate';
import { reviewBody, reviewPage, reviewPageMessage, reviewWords } from '../../../src/core/export/reviewPage';
import { readContactText } from '../../../src/core/read';
import { type NextHistory, type ReviewContact, reviewContact, weeklyReview } from '../../../src/core/review';

// 2026-11-23 is a Monday.
const today = localDate(2026, 11, 23);
const NONCE = 'abcdefghijklmnopqrstuv';

function note(file: string, text: string): ReviewContact {
  const read = readContactText(file, text);
  assert.equal(read.kind, 'contact');
  return reviewContact((read as { contact: Contact }).contact, text);
}

const HOSTILE = '<script>alert(1)</script> & <b onclick=x>Co</b>';
// Cold since 9 November: its name is listed on the page.
const hostile = note('people/x.md', `---\nname: "${HOSTILE}"\ncadence: 1 week\nnext: 2026-12-01\n---\n\n## Log\n- 2026-11-01 Call\n`);
const ann = note('people/ann.md', '---\nname: Ann\nnext: 2026-12-01\n---\n\n## Log\n- 2026-11-23 Coffee\n- 2026-11-19 Emailed the quote\n');
const rel = (file: string) => file.replace(/^people\//, '');
const review = (history?: NextHistory) => weeklyReview([ann, hostile], { today, weeks: 4, dailyTarget: 2, history });

describe('the review page', () => {
  it('says in words what the terminal says: title, totals, cold, brought back, reschedules', () => {
    const words = reviewWords(review(), rel);
    assert.equal(words.title, 'Review of the last 4 weeks, Mon 2 Nov 2026 to Mon 23 Nov 2026');
    assert.equal(words.made, 'Contacts made: 1 conversation and 1 touch; target 10 a week (2 a day on 5 working days)');
    assert.equal(words.cold.heading, 'Went cold: 1 of 1 contact with a cadence');
    assert.deepEqual(words.cold.lines, [`${HOSTILE} (x.md), cold since Mon 9 Nov 2026`]);
    // No history given: the page says the count needs git, not that nobody was rescheduled.
    assert.match(words.rescheduled.heading, /^Rescheduled most often: not counted\. Counting reschedules needs/);
    assert.equal(reviewWords(review({ kind: 'history', files: [] }), rel).rescheduled.heading, 'Rescheduled most often: nobody was rescheduled.');
    // A folder of a multi-root diary outside git is named on the heading, whatever was counted.
    const partial = reviewWords(review({ kind: 'history', files: [], notCounted: ['Partners: not a git repository.'] }), rel).rescheduled.heading;
    assert.equal(partial, 'Rescheduled most often: nobody was rescheduled. Not counted in Partners: not a git repository.');
  });

  it('says how many touches it counted only for want of a word, and how to add it (regression: said in the JSON alone)', () => {
    const sync = note('people/mia.md', '---\nname: Mia\nnext: 2026-12-01\n---\n\n## Log\n- 2026-11-20 Stand-up walkthrough\n- 2026-11-18 Whiteboard session\n- 2026-11-17 Coffee\n');
    const words = reviewWords(weeklyReview([ann, sync], { today, weeks: 4, dailyTarget: 2 }), rel);
    assert.equal(words.made, 'Contacts made: 2 conversations and 3 touches (2 of them touches by words the diary doesn\'t know: add them with contactDiary.conversationWords or touchWords); target 10 a week (2 a day on 5 working days)');
  });

  it('escapes every name from the notes: no markup of theirs reaches the page', () => {
    const body = reviewBody(review(), rel);
    assert.ok(!body.includes('<script>'), 'a <script> from a name is in the page');
    assert.ok(!body.includes('<b onclick'), 'markup from a name is in the page');
    assert.ok(body.includes('&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#60;b onclick=x&#62;Co&#60;/b&#62; (x.md), cold since'), body);
  });

  it('runs under a CSP that allows only its own style and script, by nonce', () => {
    const html = reviewPage(reviewBody(review(), rel), { nonce: NONCE, report: true });
    assert.match(html, new RegExp(`content="default-src 'none'; style-src 'nonce-${NONCE}'; script-src 'nonce-${NONCE}'; base-uri 'none'; form-action 'none'"`));
    assert.equal([...html.matchAll(/<script\b/g)].length, 1);
    assert.match(html, new RegExp(`<script nonce="${NONCE}">`));
    assert.doesNotMatch(html, /\sstyle="/);
    assert.match(html, /<body data-report="shown">/);
    assert.throws(() => reviewPage('', { nonce: 'short' }), /needs a nonce of at least 16 base64 characters/);
  });

  it('takes from the page only a report of the shape it sends', () => {
    const weeks = [{ week: '2026-11-23', conversations: 1, touches: 0 }];
    assert.deepEqual(reviewPageMessage({ type: 'shown', text: 'Review', weeks }), { text: 'Review', weeks });
    for (const bad of [null, 'shown', { type: 'action', text: '', weeks: [] }, { type: 'shown', text: 1, weeks: [] }, { type: 'shown', text: '', weeks: [{ week: 'x', conversations: 1.5, touches: 0 }] }, { type: 'shown', text: '', weeks: [null] }]) {
      assert.equal(reviewPageMessage(bad), undefined, JSON.stringify(bad));
    }
  });
});

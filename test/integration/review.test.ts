// The weekly review page: it opens, its bars say what core computes from the same notes, the
// names on it are text (never markup), and where the folder is no git repository it says the
// reschedules need git instead of counting none.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { DEFAULT_REVIEW_WEEKS, formatIsoDate, parseIsoDate, reviewContact, weeklyReview } from '../../src/core';
import type { TestApi } from './testApi';
import { FIXTURE_TODAY, api, closeAll, contactText, ownFiles, root, waitFor } from './helpers';

const HOSTILE = '<img src=x onerror=alert(1)> & <b>Sons</b>';

/** What core makes of the diary's notes as they are now, with the settings the page uses. */
async function expected(a: TestApi) {
  const contacts = await Promise.all(a.contacts().map(async (c) => {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(root().with({ path: c.file })));
    return reviewContact(c, text);
  }));
  const today = parseIsoDate(FIXTURE_TODAY);
  assert.ok(today.ok);
  return weeklyReview(contacts, { today: today.value, weeks: DEFAULT_REVIEW_WEEKS, dailyTarget: 5, pacing: a.pacing() });
}

describe('Review', function () {
  this.timeout(120_000);
  let a: TestApi;
  const { make, removeAll } = ownFiles(() => a);
  before(async () => { a = await api(); });
  afterEach(async () => {
    await closeAll();
    await removeAll();
  });

  it('opens a page whose bars are core\'s figures for the notes, week by week', async () => {
    // Two conversations and a touch in the week of 16 November, and one conversation in this one.
    const log = '- 2026-11-23 Call — booked the demo\n- 2026-11-18 Lunch — at the fair\n- 2026-11-17 Email — sent the deck\n- 2026-11-16 Call — first chat\n';
    await make('contacts/review-busy.md', contactText('Review Busy', '2026-11-30', 'cadence: 2 weeks\n').replace(/## Log\n[\s\S]*$/, `## Log\n${log}`));
    await vscode.commands.executeCommand('contactDiary.review');
    const shown = await waitFor('the review page to report what it shows', () => a.reviewShown(), 30_000);
    const want = await expected(a);
    assert.equal(shown.weeks.length, DEFAULT_REVIEW_WEEKS);
    assert.deepEqual(shown.weeks, want.weeks.map((w) => ({ week: formatIsoDate(w.start, false), conversations: w.conversations, touches: w.touches })));
    const week16 = shown.weeks.find((w) => w.week === '2026-11-16');
    assert.ok(week16 && week16.conversations >= 2 && week16.touches >= 1, JSON.stringify(week16));
    assert.match(shown.text, /Review of the last 12 weeks, Mon 7 Sep 2026 to Mon 23 Nov 2026/);
    assert.match(shown.text, new RegExp(`Contacts made: ${want.totals.conversations} conversations`));
    // The fixture's copy is no git repository: the page says why it counts no reschedules.
    assert.match(shown.text, /Rescheduled most often: not counted\. Counting reschedules needs the history of next: dates/);
    const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label === 'Review');
    assert.ok(tab, 'no Review tab');
  });

  it('shows a name with markup in it as text: escaped, never run (regression guard for the page\'s CSP and escaping)', async () => {
    // Cold since long ago: its name is listed under "Went cold".
    await make('contacts/review-hostile.md', contactText(HOSTILE.replace(/&/g, 'and'), '2026-12-30', 'cadence: 1 week\n')
      .replace(/^name: .*$/m, `name: "${HOSTILE}"`).replace(/## Log\n[\s\S]*$/, '## Log\n- 2026-10-01 Call — catch-up\n'));
    await vscode.commands.executeCommand('contactDiary.review');
    const shown = await waitFor('the page to list the hostile name', () => {
      const s = a.reviewShown();
      return s && s.text.includes(HOSTILE) && s;
    }, 30_000);
    assert.match(shown.text, /Went cold: \d+ of \d+ contacts? with a cadence/);
    assert.ok(shown.text.includes(`${HOSTILE} (contacts/review-hostile.md), cold since`), `the name is not shown as text: ${shown.text}`);
  });
});

import * as assert from 'node:assert/strict';
import { goingCold } from '../../../src/core/agendaItem';
import { type Contact } from '../../../src/core/contact';
import { type LocalDate, formatIsoDate, localDate } from '../../../src/core/dates/localDate';
import { parsePace } from '../../../src/core/dates/pace';
import { DEFAULT_PACING, type Pacing } from '../../../src/core/pacing';
import { readContactText } from '../../../src/core/read';
import { NEEDS_GIT, type NextChange, type NextHistory, type ReviewContact, type ReviewOptions, type WeeklyReview, joinHistories, reviewContact, weeklyReview } from '../../../src/core/review';

// 2026-11-23 is a Monday.
const monday = localDate(2026, 11, 23);
const iso = (d: LocalDate) => formatIsoDate(d, false);
const day = (s: string): LocalDate => { const [y, m, d] = s.split('-').map(Number); return localDate(y!, m!, d!); };

/** A contact read from its note as the diary reads it, with its whole log. */
function note(file: string, ...lines: string[]): ReviewContact {
  const text = `${lines.join('\n')}\n`;
  const read = readContactText(file, text);
  assert.equal(read.kind, 'contact', `${file} is a contact`);
  return reviewContact((read as { contact: Contact }).contact, text);
}

/** A note with front-matter keys and log lines (`2026-11-20 Phone call`). */
const contact = (file: string, keys: string[], log: string[] = []) =>
  note(file, '---', ...keys, '---', '', `# ${file}`, ...(log.length > 0 ? ['', '## Log', ...log.map((l) => `- ${l}`)] : []));

function review(contacts: ReviewContact[], options: Partial<ReviewOptions> = {}): WeeklyReview {
  return weeklyReview(contacts, { today: monday, dailyTarget: 5, ...options });
}

const weekCounts = (r: WeeklyReview) => r.weeks.filter((w) => w.conversations + w.touches > 0).map((w) => `${iso(w.start)}: ${w.conversations}+${w.touches}`);

describe('weeklyReview: contacts made per week', () => {
  it('counts the last 12 weeks, Monday to Sunday, ending with the current week', () => {
    const r = review([]);
    assert.equal(r.weeks.length, 12);
    assert.equal(iso(r.start), '2026-09-07');
    assert.equal(iso(r.weeks[11]!.start), '2026-11-23');
    assert.equal(iso(r.weeks[11]!.end), '2026-11-29');
    // A Sunday is the last day of its week, not the first of the next.
    const sunday = review([], { today: day('2026-11-29'), weeks: 2 });
    assert.deepEqual(sunday.weeks.map((w) => iso(w.start)), ['2026-11-16', '2026-11-23']);
  });

  it('splits each week into conversations and touches by the action words, unclassified touches counted apart', () => {
    const r = review([
      contact('ann.md', ['next: 2026-12-01', 'last: 2026-11-23', 'last_action: Coffee at Monmouth'], [
        '2026-11-23 Coffee at Monmouth — liked the samples',
        '2026-11-22 Emailed the price list',
        '2026-11-17 Called, no answer',
        '2026-11-16 Phone call — 20 min',
        '2026-11-10 Dropped by the stand',
      ]),
    ]);
    assert.deepEqual(weekCounts(r), ['2026-11-09: 0+1', '2026-11-16: 1+2', '2026-11-23: 1+0']);
    assert.equal(r.weeks.find((w) => iso(w.start) === '2026-11-09')!.unclassified, 1);
    assert.deepEqual(r.totals, { conversations: 2, touches: 3 });
  });

  it('counts last: once when a log line repeats it, and on its own when no log line does', () => {
    const logged = contact('a.md', ['next: 2026-12-01', 'last: 2026-11-20', 'last_action: Phone call'], ['2026-11-20 Phone call']);
    const noAction = contact('b.md', ['next: 2026-12-01', 'last: 2026-11-20'], ['2026-11-20 Lunch']);
    const lastOnly = contact('c.md', ['next: 2026-12-01', 'last: 2026-11-19', 'last_action: Sent proposal']);
    assert.deepEqual(weekCounts(review([logged])), ['2026-11-16: 1+0']);
    assert.deepEqual(weekCounts(review([noAction])), ['2026-11-16: 1+0']);
    assert.deepEqual(weekCounts(review([lastOnly])), ['2026-11-16: 0+1']);
  });

  it('gives a diary with no log and no last: zero weeks, nothing cold, nothing left out', () => {
    const r = review([contact('a.md', ['next: 2026-12-01', 'cadence: 2 weeks']), contact('b.md', ['next:'])]);
    assert.deepEqual(weekCounts(r), []);
    assert.deepEqual(r.totals, { conversations: 0, touches: 0 });
    assert.deepEqual({ wentCold: r.cold.wentCold.length, broughtBack: r.cold.broughtBack.length, paced: r.cold.paced }, { wentCold: 0, broughtBack: 0, paced: 1 });
    assert.deepEqual(r.ignored, { futureEvents: 0, unreadableLines: 0 });
  });

  it('leaves out events dated after today, and log lines whose date cannot be read, and says how many', () => {
    const r = review([
      contact('a.md', ['next: 2026-12-01', 'last: 2026-12-02', 'last_action: Meeting'], [
        '2026-12-02 Meeting',
        '2026-11-24 Phone call',
        '2026-13-40 Phone call',
        '2026-11-31 Lunch',
        '2026-11-23 Lunch',
      ]),
    ]);
    assert.deepEqual(weekCounts(r), ['2026-11-23: 1+0']);
    assert.deepEqual(r.ignored, { futureEvents: 2, unreadableLines: 2 });
  });

  it('reads only the whole log as reviewContact gives it; without the text, only last: counts', () => {
    const read = readContactText('a.md', '---\nnext: 2026-12-01\nlast: 2026-11-20\nlast_action: Call\n---\n\n## Log\n- 2026-11-20 Call\n- 2026-11-02 Call\n');
    assert.equal(read.kind, 'contact');
    const c = (read as { contact: Contact }).contact;
    assert.deepEqual(weekCounts(review([reviewContact(c, undefined)])), ['2026-11-16: 1+0']);
  });

  it('reads the log under the folder heading (contactDiary.logHeading)', () => {
    const text = '---\nnext: 2026-12-01\n---\n\n## Journal\n- 2026-11-20 Call\n\n## Log\n- 2026-11-02 Call\n';
    const c = (readContactText('a.md', text) as { contact: Contact }).contact;
    assert.deepEqual(reviewContact(c, text, 'Journal').log.map((e) => iso(e.date)), ['2026-11-20']);
  });

  it('draws the target as the daily target times the working days', () => {
    assert.equal(review([]).weeklyTarget, 25);
    const r = review([], { dailyTarget: 4, workingDays: [1, 2, 3] });
    assert.deepEqual({ weekly: r.weeklyTarget, days: r.workingDays, daily: r.dailyTarget }, { weekly: 12, days: 3, daily: 4 });
  });

  it('covers at least the current week and at most two years', () => {
    assert.equal(review([], { weeks: 0 }).weeks.length, 1);
    assert.equal(review([], { weeks: 1000 }).weeks.length, 104);
  });
});

describe('weeklyReview: going cold and brought back', () => {
  const cold = (r: WeeklyReview, key: 'wentCold' | 'broughtBack') => r.cold[key].map((s) => `${s.name} ${iso(s.since)}..${s.until ? iso(s.until) : ''}`);

  it('a contact goes cold the day after its last conversation plus its cadence, and a conversation brings it back', () => {
    // 1 Oct + 3 weeks = 22 Oct: cold from 23 Oct until the call on 2 Nov; 2 Nov + 3 weeks is today, still warm.
    const log = ['2026-11-02 Phone call', '2026-10-20 Emailed', '2026-10-01 Phone call'];
    const r = review([contact('ann.md', ['name: Ann', 'next: 2026-12-01', 'cadence: 3 weeks'], log)]);
    assert.deepEqual(cold(r, 'wentCold'), ['Ann 2026-10-23..2026-11-02']);
    assert.deepEqual(cold(r, 'broughtBack'), ['Ann 2026-10-23..2026-11-02']);
    assert.equal(r.cold.paced, 1);
    // With 2 weeks, it went cold again on 17 Nov: the newest spell that started in the period is the one named.
    const r2 = review([contact('ann.md', ['name: Ann', 'next: 2026-12-01', 'cadence: 2 weeks'], log)]);
    assert.deepEqual(cold(r2, 'wentCold'), ['Ann 2026-11-17..']);
    assert.deepEqual(cold(r2, 'broughtBack'), ['Ann 2026-10-16..2026-11-02']);
  });

  it('a conversation on the last day of the cadence, or the day after it ran out, is never cold', () => {
    const onTime = review([contact('a.md', ['next: 2026-12-01', 'cadence: 2 weeks'], ['2026-11-16 Call', '2026-11-02 Call'])]);
    const dayAfter = review([contact('b.md', ['next: 2026-12-01', 'cadence: 2 weeks'], ['2026-11-17 Call', '2026-11-02 Call'])]);
    assert.deepEqual(cold(onTime, 'wentCold'), []);
    assert.deepEqual(cold(dayAfter, 'wentCold'), []);
    // One day later still, it was cold for a day (17 Nov) and brought back on the 18th.
    const late = review([contact('c.md', ['next: 2026-12-01', 'cadence: 2 weeks'], ['2026-11-18 Call', '2026-11-02 Call'])]);
    assert.deepEqual(cold(late, 'wentCold'), ['c.md 2026-11-17..2026-11-18']);
  });

  it('emails do not bring back a contact whose cadence runs from conversations; with cadenceFrom any they do', () => {
    const c = contact('a.md', ['name: Ann', 'next: 2026-12-01', 'cadence: 3 weeks'], ['2026-11-10 Emailed', '2026-10-20 Emailed', '2026-09-01 Phone call']);
    const r = review([c]);
    assert.deepEqual(cold(r, 'wentCold'), ['Ann 2026-09-23..']);
    assert.deepEqual(cold(r, 'broughtBack'), []);
    const any: Pacing = { ...DEFAULT_PACING, cadenceFrom: 'any' };
    const r2 = review([c], { pacing: any });
    assert.deepEqual(cold(r2, 'wentCold'), ['Ann 2026-09-23..2026-10-20']);
    assert.deepEqual(cold(r2, 'broughtBack'), ['Ann 2026-09-23..2026-10-20']);
  });

  it('before any conversation, every contact counts, as the agenda counts it', () => {
    const r = review([contact('a.md', ['name: Ann', 'next: 2026-12-01', 'cadence: 2 weeks'], ['2026-11-16 Emailed', '2026-10-01 Emailed'])]);
    assert.deepEqual(cold(r, 'broughtBack'), ['Ann 2026-10-16..2026-11-16']);
  });

  it('counts a contact cold before the period and brought back in it as brought back, not as gone cold', () => {
    const r = review([contact('a.md', ['name: Ann', 'next: 2026-12-01', 'cadence: 1 week'], ['2026-11-10 Call', '2026-06-01 Call'])]);
    assert.deepEqual(cold(r, 'wentCold'), ['Ann 2026-11-18..']);
    assert.deepEqual(cold(r, 'broughtBack'), ['Ann 2026-06-09..2026-11-10']);
  });

  it('takes the pace from the stage or a tag when the note has no cadence', () => {
    const pace = parsePace('2 weeks');
    assert.ok(pace.ok);
    const pacing: Pacing = { ...DEFAULT_PACING, stages: new Map([['prospect', pace.value]]) };
    const c = contact('a.md', ['name: Ann', 'next: 2026-12-01', 'stage: Prospect'], ['2026-10-01 Call']);
    assert.equal(review([c]).cold.paced, 0);
    const r = review([c], { pacing });
    assert.equal(r.cold.paced, 1);
    assert.deepEqual(cold(r, 'wentCold'), ['Ann 2026-10-16..']);
  });

  it('leaves out a contact without any event: never warm, never cold', () => {
    const r = review([contact('a.md', ['next:', 'cadence: 1 week'])]);
    assert.deepEqual(r.cold.wentCold, []);
  });

  it('is cold today exactly when the agenda says going cold, for a contact with no next date in hand', () => {
    for (const last of ['2026-10-22', '2026-10-23', '2026-10-24', '2026-09-30']) {
      const c = contact('a.md', ['next:', `last: ${last}`, 'last_action: Phone call', 'cadence: 1 month']);
      const coldNow = review([c]).cold.wentCold.some((s) => s.until === undefined);
      assert.equal(coldNow, goingCold(c.contact, monday) !== undefined, `last ${last}`);
    }
  });
});

describe('weeklyReview: rescheduled most often', () => {
  const change = (date: string, from: string | undefined, to: string | undefined, lastChanged = false): NextChange =>
    ({ date: day(date), lastChanged, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) });
  const diary = [contact('ann.md', ['name: Ann', 'next: 2026-12-01']), contact('bob.md', ['name: Bob', 'next: 2026-12-01'])];

  it('needs git: without a history, the count is a state of its own, not zero', () => {
    assert.deepEqual(review(diary).rescheduled, { state: 'needs-git', message: NEEDS_GIT });
    const history: NextHistory = { kind: 'unavailable', message: 'git is not installed' };
    assert.deepEqual(review(diary, { history }).rescheduled, { state: 'needs-git', message: 'git is not installed' });
    assert.deepEqual(review(diary, { history: { kind: 'history', files: [] } }).rescheduled, { state: 'counted', contacts: [] });
  });

  it('counts next: changed to another value without last: changing, in the period, most often first', () => {
    const history: NextHistory = {
      kind: 'history',
      files: [
        { file: 'ann.md', changes: [change('2026-11-20', '2026-11-20', '2026-11-27'), change('2026-11-02', '2026-11-01', '')] },
        {
          file: 'bob.md',
          changes: [
            change('2026-11-21', '2026-11-21', '2026-11-28'),
            change('2026-11-14', '2026-11-14', '2026-11-21'),
            change('2026-11-07', '2026-11-07', '2026-11-14'),
            // Logged a contact and set the next step: not a reschedule.
            change('2026-11-05', '2026-11-05', '2026-11-07', true),
            // Scheduled a contact that had no date, added the file, and a quoting change: none is a reschedule.
            change('2026-11-04', '', '2026-11-05'),
            change('2026-11-03', undefined, ''),
            change('2026-11-03', '2026-11-05 # call first', '"2026-11-05"'),
            // Before the period, and after today.
            change('2026-08-01', '2026-08-01', '2026-08-08'),
            change('2026-11-24', '2026-11-28', '2026-12-05'),
          ],
        },
        // No longer in the diary.
        { file: 'gone.md', changes: [change('2026-11-20', '2026-11-20', '2026-11-27')] },
      ],
    };
    const r = review(diary, { history });
    assert.equal(r.rescheduled.state, 'counted');
    const contacts = r.rescheduled.state === 'counted' ? r.rescheduled.contacts : [];
    assert.deepEqual(contacts.map((c) => `${c.name} ${c.count} ${iso(c.last)}`), ['Bob 3 2026-11-21', 'Ann 2 2026-11-20']);
  });

  it('joins the folders of a multi-root diary, naming each folder not counted and why (regression: a folder outside git was left out without a word)', () => {
    const clients: NextHistory = { kind: 'history', files: [{ file: 'ann.md', changes: [change('2026-11-20', '2026-11-20', '2026-11-27')] }] };
    const noGit: NextHistory = { kind: 'unavailable', message: 'not a git repository.' };
    const joined = joinHistories([{ name: 'Clients', history: clients }, { name: 'Partners', history: noGit }]);
    assert.deepEqual(joined, { kind: 'history', files: clients.files, notCounted: ['Partners: not a git repository.'] });
    const r = review(diary, { history: joined }).rescheduled;
    assert.deepEqual(r.state === 'counted' && r.notCounted, ['Partners: not a git repository.']);
    assert.deepEqual(r.state === 'counted' && r.contacts.map((c) => c.name), ['Ann']);
    // Every folder in git: nothing to say.
    assert.deepEqual(joinHistories([{ name: 'Clients', history: clients }, { name: 'More', history: { kind: 'history', files: [] } }]), { kind: 'history', files: clients.files });
    // No folder in git: unavailable, the reason said once where all agree, else each folder's.
    assert.deepEqual(joinHistories([{ name: 'A', history: noGit }, { name: 'B', history: noGit }]), noGit);
    const noInstall: NextHistory = { kind: 'unavailable', message: 'git is not installed.' };
    assert.deepEqual(joinHistories([{ name: 'A', history: noGit }, { name: 'B', history: noInstall }]), { kind: 'unavailable', message: 'A: not a git repository. B: git is not installed.' });
  });
});

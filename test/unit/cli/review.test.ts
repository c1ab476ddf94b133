import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatIsoDate } from '../../../src/core';
import { parseNextLog, readNextHistory } from '../../../src/node/gitHistory';
import { cli, lines, tempDiary } from './helpers';

// The clock of `cli` is Monday 2026-11-23.

/** Runs git in `dir` with the author's and committer's date set to noon of `date`. */
function git(dir: string, date: string, ...args: string[]): void {
  const at = `${date}T12:00:00`;
  execFileSync('git', args, { cwd: dir, stdio: 'pipe', env: { ...process.env, GIT_AUTHOR_DATE: at, GIT_COMMITTER_DATE: at } });
}

function gitRepo(dir: string): void {
  git(dir, '2026-11-01', 'init', '-q');
  git(dir, '2026-11-01', 'config', 'user.name', 'Diary Test');
  git(dir, '2026-11-01', 'config', 'user.email', 'diary@example.com');
  git(dir, '2026-11-01', 'config', 'commit.gpgsign', 'false');
}

function commit(dir: string, date: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  git(dir, date, 'add', '-A');
  git(dir, date, 'commit', '-q', '-m', `Diary on ${date}`);
}

const note = (name: string, next: string, extra: string[] = [], log: string[] = []) =>
  lines('---', `name: ${name}`, `next: ${next}`, ...extra, '---', '', `# ${name}`, ...(log.length ? ['', '## Log', ...log.map((l) => `- ${l}`)] : []));

type ReviewJson = {
  today: string;
  start: string;
  weeks: Array<{ start: string; conversations: number; touches: number; unclassified: number }>;
  weeklyTarget: number;
  cold: { paced: number; wentCold: Array<{ file: string; since: string; until: string | null }>; broughtBack: unknown[] };
  rescheduled: { state: 'counted'; contacts: Array<{ file: string; name: string; count: number; last: string }> } | { state: 'needs-git'; message: string };
  ignored: { futureEvents: number; unreadableLines: number };
};

describe('readNextHistory', () => {
  let diary: { dir: string; cleanup: () => void };
  beforeEach(() => { diary = tempDiary(); });
  afterEach(() => diary.cleanup());

  it('reads every file\'s next: changes from one git log, with whether last: changed beside them', async () => {
    const { dir } = diary;
    gitRepo(dir);
    const jose = 'José Núñez & Co.md';
    commit(dir, '2026-11-02', { 'ann.md': note('Ann', '2026-11-10'), 'bob.md': note('Bob', '2026-11-12'), [jose]: note('José', '2026-11-09') });
    // Ann rescheduled; Bob logged (last: and next: together); José moved with Windows line endings.
    commit(dir, '2026-11-10', {
      'ann.md': note('Ann', '2026-11-17'),
      'bob.md': note('Bob', '2026-11-20', ['last: 2026-11-10', 'last_action: Phone call'], ['2026-11-10 Phone call']),
      [jose]: note('José', '"2026-11-16"  # after the fair').replace(/\n/g, '\r\n'),
    });
    // An indented next: in the body is not a front-matter key.
    commit(dir, '2026-11-16', { 'ann.md': `${note('Ann', '2026-11-24')}\n  next: not a key\n` });
    const history = await readNextHistory(dir.replace(/\\/g, '/'));
    assert.equal(history.kind, 'history');
    if (history.kind !== 'history') return;
    const byFile = new Map(history.files.map((f) => [f.file.slice(dir.length + 1), f.changes.map((c) => `${formatIsoDate(c.date)} ${c.from ?? '(none)'} → ${c.to ?? '(none)'}${c.lastChanged ? ' +last' : ''}`)]));
    assert.deepEqual(byFile.get('ann.md'), ['2026-11-16 2026-11-17 → 2026-11-24', '2026-11-10 2026-11-10 → 2026-11-17', '2026-11-02 (none) → 2026-11-10']);
    assert.deepEqual(byFile.get('bob.md'), ['2026-11-10 2026-11-12 → 2026-11-20 +last', '2026-11-02 (none) → 2026-11-12']);
    assert.deepEqual(byFile.get(jose), ['2026-11-10 2026-11-09 → "2026-11-16"  # after the fair', '2026-11-02 (none) → 2026-11-09']);
  });

  it('says the folder is not a git repository', async () => {
    const history = await readNextHistory(diary.dir);
    assert.deepEqual(history.kind === 'unavailable' && history.reason, 'not-a-repository');
  });

  it('says git is not installed when there is no git to run', async () => {
    const path = process.env.PATH;
    process.env.PATH = join(diary.dir, 'no-such-folder');
    try {
      const history = await readNextHistory(diary.dir);
      assert.deepEqual(history.kind === 'unavailable' && [history.reason, history.message], ['git-not-installed', 'Counting reschedules needs git, which is not installed (or not on the PATH).']);
    } finally {
      process.env.PATH = path;
    }
  });

  it('gives an empty history for a repository with no commit yet', async () => {
    gitRepo(diary.dir);
    assert.deepEqual(await readNextHistory(diary.dir), { kind: 'history', files: [] });
  });
});

describe('parseNextLog', () => {
  it('reads quoted paths, a deleted file and keys in quotes', () => {
    const output = [
      '\u00002026-11-20', '', 'diff --git "a/caf\\303\\251.md" "b/caf\\303\\251.md"', 'index 1..2 100644', '--- "a/caf\\303\\251.md"', '+++ "b/caf\\303\\251.md"',
      '@@ -3 +3 @@', '-"next": 2026-11-20', '+"next": 2026-11-27',
      'diff --git a/old.md b/old.md', 'deleted file mode 100644', '--- a/old.md', '+++ /dev/null', '@@ -1,3 +0,0 @@', '----', '-next: 2026-11-01', '----',
    ].join('\n');
    assert.deepEqual(parseNextLog(output).map((f) => [f.file, f.changes.map((c) => [c.from, c.to])]), [
      ['café.md', [['2026-11-20', '2026-11-27']]],
      ['old.md', [['2026-11-01', undefined]]],
    ]);
  });
});

describe('contact-diary review', () => {
  let diary: { dir: string; cleanup: () => void };
  beforeEach(() => {
    diary = tempDiary({
      'ann.md': note('Ann', '2026-11-27', ['cadence: 2 weeks', 'last: 2026-11-20', 'last_action: Phone call'], [
        '2026-11-20 Phone call — liked the oak samples', '2026-11-18 Emailed the quote', '2026-10-01 Coffee', '2026-13-01 Lunch', '2026-12-24 Christmas drinks',
      ]),
      'bob.md': note('Bob', ''),
    });
  });
  afterEach(() => diary.cleanup());

  it('prints the figures as JSON, and says the reschedules need git outside a repository', async () => {
    const r = await cli(diary.dir, 'review', '--json');
    assert.equal(r.err, '');
    assert.equal(r.code, 0);
    const json = JSON.parse(r.out) as ReviewJson;
    assert.equal(json.weeks.length, 12);
    assert.deepEqual([json.today, json.start, json.weeklyTarget], ['2026-11-23', '2026-09-07', 25]);
    assert.deepEqual(json.weeks.filter((w) => w.conversations + w.touches > 0), [
      { start: '2026-09-28', conversations: 1, touches: 0, unclassified: 0 },
      { start: '2026-11-16', conversations: 1, touches: 1, unclassified: 0 },
    ]);
    assert.deepEqual(json.cold.wentCold, [{ file: 'ann.md', name: 'Ann', since: '2026-10-16', until: '2026-11-20' }]);
    assert.equal(json.rescheduled.state, 'needs-git');
    assert.match(json.rescheduled.state === 'needs-git' ? json.rescheduled.message : '', /not in a git repository/);
    assert.deepEqual(json.ignored, { futureEvents: 1, unreadableLines: 1 });
  });

  it('reviews whose contacts --owner and --all say, and refuses both together', async () => {
    writeFileSync(join(diary.dir, 'cy.md'), note('Cy', '2026-11-30', ['owner: bob'], ['2026-11-17 Call — with Bob\'s client']));
    const weeks = async (...args: string[]) => {
      const r = await cli(diary.dir, 'review', '--json', ...args);
      assert.equal(r.code, 0, r.err);
      return (JSON.parse(r.out) as ReviewJson).weeks.find((w) => w.start === '2026-11-16');
    };
    // Ann's call and email, and Cy's call, in the week of 16 November.
    assert.deepEqual(await weeks('--all'), { start: '2026-11-16', conversations: 2, touches: 1, unclassified: 0 });
    assert.deepEqual(await weeks('--owner', 'BOB'), { start: '2026-11-16', conversations: 1, touches: 0, unclassified: 0 });
    assert.deepEqual(await weeks('--owner', 'alice'), { start: '2026-11-16', conversations: 0, touches: 0, unclassified: 0 });
    const both = await cli(diary.dir, 'review', '--owner', 'bob', '--all');
    assert.equal(both.code, 2);
    assert.match(both.err, /--owner and --all can't be used together/);
  });

  it('prints the chart as text, a line per week, and what needs git', async () => {
    const r = await cli(diary.dir, 'review', '--weeks', '3');
    assert.equal(r.code, 0);
    assert.match(r.out, /^Review of the last 3 weeks, Mon 9 Nov 2026 to Mon 23 Nov 2026\n/);
    assert.match(r.out, /\n16 Nov █+░+ +│ 1 \+ 1\n/);
    assert.match(r.out, /\nRescheduled most often: not counted\. Counting reschedules needs .* not in a git repository\.\n/);
    assert.match(r.out, /Left out: 1 logged contact dated after Mon 23 Nov 2026; 1 log line whose date can't be read/);
  });

  it('counts the reschedules from git in a repository', async () => {
    const { dir } = diary;
    gitRepo(dir);
    git(dir, '2026-11-02', 'add', '-A');
    git(dir, '2026-11-02', 'commit', '-q', '-m', 'Start');
    commit(dir, '2026-11-09', { 'bob.md': note('Bob', '2026-11-12') });
    commit(dir, '2026-11-12', { 'bob.md': note('Bob', '2026-11-19') });
    commit(dir, '2026-11-19', { 'bob.md': note('Bob', '2026-11-26') });
    const r = await cli(dir, 'review', '--json');
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out) as ReviewJson;
    assert.deepEqual(json.rescheduled, { state: 'counted', contacts: [{ file: 'bob.md', name: 'Bob', count: 2, last: '2026-11-19' }] });
    const text = await cli(dir, 'review');
    assert.match(text.out, /\nRescheduled most often:\n {2}Bob \(bob\.md\), 2 times, last Thu 19 Nov 2026\n/);
  });

  it('reviews a diary with no log at all: empty weeks, nothing cold', async () => {
    const empty = tempDiary({ 'bob.md': note('Bob', '') });
    try {
      const r = await cli(empty.dir, 'review', '--json');
      const json = JSON.parse(r.out) as ReviewJson;
      assert.ok(json.weeks.every((w) => w.conversations === 0 && w.touches === 0));
      assert.deepEqual([json.cold.paced, json.cold.wentCold], [0, []]);
      const text = await cli(empty.dir, 'review');
      assert.match(text.out, /Went cold: 0 of 0 contacts with a cadence \(no contact has a cadence: only a contact with one can go cold\)/);
    } finally {
      empty.cleanup();
    }
  });

  for (const [args, message] of [
    [['--weeks', '0'], '--weeks needs a whole number of at least 1, not "0"'],
    [['--weeks', 'abc'], '--weeks needs a whole number of at least 1, not "abc"'],
    [['--weeks', '105'], '--weeks reviews at most 104 weeks (two years), not 105'],
    [['--today', '23/11/2026'], '--today needs a date of the form YYYY-MM-DD, not "23/11/2026"'],
    [['no-such-folder'], 'no-such-folder: no such folder'],
  ] as const) {
    it(`refuses ${args.join(' ')} with a usage error`, async () => {
      const r = await cli(diary.dir, 'review', ...args);
      assert.equal(r.code, 2);
      assert.equal(r.out, '');
      assert.equal(r.err, `contact-diary review: ${message} (see contact-diary --help)\n`);
    });
  }

  it('reviews up to --today, and the daily target and working days of the folder settings', async () => {
    const settings = tempDiary({
      '.vscode/settings.json': '{ "contactDiary.dailyTarget": 3, "contactDiary.workingDays": ["Mon", "Tue"] }',
      'ann.md': note('Ann', '', [], ['2026-12-24 Christmas drinks']),
    });
    try {
      const r = await cli(settings.dir, 'review', '--today', '2026-12-28', '--weeks', '2', '--json');
      const json = JSON.parse(r.out) as ReviewJson;
      assert.deepEqual([json.start, json.weeklyTarget, json.weeks[0]!.conversations, json.ignored.futureEvents], ['2026-12-21', 6, 1, 0]);
    } finally {
      settings.cleanup();
    }
  });
});

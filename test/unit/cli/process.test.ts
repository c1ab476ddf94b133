// The command as users run it: the bundled script in its own process, so exit codes, stdout and
// stderr are those a shell or cron sees. The bundle is built once, like `npm run build` builds
// dist/cli.js, into a temporary folder (so it never races another build of dist/).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { prepareExampleDiary } from '../../../scripts/example-diary.mjs';
import { tempDiary } from './helpers';

describe('contact-diary as a process', function () {
  this.timeout(30_000);
  let work: ReturnType<typeof tempDiary>;
  let cliJs: string;
  let diary: string;
  const run = (...argv: string[]) => {
    // Its scan caches stay in the test's folder, not in the user's cache folder.
    const env = { ...process.env, NO_COLOR: '', CONTACT_DIARY_CACHE: join(work.dir, 'cache') };
    const r = spawnSync(process.execPath, [cliJs, ...argv], { cwd: diary, encoding: 'utf8', env });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  before(async () => {
    work = tempDiary();
    cliJs = join(work.dir, 'cli.js');
    await esbuild.build({
      entryPoints: ['src/cli/main.ts'], outfile: cliJs, bundle: true, platform: 'node', target: 'node20', format: 'cjs',
      mainFields: ['module', 'main'], banner: { js: '#!/usr/bin/env node' }, logLevel: 'silent',
    });
  });
  after(() => work.cleanup());
  beforeEach(() => { diary = prepareExampleDiary({ today: '2026-11-23', outDir: join(work.dir, 'diary') }); });

  it('prints its version and exits 0', () => {
    const r = run('--version');
    assert.deepEqual([r.code, r.err], [0, '']);
    assert.match(r.out, /^\d+\.\d+\.\d+\n$/);
  });

  it('prints the agenda of the example diary as JSON', () => {
    const r = run('agenda', '--json', '--today', '2026-11-23');
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out) as { today: string; groups: Array<{ id: string; count: number }> };
    assert.equal(json.today, '2026-11-23');
    assert.ok(json.groups.every((g) => g.count > 0), r.out);
  });

  it('prints plain text when stdout is not a terminal', () => {
    const r = run('agenda', '--today', '2026-11-23');
    assert.equal(r.code, 0);
    assert.ok(!r.out.includes('\u001b['));
    assert.match(r.out, /^Overdue \(\d+\)$/m);
  });

  it('exits 1 from check on the example diary, whose broken file it names', () => {
    const r = run('check');
    assert.equal(r.code, 1);
    assert.match(r.out, /^nils-andersen\.md:\d+:\d+: error: /m);
  });

  it('reschedules a contact, changing only its next line, and leaves no temporary file', () => {
    const before = readFileSync(join(diary, 'nils-andersen.md'), 'utf8');
    const r = run('reschedule', 'nils-andersen.md', 'in 2 weeks', '--today', '2026-11-23');
    assert.equal(r.code, 0, r.err);
    assert.equal(readFileSync(join(diary, 'nils-andersen.md'), 'utf8'), before.replace('next: someday', 'next: 2026-12-07'));
    assert.ok(readdirSync(diary).every((n) => n.endsWith('.md') || n === '.anchor'));
  });

  it('refuses to log on a file that is not a contact: exit 1, one line on stderr', () => {
    const r = run('log', '.anchor', '--action', 'Call');
    assert.equal(r.code, 1);
    assert.equal(r.out, '');
    assert.match(r.err, /^contact-diary log: \.anchor: not a contact.*\n$/);
  });

  it('says in one line, exit 1, when stdout cannot be written (a full disk)', function () {
    if (!existsSync('/dev/full')) this.skip();
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [cliJs, 'agenda', '--today', '2026-11-23'], { cwd: diary, encoding: 'utf8', stdio: ['ignore', full, 'pipe'], env: { ...process.env, CONTACT_DIARY_CACHE: 'off' } });
      assert.equal(r.status, 1);
      assert.equal(r.stderr, "contact-diary: can't write the output: no space left on the device\n");
    } finally {
      closeSync(full);
    }
  });

  it('writes every planned note when the reader of its output quits early (regression: plan --apply | head stopped after two notes, exit 0)', () => {
    const whole = prepareExampleDiary({ today: '2026-11-23', outDir: join(work.dir, 'whole') });
    const env = { ...process.env, NO_COLOR: '', CONTACT_DIARY_CACHE: 'off' };
    const full = spawnSync(process.execPath, [cliJs, 'plan', '--apply', '--today', '2026-11-23'], { cwd: whole, encoding: 'utf8', env });
    assert.equal(full.status, 0, full.stderr);
    assert.ok(full.stdout.split('\n').length > 3, 'the plan moves several notes');
    // `head -c 1` closes the pipe after the first byte, while the plan is still being written.
    const cut = spawnSync('bash', ['-c', `"${process.execPath}" "${cliJs}" plan --apply --today 2026-11-23 | head -c 1 > /dev/null; exit \${PIPESTATUS[0]}`], { cwd: diary, encoding: 'utf8', env });
    assert.equal(cut.status, 0, cut.stderr);
    assert.equal(cut.stderr, '');
    const notes = (dir: string) => readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.md')).sort().map((f) => `${f}\n${readFileSync(join(dir, f), 'utf8')}`);
    assert.deepEqual(notes(diary), notes(whole));
  });

  it('says a folder it can\'t list, fails check on it, and keeps the calendar file (regression: silence, exit 0, and ics -o wrote an empty calendar)', function () {
    if (process.platform === 'win32') this.skip();
    // As root, a folder without permission is still listed: the tool then runs as nobody (65534).
    const asRoot = process.getuid?.() === 0;
    const opened = (path: string, mode: number) => chmodSync(path, mode);
    opened(work.dir, 0o755);
    opened(diary, 0o777);
    opened(cliJs, 0o644);
    for (const f of readdirSync(diary, { recursive: true }).map(String)) opened(join(diary, f), statSync(join(diary, f)).isDirectory() ? 0o777 : 0o666);
    const calendar = join(diary, 'follow-ups.ics');
    const env = { ...process.env, NO_COLOR: '', CONTACT_DIARY_CACHE: 'off' };
    const as = (...argv: string[]) => spawnSync(process.execPath, [cliJs, ...argv], { cwd: diary, encoding: 'utf8', env, ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
    const first = as('ics', '-o', 'follow-ups.ics', '--today', '2026-11-23');
    assert.equal(first.status, 0, first.stderr);
    opened(calendar, 0o666);
    const before = readFileSync(calendar, 'utf8');
    assert.match(before, /BEGIN:VEVENT/);
    // A folder of the diary, with a contact in it, that the user may not list.
    const hidden = 'private';
    mkdirSync(join(diary, hidden), { mode: 0o777 });
    renameSync(join(diary, 'dev-patel.md'), join(diary, hidden, 'dev-patel.md'));
    opened(join(diary, hidden), 0o000);
    try {
      const agenda = as('agenda', '--today', '2026-11-23');
      assert.equal(agenda.status, 0);
      assert.match(agenda.stderr, new RegExp(`^contact-diary agenda: ${hidden}: warning: Couldn't list this folder: .*EACCES.*; its contacts are left out\n$`));
      const check = as('check');
      assert.equal(check.status, 1);
      assert.match(check.stdout, new RegExp(`^${hidden}: error: Couldn't list this folder: .*; its contacts were not checked$`, 'm'));
      assert.match(check.stdout, /unreadable folder\): .*problems? in .*folder\n$/);
      const ics = as('ics', '-o', 'follow-ups.ics', '--today', '2026-11-23');
      assert.equal(ics.status, 1);
      assert.match(ics.stderr, /follow-ups\.ics: not replaced, as 1 folder of the diary couldn't be read/);
      assert.equal(readFileSync(calendar, 'utf8'), before);
      // Given that folder itself: it can't be read, which is no "no such folder" and no empty diary.
      const given = as('agenda', hidden);
      assert.equal(given.status, 2);
      assert.match(given.stderr, /^contact-diary agenda: private: can't be read: .*EACCES/);
    } finally {
      opened(join(diary, hidden), 0o755);
    }
  });

  it('exits 2 on a usage error', () => {
    const r = run('log', 'dev-patel.md');
    assert.equal(r.code, 2);
    assert.equal(r.out, '');
    assert.equal(r.err, 'contact-diary log: missing --action (what happened, e.g. --action "Phone call") (see contact-diary --help)\n');
  });
});

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, lines, snapshot, tempDiary } from './helpers';

// The clock of `cli` is Monday 2026-11-23.
const contact = (name: string, next: string, extra: string[] = []) => lines('---', `name: ${name}`, `next: ${next}`, ...extra, '---', '', `# ${name}`);

describe('contact-diary plan', () => {
  let diary: { dir: string; cleanup: () => void };
  beforeEach(() => {
    diary = tempDiary({
      'ann.md': contact('Ann', '2026-11-10', ['next_action: Chase the quote   # keep']),
      'bob.md': contact('Bob', '"2026-11-20"'),
      'cid.md': contact('Cid', '2026-11-23 09:30'),
      'dee.md': lines('---', 'name: Dee', 'next:', 'stage: prospect', 'last: 2026-10-01', '---'),
      'eve.md': contact('Eve', '2026-12-24'),
    });
  });
  afterEach(() => diary.cleanup());

  it('prints the plan as JSON: days with date and items of file, name, reason, from', async () => {
    const r = await cli(diary.dir, 'plan', '--target', '2', '--json');
    assert.equal(r.err, '');
    assert.equal(r.code, 0);
    const json = JSON.parse(r.out) as { days: Array<{ date: string; items: Array<Record<string, unknown>>; fixed: Array<Record<string, unknown>> }> };
    assert.deepEqual(json.days.map((d) => d.date), ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27']);
    assert.deepEqual(json.days[0]!.fixed.map((i) => i.name), ['Cid']);
    assert.deepEqual(json.days[0]!.items, [{ file: 'ann.md', name: 'Ann', reason: '13 days overdue', from: '2026-11-10' }]);
    assert.deepEqual(json.days[1]!.items.map((i) => [i.file, i.from]), [['bob.md', '2026-11-20'], ['dee.md', null]]);
    assert.deepEqual(Object.keys(json.days[1]!.items[0]!), ['file', 'name', 'reason', 'from']);
  });

  it('only prints without --apply: no file changes', async () => {
    const before = snapshot(diary.dir);
    const r = await cli(diary.dir, 'plan');
    assert.equal(r.code, 0);
    assert.match(r.out, /^Mon 23 Nov 2026 \(4\)\n {2}= Cid — appointment 09:30 \(cid\.md\)\n {2}- Ann — 13 days overdue · Chase the quote/);
    assert.deepEqual(snapshot(diary.dir), before);
  });

  it('--apply writes only next: of each planned contact, keeping every other byte', async () => {
    const r = await cli(diary.dir, 'plan', '--target', '2', '--apply');
    assert.equal(r.err, '');
    assert.equal(r.code, 0);
    const read = (f: string) => readFileSync(join(diary.dir, f), 'utf8');
    assert.equal(read('ann.md'), contact('Ann', '2026-11-23', ['next_action: Chase the quote   # keep']));
    assert.equal(read('bob.md'), contact('Bob', '"2026-11-24"'));
    assert.equal(read('cid.md'), contact('Cid', '2026-11-23 09:30'), 'an appointment is kept');
    assert.equal(read('dee.md'), lines('---', 'name: Dee', 'next: 2026-11-24', 'stage: prospect', 'last: 2026-10-01', '---'));
    assert.equal(read('eve.md'), contact('Eve', '2026-12-24'), 'due after the plan: untouched');
    assert.match(r.out, /Ann: next 2026-11-10 → 2026-11-23/);
  });

  it('--apply moves an appointment gone by to its plan day at its hour, in its own form (regression: the plan said "appointment 10:30" and wrote the day alone)', async () => {
    diary.cleanup();
    diary = tempDiary({ 'ola.md': contact('Ola', '2026-11-20T10:30:00'), 'pia.md': contact('Pia', '2026-11-19 16:00') });
    const shown = await cli(diary.dir, 'plan', '--target', '1');
    assert.match(shown.out, /Mon 23 Nov 2026 \(1\)\n {2}- Pia — appointment 16:00 \(pia\.md, from 2026-11-19 16:00\)\nTue 24 Nov 2026 \(1\)\n {2}- Ola — appointment 10:30/);
    const r = await cli(diary.dir, 'plan', '--target', '1', '--apply');
    assert.equal(r.code, 0, r.err);
    const read = (f: string) => readFileSync(join(diary.dir, f), 'utf8');
    assert.equal(read('pia.md'), contact('Pia', '2026-11-23 16:00'));
    assert.equal(read('ola.md'), contact('Ola', '2026-11-24T10:30:00'));
    assert.match(r.out, /Ola: next 2026-11-20 10:30 → 2026-11-24 10:30/);
  });

  it('follows contactDiary.workingDays and --start', async () => {
    diary.cleanup();
    diary = tempDiary({ '.vscode/settings.json': '{ "contactDiary.workingDays": ["Monday", "Wednesday"] }', 'ann.md': contact('Ann', '2026-11-10') });
    const r = await cli(diary.dir, 'plan', '--start', '2026-11-24', '--days', '2', '--json');
    assert.equal(r.err, '');
    assert.deepEqual((JSON.parse(r.out) as { days: Array<{ date: string }> }).days.map((d) => d.date), ['2026-11-25', '2026-11-30']);
  });

  it('says a bad workingDays setting once and plans Monday to Friday', async () => {
    diary.cleanup();
    diary = tempDiary({ '.vscode/settings.json': '{ "contactDiary.workingDays": ["Funday"] }' });
    const r = await cli(diary.dir, 'plan', '--json');
    assert.equal(r.code, 0);
    assert.match(r.err, /contactDiary\.workingDays: "Funday" is not a weekday.*using Monday to Friday/);
    assert.equal((JSON.parse(r.out) as { days: unknown[] }).days.length, 5);
  });

  it('refuses bad options', async () => {
    // (--apply with --json printed text to a script expecting JSON.)
    for (const bad of [['--days', '0'], ['--days', '40'], ['--target', 'x'], ['--start', '2026-13-01'], ['a', 'b'], ['--apply', '--json']]) {
      const r = await cli(diary.dir, 'plan', ...bad);
      assert.equal(r.code, 2, bad.join(' '));
      assert.match(r.err, /^contact-diary plan: /);
    }
  });
});

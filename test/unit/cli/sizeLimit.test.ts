import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AgendaJson } from '../../../src/cli/render';
import { cli, lines, snapshot, tempDiary } from './helpers';

// 3,066 bytes: over a limit of 2KB, under 4KB and the default 1 MB.
const BIG = lines('---', 'name: Big Bertha', 'next: 2026-11-20', 'next_action: Call', '---', '', '# Big Bertha', '', 'x'.repeat(2990));
const FILES = { 'big.md': BIG, 'jane.md': lines('---', 'name: Jane', 'next: 2026-11-24', '---') };
const TOO_LARGE = 'skipped: 3 KB is over the 2 KB limit (--max-file-size)';

// Regression: a contact file over the size limit was listed with "(contactDiary.maxFileSize)", a
// VS Code setting that means nothing in a terminal, and the tool had no way to raise the limit.
describe('contact-diary --max-file-size', function () {
  this.timeout(20_000); // reschedule and log read a phrase: chrono's first load is slow on a busy machine
  let d: ReturnType<typeof tempDiary>;
  beforeEach(() => { d = tempDiary(FILES); });
  afterEach(() => d.cleanup());

  const agendaJson = async (...argv: string[]) => {
    const r = await cli(d.dir, 'agenda', '--json', '--today', '2026-11-23', ...argv);
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out) as AgendaJson;
    return (id: string) => json.groups.find((g) => g.id === id)!.items;
  };

  it('lists a contact file over the limit under Needs attention, naming the option that raises it', async () => {
    assert.equal(Buffer.byteLength(BIG), 3066);
    const r = await cli(d.dir, 'agenda', '--today', '2026-11-23', '--max-file-size', '2KB');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^Needs attention \(1\)$/m);
    assert.match(r.out, /^ {2}Big Bertha {2}big\.md:1 {2}skipped: 3 KB is over the 2 KB limit \(--max-file-size\)$/m);
    assert.doesNotMatch(r.out, /contactDiary/);
    const group = await agendaJson('--max-file-size', '2048');
    assert.deepEqual(group('attention').map((i) => [i.file, i.name, i.problem]), [['big.md', 'Big Bertha', TOO_LARGE]]);
    assert.deepEqual(group('overdue'), []);
  });

  it('reads the file when the limit is raised over it, and at the default of 1 MB', async () => {
    for (const argv of [['--max-file-size', '4KB'], ['--max-file-size=3066'], []]) {
      const group = await agendaJson(...argv);
      assert.deepEqual(group('attention'), [], argv.join(' '));
      assert.deepEqual(group('overdue').map((i) => [i.file, i.name]), [['big.md', 'Big Bertha']], argv.join(' '));
    }
    assert.deepEqual((await agendaJson('--max-file-size', '3065'))('attention').map((i) => i.file), ['big.md'], 'one byte over');
  });

  it('check reports the file with the option\'s wording and exits 1; raised, it finds no problem', async () => {
    const over = await cli(d.dir, 'check', '--max-file-size', '2KB');
    assert.equal(over.code, 1);
    assert.equal(over.out, `big.md:1:1: error: ${TOO_LARGE}\n1 contact checked (1 unreadable file): 1 problem in 1 file\n`);
    const raised = await cli(d.dir, 'check', '--max-file-size', '1MB');
    assert.equal(raised.code, 0, raised.out);
    assert.match(raised.out, /^2 contacts checked \(0 unreadable files\): no problems$/m);
  });

  it('calls and ics leave out a contact over the limit, and take it when raised', async () => {
    const calls = (size: string) => cli(d.dir, 'calls', '--today', '2026-11-23', '--max-file-size', size);
    assert.doesNotMatch((await calls('2KB')).out, /Big Bertha/);
    assert.match((await calls('4KB')).out, /^## 1\. Big Bertha$/m);
    const ics = (size: string) => cli(d.dir, 'ics', '--today', '2026-11-23', '--max-file-size', size);
    assert.doesNotMatch((await ics('2KB')).out, /Big Bertha/);
    assert.match((await ics('4KB')).out, /^SUMMARY:(Overdue: )?Big Bertha/m);
  });

  it('reschedule and log refuse a contact over the limit, naming the option, and edit it when raised', async () => {
    const before = snapshot(d.dir);
    for (const argv of [['reschedule', 'big.md', 'fri'], ['log', 'big.md', '--action', 'Call']]) {
      const r = await cli(d.dir, ...argv, '--today', '2026-11-23', '--max-file-size', '2KB');
      assert.equal(r.code, 1, argv[0]);
      assert.equal(r.err, `contact-diary ${argv[0]}: big.md: not edited: 3 KB is over the 2 KB limit (--max-file-size)\n`);
    }
    assert.deepEqual(snapshot(d.dir), before);
    const r = await cli(d.dir, 'reschedule', 'big.md', 'fri', '--today', '2026-11-23', '--max-file-size', '4KB');
    assert.equal(r.code, 0, r.err);
    assert.equal(readFileSync(join(d.dir, 'big.md'), 'utf8'), BIG.replace('next: 2026-11-20', 'next: 2026-11-27'));
    const logged = await cli(d.dir, 'log', 'big.md', '--action', 'Call', '--today', '2026-11-23', '--max-file-size', '4KB');
    assert.equal(logged.code, 0, logged.err);
    assert.match(readFileSync(join(d.dir, 'big.md'), 'utf8'), /^- 2026-11-23 Call$/m);
  });

  it('refuses a bad --max-file-size with exit 2 and one line, for every command that takes it, changing nothing', async () => {
    const before = snapshot(d.dir);
    const commands = [['agenda'], ['calls'], ['ics', '-o', 'out.ics'], ['check'], ['reschedule', 'jane.md', 'fri'], ['log', 'jane.md', '--action', 'Call']];
    for (const argv of commands) {
      for (const bad of ['0', '2GB', 'big', '1.5MB', '-1']) {
        const r = await cli(d.dir, ...argv, '--max-file-size', bad);
        assert.equal(r.code, 2, `${argv[0]} ${bad}`);
        assert.equal(r.out, '');
        assert.equal(r.err, `contact-diary ${argv[0]}: --max-file-size needs a size of at least 1 byte: a whole number of bytes, KB or MB (as in 500000, 512KB, 2MB), not "${bad}" (see contact-diary --help)\n`);
      }
      const missing = await cli(d.dir, ...argv, '--max-file-size');
      assert.equal(missing.code, 2, `${argv[0]} without a value`);
      assert.match(missing.err, new RegExp(`^contact-diary ${argv[0]}: .*--max-file-size.*\\n$`));
    }
    assert.deepEqual(snapshot(d.dir), before);
    const when = await cli(d.dir, 'when', 'fri', '--max-file-size', '2KB');
    assert.equal(when.code, 2, 'when reads no file, so it has no size limit');
  });

  it('is in the usage of every command that reads contact files, and the help says what it means', async () => {
    for (const command of ['agenda', 'calls', 'ics', 'check', 'reschedule', 'log']) {
      assert.match((await cli(d.dir, command, '--help')).out, /\[--max-file-size BYTES\]/, command);
    }
    assert.doesNotMatch((await cli(d.dir, 'when', '--help')).out, /max-file-size/);
    const help = (await cli(d.dir, '--help')).out;
    assert.match(help, /--max-file-size to 1 MB/);
    assert.match(help, /BYTES is a number of bytes, or of KB or MB/);
  });
});

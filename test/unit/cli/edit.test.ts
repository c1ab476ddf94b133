import * as assert from 'node:assert/strict';
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, lines, snapshot, tempDiary } from './helpers';

const JANE = lines(
  '---',
  'name: Jane Doe   # the name she goes by',
  'company: Acme Print',
  "next: '2026-11-20'",
  'next_action: Chase feedback',
  'last: 2026-11-13',
  'last_action: Sent proposal',
  'cadence: 3 weeks',
  'custom: [kept, as-is]',
  '---',
  '',
  '# Jane Doe',
  '',
  '## Log',
  '- 2026-11-13 Sent proposal — three options',
);
const BOB = lines('---', 'name: Bob', 'next:', '---', '', 'Notes about Bob.');

describe('contact-diary reschedule and log', function () {
  // The first phrase chrono reads loads its parsers (about a second on a busy machine): not a
  // speed test, so give it room rather than fail a loaded CI run.
  this.timeout(20_000);
  let d: ReturnType<typeof tempDiary>;
  const read = (name: string) => readFileSync(join(d.dir, name), 'utf8');
  beforeEach(() => {
    d = tempDiary({
      'jane.md': JANE,
      'bob.md': BOB,
      'notes.md': lines('# Notes', '', 'not a contact'),
      'plain.md': lines('---', 'title: A blog post', '---', 'text'),
      'late.md': lines('', '---', 'name: Late', 'next: 2026-11-20', '---'),
      'broken.md': lines('---', 'name: Broken', 'next: [2026-11-20', '---'),
      'twice.md': lines('---', 'next: 2026-11-20', '---', '## Log', '- 2026-11-01 a', '## Log'),
      'latin1.md': Buffer.concat([Buffer.from('---\nnext: 2026-11-20\nname: Jos'), Buffer.from([0xe9]), Buffer.from('\n---\n')]),
      'crlf.md': '\uFEFF---\r\nname: Cy\r\nnext: 2026-11-20\r\n---\r\n\r\n## Log\r\n- 2026-11-01 Email\r\n',
    });
  });
  afterEach(() => d.cleanup());

  describe('reschedule', () => {
    it('changes only the next value, keeping its quotes and every other byte', async () => {
      const r = await cli(d.dir, 'reschedule', 'jane.md', 'next', 'fri', '--today', '2026-11-23');
      assert.equal(r.code, 0, r.err);
      assert.equal(r.err, '');
      assert.equal(read('jane.md'), JANE.replace("next: '2026-11-20'", "next: '2026-12-04'"));
      assert.equal(r.out, 'Jane Doe: next 2026-11-20 → 2026-12-04 (Fri 4 Dec 2026 · in 11 days · next Friday = next week\'s Friday)\n');
    });

    it('fills a blank next, with a time when the phrase gives one', async () => {
      const r = await cli(d.dir, 'reschedule', 'bob.md', 'tomorrow 3pm', '--today', '2026-11-23');
      assert.equal(r.code, 0, r.err);
      assert.equal(read('bob.md'), BOB.replace('next:\n', 'next: 2026-11-24 15:00\n'));
    });

    it('keeps a date-time written as Obsidian writes it in that form', async () => {
      writeFileSync(join(d.dir, 'obs.md'), lines('---', 'name: Obs', 'next: 2026-11-20T10:30:00', '---'));
      const r = await cli(d.dir, 'reschedule', 'obs.md', 'fri 9:15am', '--today', '2026-11-23');
      assert.equal(r.code, 0, r.err);
      assert.equal(read('obs.md'), lines('---', 'name: Obs', 'next: 2026-11-27T09:15:00', '---'));
      assert.equal(r.out, 'Obs: next 2026-11-20 10:30 → 2026-11-27 09:15 (Fri 27 Nov 2026 09:15 · in 4 days)\n');
    });

    it('says it replaces an unreadable next date, not an unscheduled one', async () => {
      writeFileSync(join(d.dir, 'late.md'), lines('---', 'name: Late', 'next: 2026-11-20 25:00', '---'));
      const r = await cli(d.dir, 'reschedule', 'late.md', 'fri', '--today', '2026-11-23');
      assert.equal(r.code, 0, r.err);
      assert.equal(r.out, 'Late: next unreadable → 2026-11-27 (Fri 27 Nov 2026 · in 4 days)\n');
      assert.equal(read('late.md'), lines('---', 'name: Late', 'next: 2026-11-27', '---'));
    });

    it('keeps a BOM and CRLF line ends', async () => {
      const before = read('crlf.md');
      assert.equal((await cli(d.dir, 'reschedule', 'crlf.md', '+2w', '--today', '2026-11-23')).code, 0);
      assert.equal(read('crlf.md'), before.replace('next: 2026-11-20', 'next: 2026-12-07'));
    });

    it('says a weekend and the phrase\'s reading, as `when` does (regression: "tomorrow" on a Friday wrote a Saturday without a word)', async () => {
      const r = await cli(d.dir, 'reschedule', 'jane.md', 'tomorrow', '--today', '2026-11-27');
      assert.equal(r.code, 0, r.err);
      assert.equal(r.out, 'Jane Doe: next 2026-11-20 → 2026-11-28 (Sat 28 Nov 2026 · tomorrow — a Saturday)\n');
      const logged = await cli(d.dir, 'log', 'jane.md', '--action', 'Call', '--next', 'end of month', '--today', '2027-01-05');
      assert.equal(logged.code, 0, logged.err);
      assert.match(logged.out, /; next 2027-01-31 \(Sun 31 Jan 2027 · in 4 weeks · end of month = the last day of this month — a Sunday\)/);
    });

    it('takes a phrase that starts with a dash after --', async () => {
      const r = await cli(d.dir, 'reschedule', '--today', '2026-11-23', 'jane.md', '--', '-2d');
      assert.equal(r.code, 0, r.err);
      assert.match(read('jane.md'), /^next: '2026-11-21'$/m);
      assert.match(r.out, /→ 2026-11-21 \(Sat 21 Nov 2026 · 2 days overdue\)/);
      // And without it, as `when -2d` takes it (regression: it asked for -- here alone).
      const bare = await cli(d.dir, 'reschedule', 'jane.md', '-3d', '--today', '2026-11-23');
      assert.equal(bare.code, 0, bare.err);
      assert.match(read('jane.md'), /^next: '2026-11-20'$/m);
    });

    it('reads --today as the day phrases count from, else the local date', async () => {
      await cli(d.dir, 'reschedule', 'jane.md', '+1d');
      assert.match(read('jane.md'), /^next: '2026-11-24'$/m);
    });
  });

  describe('log', () => {
    it('sets last, last_action, next (today + cadence), next_action and adds the log line, nothing else', async () => {
      const r = await cli(d.dir, 'log', 'jane.md', '--action', 'Phone call', '--note', '20 min, keen', '--next-action', 'Send samples', '--today', '2026-11-23');
      assert.equal(r.code, 0, r.err);
      assert.equal(read('jane.md'), JANE
        .replace("next: '2026-11-20'", "next: '2026-12-14'")
        .replace('next_action: Chase feedback', 'next_action: Send samples')
        .replace('last: 2026-11-13', 'last: 2026-11-23')
        .replace('last_action: Sent proposal', 'last_action: Phone call')
        .replace('## Log\n', '## Log\n- 2026-11-23 Phone call — 20 min, keen\n'));
      assert.match(r.out, /^Jane Doe: logged "Phone call" on 2026-11-23; next 2026-12-14 \(.*cadence 3 weeks\): Send samples\n$/);
    });

    it('takes --next as a phrase, and keeps next_action when no new one is given', async () => {
      const r = await cli(d.dir, 'log', 'jane.md', '--action', 'Email', '--next', 'in 3 days', '--today', '2026-11-23');
      assert.equal(r.code, 0, r.err);
      const after = read('jane.md');
      assert.match(after, /^next: '2026-11-26'$/m);
      assert.match(after, /^next_action: Chase feedback$/m);
      assert.match(after, /^## Log\n- 2026-11-23 Email\n- 2026-11-13/m);
    });

    it('regression: logging an email without --next moved a demo booked ahead to today + the cadence', async () => {
      const note = lines('---', 'name: Priya Shah', 'next: 2026-12-04T10:30:00', 'next_action: Demo', 'cadence: 1 week', '---', '', '## Log', '- 2026-11-01 Met');
      writeFileSync(join(d.dir, 'priya.md'), note);
      const r = await cli(d.dir, 'log', 'priya.md', '--action', 'Email', '--note', 'sent the deck', '--today', '2026-11-23');
      assert.equal(r.code, 0, r.err);
      // The booked date keeps its bytes; the email is logged, and the output says how to move it.
      assert.equal(read('priya.md'), note.replace('cadence: 1 week\n', 'cadence: 1 week\nlast: 2026-11-23\nlast_action: Email\n').replace('## Log\n', '## Log\n- 2026-11-23 Email — sent the deck\n'));
      assert.match(r.out, /^Priya Shah: logged "Email" on 2026-11-23; next 2026-12-04 10:30 \(Fri 4 Dec 2026 10:30 · in 11 days, the next date kept: --next to change it\): Demo\n$/);
      // A new next step, or their answer, is a step of its own: the cadence's date, not the booked one's.
      writeFileSync(join(d.dir, 'priya.md'), note);
      const step = await cli(d.dir, 'log', 'priya.md', '--action', 'Call', '--next-action', 'Send revised quote', '--today', '2026-11-23');
      assert.match(step.out, /next 2026-11-30 \(.*cadence 1 week\): Send revised quote/);
      // A next date due today moves on by the cadence, as before.
      writeFileSync(join(d.dir, 'priya.md'), note.replace('2026-12-04T10:30:00', '2026-11-23T10:30:00'));
      const due = await cli(d.dir, 'log', 'priya.md', '--action', 'Call', '--today', '2026-11-23');
      assert.match(due.out, /next 2026-11-30 \(.*cadence 1 week\)/);
    });

    it('schedules in one week without a cadence, adding the keys and the log section that are missing', async () => {
      const r = await cli(d.dir, 'log', 'bob.md', '--action', 'Met at the expo', '--today', '2026-11-23');
      assert.equal(r.code, 0, r.err);
      const after = read('bob.md');
      assert.match(after, /^next: 2026-11-30$/m);
      assert.match(after, /^last: 2026-11-23$/m);
      assert.match(after, /^last_action: Met at the expo$/m);
      assert.match(after, /- 2026-11-23 Met at the expo\n$/);
      assert.ok(after.includes('Notes about Bob.'));
    });

    it('logs a note with a fence inside an HTML comment (<!-- ``` … ``` -->), which it refused as a fence never closed', async () => {
      const note = lines('---', 'next: 2026-11-20', '---', '# Dee', '<!-- ```', 'old draft', '``` -->', '', '## Log', '- 2026-11-01 Email');
      writeFileSync(join(d.dir, 'dee.md'), note);
      const r = await cli(d.dir, 'log', 'dee.md', '--action', 'Call', '--today', '2026-11-23');
      assert.equal(r.code, 0, r.err);
      assert.equal(read('dee.md').replace(/^(next|last|last_action): .*\n/gm, ''), note.replace('next: 2026-11-20\n', '').replace('## Log\n', '## Log\n- 2026-11-23 Call\n'));
    });

    it('logs under the real log heading, not one inside an HTML comment', async () => {
      const note = lines('---', 'next: 2026-11-20', '---', '<!--', '## Log', '-->', '', '## Log', '- 2026-11-01 Email');
      writeFileSync(join(d.dir, 'dee.md'), note);
      const r = await cli(d.dir, 'log', 'dee.md', '--action', 'Call', '--today', '2026-11-23');
      assert.equal(r.code, 0, r.err);
      assert.match(read('dee.md'), /^<!--\n## Log\n-->\n\n## Log\n- 2026-11-23 Call\n- 2026-11-01 Email\n$/m);
    });

    it('takes --next -2d as the phrase -2d', async () => {
      const r = await cli(d.dir, 'log', 'bob.md', '--action', 'Call', '--next', '-2d', '--today', '2026-11-23');
      assert.equal(r.code, 0, r.err);
      assert.match(read('bob.md'), /^next: 2026-11-21$/m);
    });

    it('keeps the file mode', async () => {
      chmodSync(join(d.dir, 'jane.md'), 0o640);
      assert.equal((await cli(d.dir, 'log', 'jane.md', '--action', 'Call')).code, 0);
      assert.equal(statSync(join(d.dir, 'jane.md')).mode & 0o777, 0o640);
    });
  });

  describe('refusals', () => {
    const refusals: Array<[string, string[], RegExp]> = [
      // Regression: both said "its front-matter has no next: key", of a note without any.
      ['a note without front-matter', ['reschedule', 'notes.md', 'fri'], /notes\.md: not a contact: it has no front-matter \(a --- block at its top with a next: line\); nothing was changed\n/],
      ['front-matter after a blank line', ['reschedule', 'late.md', 'fri'], /late\.md: not a contact: its front-matter must start on the first line/],
      ['front-matter without next', ['log', 'plain.md', '--action', 'Call'], /plain\.md: not a contact: its front-matter has no "next:" key; nothing was changed\n/],
      ['front-matter that is not YAML', ['reschedule', 'broken.md', 'fri'], /broken\.md: can't be edited safely: /],
      ['a file that is not UTF-8', ['log', 'latin1.md', '--action', 'Call'], /latin1\.md: .*UTF-8/],
      ['two log headings', ['log', 'twice.md', '--action', 'Call'], /twice\.md: .*headings/],
      ['a missing file', ['reschedule', 'nobody.md', 'fri'], /nobody\.md: no such file/],
      ['a folder', ['log', '.', '--action', 'Call'], /\.: is a folder/],
      ['a phrase that is not a date', ['reschedule', 'jane.md', 'someday'], /jane\.md: Can't read "someday" as a date/],
      ['a --next that is not a date', ['log', 'jane.md', '--action', 'Call', '--next', 'soonish'], /jane\.md: --next: Can't read "soonish"/],
      ['an empty action', ['log', 'jane.md', '--action', ' '], /jane\.md: Say what the contact was/],
      ['an action over two lines', ['log', 'jane.md', '--action', 'Call\nand more'], /jane\.md: .*one line/],
    ];
    for (const [what, argv, message] of refusals) {
      it(`refuses ${what} with exit 1, one line naming the file, and changes nothing`, async () => {
        const before = snapshot(d.dir);
        const r = await cli(d.dir, ...argv, '--today', '2026-11-23');
        assert.equal(r.code, 1, r.err);
        assert.equal(r.out, '');
        assert.match(r.err, new RegExp(`^contact-diary ${argv[0]}: `));
        assert.match(r.err, message);
        assert.equal(r.err.split('\n').length, 2, r.err); // one line, then the final newline
        assert.deepEqual(snapshot(d.dir), before);
      });
    }

    for (const argv of [['reschedule', 'jane.md', 'fri'], ['log', 'jane.md', '--action', 'Call']]) {
      it(`refuses a read-only file (${argv[0]}), which keeps its bytes and its mode`, async () => {
        chmodSync(join(d.dir, 'jane.md'), 0o444);
        const before = snapshot(d.dir);
        const r = await cli(d.dir, ...argv, '--today', '2026-11-23');
        assert.equal(r.code, 1, r.err);
        assert.equal(r.out, '');
        assert.equal(r.err, `contact-diary ${argv[0]}: jane.md: is read-only; nothing written\n`);
        assert.deepEqual(snapshot(d.dir), before);
        assert.equal(statSync(join(d.dir, 'jane.md')).mode & 0o777, 0o444);
      });
    }

    const usage: Array<[string, string[]]> = [
      ['no FILE', ['reschedule']],
      ['no PHRASE', ['reschedule', 'jane.md']],
      ['no --action', ['log', 'jane.md']],
      ['no FILE for log', ['log', '--action', 'Call']],
      ['two FILEs for log', ['log', 'jane.md', 'bob.md', '--action', 'Call']],
      ['a bad --today', ['reschedule', 'jane.md', 'fri', '--today', '23/11/2026']],
      ['an unknown option', ['log', 'jane.md', '--action', 'Call', '--when', 'fri']],
    ];
    for (const [what, argv] of usage) {
      it(`is a usage error (exit 2) with ${what}, and changes nothing`, async () => {
        const before = snapshot(d.dir);
        const r = await cli(d.dir, ...argv);
        assert.equal(r.code, 2, r.err);
        assert.equal(r.out, '');
        assert.match(r.err, /^contact-diary (reschedule|log): .+\n$/);
        assert.deepEqual(snapshot(d.dir), before);
      });
    }
  });
});

import * as assert from 'node:assert/strict';
import { main } from '../../../src/cli/main';

async function run(argv: string[], now = new Date(2026, 10, 23, 23, 55)) {
  let out = '';
  let err = '';
  const code = await main(argv, (s) => (out += s), (s) => (err += s), { now: () => now });
  return { code, out, err };
}

describe('contact-diary when', () => {
  it('prints the ISO date a phrase means on --today, and nothing else', async () => {
    assert.deepEqual(await run(['when', 'next fri', '--today', '2026-11-27']), { code: 0, out: '2026-12-04\n', err: '' });
  });

  it('takes the words unquoted, and the time of day when given', async () => {
    assert.deepEqual(await run(['when', 'tomorrow', '3pm', '--today=2026-10-24']), { code: 0, out: '2026-10-25 15:00\n', err: '' });
  });

  it('defaults --today to the local date of the clock', async () => {
    assert.equal((await run(['when', 'tomorrow'])).out, '2026-11-24\n');
    assert.equal((await run(['when', 'tomorrow'], new Date(2026, 10, 23, 0, 5))).out, '2026-11-24\n');
  });

  it('leans backwards with --past, and notes a past date asked for as a next one', async () => {
    assert.deepEqual(await run(['when', 'fri', '--past', '--today', '2026-11-23']), { code: 0, out: '2026-11-20\n', err: '' });
    assert.deepEqual(await run(['when', '-3d', '--today', '2026-11-23']), { code: 0, out: '2026-11-20\n', err: 'note: that is 3 days ago\n' });
    assert.equal((await run(['when', '--today', '2026-11-23', '--', '-3d'])).out, '2026-11-20\n');
  });

  it('explains a chosen meaning on stderr with --explain', async () => {
    const r = await run(['when', 'next', 'week', '--explain', '--today', '2026-11-23']);
    assert.equal(r.out, '2026-11-30\n');
    assert.equal(r.err, 'Mon 30 Nov 2026 · in 7 days (next week = Monday of next week)\n');
  });

  it('prints an unreadable phrase as one line on stderr and exits 1', async () => {
    const r = await run(['when', 'soonish']);
    assert.equal(r.code, 1);
    assert.equal(r.out, '');
    assert.equal(r.err, `contact-diary when: Can't read "soonish" as a date — try "fri", "in 2 weeks", "+3d" or 2026-12-01.\n`);
    assert.equal((await run(['when', '2026-02-30'])).code, 1);
    assert.equal((await run(['when', ''])).code, 1);
  });

  it('refuses a bad --today or a missing phrase as usage errors, exit 2', async () => {
    for (const argv of [['when'], ['when', 'fri', '--today', '2026-02-30'], ['when', 'fri', '--today'], ['when', 'fri', '--soon']]) {
      const r = await run(argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.equal(r.out, '');
      assert.match(r.err, /^contact-diary when: .*\(see contact-diary --help\)\n$/);
      assert.equal(r.err.split('\n').length, 2, 'one line');
    }
    // A value after --today that looks like a phrase is quoted as it was typed.
    const r = await run(['when', 'next tuesday', '--today', '-2d']);
    assert.equal(r.code, 2);
    assert.match(r.err, /--today needs a date of the form YYYY-MM-DD, not "-2d"/);
    // A phrase that starts with a dash is still a phrase.
    assert.equal((await run(['when', '-2d', '--today', '2026-11-23'])).out, '2026-11-21\n');
  });

  it('is listed in --help', async () => {
    assert.match((await run(['--help'])).out, /contact-diary when PHRASE… \[--today YYYY-MM-DD\] \[--past\]/);
  });
});

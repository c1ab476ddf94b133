import * as assert from 'node:assert/strict';
import { main, wantsColor } from '../../../src/cli/main';
import { version } from '../../../package.json';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

describe('contact-diary command line', () => {
  it('prints the version from package.json', async () => {
    const r = await run('--version');
    assert.equal(r.code, 0);
    assert.equal(r.out, `${version}\n`);
  });
  it('prints help with no arguments and with --help', async () => {
    for (const argv of [[], ['--help']]) {
      const r = await run(...argv);
      assert.equal(r.code, 0);
      assert.match(r.out, /^Usage:/m);
    }
  });
  it('refuses an unknown command with exit 2 and a message on stderr', async () => {
    const r = await run('frobnicate');
    assert.equal(r.code, 2);
    assert.equal(r.out, '');
    assert.match(r.err, /unknown command "frobnicate"/);
  });
  it('says a command comes first when the line starts with an option (--today … agenda)', async () => {
    const r = await run('--today', '2026-11-23', 'agenda');
    assert.equal(r.code, 2);
    assert.equal(r.out, '');
    assert.equal(r.err, 'contact-diary: "--today" is not a command; start with one (agenda, calls, ics, check, intro, when, plan, review, reschedule, log, import), then its options (see contact-diary --help)\n');
  });
});

describe('contact-diary colour', () => {
  it('colours only a terminal, and never when NO_COLOR is set to anything', () => {
    assert.equal(wantsColor(true, {}), true);
    assert.equal(wantsColor(false, {}), false);
    assert.equal(wantsColor(undefined, {}), false);
    assert.equal(wantsColor(true, { NO_COLOR: '1' }), false);
    assert.equal(wantsColor(true, { NO_COLOR: '' }), true); // the standard: set and not empty
  });

  it('colours a pipe when FORCE_COLOR asks (| less -R), and not a terminal that shows none (TERM=dumb) (regression: neither was heeded)', () => {
    assert.equal(wantsColor(false, { FORCE_COLOR: '1' }), true);
    assert.equal(wantsColor(false, { FORCE_COLOR: '0' }), false);
    assert.equal(wantsColor(true, { TERM: 'dumb' }), false);
    assert.equal(wantsColor(false, { FORCE_COLOR: '1', NO_COLOR: '1' }), false);
  });
});

describe('contact-diary COMMAND --help', () => {
  it('prints the usage of every command and exits 0, before reading any argument', async () => {
    for (const command of ['agenda', 'calls', 'ics', 'check', 'when', 'reschedule', 'log']) {
      const r = await run(command, '--help');
      assert.equal(r.code, 0, command);
      assert.match(r.out, new RegExp(`^Usage: contact-diary ${command}\\b`), command);
      assert.equal(r.err, '');
    }
    const listed = (await run('--help')).out;
    for (const command of ['agenda', 'calls', 'ics', 'check', 'when', 'reschedule', 'log']) assert.match(listed, new RegExp(`contact-diary ${command} `));
  });
  it('prints the usage of a command for help COMMAND, as for COMMAND --help', async () => {
    const r = await run('help', 'log');
    assert.equal(r.code, 0);
    assert.equal(r.out, (await run('log', '--help')).out);
    assert.match((await run('help', 'frobnicate')).out, /^Usage:/m); // not a command: the whole help
  });
  it('takes -h after -- as an argument, not a request for help', async () => {
    const r = await run('when', '--today', '2026-11-23', '--', '-h');
    assert.notEqual(r.code, 0);
  });
});

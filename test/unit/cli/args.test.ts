import * as assert from 'node:assert/strict';
import { SIZE_LIMIT_OPTION, countOption, parseCommandArgs, sizeLimitOption, sizeOption, todayOption } from '../../../src/cli/args';
import { type CliIo } from '../../../src/cli/io';

const io: CliIo = { out: () => undefined, err: () => undefined, cwd: '.', color: false, now: () => new Date(2026, 10, 23, 23, 59) };
const OPTIONS = { today: { type: 'string' }, json: { type: 'boolean' }, output: { type: 'string', short: 'o' } } as const;
const ONE_DIR = { min: 0, max: 1, names: ['DIR'] };

describe('CLI arguments', () => {
  it('reads options in both forms, short options and positionals', () => {
    const r = parseCommandArgs(['notes', '--today=2026-11-23', '-o', 'x.ics', '--json'], OPTIONS, ONE_DIR);
    assert.ok(r.ok);
    assert.deepEqual(r.value.positionals, ['notes']);
    assert.deepEqual(r.value.values, { today: '2026-11-23', output: 'x.ics', json: true });
  });

  it('says what is wrong in one line: unknown option, missing value, too many or too few positionals', () => {
    const cases: [string[], RegExp][] = [
      [['--frob'], /^unknown option --frob$/],
      [['-x'], /^unknown option -x$/],
      [['--today'], /--today/],
      [['a', 'b'], /unexpected argument "b"/],
    ];
    for (const [args, message] of cases) {
      const r = parseCommandArgs(args, OPTIONS, ONE_DIR);
      assert.equal(r.ok, false, args.join(' '));
      assert.match(!r.ok ? r.error : '', message);
      assert.ok(!r.ok && !r.error.includes('\n'));
    }
    const missing = parseCommandArgs([], OPTIONS, { min: 2, max: 2, names: ['FILE', 'PHRASE'] });
    assert.deepEqual(missing, { ok: false, error: 'missing FILE and PHRASE' });
    // reschedule-missing-phrase: given the FILE, only the PHRASE is missing.
    const noPhrase = parseCommandArgs(['jane.md'], OPTIONS, { min: 2, max: 2, names: ['FILE', 'PHRASE'] });
    assert.deepEqual(noPhrase, { ok: false, error: 'missing PHRASE' });
  });

  it('explains that a phrase starting with a dash goes after --, and takes it there', () => {
    const r = parseCommandArgs(['jane.md', '-2d'], OPTIONS, { min: 2, max: 2, names: ['FILE', 'PHRASE'] });
    assert.deepEqual(r, { ok: false, error: '"-2d" reads as an option; put a phrase that starts with "-" after --, as in: -- -2d' });
    const after = parseCommandArgs(['jane.md', '--', '-2d'], OPTIONS, { min: 2, max: 2, names: ['FILE', 'PHRASE'] });
    assert.ok(after.ok);
    assert.deepEqual(after.value.positionals, ['jane.md', '-2d']);
  });

  it('takes a value that starts with a dash and a digit after an option that takes one (--next -2d, --days -1)', () => {
    // Node's parseArgs refused these as "argument is ambiguous", which told the user nothing.
    const value = parseCommandArgs(['-o', '-1', 'x', '--today', '-2d'], OPTIONS, ONE_DIR);
    assert.ok(value.ok, !value.ok ? value.error : '');
    assert.deepEqual(value.value, { values: { output: '-1', today: '-2d' }, positionals: ['x'] });
    // A note that starts with a dash and a blank can't be an option either (regression: "argument is ambiguous").
    const note = parseCommandArgs(['-o', '- sent the brochure', 'x'], OPTIONS, ONE_DIR);
    assert.deepEqual(note.ok && note.value.values, { output: '- sent the brochure' });
    const afterDashes = parseCommandArgs(['--', '--today', '-2d'], OPTIONS, { min: 0, max: 2, names: ['A', 'B'] });
    assert.ok(afterDashes.ok);
    assert.deepEqual(afterDashes.value, { values: {}, positionals: ['--today', '-2d'] });
  });

  it('takes --today as a local date, defaulting to the local date of the clock', () => {
    assert.deepEqual(todayOption('2026-02-28', io), { ok: true, value: { year: 2026, month: 2, day: 28 } });
    assert.deepEqual(todayOption(undefined, io), { ok: true, value: { year: 2026, month: 11, day: 23 } });
    for (const bad of ['tomorrow', '2026-02-30', '2026-11-23 10:00', '']) {
      const r = todayOption(bad, io);
      assert.equal(r.ok, false, bad);
      assert.match(!r.ok ? r.error : '', /--today needs a date of the form YYYY-MM-DD/);
    }
  });

  it('takes whole numbers of at least a minimum', () => {
    assert.deepEqual(countOption('days', '14', 7, 0), { ok: true, value: 14 });
    assert.deepEqual(countOption('days', undefined, 7, 0), { ok: true, value: 7 });
    assert.deepEqual(countOption('days', '0', 7, 0), { ok: true, value: 0 });
    for (const bad of ['-1', '1.5', 'ten', '0x10', '99999999999999999999']) {
      assert.equal(countOption('target', bad, 5, 1).ok, false, bad);
    }
    assert.equal(countOption('target', '0', 5, 1).ok, false);
  });

  it('takes a size in bytes, or in KB or MB of 1024, as the size limit\'s messages count them', () => {
    const good: Array<[string, number]> = [
      ['1', 1], ['500000', 500_000], ['2048B', 2048],
      ['512KB', 512 * 1024], ['512kb', 512 * 1024], ['512K', 512 * 1024], ['512KiB', 512 * 1024], ['512 KB', 512 * 1024],
      ['2MB', 2 * 1024 * 1024], ['2m', 2 * 1024 * 1024], ['2MiB', 2 * 1024 * 1024], ['0002MB', 2 * 1024 * 1024],
    ];
    for (const [value, bytes] of good) assert.deepEqual(sizeOption('max-file-size', value, 7), { ok: true, value: bytes }, value);
    assert.deepEqual(sizeOption('max-file-size', undefined, 7), { ok: true, value: 7 });
  });

  it('refuses a size that is not one, or under 1 byte, in one line that says how to write one', () => {
    for (const bad of ['', ' ', '0', '0KB', '-1', '-1MB', '1.5MB', '2GB', '2 M B', '2MBs', 'MB', '2  MB', ' 2MB', '2MB ', '0x10', '1e6', 'ten', '2Mi', '99999999999999999999', '9999999999999MB']) {
      const r = sizeOption('max-file-size', bad, 7);
      assert.equal(r.ok, false, `"${bad}"`);
      assert.equal(!r.ok && r.error, `--max-file-size needs a size of at least 1 byte: a whole number of bytes, KB or MB (as in 500000, 512KB, 2MB), not "${bad}"`);
    }
  });

  it('reads --max-file-size as the size limit, named as the option for the message about a file over it', () => {
    assert.deepEqual(sizeLimitOption('2MB'), { ok: true, value: { maxFileSize: 2 * 1024 * 1024, sizeLimitName: '--max-file-size' } });
    assert.deepEqual(sizeLimitOption(undefined), { ok: true, value: { maxFileSize: 1024 * 1024, sizeLimitName: '--max-file-size' } });
    assert.equal(sizeLimitOption('big').ok, false);
    // As an option of a command: its value may be given after = too, and a missing value is refused.
    const given = parseCommandArgs(['--max-file-size=512KB', 'notes'], SIZE_LIMIT_OPTION, ONE_DIR);
    assert.ok(given.ok);
    assert.deepEqual(given.value, { values: { 'max-file-size': '512KB' }, positionals: ['notes'] });
    // -1 after the option is its value (refused by sizeOption), not an option of its own.
    const negative = parseCommandArgs(['--max-file-size', '-1'], SIZE_LIMIT_OPTION, ONE_DIR);
    assert.ok(negative.ok);
    assert.equal(sizeLimitOption(negative.value.values['max-file-size']).ok, false);
    assert.equal(parseCommandArgs(['--max-file-size'], SIZE_LIMIT_OPTION, ONE_DIR).ok, false);
  });
});

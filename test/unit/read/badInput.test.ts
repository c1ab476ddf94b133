import { strict as assert } from 'node:assert';
import { decodeFile, frontMatterEnd, tooLargeProblem } from '../../../src/core/file/decode';
import { readContact, readContactText } from '../../../src/core/read';

const utf8 = (s: string) => new TextEncoder().encode(s);
const contact = '---\nname: Jane Doe\nnext: 2026-11-27\n---\n# Jane\n';

describe('reading bad input', () => {
  it('skips a 5 MB contact file with the size in the message, and leaves a 5 MB note alone', () => {
    const big = utf8(contact + 'x'.repeat(79) + '\n'.repeat(1) + ('y'.repeat(99) + '\n').repeat(52_000));
    assert.ok(big.length > 5_000_000);
    const r = readContact('big.md', big);
    assert.equal(r.kind, 'attention');
    assert.equal(r.kind === 'attention' && r.problem.message, 'skipped: 5 MB is over the 1 MB limit');
    assert.equal(r.kind === 'attention' && r.name, 'Jane Doe');
    assert.deepEqual(readContact('big-note.md', utf8('---\ntitle: x\n---\n' + 'z'.repeat(5_000_000))), { kind: 'none' });
    assert.deepEqual(readContact('big-plain.md', utf8('z'.repeat(5_000_000))), { kind: 'none' });
  });

  it('formats sizes as the setting explains them, never "1 MB is over the 1 MB limit"', () => {
    assert.equal(tooLargeProblem(3.2 * 1024 * 1024, 1024 * 1024).message, 'skipped: 3.2 MB is over the 1 MB limit');
    assert.equal(tooLargeProblem(1024 * 1024 + 1, 1024 * 1024).message, 'skipped: 1.1 MB is over the 1 MB limit');
    assert.equal(tooLargeProblem(3 * 1024 * 1024, 2.5 * 1024 * 1024).message, 'skipped: 3 MB is over the 2.5 MB limit');
    // A limit under a megabyte reads in KB or bytes, never as "the 0 MB limit".
    assert.equal(tooLargeProblem(2048, 1024).message, 'skipped: 2 KB is over the 1 KB limit');
    assert.equal(tooLargeProblem(100 * 1024 + 1, 100 * 1024).message, 'skipped: 100.1 KB is over the 100 KB limit');
    assert.equal(tooLargeProblem(1500, 1000).message, 'skipped: 1.5 KB is over the 1000 bytes limit');
  });

  // Regression: the command-line tool cited the extension's setting, which means nothing in a terminal.
  it('names the limit as the front end that read the file has the user raise it, and none when not told', () => {
    const big = utf8(contact + 'x'.repeat(2000));
    for (const name of ['contactDiary.maxFileSize', '--max-file-size']) {
      const r = readContact('c.md', big, { maxFileSize: 1024, sizeLimitName: name });
      assert.equal(r.kind === 'attention' && r.problem.message, `skipped: 2 KB is over the 1 KB limit (${name})`);
      assert.equal(r.kind === 'attention' && r.problem.code, 'too-large');
      assert.deepEqual(decodeFile(big, { maxFileSize: 1024, sizeLimitName: name }), { ok: false, error: `skipped: 2 KB is over the 1 KB limit (${name})` });
      assert.equal(tooLargeProblem(2048, 1024, name).message, `skipped: 2 KB is over the 1 KB limit (${name})`);
    }
    const unnamed = readContact('c.md', big, { maxFileSize: 1024 });
    assert.equal(unnamed.kind === 'attention' && unnamed.problem.message, 'skipped: 2 KB is over the 1 KB limit');
    assert.deepEqual(decodeFile(big, { maxFileSize: 1024 }), { ok: false, error: 'skipped: 2 KB is over the 1 KB limit' });
    assert.ok(decodeFile(big, { maxFileSize: big.length, sizeLimitName: '--max-file-size' }).ok, 'a file exactly at the limit is read');
  });

  it('honours a smaller maxFileSize', () => {
    const r = readContact('c.md', utf8(contact), { maxFileSize: 10 });
    assert.equal(r.kind === 'attention' && r.problem.code, 'too-large');
    assert.equal(readContact('c.md', utf8(contact), { maxFileSize: 1000 }).kind, 'contact');
  });

  it('says a Latin-1 file is not UTF-8, on the line of the first bad byte', () => {
    const bytes = new Uint8Array([...utf8('---\nnext: 2026-11-27\nname: Jos'), 0xe9, ...utf8('\n---\n')]);
    const r = readContact('jose.md', bytes);
    assert.equal(r.kind, 'attention');
    if (r.kind !== 'attention') return;
    assert.deepEqual([r.problem.code, r.problem.line, r.problem.column], ['not-utf8', 2, 9]);
    assert.match(r.problem.message, /not UTF-8/);
    assert.equal(decodeFile(bytes).ok, false);
    // The name as it was meant, read as Latin-1, rather than with a replacement character.
    assert.equal(r.name, 'José');
  });

  it('keeps a name that is good UTF-8 when a bad byte is elsewhere in the block', () => {
    const bytes = new Uint8Array([...utf8('---\nname: Zoë\nnext: 2026-11-27\nrole: Caf'), 0xe9, ...utf8('\n---\n')]);
    const r = readContact('zoe.md', bytes);
    assert.equal(r.kind === 'attention' && r.name, 'Zoë');
  });

  it('says a contact saved as UTF-16 (little- or big-endian, with its byte order mark) is not read, and why', () => {
    const text = '---\nname: Zoë Quinn\nnext: 2026-11-27\n---\n# Zoë\n';
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
    for (const bytes of [le, be]) {
      const r = readContact('zoe.md', bytes);
      assert.equal(r.kind, 'attention');
      if (r.kind !== 'attention') continue;
      assert.equal(r.problem.code, 'not-utf8');
      assert.match(r.problem.message, /^This file is UTF-16 text .* save it as UTF-8\.$/);
      assert.equal(r.name, 'Zoë Quinn');
    }
    // A UTF-16 note that is no contact (no next:) stays none of the diary's business.
    assert.deepEqual(readContact('n.md', new Uint8Array([0xff, 0xfe, ...Buffer.from('---\ntitle: x\n---\n', 'utf16le')])), { kind: 'none' });
    assert.deepEqual(readContact('n.md', new Uint8Array([0xff, 0xfe, 0x41])), { kind: 'none' });
  });

  it('regression: a contact whose lines end in CR alone (classic Mac OS) was silently no contact', () => {
    for (const bytes of [utf8(contact.replace(/\n/g, '\r')), utf8(`\uFEFF${contact.replace(/\n/g, '\r')}`)]) {
      const r = readContact('mac.md', bytes);
      assert.equal(r.kind, 'attention');
      if (r.kind !== 'attention') continue;
      assert.equal(r.problem.code, 'cr-only');
      assert.match(r.problem.message, /^This file's lines end in CR alone .* save it with LF line endings \(in VS Code, pick LF in the status bar, then save\)\.$/);
      assert.equal(r.name, 'Jane Doe');
    }
    // A note that is no contact stays none of the diary's business; CRLF and LF files are read.
    assert.deepEqual(readContact('n.md', utf8('---\rtitle: x\r---\r# Note\r')), { kind: 'none' });
    assert.equal(readContact('crlf.md', utf8(contact.replace(/\n/g, '\r\n'))).kind, 'contact');
    assert.equal(readContact('lf.md', utf8(contact)).kind, 'contact');
    // Lines appended since with LF, and a space after the fence (both read from LF files), are named too.
    for (const text of [`${contact.replace(/\n/g, '\r')}- 2026-11-02 Email — appended\n`, contact.replace(/\n/g, '\r').replace('---', '--- \t')]) {
      const r = readContact('mac.md', utf8(text));
      assert.ok(r.kind === 'attention' && r.problem.code === 'cr-only' && r.name === 'Jane Doe', JSON.stringify(r));
    }
    // A file with a CR inside a line after an LF fence is read as before.
    const inside = readContact('inside.md', utf8('---\nname: Jane\rDoe\nnext: 2026-11-27\n---\n'));
    assert.equal(inside.kind, 'contact');
  });

  it('regression: a note named with a backslash (allowed outside Windows) was named by the part after it', () => {
    const r = readContact('/diary/plain/Smith\\Jones.md', utf8('---\nnext: 2026-11-27\n---\nNo heading.\n'));
    assert.ok(r.kind === 'contact');
    assert.equal(r.contact.name, 'Smith\\Jones');
  });

  it('keeps a BOM in decoded text, so offsets match the file', () => {
    const r = decodeFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('---\nnext:\n---\n')]));
    assert.deepEqual(r, { ok: true, value: '\uFEFF---\nnext:\n---\n' });
  });

  it('gives an unclosed block that looks like ours attention, and leaves other unclosed blocks alone', () => {
    const r = readContact('open.md', utf8('---\nname: Open\nnext: 2026-11-27\n# Open\n'));
    assert.equal(r.kind === 'attention' && r.problem.code, 'unclosed');
    assert.equal(r.kind === 'attention' && r.name, 'Open');
    assert.deepEqual(readContactText('x.md', '---\ntitle: x\n'), { kind: 'none' });
  });

  it('places an unreadable date on its value and still lists the contact', () => {
    const r = readContactText('c.md', '---\nname: Someday\nnext:   someday   # later\n---\n');
    assert.equal(r.kind, 'contact');
    if (r.kind !== 'contact') return;
    assert.equal(r.contact.next, undefined);
    assert.equal(r.contact.nextLine, 2);
    const p = r.contact.problems[0]!;
    assert.deepEqual([p.code, p.line, p.column, p.endLine, p.endColumn], ['date', 2, 8, 2, 15]);
    assert.equal(p.message, 'next: "someday" is not a date — write it as YYYY-MM-DD or YYYY-MM-DD HH:mm.');
  });

  it('says which day is not in the calendar', () => {
    const r = readContactText('c.md', '---\nnext: 2026-02-30\n---\n');
    const p = r.kind === 'contact' ? r.contact.problems[0] : undefined;
    assert.equal(p?.message, 'next: 2026-02-30 is not a day of the calendar — February 2026 has 28 days.');
  });

  it('refuses JavaScript front-matter with a message that says nothing ran', () => {
    const r = readContactText('m.md', "---js\n({\nnext: require('child_process')\n})\n---\n");
    assert.equal(r.kind, 'attention');
    assert.equal(r.kind === 'attention' && r.problem.message, 'Front-matter in JavaScript is not read: only YAML is (nothing was run).');
  });

  it('gives any front-matter in another language attention with the reason, next line or not', () => {
    const cases: [string, string][] = [
      ['---js\n({ title: 1 })\n---\n', 'JavaScript'],
      ['---toml\ntitle = "Meeting notes"\n---\n# Notes\n', 'TOML'],
      ['---coffee\ntitle: 1\n', 'CoffeeScript'],
      ['--- lua\nreturn {}\n---\n', '"lua"'],
    ];
    for (const [text, language] of cases) {
      const r = readContactText('n.md', text);
      assert.equal(r.kind, 'attention', text);
      if (r.kind !== 'attention') continue;
      assert.equal(r.problem.code, 'language');
      assert.equal(r.problem.message, `Front-matter in ${language} is not read: only YAML is (nothing was run).`);
      assert.deepEqual(readContact('n.md', utf8(text)), r);
    }
    // Its name comes from the first heading, as for any file whose block can't be read.
    const named = readContactText('n.md', '---toml\ntitle = 1\n---\n# Meeting notes\n');
    assert.equal(named.kind === 'attention' && named.name, 'Meeting notes');
    // YAML marked as such is read as YAML.
    assert.deepEqual(readContactText('y.md', '--- yaml\ntitle: x\n---\n'), { kind: 'none' });
    assert.equal(readContactText('y.md', '---YML\nnext: 2026-11-27\n---\n').kind, 'contact');
  });

  it('gives a contact kept in Hugo\'s TOML between +++ lines attention, not silence (toml-plus-fence-silent)', () => {
    const text = '\uFEFF+++\r\ntitle = "Jane"\r\nname = "Jane Doe"\r\nnext = 2026-12-09\r\n+++\r\n# Jane\r\n';
    const r = readContactText('people/jane.md', text);
    assert.equal(r.kind, 'attention');
    if (r.kind !== 'attention') return;
    assert.equal(r.name, 'Jane Doe');
    assert.equal(r.problem.code, 'language');
    assert.match(r.problem.message, /^Front-matter between \+\+\+ lines is TOML.*write it as YAML between --- lines/);
    assert.deepEqual([r.problem.line, r.problem.column, r.problem.endColumn], [0, 0, 3]);
    assert.deepEqual(readContact('people/jane.md', utf8(text)), r);
    // Without a name, the heading names it; a block that never closes still looks like one.
    const unnamed = readContactText('x.md', '+++\nnext_action = "call"\n+++\n# Carol West\n');
    assert.equal(unnamed.kind === 'attention' && unnamed.name, 'Carol West');
    assert.equal(readContact('x.md', utf8('+++\nnext = 2026-12-09\n')).kind, 'attention');
  });

  it('leaves a Hugo site\'s other pages and +++ in a body alone', () => {
    for (const text of ['+++\ntitle = "About"\ndate = 2026-01-01\n+++\nnext = 1\n', '++++\nnext = 2026-12-09\n++++\n', '# Notes\n+++\nnext = 2026-12-09\n+++\n', '']) {
      assert.deepEqual(readContactText('p.md', text), { kind: 'none' }, text);
      assert.deepEqual(readContact('p.md', utf8(text)), { kind: 'none' }, text);
    }
  });

  it('names a comment written without a space before its # after a date, with the mend (regression: "not a date", and no word of why)', () => {
    const message = (line: string) => {
      const r = readContactText('a.md', `---\n${line}\n---\n`);
      return r.kind === 'contact' ? r.contact.problems[0]?.message : r.kind;
    };
    assert.match(message('next: 2026-12-01# call Bob first') ?? '', /\(a comment needs a plain space before its #: next: 2026-12-01 # call Bob first\)\.$/);
    assert.match(message('next:\nlast: 2026-12-01\u00a0# met') ?? '', /last: 2026-12-01 # met\)\.$/);
    assert.doesNotMatch(message('next: soon#x') ?? '', /comment/);
  });

  it('invalid YAML in a contact gives attention with the file line of the error', () => {
    const r = readContactText('b.md', '\uFEFF---\r\nname: Broken\r\nnext: 2026-11-27\r\ntags: [a, b\r\n---\r\n');
    assert.equal(r.kind === 'attention' && r.problem.code, 'yaml');
    assert.ok(r.kind === 'attention' && r.problem.line >= 3);
  });

  it('finds the end of the block in bytes exactly where splitFile does', () => {
    const cases = ['---\nnext:\n---\nbody', '---\r\nnext:\r\n...  \r\nbody', '---\nnext:\n---', '---\nnext:\n---x\n', '# no', '\uFEFF---\nnext:\n---\n'];
    const ends = cases.map((c) => frontMatterEnd(utf8(c)));
    assert.deepEqual(ends, [14, 19, 13, 15, undefined, 17]);
  });
});

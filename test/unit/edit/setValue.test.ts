import { strict as assert } from 'node:assert';
import { planEdits } from '../../../src/core/file/edit';
import { edit, frontMatter, refusal } from './helpers';

const JANE = [
  '---',
  'name: Jane Doe',
  'stage: prospect            # free text',
  'next: 2026-11-27           # date of the next contact',
  "next_action: 'Chase the proposal'",
  'last: "2026-11-20"',
  'last_action: Sent proposal',
  'tags: [printing, met-at-expo]',
  '---',
  '',
  '# Jane Doe',
  '',
].join('\n');

describe('planEdits: set and clear', () => {
  it('replaces only the bytes of a plain date, keeping the comment after it', () => {
    const out = edit(JANE, [{ kind: 'set', key: 'next', value: '2026-12-04' }]);
    assert.equal(out, JANE.replace('next: 2026-11-27 ', 'next: 2026-12-04 '));
  });

  it('keeps a single-quoted value single-quoted, doubling a quote inside', () => {
    const out = edit(JANE, [{ kind: 'set', key: 'next_action', value: "Call O'Brien back" }]);
    assert.equal(out, JANE.replace("'Chase the proposal'", "'Call O''Brien back'"));
    assert.equal(frontMatter(out)['next_action'], "Call O'Brien back");
  });

  it('keeps a double-quoted date double-quoted', () => {
    const out = edit(JANE, [{ kind: 'set', key: 'last', value: '2026-11-23' }]);
    assert.equal(out, JANE.replace('last: "2026-11-20"', 'last: "2026-11-23"'));
  });

  for (const awkward of ['No', 'null', 'true', '2026-11-27', 'Sent: proposal', '#3 follow-up', '- call back', '[[Acme]]', ' padded ', "'quoted'", '"dq"', '1:20', 'a # b', '~']) {
    it(`quotes the text ${JSON.stringify(awkward)} in a plain text field so it reads back as text`, () => {
      const out = edit(JANE, [{ kind: 'set', key: 'last_action', value: awkward }]);
      assert.equal(frontMatter(out)['last_action'], awkward);
      assert.notEqual(out, JANE.replace('Sent proposal', awkward), 'written plain');
    });
  }

  it('writes plain text plain', () => {
    assert.equal(edit(JANE, [{ kind: 'set', key: 'last_action', value: 'Phone call' }]), JANE.replace('Sent proposal', 'Phone call'));
  });

  it('writes a line break as an escape, never a folded line', () => {
    const out = edit(JANE, [{ kind: 'set', key: 'last_action', value: 'two\nlines' }]);
    assert.equal(out, JANE.replace('Sent proposal', '"two\\nlines"'));
  });

  it('never folds a long value', () => {
    const long = 'word '.repeat(60).trim();
    const out = edit(JANE, [{ kind: 'set', key: 'last_action', value: long }]);
    assert.equal(out, JANE.replace('Sent proposal', long));
  });

  it('adds a missing key at the end of the block, in the block\'s CRLF line ending', () => {
    const crlf = JANE.replace(/\n/g, '\r\n');
    const out = edit(crlf, [{ kind: 'set', key: 'cadence', value: '3 weeks' }]);
    assert.equal(out, crlf.replace('---\r\n\r\n# Jane', 'cadence: 3 weeks\r\n---\r\n\r\n# Jane'));
    assert.equal(/[^\r]\n/.test(out), false, 'a bare LF in a CRLF file');
  });

  it('adds keys in the order asked, lined up with indented keys', () => {
    const text = '---\n  name: Jane\n---\n';
    assert.equal(edit(text, [{ kind: 'set', key: 'next', value: '2026-12-01' }, { kind: 'set', key: 'b', value: 'x' }]),
      '---\n  name: Jane\n  next: 2026-12-01\n  b: x\n---\n');
  });

  it('adds a key to an empty block and to a block of comments', () => {
    assert.equal(edit('---\n---\nbody', [{ kind: 'set', key: 'next', value: '2026-12-01' }]), '---\nnext: 2026-12-01\n---\nbody');
    assert.equal(edit('---\n# only a comment\n---\n', [{ kind: 'set', key: 'next', value: '' }]), "---\n# only a comment\nnext: ''\n---\n");
  });

  it('fills a blank value after the colon, before its comment', () => {
    const text = '---\nnext:   # unscheduled\nname: A\n---\n';
    assert.equal(edit(text, [{ kind: 'set', key: 'next', value: '2026-12-01' }]), '---\nnext: 2026-12-01   # unscheduled\nname: A\n---\n');
  });

  it('fills a blank value that ends its line with a space without leaving that space after it (regression: "next: 2026-11-27 " trailed a blank)', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = `---${eol}next: ${eol}name: A${eol}---${eol}`;
      assert.equal(edit(text, [{ kind: 'set', key: 'next', value: '2026-12-01' }]), text.replace('next: ', 'next: 2026-12-01'));
    }
    assert.equal(edit('---\nnext:\n---\n', [{ kind: 'set', key: 'next', value: '2026-12-01' }]), '---\nnext: 2026-12-01\n---\n');
    assert.equal(edit('---\n{next: , name: A}\n---\n', [{ kind: 'set', key: 'next', value: '2026-12-01' }]), '---\n{next: 2026-12-01, name: A}\n---\n');
  });

  it('keeps the comment a person meant after a date, where the # had no space before it (regression: "# call Bob first" went with the old date)', () => {
    for (const [line, kept] of [['next: 2026-12-01# call Bob first', 'next: 2026-12-09 # call Bob first'], ['next: 2026-12-01\u00a0#call', 'next: 2026-12-09 # call'], ['next: 2026-12-01 10:30# x', 'next: 2026-12-09 # x']] as const) {
      assert.equal(edit(`---\n${line}\nname: A\n---\n`, [{ kind: 'set', key: 'next', value: '2026-12-09' }]), `---\n${kept}\nname: A\n---\n`, line);
    }
    // Not a date before the #: the value is replaced whole, as any other; a key that holds no date too.
    assert.equal(edit('---\nnext: soon#x\n---\n', [{ kind: 'set', key: 'next', value: '2026-12-09' }]), '---\nnext: 2026-12-09\n---\n');
    assert.equal(edit('---\nnext_action: 2026-12-01#x\nnext:\n---\n', [{ kind: 'set', key: 'next_action', value: 'Call' }]), '---\nnext_action: Call\nnext:\n---\n');
  });

  it('keeps an anchor on the value it sets', () => {
    const text = '---\nnext: &n 2026-11-27\n---\n';
    assert.equal(edit(text, [{ kind: 'set', key: 'next', value: '2026-12-01' }]), '---\nnext: &n 2026-12-01\n---\n');
  });

  it('refuses a set that would change another key through an alias', () => {
    const text = '---\nnext: &n 2026-11-27\nlast: *n\n---\n';
    assert.match(refusal(text, [{ kind: 'set', key: 'next', value: '2026-12-01' }]), /"last" would change too/);
  });

  it('clears a value, leaving the key blank and the comment in place', () => {
    assert.equal(edit(JANE, [{ kind: 'clear', key: 'next' }]), JANE.replace('next: 2026-11-27 ', 'next: '));
    assert.equal(frontMatter(edit(JANE, [{ kind: 'clear', key: 'next' }]))['next'], null);
    const text = '---\nnext:\n  2026-11-27\nname: A\n---\n';
    assert.equal(edit(text, [{ kind: 'clear', key: 'next' }]), '---\nnext:\nname: A\n---\n');
  });

  it('makes no edit at all when the value is already what is asked', () => {
    for (const [text, op] of [
      [JANE, { kind: 'set', key: 'next', value: '2026-11-27' }],
      [JANE, { kind: 'set', key: 'last', value: '2026-11-20' }],
      ['---\nnext: ~\n---\n', { kind: 'clear', key: 'next' }],
      ['---\nnext:\n---\n', { kind: 'clear', key: 'next' }],
      ['---\nname: A\n---\n', { kind: 'clear', key: 'next' }],
    ] as const) {
      assert.deepEqual(planEdits(text, [op]), { ok: true, value: [] }, text);
    }
  });

  it('refuses to set a key that holds a list, and says why', () => {
    assert.match(refusal(JANE, [{ kind: 'set', key: 'tags', value: 'x' }]), /"tags" holds a list or mapping written in \[ \] or \{ \}, not a single value/);
    assert.match(refusal('---\ntags:\n  - a\n---\n', [{ kind: 'clear', key: 'tags' }]), /"tags" holds a list, not a single value/);
  });

  it('turns a block scalar into a one-line value, keeping the comment on its header line', () => {
    const text = '---\nnote: >-  # long\n  folded\n  text\nnext: 2026-11-27\n---\n';
    assert.equal(edit(text, [{ kind: 'set', key: 'note', value: 'short' }]), '---\nnote: short  # long\nnext: 2026-11-27\n---\n');
    assert.equal(edit(text, [{ kind: 'clear', key: 'note' }]), '---\nnote:  # long\nnext: 2026-11-27\n---\n');
  });

  it('clears a tagged value with its tag, so it reads blank and not as ""', () => {
    assert.equal(edit('---\nnext: !!str 2026-11-27 # c\n---\n', [{ kind: 'clear', key: 'next' }]), '---\nnext: # c\n---\n');
  });

  it('edits a front-matter written as one { } mapping, quoting commas there', () => {
    const text = '---\n{ name: Ann, next: 2026-11-27 }  # c\n---\n';
    assert.equal(edit(text, [{ kind: 'set', key: 'next', value: '2026-12-01' }]), '---\n{ name: Ann, next: 2026-12-01 }  # c\n---\n');
    assert.equal(edit(text, [{ kind: 'set', key: 'a', value: 'x, y' }, { kind: 'set', key: 'b', value: 'z' }]), "---\n{ name: Ann, next: 2026-11-27, a: 'x, y', b: z }  # c\n---\n");
    assert.equal(edit('---\n{}\n---\n', [{ kind: 'set', key: 'next', value: '2026-12-01' }]), '---\n{next: 2026-12-01}\n---\n');
    assert.equal(edit('---\n{\n  next: 2026-11-27,\n}\n---\n', [{ kind: 'set', key: 'b', value: 'z' }]), '---\n{\n  next: 2026-11-27, b: z\n}\n---\n');
  });

  it('adds keys to a { } mapping whose last entry has a comment after it, before the comment (regression: refused, "would gain or lose a key")', () => {
    const text = '---\n{name: Jane,\n next: 2026-12-01 # call first\n}\n---\n';
    assert.equal(edit(text, [{ kind: 'set', key: 'last', value: '2026-11-23' }, { kind: 'set', key: 'last_action', value: 'Call' }]),
      '---\n{name: Jane,\n next: 2026-12-01, last: 2026-11-23, last_action: Call # call first\n}\n---\n');
    // A comment on a line of its own before the closing brace, and a # inside quotes, which is no comment.
    assert.equal(edit('---\n{name: Jane, next: 2026-12-01\n # the end\n}\n---\n', [{ kind: 'set', key: 'b', value: 'z' }]), '---\n{name: Jane, next: 2026-12-01, b: z\n # the end\n}\n---\n');
    assert.equal(edit('---\n{name: "Jane #1", next: 2026-12-01}\n---\n', [{ kind: 'set', key: 'b', value: 'z' }]), '---\n{name: "Jane #1", next: 2026-12-01, b: z}\n---\n');
  });

  it('regression: a value set where an empty one abutted its tag (`!!str,`) was joined to the tag', () => {
    assert.equal(edit('---\n{ foo: !!str, a: 1 }\n---\n', [{ kind: 'set', key: 'foo', value: 'x: y' }]), "---\n{ foo: !!str 'x: y', a: 1 }\n---\n");
  });

  it('refuses to add a key the document has but the text does not show where', () => {
    assert.match(refusal('---\n{ !!str : bar }\n---\n', [{ kind: 'set', key: '', value: 'x' }]), /Can't find where "" is written/);
  });

  it('says once that nothing was changed when the result would not read back', () => {
    const text = '---\nnext: &n 2026-11-27\nlast: *n\n---\n';
    assert.equal(refusal(text, [{ kind: 'set', key: 'next', value: '2026-12-01' }]).match(/[Nn]othing was changed/g)?.length, 1);
  });

  it('refuses a key that appears twice', () => {
    assert.match(refusal('---\nnext: 2026-01-01\nnext: 2026-02-01\n---\n', [{ kind: 'set', key: 'next', value: '2026-03-01' }]),
      /The key "next" appears twice/);
  });

  it('refuses files it must not edit, with the reason', () => {
    const op = [{ kind: 'set', key: 'next', value: '2026-03-01' }] as const;
    assert.match(refusal('# no front-matter\n', op), /no front-matter/);
    assert.match(refusal("---js\n{ next: require('x') }\n---\n", op), /"---js", not YAML/);
    assert.match(refusal('---\nnext: 2026\n', op), /never closes/);
    assert.match(refusal('---\nnext: "unclosed\n---\n', op), /YAML error on line \d+/);
    assert.match(refusal('---\n- a\n- b\n---\n', op), /is a list, not a list of "key: value" lines/);
    assert.match(refusal('---\n[next, 1]\n---\n', op), /is a list written in \[ \]/);
  });

  it('refuses an alias bomb before planning anything, within the bound it is given', () => {
    const bomb = '---\na: &a [x, x, x, x]\nb: &b [*a, *a, *a, *a]\nc: [*b, *b, *b, *b]\nnext: 2026-11-27\n---\n';
    const noop = [{ kind: 'set', key: 'next', value: '2026-11-27' }] as const;
    assert.match(refusal(bomb, noop, { maxAliasCount: 5 }), /aliases expand too far \(over 5\)/);
    assert.deepEqual(planEdits(bomb, noop, { maxAliasCount: 100 }), { ok: true, value: [] });
  });

  it('refuses changing one key twice in one plan', () => {
    assert.match(refusal(JANE, [{ kind: 'set', key: 'next', value: '2026-03-01' }, { kind: 'clear', key: 'next' }]), /changed twice/);
  });
});

import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontMatter, parseFrontMatterYaml } from '../../../src/core/file/frontMatter';
import { readSimpleFrontMatter } from '../../../src/core/file/simpleFrontMatter';
import { splitFile } from '../../../src/core/file/split';

const dir = join(__dirname, '..', '..', 'fixtures');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md').sort();

function block(text: string): { content: string; line: number } | undefined {
  const fm = splitFile(text).frontMatter;
  return fm && { content: text.slice(fm.contentStart, fm.contentEnd), line: fm.contentLine };
}

const lines = (...l: string[]) => l.join('\n') + '\n';

describe('front-matter: the fast path gives exactly what yaml gives', () => {
  it('on every fixture block, and it takes the fast path on many of them', () => {
    let fast = 0;
    for (const name of fixtures) {
      const b = block(readFileSync(join(dir, name), 'utf8'));
      if (!b) continue;
      const simple = readSimpleFrontMatter(b.content, b.line);
      if (!simple) continue;
      fast++;
      assert.deepEqual(simple, parseFrontMatterYaml(b.content, b.line), name);
    }
    assert.ok(fast >= 30, `only ${fast} fixtures took the fast path`);
  });

  it('on tricky simple lines (comments, quotes, nulls, numbers, colons)', () => {
    const cases = [
      'next: 2026-11-27 # c', "a: 'it''s' # c", 'a: "x"', 'a: [x, y] # c', 'a: []', 'a: ~', 'a: Null', 'a:', 'a:   ', 'a: # only',
      'a: x#y', 'a: http://x.example/a:b', 'a: 0x1F', 'a: .inf', 'a: true', 'a: +44 20', 'a: [~, 1]', '# top', '', 'a_b-c: v',
    ];
    for (const c of cases) {
      const text = lines('x: 1', c, '   ', 'y: 2');
      const simple = readSimpleFrontMatter(text, 1);
      assert.ok(simple, `fast path declined ${JSON.stringify(c)}`);
      assert.deepEqual(simple, parseFrontMatterYaml(text, 1), c);
    }
  });

  it('reads the shapes Obsidian and hand-written notes have: block lists, nested mappings, | and > text', () => {
    const cases = [
      'tags:\n  - print\n  - "met-at-expo"\n  # a comment\n  - \'it\'\'s\' # c',
      'tags:\n- print\n- warm',
      'aliases:\n  - "[[bob-smith]]"\n\n  - Bob S.',
      'tags: # kept short\n    - a\n    - [b, "c d"]\n    - {}',
      'address:\n  street: 1 Main St\n  city: Leeds # c\n  lines:\n  - a\n  - b',
      'notes: |\n  First line\n    indented\n\n  after a blank',
      'notes: >-\n  folded\n  into one\n\n  paragraph',
      'notes: |+\n  kept\n\n',
      'created: 2026-11-27T10:30:00',
      'aliases: ["Jane Doe", \'J. D.\', JD]',
      'cssclasses: []\nempty: {}',
      'date created: 2026-11-27',
    ];
    for (const c of cases) {
      const text = lines('x: 1', c, 'y: 2');
      const simple = readSimpleFrontMatter(text, 1);
      assert.ok(simple, `fast path declined ${JSON.stringify(c)}`);
      assert.deepEqual(simple, parseFrontMatterYaml(text, 1), c);
      assert.ok(simple.fields.has('y'), c);
    }
  });

  it('declines what it is not sure of, and yaml decides', () => {
    const cases = [
      'a: "x\\"y"', 'a: &x y', 'a: *x', 'a: !!str x', 'a: x\n  y', 'a: x: y', 'a: [x, ]', 'a: 1\na: 2', 'a:\tx', '"a": x', 'a: x\ry',
      'a:\n  - x: 1', 'a:\n  - - x', 'a:\n  - x\n   - y', 'a:\n  - x\n  b: 1', 'a:\n  b: 1\n   c: 2', 'a:\n  b: 1\n  b: 2', 'a: |2\n  x', 'a: >\n  x\n    y',
      'a:\n  - x\n  -', 'true: 1\nTrue: 2', 'null: x', '1: x', 'a: [x, [y]]', 'a: {b: c}', 'a b : c',
    ];
    for (const c of cases) {
      assert.equal(readSimpleFrontMatter(c + '\n', 1), undefined, c);
    }
  });

  it('leaves to yaml a nested list at its key\'s indent that a comment there ends (regression: the mapping\'s range ended a line before yaml\'s)', () => {
    for (const block of ['address:\n  lines:\n  - 1 Main St\n  # end\n', 'address:\n  lines:\n  - 1 Main St\n  # end\nnext: 2026-12-01\n', 'c:\n y:\n - é\n #\n']) {
      assert.equal(readSimpleFrontMatter(block, 1), undefined, block);
      assert.equal(parseFrontMatterYaml(block, 1).fields.get(block[0] === 'c' ? 'c' : 'address')?.endLine, 5, block);
    }
    // A comment indented less, a deeper list, a list at the top level or a text last: read here, as yaml reads them.
    for (const block of ['address:\n  lines:\n  - 1 Main St\n # end\nnext: 2026-12-01\n', 'address:\n  lines:\n    - 1 Main St\n  # end\n', 'lines:\n- 1 Main St\n# end\n', 'p:\n  t: a\n  # c\ny: 2\n']) {
      const simple = readSimpleFrontMatter(block, 1);
      assert.ok(simple, block);
      assert.deepEqual(simple, parseFrontMatterYaml(block, 1), block);
    }
  });

  it('declines every character YAML treats specially or forbids, wherever it stands in a plain ASCII block', () => {
    const odd = [...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).filter((c) => c !== '\n' && c !== '\r'), '\x7F', '\x85', '\uFEFF', '\u2028', '\u2029', '\r'];
    for (const c of odd) {
      for (const block of [`a: x${c}y\n`, `a: x${c} # note\n`, `# note${c}x\na: x\n`, `a: 'x${c}'\n`, `a: [x, y]  # ${c}x\n`]) {
        assert.equal(readSimpleFrontMatter(block, 1), undefined, JSON.stringify(block));
      }
    }
    assert.ok(readSimpleFrontMatter('a: x\r\nb: [y, z]  # note\r\n', 1), 'a CRLF block is read');
  });
});

describe('front-matter: bad input gives problems placed on the file', () => {
  it('invalid YAML: line and column of the file, not of the block', () => {
    const r = parseFrontMatter(lines('name: Broken', 'a:', '  - b', ' c: d'), 1);
    assert.equal(r.problems[0]!.code, 'yaml');
    assert.match(r.problems[0]!.message, /not valid YAML/);
    assert.ok(r.problems[0]!.line >= 2, JSON.stringify(r.problems[0]));
    // A list never closed is placed on the line that opened it, in the file's numbering.
    const list = parseFrontMatter(lines('name: Broken', 'tags: [a, b'), 1);
    assert.deepEqual([list.problems[0]!.line, list.problems[0]!.column], [2, 0]);
  });

  it('a duplicate key names the key and points at its second use', () => {
    const r = parseFrontMatter(lines('name: Dup', 'next: 2026-11-27', 'next: 2026-12-01'), 1);
    assert.deepEqual(r.problems.map((p) => [p.code, p.line, p.column]), [['duplicate-key', 3, 0]]);
    assert.match(r.problems[0]!.message, /"next" appears more than once/);
  });

  it('refuses a custom tag such as !!js/function', () => {
    const r = parseFrontMatter(lines('next: 2026-11-27', "x: !!js/function 'function () {}'"), 1);
    assert.deepEqual(r.problems.map((p) => [p.code, p.line, p.column]), [['tag', 2, 3]]);
    assert.match(r.problems[0]!.message, /!!js\/function is not allowed/);
  });

  it('refuses a billion-laughs alias bomb without expanding it', () => {
    const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 9; i++) {
      const p = String.fromCharCode(96 + i);
      const n = String.fromCharCode(97 + i);
      levels.push(`${n}: &${n} [${Array(9).fill('*' + p).join(', ')}]`);
    }
    const r = parseFrontMatter(lines('next: 2026-11-27', ...levels), 1);
    assert.deepEqual(r.problems.map((p) => p.code), ['alias']);
  });

  it('reads a few aliases as their values', () => {
    const r = parseFrontMatter(lines('last: &d 2026-11-20', 'next: *d'), 1);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.fields.get('next')!.value, { type: 'text', text: '2026-11-20' });
  });

  it('keeps __proto__ an inert own entry', () => {
    const r = parseFrontMatter(lines('__proto__: { polluted: yes }', 'next: 2026-11-27'), 1);
    assert.deepEqual(r.fields.get('__proto__')!.value, { type: 'other' });
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
  });

  it('keeps an unquoted date a string (never a Date)', () => {
    const r = parseFrontMatter(lines('next: 2026-11-27', 'last: 2026-11-20 09:30'), 1);
    assert.deepEqual(r.fields.get('next')!.value, { type: 'text', text: '2026-11-27' });
    assert.deepEqual(parseFrontMatterYaml('next: 2026-11-27\n', 1).fields.get('next')!.value, { type: 'text', text: '2026-11-27' });
  });
});

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseFrontMatterYaml } from '../../../src/core/file/frontMatter';
import { readSimpleFrontMatter, readSimpleFrontMatterIn } from '../../../src/core/file/simpleFrontMatter';
import { fastPathAsYaml } from './fastPath';

// Characters that make YAML scalars awkward: indicators, quotes, escapes, comment marks, spaces
// YAML does not count as spaces (no-break, ideographic), a tab, non-ASCII letters and an emoji.
const AWKWARD = [...'abcXYZ019 :#-?,[]{}&*!|>%@`~\\\'"._/+=()', '\u00A0', '\u3000', '\t', 'é', '—', '😀', '\u2028'];
const char = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...'abcdefXYZ019 ') }, { weight: 2, arbitrary: fc.constantFrom(...AWKWARD) });
const awkward = (max: number) => fc.array(char, { maxLength: max }).map((a) => a.join(''));
const ident = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_-]{0,6}$/);
const key = fc.oneof(fc.constantFrom('name', 'next', 'last', 'tags', 'company', 'next_action', 'cadence'), ident);
const spaces = fc.constantFrom('', ' ', '  ');

const value = fc.oneof(
  fc.constantFrom('', '~', 'null', 'Null', 'NULL', 'true', '0x1F', '2026-11-27', '2026-11-27 09:30', '+44 20 7946 0000', 'http://x.example/a:b'),
  awkward(12),
  awkward(10).map((s) => `'${s.replace(/'/g, "''")}'`),
  awkward(10).map((s) => `'${s}'`),
  awkward(10).map((s) => `"${s}"`),
  fc.array(fc.tuple(spaces, awkward(5), spaces), { maxLength: 4 }).map((items) => `[${items.map((i) => i.join('')).join(',')}]`),
);

const line = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(key, fc.constantFrom(': ', ':', ':  ', ': '), value, fc.constantFrom('', '', ' ', ' # note', '  #x', '#x')).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('#', '  #', ' ', '', '  '), awkward(6)).map(([a, b]) => (a.includes('#') ? a + b : a)) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('  ', '\t', ' - '), awkward(6)).map(([a, b]) => a + b) },
);

const file = fc.record({
  bom: fc.boolean(),
  eol: fc.constantFrom('\n', '\r\n'),
  lines: fc.array(line, { minLength: 0, maxLength: 8 }),
});

describe('front-matter: the fast path equals yaml on random simple blocks', () => {
  it('whenever the fast path accepts a block, yaml reads it the same (keys, values, positions)', function () {
    // yaml takes a few hundred microseconds a block; on a busy machine 500 of them outlast mocha's default.
    this.timeout(20_000);
    let accepted = 0;
    fc.assert(
      fc.property(file, ({ bom, eol, lines }) => {
        const text = `${bom ? '\uFEFF' : ''}---${eol}${lines.map((l) => l + eol).join('')}---${eol}body${eol}`;
        if (fastPathAsYaml(text)) accepted++;
      }),
      { numRuns: 500, seed: 20261123 },
    );
    // The generator must exercise the fast path, not only its refusals.
    assert.ok(accepted > 100, `the fast path accepted only ${accepted} of 500 blocks`);
  });
});

describe('front-matter: a block read where it stands in the file', () => {
  it('looks at its own characters only: odd ones in the fences or the body around it do not count', () => {
    const text = '\uFEFF---\t\na: x\nb: [y, z]  # note\n---\t\r\n\u0001\u2028body without a line end';
    const from = text.indexOf('a:');
    const to = text.indexOf('---', from);
    const r = readSimpleFrontMatterIn(text, from, to, 1);
    assert.deepEqual(r, readSimpleFrontMatter(text.slice(from, to), 1));
    assert.deepEqual([...r!.fields.keys()], ['a', 'b']);
    assert.equal(readSimpleFrontMatterIn(text.replace('a: x', 'a: \u0001'), from, to, 1), undefined, 'and still sees its own');
  });
});

describe('front-matter: regressions the random blocks found', () => {
  it('fast path trimmed a no-break space off flow list items and comment lines, where yaml keeps it as text', () => {
    for (const c of ['a: [\u00A0x]\n', 'a: [x\u00A0]\n', 'a: [ \u3000x ]\n', 'a: [\u00A0]\n', ' \u00A0# c\nb: 1\n']) {
      const simple = readSimpleFrontMatter(c, 1);
      if (simple !== undefined) assert.deepEqual(simple, parseFrontMatterYaml(c, 1), JSON.stringify(c));
    }
    const r = readSimpleFrontMatter('a: [\u00A0x]\n', 1);
    assert.deepEqual(r?.fields.get('a')?.value ?? parseFrontMatterYaml('a: [\u00A0x]\n', 1).fields.get('a')?.value, {
      type: 'list',
      items: [{ type: 'text', text: '\u00A0x' }],
    });
  });
});

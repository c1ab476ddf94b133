import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { fastPathAsYaml } from './fastPath';

// Random blocks in the shapes real notes have (block lists at the key's indent or deeper, nested
// mappings, `|` and `>` text, quoted and flow items, comments and blank lines between), with
// indents and characters that go wrong now and then. Whenever the fast path reads a block it must
// read it as yaml does, positions included; yaml alone may refuse one.

const AWKWARD = [...'abcXYZ019 :#-?,[]{}&*!|>%@`~\\\'"._/+=()', '\u00A0', 'é', '😀'];
const char = fc.oneof({ weight: 30, arbitrary: fc.constantFrom(...'abcdefXYZ019 ') }, { weight: 1, arbitrary: fc.constantFrom(...AWKWARD) });
const text = (max: number) => fc.array(char, { maxLength: max }).map((a) => a.join(''));
const key = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('name', 'next', 'tags', 'aliases', 'notes', 'address', 'date created', 'Due', 'x.y', 'é') },
  { weight: 1, arbitrary: fc.constantFrom('true', 'Null', '1', '-a', '"q"') },
  { weight: 1, arbitrary: text(6) },
);
const comment = fc.constantFrom('', '', '', ' # c', '  #x', '#x');
const scalar = fc.oneof(
  { weight: 3, arbitrary: text(10) },
  { weight: 1, arbitrary: fc.constantFrom('', '~', 'null', 'true', '2026-11-27T10:30:00', '2026-11-27', '"[[bob-smith]]"', "'it''s'", '{}', '{ }', '[]') },
  { weight: 1, arbitrary: text(8).map((s) => `"${s}"`) },
  { weight: 1, arbitrary: text(8).map((s) => `'${s}'`) },
  { weight: 1, arbitrary: fc.array(fc.oneof(text(5), text(5).map((s) => `"${s}"`)), { maxLength: 3 }).map((a) => `[${a.join(', ')}]`) },
);
const indent = fc.constantFrom('', ' ', '  ', '  ', '  ', '    ');
const filler = fc.constantFrom('', '  ', '# note', '  # note', '    #');

/** A key with a value on its line. */
const simpleEntry = fc.tuple(key, fc.constantFrom(': ', ': ', ': ', ':  ', ':'), scalar, comment).map(([k, sep, v, c]) => [`${k}${sep}${v}${c}`]);
/** A key, then a block list. */
const listEntry = fc.tuple(key, comment, indent, fc.array(fc.oneof({ weight: 6, arbitrary: fc.tuple(fc.constantFrom('- ', '- ', '-', '-  '), scalar, comment).map(([d, v, c]) => d + v + c) }, { weight: 1, arbitrary: filler }), { minLength: 1, maxLength: 4 }), fc.boolean())
  .map(([k, c, ind, items, wobble]) => [`${k}:${c}`, ...items.map((l, i) => (l === '' || l.startsWith(' ') ? l : (wobble && i === 1 && items.length > 2 ? ' ' : '') + ind + l))]);
/** A key, then a nested mapping (whose entries may hold lists in turn). */
const mapEntry = fc.tuple(key, indent, fc.array(fc.oneof(simpleEntry, listEntry, fc.constant(['  # inner'])), { minLength: 1, maxLength: 3 }))
  .map(([k, ind, entries]) => [`${k}:`, ...entries.flat().map((l) => (l === '' ? l : ind + l))]);
/** A key, then `|` or `>` text. */
const blockEntry = fc.tuple(key, fc.constantFrom('|', '>', '|', '>', '|-', '>-', '|+', '>+', '|2', '| # c'), fc.array(fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom('  ', '  ', '  ', '   ', '    ', ' ', ''), text(8)).map(([i, t]) => i + t) },
  { weight: 1, arbitrary: fc.constantFrom('', '  ', '     ', '  # not a comment') },
), { minLength: 1, maxLength: 5 }))
  .map(([k, h, lines]) => [`${k}: ${h}`, ...lines]);

export const blockArb = fc.array(fc.oneof({ weight: 3, arbitrary: simpleEntry }, { weight: 2, arbitrary: listEntry }, { weight: 1, arbitrary: mapEntry }, { weight: 2, arbitrary: blockEntry }, { weight: 1, arbitrary: filler.map((f) => [f]) }), { maxLength: 6 })
  .map((entries) => {
    // Mostly unique keys, so most blocks are valid: a key seen before in the block takes a prefix.
    const seen = new Set<string>();
    return entries.flatMap(([first, ...rest], i) => {
      const key = first!.slice(0, first!.indexOf(':'));
      if (key === '' || first!.startsWith(' ') || first!.startsWith('#')) return [first!, ...rest];
      const unique = seen.has(key) ? `k${i}${key}` : key;
      seen.add(unique);
      return [unique + first!.slice(key.length), ...rest];
    });
  });

describe('front-matter: the fast path equals yaml on random blocks of real shapes', () => {
  it('block lists, nested mappings, | and > text, quoted and flow items: read as yaml reads them, or left to yaml', function () {
    this.timeout(60_000);
    let accepted = 0;
    let structured = 0;
    fc.assert(
      fc.property(blockArb, fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const text = `---${eol}${lines.map((l) => l + eol).join('')}---${eol}body${eol}`;
        const simple = fastPathAsYaml(text);
        if (simple === undefined) return;
        accepted++;
        if ([...simple.fields.values()].some((f) => f.endLine > f.line)) structured++;
      }),
      { numRuns: 5000, seed: 20261207 },
    );
    assert.ok(accepted > 1000 && structured > 180, `the fast path accepted ${accepted} blocks, ${structured} with a value over several lines`);
  });
});

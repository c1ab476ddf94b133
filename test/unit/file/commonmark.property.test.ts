import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { forEachLineOutsideFences } from '../../../src/core/file/lines';
import { splitFile } from '../../../src/core/file/split';

// markdown-it in its CommonMark preset is the oracle: the body scanner must see the headings it
// sees outside block quotes and list items, and leave out the lines it puts in code and HTML.
// It ships without types; this is all the test uses of it.
//
// Where markdown-it departs from the spec (and from its reference parsers), the scanner follows the
// spec and a body that meets the departure is skipped; each is pinned in lines.test.ts:
// - it ends a paragraph at a lazy line indented 4 columns, which then starts indented code:
//   `   - a` then `    ## b` (skipped: a code block right under a paragraph, which CommonMark
//   never makes);
// - it takes a `>` after 4 columns of indentation for a block quote marker: `> a` then `    > b`
//   (skipped: such a `>`);
// - it counts a tab after a nested block quote's marker from the wrong column: `> >>  \t## b`
//   (skipped: a tab after a line's second `>`).
interface Token { readonly type: string; readonly level: number; readonly tag: string; readonly map: [number, number] | null; readonly content: string }
const MarkdownIt = require('markdown-it') as new (preset: string) => { parse(src: string, env: object): Token[] };
const commonmark = new MarkdownIt('commonmark');

/** A body markdown-it reads against the spec, as listed above. */
function departs(body: string, tokens: Token[]): boolean {
  if (/(?:^|>) ?(?: {4}| {0,3}\t)[ \t]*>/m.test(body) || /^[^\n]*>[^\n]*>[^\n]*\t/m.test(body)) return true;
  const paragraphEnds = new Set(tokens.filter((t) => t.type === 'paragraph_open').map((t) => t.map![1]));
  return tokens.some((t) => t.type === 'code_block' && paragraphEnds.has(t.map![0]));
}

interface View {
  /** `level line-lastLine text` of each heading outside containers. */
  readonly headings: string[];
  /** The numbers of the lines in code or HTML, of those with more than `>` and spaces. */
  readonly hidden: number[];
}

/** A heading's text with each line trimmed, as the scanner gives it. */
const tidy = (s: string) => s.split('\n').map((l) => l.replace(/^[ \t]+|[ \t]+$/g, '')).join('\n');
const filled = (line: string) => /[^>\s]/.test(line);

function oracle(body: string): View | undefined {
  const tokens = commonmark.parse(body, {});
  if (departs(body, tokens)) return undefined;
  const lines = body.split(/\r?\n/);
  const headings: string[] = [];
  const hidden = new Set<number>();
  tokens.forEach((t, i) => {
    if (t.type === 'heading_open' && t.level === 0) headings.push(`${t.tag.slice(1)} ${t.map![0]}-${t.map![1] - 1} ${tidy(tokens[i + 1]!.content)}`);
    if (t.type === 'fence' || t.type === 'code_block' || t.type === 'html_block') {
      for (let n = t.map![0]; n < t.map![1]; n++) hidden.add(n);
    }
  });
  return { headings, hidden: [...hidden].filter((n) => filled(lines[n] ?? '')).sort((a, b) => a - b) };
}

function scanned(text: string, start = 0): View {
  const headings: string[] = [];
  const shown = new Set<number>();
  forEachLineOutsideFences(text, start, 0, (_line, _offset, n, _next, h) => {
    shown.add(n);
    if (h) headings.push(`${h.level} ${h.line}-${n} ${h.text}`);
  });
  const lines = text.slice(start).split(/\r?\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const hidden = lines.map((l, n) => (shown.has(n) || !filled(l) ? -1 : n)).filter((n) => n >= 0);
  return { headings, hidden };
}

/** What goes before a line's text: indentation, block quote markers and list markers, up to three of them. */
const PIECE = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('> ', '>', '- ', '  ', '   ', '    ', '1. ', '* ') },
  { weight: 4, arbitrary: fc.constantFrom('\t', '2) ', '10. ', '> > ', ' > ', '>\t', '-\t', '-     ', '  - ', '>     ', '- > ', '> - ') },
  { weight: 1, arbitrary: fc.constantFrom('     ', '        ', ' \t', '\t\t', '-   ', '-    ', '1.  ', '+ ', '>>', '  > ', '    - ', '0. ', '01. ', '123456789. ', '1234567890. ', '\t- ', '-\t\t', '*\t', '2.\t') },
);
const PREFIX = fc.oneof({ weight: 3, arbitrary: fc.constant('') }, { weight: 2, arbitrary: fc.array(PIECE, { minLength: 1, maxLength: 3 }).map((p) => p.join('')) });
const ATOM = fc.constantFrom(
  '', '', '', 'Log', 'text', 'Log  ', 'more text', '- 2026-01-01 Call', '-', '1.', '2. two',
  '## Log', '## log ##', '# Name', '### x ###', '####### x', '#no', '##', '## ', '#\tLog', '## Log#', '## #',
  '---', '===', '- - -', '***', '___', '--', '  ---  ', '=',
  '```', '````', '```js', '``` a`b', '~~~', '~~~~', '~~~ info ```', '```  ', '``` x', '`` x',
  '<!--', '-->', 'a -->', '<!-- x -->', '<!-- ``` -->', '<!-->', '<!---->', '<!-- ```',
  '<script>', '</script>', '<pre class="x">', '</pre>', '<style>', '</style>', '<textarea>', '</textarea>', '<scripts>',
  '<?php', '?>', '<!DOCTYPE html>', '<!X', '>', '<![CDATA[', ']]>',
  '<div>', '</div>', '<DIV class="a">', '<table>', '<div/>', '<span>', '<span class="x">', '</span>', '<a href="x">', '<a href="x">t</a>', '<x-y/>', '<a b=\'c\' d>',
);
const line = fc.tuple(PREFIX, ATOM).map(([p, a]) => p + a);
const body = fc.record({ lines: fc.array(line, { maxLength: 14 }), crlf: fc.boolean(), finalBreak: fc.boolean() })
  .map(({ lines, crlf, finalBreak }) => lines.join(crlf ? '\r\n' : '\n') + (finalBreak && lines.length > 0 ? (crlf ? '\r\n' : '\n') : ''));

describe('the body scanner reads blocks as CommonMark does (markdown-it as the oracle)', () => {
  it('on random bodies of fences, HTML blocks, headings, block quotes and list items', function () {
    this.timeout(20_000);
    let checked = 0;
    let skipped = 0;
    let headings = 0;
    let hidden = 0;
    fc.assert(
      fc.property(body, (text) => {
        const want = oracle(text);
        if (want === undefined) skipped++;
        fc.pre(want !== undefined);
        assert.deepEqual(scanned(text), want, JSON.stringify(text));
        checked++;
        headings += want.headings.length;
        hidden += want.hidden.length;
      }),
      { numRuns: 10000, seed: 20261124 },
    );
    // The generator must reach the cases, not only plain paragraphs, and few may be skipped.
    assert.ok(skipped < checked / 4 && headings > 1500 && hidden > 15000, `${checked} bodies (${skipped} skipped), ${headings} headings, ${hidden} hidden lines`);
  });

  // The fixture corpus, and the example diary's notes as people write them.
  const root = join(__dirname, '..', '..', '..');
  const notes = ['test/fixtures', 'examples/diary'].flatMap((dir) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.md') && f !== 'README.md').sort().map((f) => `${dir}/${f}`));
  for (const name of notes) {
    it(`on the body of ${name}`, () => {
      const text = readFileSync(join(root, name), 'utf8');
      const start = splitFile(text).bodyStart;
      const want = oracle(text.slice(start));
      assert.ok(want, 'a fixture markdown-it reads against the spec');
      assert.deepEqual(scanned(text, start), want);
    });
  }
});

import { strict as assert } from 'node:assert';
import { forEachLineOutsideFences, lineOf } from '../../../src/core/file/lines';

/** What the scanner makes of a body: the numbers of the lines it visits, and its headings as `level line text`. */
function scan(...lines: string[]): { visited: number[]; headings: string[] } {
  const visited: number[] = [];
  const headings: string[] = [];
  forEachLineOutsideFences(lines.join('\n'), 0, 0, (_line, _offset, n, _next, h) => {
    visited.push(n);
    if (h) headings.push(`${h.level} ${h.line} ${h.text}`);
  });
  return { visited, headings };
}
const headings = (...lines: string[]) => scan(...lines).headings;
const visited = (...lines: string[]) => scan(...lines).visited;

describe('forEachLineOutsideFences: what hides a heading (CommonMark)', () => {
  describe('fenced code', () => {
    it('skips ``` and ~~~ fences, their fence lines included', () => {
      assert.deepEqual(scan('a', '```js', '## Log', '```', '~~~', '## Log', '~~~', '## Log'), { visited: [0, 7], headings: ['2 7 Log'] });
    });

    it('closes a fence only with its own character, at least as long, with nothing after it but spaces', () => {
      assert.deepEqual(headings('````', '```', '~~~~', '```` x', '## Hidden', '`````  ', '## Log'), ['2 6 Log']);
      assert.deepEqual(headings('~~~', '```', '## Hidden', '~~~~', '## Log'), ['2 4 Log']);
    });

    it('takes up to 3 spaces before a fence; 4 make indented code, which does not open one', () => {
      assert.deepEqual(headings('   ```', '## Hidden', '   ```', '## Log'), ['2 3 Log']);
      assert.deepEqual(headings('    ```', '', '## Log', '```'), ['2 2 Log']);
      assert.deepEqual(headings('```', '## Hidden', '    ```', '## Hidden'), []);
    });

    it('does not open a backtick fence whose info string holds a backtick; a tilde fence may', () => {
      assert.deepEqual(headings('``` a`b', '## Log'), ['2 1 Log']);
      assert.deepEqual(headings('~~~ a`b ```', '## Hidden'), []);
    });

    it('runs an unclosed fence to the end of the body', () => {
      assert.deepEqual(scan('a', '```', '## Log', '- 2026-11-20 Call'), { visited: [0], headings: [] });
    });
  });

  describe('indented code', () => {
    it('skips lines indented 4 columns (or a tab) that do not continue a paragraph', () => {
      assert.deepEqual(scan('    ## Log', '', '\t## Log', '## Log'), { visited: [3], headings: ['2 3 Log'] });
    });

    it('cannot interrupt a paragraph: the line continues it, and is no heading', () => {
      assert.deepEqual(scan('Notes', '    ## Log'), { visited: [0, 1], headings: [] });
    });
  });

  describe('HTML blocks', () => {
    it('skips a comment over several lines, blank ones included, up to the line with -->', () => {
      assert.deepEqual(scan('<!--', '## Log', '', '- 2026-11-20 Call', 'end -->', '## Log'), { visited: [5], headings: ['2 5 Log'] });
      assert.deepEqual(headings('<!-- one line -->', '## Log'), ['2 1 Log']);
      assert.deepEqual(headings('<!-->', '## Log'), ['2 1 Log']);
    });

    it('skips <script>, <pre>, <style> and <textarea> up to a closing tag of any of them', () => {
      for (const tag of ['script', 'pre', 'style', 'textarea', 'PRE class="x"']) {
        assert.deepEqual(headings(`<${tag}>`, '', '## Hidden', '</style>', '## Log'), ['2 4 Log'], tag);
      }
      assert.deepEqual(headings('<scripts>', '## Log'), [], 'kind 7, which ends at a blank line');
    });

    it('skips <? ?>, <!X >, and <![CDATA[ ]]>', () => {
      assert.deepEqual(headings('<?php', '## Hidden', '?>', '## Log'), ['2 3 Log']);
      assert.deepEqual(headings('<!DOCTYPE', '## Hidden', '>', '## Log'), ['2 3 Log']);
      assert.deepEqual(headings('<![CDATA[', '## Hidden', ']]>', '## Log'), ['2 3 Log']);
    });

    it('ends a block-level tag (kind 6) or a lone complete tag (kind 7) at a blank line', () => {
      assert.deepEqual(headings('<div class="a">', '## Hidden', '', '## Log'), ['2 3 Log']);
      assert.deepEqual(headings('</TABLE>', '## Hidden', '  ', '## Log'), ['2 3 Log']);
      assert.deepEqual(headings('<x-note b=\'c\' d/>', '## Hidden', '', '## Log'), ['2 3 Log']);
      assert.deepEqual(headings('<a href="x">text</a>', '## Log'), ['2 1 Log'], 'not alone on its line: a paragraph');
    });

    it('lets a block-level tag interrupt a paragraph, and not a kind 7 tag', () => {
      assert.deepEqual(headings('Notes', '<div>', '## Hidden'), []);
      assert.deepEqual(headings('Notes', '<span>', '## Log'), ['2 2 Log']);
    });

    it('takes up to 3 spaces before the tag; 4 make indented code', () => {
      assert.deepEqual(headings('   <!--', '## Hidden', '-->'), []);
      assert.deepEqual(headings('    <!--', '## Log', '-->'), ['2 1 Log']);
    });
  });

  describe('headings', () => {
    it('reads ATX headings: level, text without closing #s, up to 3 spaces before', () => {
      assert.deepEqual(headings('# Jane', '   ## Log ##', '### a #b', '#\tTab', '####### seven', '#no', '##', '## #'), ['1 0 Jane', '2 1 Log', '3 2 a #b', '1 3 Tab', '2 6 ', '2 7 ']);
    });

    it('reads setext headings from their first line of text, given on the underline', () => {
      assert.deepEqual(scan('Log', '---', 'Jane', 'Doe  ', '===', '', '---'), { visited: [0, 1, 2, 3, 4, 5, 6], headings: ['2 0 Log', '1 2 Jane\nDoe'] });
      assert.deepEqual(headings('Log', '- - -'), [], 'a thematic break, under a paragraph');
      assert.deepEqual(headings('Log', '    ---'), [], 'indented: the paragraph goes on');
    });

    it('gives no heading for a line inside a block quote or list item, nor for its underline', () => {
      assert.deepEqual(headings('> ## Log', '- ## Log', '1. Log', '   ---', '> Log', '> ---'), []);
      assert.deepEqual(headings('> Log', '---'), [], 'an underline is never a lazy line: a thematic break');
    });
  });

  describe('block quotes and list items', () => {
    it('ends a fence or comment opened in a list item or block quote with it', () => {
      assert.deepEqual(headings('- item', '  ```', '  ## Hidden', '## Log'), ['2 3 Log']);
      assert.deepEqual(headings('- item', '', '  <!--', '  ## Hidden', '## Log', '-->'), ['2 4 Log']);
      assert.deepEqual(headings('> ```', '> ## Hidden', '## Log'), ['2 2 Log']);
    });

    it('keeps a fence open in a list item over its indented lines and blank lines', () => {
      assert.deepEqual(headings('1. item', '', '   ```', '', '   ## Hidden', '   ```', '## Log'), ['2 6 Log']);
    });

    it('reads a lazy line as the paragraph it continues, and a heading after the quote as one', () => {
      assert.deepEqual(headings('> Notes', 'more', '## Log'), ['2 2 Log']);
    });

    it('counts a tab to the next multiple of 4 columns, inside a container too', () => {
      // Code: the tab reaches 4 columns past where the container's content starts.
      assert.deepEqual(visited('>\t\t## Log', 'a', '-\t\t## Log', 'b', '> >  \t## Log', 'c', '>  \t## Log'), [1, 3, 5, 6]);
    });
  });

  describe('where markdown-it departs from the spec (the oracle of commonmark.property.test.ts)', () => {
    it('reads a lazy line indented 4 columns as paragraph text, not the start of indented code', () => {
      assert.deepEqual(scan('   - Notes', '    ## Log'), { visited: [0, 1], headings: [] });
      assert.deepEqual(scan('> > Notes', '    ## Log'), { visited: [0, 1], headings: [] });
    });

    it('takes no > after 4 columns of indentation for a block quote marker', () => {
      // The quote's paragraph goes on lazily, so the lone tag after it can't interrupt it.
      assert.deepEqual(visited('> Notes', '    >', '> </span>'), [0, 1, 2]);
    });

    it('counts a tab after a nested block quote marker from the column it stands in', () => {
      assert.deepEqual(visited('> >>  \t## Log'), [0]);
    });
  });

  it('gives each line its offset, number and the next line\'s offset, CRLF or not, and stops when told', () => {
    const text = 'a\r\n## Log\r\n```\r\nx\r\n```\r\nlast';
    const seen: [string, number, number, number, string?][] = [];
    forEachLineOutsideFences(text, 3, 7, (line, offset, n, next, h) => void seen.push(h ? [line, offset, n, next, h.text] : [line, offset, n, next]));
    assert.deepEqual(seen, [['## Log', 3, 7, 11, 'Log'], ['last', text.length - 4, 11, text.length]]);
    const first: string[] = [];
    forEachLineOutsideFences(text, 0, 0, (line) => first.push(line) < 1);
    assert.deepEqual(first, ['a']);
    assert.equal(lineOf(text, text.indexOf('last')), 5);
  });
});

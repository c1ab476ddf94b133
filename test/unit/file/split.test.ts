import { strict as assert } from 'node:assert';
import { isYamlLanguage, lineAt, splitFile } from '../../../src/core/file/split';

/** The parts a split names, as text, so a wrong offset shows as wrong text. */
function parts(text: string) {
  const p = splitFile(text);
  const fm = p.frontMatter;
  return {
    bom: p.bom,
    open: fm && text.slice(fm.open.start, fm.open.next),
    content: fm && text.slice(fm.contentStart, fm.contentEnd),
    close: fm?.close && text.slice(fm.close.start, fm.close.next),
    body: text.slice(p.bodyStart),
    language: fm?.language,
    eol: fm?.eol,
  };
}

describe('splitFile', () => {
  it('finds the block and body of an LF file', () => {
    const text = '---\nname: Jane\nnext: 2026-11-27\n---\n# Jane\n';
    assert.deepEqual(parts(text), {
      bom: false, open: '---\n', content: 'name: Jane\nnext: 2026-11-27\n', close: '---\n', body: '# Jane\n', language: '', eol: '\n',
    });
    const fm = splitFile(text).frontMatter!;
    assert.equal(fm.contentStart, 4);
    assert.equal(fm.contentLine, 1);
    assert.equal(fm.close!.marker, '---');
    assert.deepEqual(fm.open, { start: 0, end: 3, next: 4 });
  });

  it('keeps CRLF inside the offsets and reports the block as CRLF', () => {
    const text = '---\r\nname: Jane\r\n---\r\nbody\r\n';
    assert.deepEqual(parts(text), {
      bom: false, open: '---\r\n', content: 'name: Jane\r\n', close: '---\r\n', body: 'body\r\n', language: '', eol: '\r\n',
    });
    const fm = splitFile(text).frontMatter!;
    assert.deepEqual(fm.open, { start: 0, end: 3, next: 5 });
    assert.deepEqual({ ...fm.close! }, { start: 17, end: 20, next: 22, marker: '---' });
  });

  it('counts the BOM as one UTF-16 unit before the fence', () => {
    const text = '\uFEFF---\r\nnext:\r\n---\r\n';
    const p = splitFile(text);
    assert.equal(p.bom, true);
    assert.equal(p.frontMatter!.open.start, 1);
    assert.equal(p.frontMatter!.contentStart, 6);
    assert.equal(text.slice(p.frontMatter!.contentStart, p.frontMatter!.contentEnd), 'next:\r\n');
    assert.equal(p.bodyStart, text.length);
  });

  it('treats a file without a first-line fence as all body (after a BOM)', () => {
    assert.deepEqual(splitFile('# Notes\n---\nnext: x\n---\n'), { bom: false, bodyStart: 0 });
    assert.deepEqual(splitFile('\uFEFF# Notes\n'), { bom: true, bodyStart: 1 });
    assert.deepEqual(splitFile(''), { bom: false, bodyStart: 0 });
    assert.deepEqual(splitFile(' ---\nnext:\n---\n'), { bom: false, bodyStart: 0 });
  });

  it('does not take a thematic break `----` or `---x-y z` text for a fence', () => {
    assert.equal(splitFile('----\nnext:\n----\n').frontMatter, undefined);
    assert.equal(splitFile('--- not a language\nnext:\n---\n').frontMatter, undefined);
  });

  it('records the language after the fence, with or without a space', () => {
    assert.equal(parts('---js\nmodule.exports = {}\n---\n').language, 'js');
    assert.equal(parts('--- yaml\nnext:\n---\n').language, 'yaml');
    assert.equal(parts('---toml  \r\nnext = 1\r\n---\r\n').language, 'toml');
    assert.equal(parts('---   \nnext:\n---\n').language, '');
    assert.equal(isYamlLanguage(''), true);
    assert.equal(isYamlLanguage('YML'), true);
    assert.equal(isYamlLanguage('javascript'), false);
  });

  it('closes on `...` and on a fence with trailing blanks', () => {
    const dots = splitFile('---\nnext:\n...\nbody');
    assert.equal(dots.frontMatter!.close!.marker, '...');
    assert.equal(dots.bodyStart, 14);
    assert.equal(parts('---\nnext:\n--- \t\nbody').body, 'body');
  });

  it('takes the first closing line: a later `---` is body', () => {
    const text = '---\nnext:\n---\ntext\n---\nmore\n---\n';
    assert.equal(parts(text).body, 'text\n---\nmore\n---\n');
  });

  it('does not close on `---` indented, `----` or `--- text`', () => {
    const text = '---\na: |\n  ---\nb: ----\n---- x\n--- x\n---\nbody';
    assert.equal(parts(text).content, 'a: |\n  ---\nb: ----\n---- x\n--- x\n');
  });

  it('reports a block that never closes, with the rest of the file as its content', () => {
    const text = '---\nnext: 2026-01-01\n# Jane\n';
    const p = splitFile(text);
    assert.equal(p.frontMatter!.close, undefined);
    assert.equal(p.frontMatter!.contentEnd, text.length);
    assert.equal(p.bodyStart, text.length);
  });

  it('handles a closing fence at the end of a file without a final newline', () => {
    const text = '---\r\nnext:\r\n---';
    const p = splitFile(text);
    assert.deepEqual({ ...p.frontMatter!.close! }, { start: 12, end: 15, next: 15, marker: '---' });
    assert.equal(p.bodyStart, 15);
  });

  it('handles an empty block and a lone fence', () => {
    assert.deepEqual(parts('---\n---\n'), { bom: false, open: '---\n', content: '', close: '---\n', body: '', language: '', eol: '\n' });
    const lone = splitFile('---');
    assert.equal(lone.frontMatter!.contentStart, 3);
    assert.equal(lone.frontMatter!.close, undefined);
  });

  it('uses the opening line for the block line ending, even in a mixed file', () => {
    assert.equal(splitFile('---\nnext:\r\n---\r\n').frontMatter!.eol, '\n');
    assert.equal(parts('---\r\nnext:\n---\nx').content, 'next:\n');
  });

  it('lineAt splits on LF and CRLF but leaves a lone CR inside the line', () => {
    assert.deepEqual(lineAt('a\rb\r\nc', 0), { start: 0, end: 3, next: 5 });
    assert.deepEqual(lineAt('a\rb\r\nc', 5), { start: 5, end: 6, next: 6 });
    assert.deepEqual(lineAt('\n', 0), { start: 0, end: 0, next: 1 });
  });
});

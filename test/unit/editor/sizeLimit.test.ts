import { strict as assert } from 'node:assert';
import { type SizedText, isOverSizeLimit, sizeLimitDiagnostics, sizedText } from '../../../src/core/editor';
import { DEFAULT_MAX_FILE_SIZE } from '../../../src/core/file/decode';
import { CONTACT, lines } from './helpers';

/** A document of `text` that records how much text each call asked for. */
function recorded(text: string): SizedText & { readonly asked: number[] } {
  const asked: number[] = [];
  return { length: text.length, asked, textTo: (end) => (asked.push(end), text.slice(0, end)) };
}

/** A contact padded in its body to `length` code units with `fill`. */
const contactOf = (length: number, fill = 'x') => CONTACT + fill.repeat(Math.max(0, length - CONTACT.length) / fill.length);

describe('size limit of the editor features', () => {
  it('weighs a document as its UTF-8 bytes, as the scan weighs the file: over means more than the limit', () => {
    assert.equal(isOverSizeLimit(sizedText('a'.repeat(1000)), 1000), false);
    assert.equal(isOverSizeLimit(sizedText('a'.repeat(1001)), 1000), true);
    // 400 characters of 3 bytes each are 1200 bytes; 2 units of an emoji are 4 bytes.
    assert.equal(isOverSizeLimit(sizedText('€'.repeat(400)), 1000), true);
    assert.equal(isOverSizeLimit(sizedText('€'.repeat(333)), 1000), false);
    assert.equal(isOverSizeLimit(sizedText('🎉'.repeat(250)), 1000), false);
    assert.equal(isOverSizeLimit(sizedText('🎉'.repeat(251)), 1000), true);
    assert.equal(isOverSizeLimit(sizedText('é'.repeat(501)), 1000), true);
    // A lone surrogate is saved as U+FFFD, 3 bytes.
    assert.equal(isOverSizeLimit(sizedText('\uD800'.repeat(334)), 1000), true);
    assert.equal(isOverSizeLimit(sizedText(''), 1000), false);
  });

  it('uses the default limit of 1 MB when none is given', () => {
    assert.equal(isOverSizeLimit(sizedText('a'.repeat(DEFAULT_MAX_FILE_SIZE))), false);
    assert.equal(isOverSizeLimit(sizedText('a'.repeat(DEFAULT_MAX_FILE_SIZE + 1))), true);
  });

  it('asks for no text when the length decides, and for a document over the limit only its head', () => {
    const huge = recorded(contactOf(5 * 1024 * 1024));
    assert.equal(isOverSizeLimit(huge, 1024 * 1024), true);
    const small = recorded(contactOf(300));
    assert.equal(isOverSizeLimit(small, 1024 * 1024), false);
    assert.deepEqual([huge.asked, small.asked], [[], []]);
    // Between a third of the limit and the limit, the bytes are counted.
    const between = recorded('é'.repeat(600));
    assert.equal(isOverSizeLimit(between, 1000), true);
    assert.deepEqual(between.asked, [600]);
    assert.equal(sizeLimitDiagnostics(huge, 1024 * 1024).length, 1);
    assert.deepEqual(huge.asked, [64 * 1024]);
  });

  it('gives a contact over the limit one warning on its opening fence, naming the setting and the limit', () => {
    const d = sizeLimitDiagnostics(sizedText(contactOf(2000)), 1024);
    assert.deepEqual(d.map((x) => [x.code, x.severity, x.range]), [['too-large', 'warning', { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }]]);
    assert.match(d[0]!.message, /over the 1 KB limit of contactDiary\.maxFileSize/);
    assert.match(d[0]!.message, /editor features are off/);
    assert.match(sizeLimitDiagnostics(sizedText(contactOf(2 * 1024 * 1024)), 1024 * 1024)[0]!.message, /the 1 MB limit/);
    assert.match(sizeLimitDiagnostics(sizedText(contactOf(2 * 1024 * 1024)), 1536 * 1024)[0]!.message, /the 1\.5 MB limit/);
    // CRLF and a BOM: the fence is still the range; a fence with a language word is covered whole.
    const crlf = sizeLimitDiagnostics(sizedText('\uFEFF' + contactOf(2000).replace(/\n/g, '\r\n')), 1024);
    assert.deepEqual(crlf[0]!.range.end, { line: 0, character: 4 });
    const js = sizeLimitDiagnostics(sizedText(lines('---js', '{ next: "2026-11-27" }', '---', 'x'.repeat(2000))), 1024);
    assert.deepEqual(js.map((x) => [x.code, x.range.end.character]), [['too-large', 5]]);
  });

  it('gives nothing to a document under the limit, and to large Markdown that is not a contact', () => {
    assert.deepEqual(sizeLimitDiagnostics(sizedText(contactOf(1000)), 1024), []);
    assert.deepEqual(sizeLimitDiagnostics(sizedText(`# Notes\n\n${'x'.repeat(5000)}`), 1024), []);
    assert.deepEqual(sizeLimitDiagnostics(sizedText(lines('---', 'title: A note', '---', 'x'.repeat(5000))), 1024), []);
  });

  it('reads a contact whose front-matter runs past the head as one (the block is cut, its next: is in)', () => {
    const long = lines('---', 'next: 2026-11-27', `notes: ${'y'.repeat(100 * 1024)}`, '---', '');
    assert.equal(sizeLimitDiagnostics(sizedText(long), 1024).length, 1);
  });

  it('bad input: empty text, a lone fence, NUL bytes, a limit of nothing', () => {
    for (const t of ['', '---', '\0'.repeat(3000), `---\n\0next: x\n${'\0'.repeat(3000)}`]) assert.doesNotThrow(() => sizeLimitDiagnostics(sizedText(t), 1024));
    assert.deepEqual(sizeLimitDiagnostics(sizedText('---'), 1), []);
    assert.equal(isOverSizeLimit(sizedText('a'), 0), true);
  });
});

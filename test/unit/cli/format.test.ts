import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { displayWidth, paint, table } from '../../../src/cli/format';

describe('CLI text formatting', () => {
  it('paints only when colour is on', () => {
    assert.equal(paint(false, 'red', 'late'), 'late');
    assert.equal(paint(true, 'red', 'late'), '\u001b[31mlate\u001b[0m');
    assert.equal(paint(true, 'red', ''), '');
  });

  it('measures width without colour codes, with wide characters as two columns', () => {
    assert.equal(displayWidth(paint(true, 'bold', 'Jane')), 4);
    assert.equal(displayWidth('田中'), 4);
    assert.equal(displayWidth('José'), 4);
    assert.equal(displayWidth('Jose\u0301'), 4);
  });

  it('aligns columns, numbers to the right, and trims trailing blanks', () => {
    const lines = table([['Jane Doe', '3', 'Acme'], ['Bo', '12', ''], [paint(true, 'red', 'Zoë'), '1', 'X']], [1]);
    assert.deepEqual(lines.map((l) => l.replace(/\u001b\[[0-9;]*m/g, '')), [
      'Jane Doe   3  Acme',
      'Bo        12',
      'Zoë        1  X',
    ]);
  });

  it('counts plain text by its length and everything else character by character, with the same answer', () => {
    // A combining accent (width 0) sends the text down the character-by-character path.
    const chars = fc.constantFrom('a', 'Z', ' ', '\t', '\u001b', 'ë', '·', '\u00a0', '\u02ff', '\u0301', 'Ω', 'Ж', '\u10ff', '\u1100', '\u115f',
      '\u1160', '—', '\u200c', '\u200d', '\u2e7f', '\u2e80', '田', '\ufe0f', '\ud83d', '\ude00', '😀', '\u001b[31m');
    fc.assert(fc.property(fc.array(chars, { maxLength: 12 }), (parts) => {
      const text = parts.join('');
      assert.equal(displayWidth(text), displayWidth(`${text}\u0301`), JSON.stringify(text));
    }), { numRuns: 3000 });
    assert.equal(displayWidth('Zoë · cadence 2 weeks — soon'), 28);
  });

  it('indents every line', () => {
    assert.deepEqual(table([['a', 'b']], [], '  '), ['  a  b']);
  });
});

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { clip, displayWidth, paint, table } from '../../../src/cli/format';

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
    // eslint-disable-next-line no-control-regex -- strips the escape codes of colour
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

  it('lays out any rows as padding every cell and trimming each line would', () => {
    const cell = fc.array(fc.constantFrom('a', 'bc', ' ', 'ë', '田', '\t', '\u00a0', '\u3000'), { maxLength: 4 }).map((p) => p.join(''));
    const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 6 });
    fc.assert(fc.property(rows, fc.subarray([0, 1, 2, 3]), fc.constantFrom('', '  '), (rs, right, indent) => {
      const widths: number[] = [];
      for (const r of rs) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(c))));
      const expected = rs.map((r) => (indent + r.map((c, i) => {
        const pad = ' '.repeat(widths[i]! - displayWidth(c));
        return right.includes(i) ? pad + c : c + pad;
      }).join('  ')).trimEnd());
      assert.deepEqual(table(rs, right, indent), expected);
    }), { numRuns: 2000 });
  });

  it('indents every line', () => {
    assert.deepEqual(table([['a', 'b']], [], '  '), ['  a  b']);
  });

  it('gives zero-width and bidi formatting characters no column (regression: the rows after a name with U+202E were off by two)', () => {
    assert.equal(displayWidth('Bidi \u202eevil\u202c Name'), 14);
    assert.equal(displayWidth('zero\u200bwidth\u200f'), 9);
    assert.equal(displayWidth('del\u007f'), 3);
  });

  it('clips a cell to its columns with an ellipsis, wide characters counted as two', () => {
    assert.equal(clip('Acme Print', 40), 'Acme Print');
    assert.equal(clip('x'.repeat(300), 40), `${'x'.repeat(39)}…`);
    assert.equal(clip('山田太郎山田太郎', 9), '山田太郎…');
    assert.equal(displayWidth(clip('山田太郎山田太郎', 9)), 9);
  });
});

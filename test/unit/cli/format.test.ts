import * as assert from 'node:assert/strict';
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

  it('indents every line', () => {
    assert.deepEqual(table([['a', 'b']], [], '  '), ['  a  b']);
  });
});

import { strict as assert } from 'node:assert';
import { applyEdits } from '../../../src/core/file/applyEdits';
import { planEdits } from '../../../src/core/file/edit';
import { type TextEdit } from '../../../src/core/types';

const TEXT = '---\nnext: 2026-11-27\nname: Ann\n---\nbody\n';
const NEXT: TextEdit = { offset: 10, length: 10, newText: '2026-12-01', expected: '2026-11-27' };

describe('applyEdits', () => {
  it('applies edits given in any order', () => {
    const name: TextEdit = { offset: 27, length: 3, newText: 'Bea', expected: 'Ann' };
    assert.deepEqual(applyEdits(TEXT, [name, NEXT]), { ok: true, value: TEXT.replace('2026-11-27', '2026-12-01').replace('Ann', 'Bea') });
  });

  it('refuses a stale edit: the file changed since the plan was made', () => {
    const plan = planEdits(TEXT, [{ kind: 'set', key: 'next', value: '2026-12-01' }]);
    assert.ok(plan.ok);
    const changed = TEXT.replace('2026-11-27', '2026-11-28');
    const r = applyEdits(changed, plan.value);
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.error : '', /changed since it was read/);
    // A change elsewhere that shifts offsets is refused too, never applied at the wrong place.
    const shifted = applyEdits(`x${TEXT}`, plan.value);
    assert.equal(shifted.ok, false);
  });

  it('refuses overlapping edits and edits outside the text', () => {
    const overlap: TextEdit = { offset: 15, length: 3, newText: '', expected: TEXT.slice(15, 18) };
    assert.deepEqual(applyEdits(TEXT, [NEXT, overlap]), { ok: false, error: 'Two edits touch the same text; nothing was changed.' });
    const outside: TextEdit = { offset: TEXT.length, length: 1, newText: 'x', expected: '' };
    assert.equal(applyEdits(TEXT, [outside]).ok, false);
    assert.equal(applyEdits(TEXT, [{ ...NEXT, offset: -1 }]).ok, false);
  });

  it('keeps two insertions at one offset in the order given', () => {
    const a: TextEdit = { offset: 0, length: 0, newText: 'a', expected: '' };
    const b: TextEdit = { offset: 0, length: 0, newText: 'b', expected: '' };
    assert.deepEqual(applyEdits('x', [a, b]), { ok: true, value: 'abx' });
  });
});

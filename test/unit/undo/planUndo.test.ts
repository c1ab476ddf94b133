// Undo Last Change decides, file by file, from what the file is now: put back only what the
// change left untouched; anything newer stays.
import * as assert from 'assert';
import { type UndoEntry, planUndo, sameBytes } from '../../../src/core';

const bytes = (text: string) => new TextEncoder().encode(text);
const BEFORE = '\uFEFF---\r\nnext: 2026-11-20\r\n---\r\n';
const AFTER = '\uFEFF---\r\nnext: 2026-11-24\r\n---\r\n';
// The editor's text has no byte order mark: it is remembered apart from the bytes.
const saved: UndoEntry = { kind: 'saved', before: bytes(BEFORE), beforeText: BEFORE.slice(1), after: bytes(AFTER) };
const unsaved: UndoEntry = { kind: 'unsaved', beforeText: 'mine\nnext: 2026-11-20\n', afterText: 'mine\nnext: 2026-11-24\n' };
const created: UndoEntry = { kind: 'created', after: bytes('---\nname: Zoe\n---\n') };

describe('planUndo', () => {
  describe('a saved file', () => {
    it('gets its exact bytes back while it holds what the change wrote (BOM and CRLF included)', () => {
      const step = planUndo(saved, { disk: bytes(AFTER) });
      assert.equal(step.do, 'write');
      assert.ok(step.do === 'write' && sameBytes(step.bytes, bytes(BEFORE)));
    });

    it('gets them back from an editor that shows what the change wrote, saved', () => {
      assert.equal(planUndo(saved, { disk: bytes(AFTER), document: { text: AFTER.slice(1), dirty: false } }).do, 'write');
    });

    it('is left as it is when changed on disk since', () => {
      assert.deepEqual(planUndo(saved, { disk: bytes(AFTER.replace('24', '25')) }), { do: 'keep', reason: 'it was changed since' });
      // One byte more (a line end added by another tool) is a change too.
      assert.equal(planUndo(saved, { disk: bytes(`${AFTER}\n`) }).do, 'keep');
    });

    it('is left as it is when its editor has unsaved changes', () => {
      assert.deepEqual(planUndo(saved, { disk: bytes(AFTER), document: { text: `${AFTER.slice(1)}typed`, dirty: true } }), { do: 'keep', reason: 'it has unsaved changes' });
    });

    it('is saved when its editor\'s own Undo already returned to the text from before', () => {
      assert.deepEqual(planUndo(saved, { disk: bytes(AFTER), document: { text: BEFORE.slice(1), dirty: true } }), { do: 'save' });
    });

    it('is not saved over a disk that moved on, even with the text from before in its editor', () => {
      assert.deepEqual(planUndo(saved, { disk: bytes('theirs'), document: { text: BEFORE.slice(1), dirty: true } }), { do: 'keep', reason: 'it was changed on disk since' });
    });

    it('is not re-created once deleted', () => {
      assert.deepEqual(planUndo(saved, { disk: undefined }), { do: 'keep', reason: 'it was deleted since' });
    });

    it('needs nothing when it already holds the bytes from before', () => {
      assert.deepEqual(planUndo(saved, { disk: bytes(BEFORE) }), { do: 'nothing' });
    });
  });

  describe('a document with unsaved changes', () => {
    it('gets its unsaved text back while it shows what the change made', () => {
      assert.deepEqual(planUndo(unsaved, { disk: bytes('on disk'), document: { text: unsaved.afterText, dirty: true } }), { do: 'setText', text: unsaved.beforeText });
    });

    it('is left as it is when edited since, or closed (its unsaved text is gone)', () => {
      assert.deepEqual(planUndo(unsaved, { disk: bytes('on disk'), document: { text: `${unsaved.afterText}more`, dirty: true } }), { do: 'keep', reason: 'it was edited since' });
      assert.deepEqual(planUndo(unsaved, { disk: bytes('on disk'), document: { text: 'on disk', dirty: false } }), { do: 'keep', reason: 'it was saved or reverted since' });
      assert.deepEqual(planUndo(unsaved, { disk: bytes('on disk') }), { do: 'keep', reason: 'it was closed without saving since' });
    });

    it('needs nothing when its editor already undid the change', () => {
      assert.deepEqual(planUndo(unsaved, { disk: bytes('on disk'), document: { text: unsaved.beforeText, dirty: true } }), { do: 'nothing' });
    });
  });

  describe('a created file', () => {
    it('is deleted while it holds what was written', () => {
      assert.deepEqual(planUndo(created, { disk: bytes('---\nname: Zoe\n---\n'), document: { text: '---\nname: Zoe\n---\n', dirty: false } }), { do: 'delete' });
    });

    it('stays when written to since, saved or not', () => {
      assert.deepEqual(planUndo(created, { disk: bytes('---\nname: Zoe\n---\nMy notes\n') }), { do: 'keep', reason: 'it was changed since' });
      assert.deepEqual(planUndo(created, { disk: bytes('---\nname: Zoe\n---\n'), document: { text: 'typed', dirty: true } }), { do: 'keep', reason: 'it has unsaved changes' });
    });

    it('needs nothing once gone', () => {
      assert.deepEqual(planUndo(created, { disk: undefined }), { do: 'nothing' });
    });
  });
});

describe('sameBytes', () => {
  it('compares length and every byte', () => {
    assert.equal(sameBytes(bytes('abc'), bytes('abc')), true);
    assert.equal(sameBytes(bytes('abc'), bytes('abd')), false);
    assert.equal(sameBytes(bytes('abc'), bytes('ab')), false);
    assert.equal(sameBytes(new Uint8Array(), new Uint8Array()), true);
  });
});

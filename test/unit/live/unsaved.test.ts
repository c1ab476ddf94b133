import * as assert from 'node:assert/strict';
import { COALESCE_MS, TYPING_MS } from '../../../src/core/live/liveDiary';
import { contact } from './memoryWorkspace';
import { liveDiary } from './setup';

const JANE = 'ws/jane.md';

describe('live diary: unsaved text in open documents', () => {
  it('follows typing once it pauses, and leaves the file on disk as it was', async () => {
    const { ws, time, next, told, started } = liveDiary({ [JANE]: contact('Jane') });
    await started();
    const doc = ws.open(JANE);
    doc.type(contact('Jane', '2026-12-0'));
    await time.advance(100);
    doc.type(contact('Jane', '2026-12-01'));
    await time.advance(TYPING_MS - 101);
    assert.equal(next(JANE), '2026-11-20', 'not while typing');
    await time.advance(1);
    assert.equal(next(JANE), '2026-12-01');
    assert.deepEqual(told, [TYPING_MS]);
    assert.deepEqual(ws.host.reads, [], 'the editor\'s text, not a read of the file');
    assert.equal(ws.tree.files[JANE], contact('Jane'));
  });

  it('keeps the editor\'s text when the file changes on disk under it', async () => {
    const { ws, time, next, started } = liveDiary({ [JANE]: contact('Jane') });
    await started();
    const doc = ws.open(JANE);
    doc.type(contact('Jane', '2026-12-01'));
    await time.runAll();
    ws.write(JANE, contact('Jane', '2027-03-03'));
    await time.runAll();
    assert.equal(next(JANE), '2026-12-01');
  });

  it('goes back to the file on disk when the document is closed without saving', async () => {
    const { ws, time, next, started } = liveDiary({ [JANE]: contact('Jane') });
    await started();
    const doc = ws.open(JANE);
    doc.type(contact('Jane', '2026-12-01'));
    await time.runAll();
    doc.close();
    await time.flush();
    assert.equal(next(JANE), '2026-11-20');
  });

  it('goes back to the file when the text is typed back to what was saved (an undo)', async () => {
    const { ws, time, next, started } = liveDiary({ [JANE]: contact('Jane') });
    await started();
    const doc = ws.open(JANE);
    doc.type(contact('Jane', '2026-12-01'));
    await time.runAll();
    ws.writeQuietly(JANE, contact('Jane', '2026-11-22'));
    doc.type(contact('Jane'));
    await time.runAll();
    assert.equal(next(JANE), '2026-11-22', 'the file as it is now on disk');
  });

  it('reads the file on disk for a document already closed whose close is not yet told', async () => {
    const { ws, time, next, started } = liveDiary({ [JANE]: contact('Jane') });
    await started();
    const doc = ws.open(JANE);
    doc.type(contact('Jane', '2026-12-01'));
    await time.runAll();
    doc.closeQuietly();
    ws.write(JANE, contact('Jane', '2027-02-02'));
    await time.runAll();
    assert.equal(next(JANE), '2027-02-02');
  });

  it('keeps the saved text once saved', async () => {
    const { ws, time, next, started } = liveDiary({ [JANE]: contact('Jane') });
    await started();
    const doc = ws.open(JANE);
    doc.type(contact('Jane', '2026-12-01'));
    await time.runAll();
    doc.save();
    await time.runAll();
    assert.equal(next(JANE), '2026-12-01');
    ws.write(JANE, contact('Jane', '2027-01-01'));
    await time.runAll();
    assert.equal(next(JANE), '2027-01-01', 'saved, the document no longer stands for the file');
  });

  it('drops a file deleted under unsaved text, and keeps it out when its editor is closed', async () => {
    const { ws, time, diary, started } = liveDiary({ [JANE]: contact('Jane') });
    await started();
    const doc = ws.open(JANE);
    doc.type(contact('Jane', '2026-12-01'));
    await time.runAll();
    ws.delete(JANE);
    await time.advance(COALESCE_MS);
    assert.equal(diary.index.has(JANE), false);
    doc.close();
    await time.runAll();
    assert.equal(diary.index.has(JANE), false);
  });

  it('keeps unsaved text over what a full scan reads, and lets it go when the file is gone', async () => {
    const { ws, time, next, diary, started } = liveDiary({ [JANE]: contact('Jane'), 'ws/bob.md': contact('Bob') });
    await started();
    const jane = ws.open(JANE);
    const bob = ws.open('ws/bob.md');
    jane.type(contact('Jane', '2026-12-01'));
    bob.type(contact('Bob', '2026-12-02'));
    await time.runAll();
    ws.deleteQuietly('ws/bob.md');
    const refreshed = diary.refresh();
    await time.runAll();
    await refreshed;
    assert.equal(ws.readsOf(JANE), 1, 'the scan read the file');
    assert.equal(next(JANE), '2026-12-01');
    assert.equal(diary.index.has('ws/bob.md'), false);
  });

  it('ignores typing in a file the diary leaves out', async () => {
    const { ws, time, diary, started } = liveDiary({ 'ws/archive/old.md': '' }, { ws: { exclude: ['archive/**'] } });
    await started();
    ws.open('ws/archive/old.md').type(contact('Old'));
    ws.open('other/x.md').type(contact('X'));
    assert.deepEqual(time.pending, []);
    await time.runAll();
    assert.equal(diary.index.size, 0);
  });

  it('a closed document of the same path that is not the one typed into changes nothing (another view of the file)', async () => {
    const { ws, time, next, started } = liveDiary({ [JANE]: contact('Jane') });
    await started();
    const doc = ws.open(JANE);
    doc.type(contact('Jane', '2026-12-01'));
    await time.runAll();
    ws.open(JANE).close();
    await time.runAll();
    assert.equal(next(JANE), '2026-12-01');
    assert.deepEqual(ws.host.reads, []);
  });
});

import * as assert from 'node:assert/strict';
import { COALESCE_MS } from '../../../src/core/live/liveDiary';
import { SCAN_REFRESH_MS } from '../../../src/core/live/scanThrottle';
import { contact, gate } from './memoryWorkspace';
import { liveDiary } from './setup';

const RACE = 'ws/contacts/race.md';

describe('live diary: a file event during a scan', () => {
  it('keeps what was written before the scan read the file, without reading it twice', async () => {
    const { ws, time, diary, next } = liveDiary({ [RACE]: contact('Race', '2026-11-24') });
    // What the views would show each time they are told to draw.
    const shown: Array<string | undefined> = [];
    diary.onDidChange(() => shown.push(next(RACE)));
    const held = gate();
    ws.holds.list.set('ws/contacts', held);
    diary.start();
    await time.flush();
    await held.reached;
    ws.write(RACE, contact('Race', '2026-12-01'));
    held.open();
    await time.runAll();
    assert.equal(next(RACE), '2026-12-01');
    assert.equal(ws.readsOf(RACE), 1, 'the scan read the file after its event: no second read');
    assert.equal(diary.isScanned, true);
    assert.equal(shown.at(-1), '2026-12-01', `the views were last told of ${shown.at(-1)}`);
  });

  it('reads the file again when it changed after the scan read it', async () => {
    const { ws, time, diary, next } = liveDiary({ [RACE]: contact('Race', '2026-11-24') });
    const shown: Array<string | undefined> = [];
    diary.onDidChange(() => shown.push(next(RACE)));
    const held = gate();
    ws.holds.read.set(RACE, held);
    diary.start();
    await time.flush();
    await held.reached;
    ws.write(RACE, contact('Race', '2026-12-01'));
    held.open();
    await time.runAll();
    assert.equal(next(RACE), '2026-12-01');
    assert.equal(ws.readsOf(RACE), 2);
    assert.equal(shown.at(-1), '2026-12-01');
  });

  it('reads a file created during the scan, after its folder was listed', async () => {
    const { ws, time, diary, next } = liveDiary({ 'ws/contacts/bob.md': contact('Bob') });
    const held = gate();
    ws.holds.read.set('ws/contacts/bob.md', held);
    diary.start();
    await time.flush();
    await held.reached;
    ws.write(RACE, contact('Race', '2026-12-01'));
    held.open();
    await time.runAll();
    assert.equal(next(RACE), '2026-12-01');
    assert.equal(ws.readsOf(RACE), 1);
  });

  it('tells the views of changes during a long scan at growing intervals, and the rest at its end', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 6; i++) files[`ws/z/c${i}.md`] = contact(`C${i}`);
    const { ws, time, diary, told, paths, started } = liveDiary(files);
    await started();
    const held = gate();
    ws.holds.list.set('ws/z', held);
    const refreshed = diary.refresh();
    await time.flush();
    await held.reached;
    // Renames made in the editor reach the index at once, while the scan waits.
    ws.renameInEditor('ws/z/c0.md', 'ws/z/d0.md');
    await time.advance(SCAN_REFRESH_MS - 1);
    assert.deepEqual(told, [], 'held back during the scan');
    await time.advance(1);
    assert.deepEqual(told, [SCAN_REFRESH_MS]);
    ws.renameInEditor('ws/z/c1.md', 'ws/z/d1.md');
    await time.advance(SCAN_REFRESH_MS);
    ws.renameInEditor('ws/z/c2.md', 'ws/z/d2.md');
    await time.advance(2 * SCAN_REFRESH_MS);
    assert.deepEqual(told, [SCAN_REFRESH_MS, 3 * SCAN_REFRESH_MS], 'then twice as long');
    ws.renameInEditor('ws/z/c3.md', 'ws/z/d3.md');
    await time.advance(10);
    held.open();
    await time.runAll();
    await refreshed;
    assert.deepEqual(told, [SCAN_REFRESH_MS, 3 * SCAN_REFRESH_MS, 4 * SCAN_REFRESH_MS + 10], 'the rest at the end of the scan');
    assert.deepEqual(paths(), ['ws/z/c4.md', 'ws/z/c5.md', 'ws/z/d0.md', 'ws/z/d1.md', 'ws/z/d2.md', 'ws/z/d3.md']);
    assert.equal(ws.host.reads.length, 6, 'the renamed files, read by the scan, are not read again');
    // After the scan, changes are told at once again.
    const written = time.now();
    ws.write('ws/z/c4.md', contact('C4', '2027-01-01'));
    await time.advance(COALESCE_MS);
    assert.equal(told.at(-1), written + COALESCE_MS);
  });
});

describe('live diary: when the host fails', () => {
  it('takes a file that can\'t be read after its event for a file gone, and goes on', async () => {
    const { ws, time, diary, next, started } = liveDiary({ 'ws/jane.md': contact('Jane'), 'ws/bob.md': contact('Bob') });
    await started();
    ws.tree.failing['ws/jane.md'] = 'EACCES: permission denied';
    ws.write('ws/jane.md', contact('Jane', '2026-12-01'));
    ws.write('ws/bob.md', contact('Bob', '2026-12-02'));
    await time.runAll();
    assert.equal(diary.index.has('ws/jane.md'), false);
    assert.equal(next('ws/bob.md'), '2026-12-02');
  });

  it('logs a folder it can\'t list during a scan, and reads the rest', async () => {
    const { ws, time, diary, paths, logged } = liveDiary({ 'ws/a/jane.md': contact('Jane'), 'ws/b/bob.md': contact('Bob') });
    ws.tree.failing['ws/a'] = 'EIO: i/o error';
    diary.start();
    await time.runAll();
    assert.deepEqual(paths(), ['ws/b/bob.md']);
    assert.ok(logged.some((l) => /^warn: ws\/a: Couldn't list this folder: EIO/.test(l)), logged.join('\n'));
    assert.equal(diary.isScanned, true);
  });

  it('logs a run that fails, lets its waiters go, and works off the next events', async () => {
    let fail = true;
    const { ws, time, diary, next, logged } = liveDiary({ 'ws/jane.md': contact('Jane') }, undefined, {
      showScan: async (scan) => {
        if (fail) throw new Error('progress unavailable');
        await scan();
      },
    });
    diary.start();
    const idle = diary.whenIdle();
    await time.runAll();
    await idle;
    assert.ok(logged.includes('error: Updating the diary failed: progress unavailable'), logged.join('\n'));
    assert.equal(diary.busy, false);
    fail = false;
    ws.write('ws/jane.md', contact('Jane', '2026-12-01'));
    await time.runAll();
    assert.equal(next('ws/jane.md'), '2026-12-01');
    const refreshed = diary.refresh();
    await time.runAll();
    await refreshed;
    assert.equal(diary.isScanned, true);
  });
});

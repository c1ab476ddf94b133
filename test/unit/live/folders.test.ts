import * as assert from 'node:assert/strict';
import { COALESCE_MS } from '../../../src/core/live/liveDiary';
import { parseIsoDate } from '../../../src/core/dates/localDate';
import { type FolderSettings, contact, gate } from './memoryWorkspace';
import { liveDiary } from './setup';

const tree = () => ({ 'ws/top.md': contact('Top'), 'ws/people/jane.md': contact('Jane'), 'ws/people/team/bob.md': contact('Bob'), 'ws/peoplex/x.md': contact('X') });

describe('live diary: folders renamed and deleted', () => {
  it('moves a folder renamed in the editor at once, with every file under it, before any file event', async () => {
    const { ws, time, paths, told, started } = liveDiary(tree());
    await started();
    ws.renameInEditor('ws/people', 'ws/friends');
    assert.deepEqual(paths(), ['ws/friends/jane.md', 'ws/friends/team/bob.md', 'ws/peoplex/x.md', 'ws/top.md']);
    assert.deepEqual(told, [0], 'one change for the whole move');
    await time.runAll();
    assert.deepEqual(paths(), ['ws/friends/jane.md', 'ws/friends/team/bob.md', 'ws/peoplex/x.md', 'ws/top.md']);
  });

  it('moves a file renamed in the editor, and reads it at its new path', async () => {
    const { ws, time, paths, next, started } = liveDiary(tree());
    await started();
    ws.renameInEditor('ws/top.md', 'ws/people/top.md');
    assert.equal(next('ws/people/top.md'), '2026-11-20');
    await time.runAll();
    assert.deepEqual(ws.host.reads, ['ws/people/top.md']);
    assert.ok(!paths().includes('ws/top.md'));
  });

  it('drops a folder deleted in the editor at once, and no file of a folder whose name starts alike', async () => {
    const { ws, paths, started } = liveDiary(tree());
    await started();
    ws.deleteInEditor('ws/people');
    assert.deepEqual(paths(), ['ws/peoplex/x.md', 'ws/top.md']);
  });

  it('drops a folder the watcher says is deleted, once the events are gathered', async () => {
    const { ws, time, paths, started } = liveDiary(tree());
    await started();
    ws.delete('ws/people');
    await time.advance(COALESCE_MS - 1);
    assert.equal(paths().length, 4);
    await time.advance(1);
    assert.deepEqual(paths(), ['ws/peoplex/x.md', 'ws/top.md']);
  });

  it('scans a folder that appears (moved in, checked out) with its diary folder\'s settings', async () => {
    const { ws, time, paths, started } = liveDiary({ 'ws/top.md': contact('Top') }, { ws: { exclude: ['**/archive/**'] } });
    await started();
    ws.writeQuietly('ws/moved/jane.md', contact('Jane'));
    ws.writeQuietly('ws/moved/archive/old.md', contact('Old'));
    ws.fireCreated('ws/moved');
    await time.runAll();
    assert.deepEqual(paths(), ['ws/moved/jane.md', 'ws/top.md']);
  });

  it('does not scan for a new excluded folder or a new file it does not read', async () => {
    const { ws, time, started } = liveDiary({ 'ws/top.md': contact('Top') }, { ws: { exclude: ['archive/**'] } });
    await started();
    ws.fireCreated('ws/archive/2020');
    ws.fireCreated('ws/notes.txt');
    assert.deepEqual(time.pending, []);
  });
});

/**
 * A live diary over `files` whose scan is held at `hold` (a folder's listing or a file's read)
 * while the workspace's folders become `after`; `scan` starts the scan held (default: the first).
 * Gives the diary's paths once everything has run.
 */
async function removedWhileHeld(
  live: ReturnType<typeof liveDiary>,
  hold: { readonly list?: string; readonly read?: string },
  after: Record<string, FolderSettings>,
  scan: () => unknown = () => live.diary.start(),
): Promise<string[]> {
  const held = gate();
  if (hold.list) live.ws.holds.list.set(hold.list, held);
  if (hold.read) live.ws.holds.read.set(hold.read, held);
  scan();
  await live.time.flush();
  await held.reached;
  live.ws.setFolders(after);
  held.open();
  await live.time.runAll();
  return live.paths();
}

describe('live diary: workspace folders and settings', () => {
  it('drops a folder removed from the workspace and scans one added, with its own settings', async () => {
    const { ws, time, paths, started } = liveDiary(
      { 'a/jane.md': contact('Jane'), 'b/bob.md': contact('Bob'), 'b/skip/x.md': contact('X') },
      { a: {}, b: {} },
    );
    await started();
    ws.setFolders({ a: {} });
    assert.deepEqual(paths(), ['a/jane.md']);
    ws.setFolders({ a: {}, b: { exclude: ['skip/**'] } });
    await time.runAll();
    assert.deepEqual(paths(), ['a/jane.md', 'b/bob.md']);
    assert.deepEqual(ws.host.reads, ['b/bob.md'], 'only the folder added is read');
  });

  const twoFolders = () => liveDiary({ 'ws/a.md': contact('Ann'), 'ws/b.md': contact('Bea'), 'other/c.md': contact('Cy') }, { ws: {}, other: {} });

  it('regression: a folder removed from the workspace while it was listed stayed in the views', async () => {
    assert.deepEqual(await removedWhileHeld(twoFolders(), { list: 'ws' }, { other: {} }), ['other/c.md']);
  });

  it('regression: a folder removed while it was read left the files read so far in the views', async () => {
    assert.deepEqual(await removedWhileHeld(twoFolders(), { read: 'ws/b.md' }, { other: {} }), ['other/c.md']);
  });

  it('keeps the files of a folder removed while it was read that an outer folder still holds', async () => {
    const live = liveDiary({ 'ws/top.md': contact('Top'), 'ws/inner/a.md': contact('Ann') }, { ws: {}, 'ws/inner': {} });
    assert.deepEqual(await removedWhileHeld(live, { read: 'ws/inner/a.md' }, { ws: {} }), ['ws/inner/a.md', 'ws/top.md']);
  });

  it('regression: a nested folder removed from the workspace took the notes its outer folder holds', async () => {
    const { ws, time, paths, started, diary } = liveDiary(
      { 'ws/top.md': contact('Top'), 'ws/inner/a.md': contact('Ann'), 'ws/inner/b.md': contact('Bea') },
      { ws: {}, 'ws/inner': { maxFileSize: 10 } },
    );
    await started();
    assert.equal(paths().length, 3);
    assert.equal(diary.contactAt('ws/inner/a.md'), undefined, 'over the inner folder\'s size limit');
    ws.setFolders({ ws: {} });
    await time.runAll();
    assert.deepEqual(paths(), ['ws/inner/a.md', 'ws/inner/b.md', 'ws/top.md']);
    assert.equal(diary.contactAt('ws/inner/a.md')?.name, 'Ann', 'read again with the outer folder\'s settings');
  });

  it('regression: a folder removed while read kept the notes its outer folder leaves out', async () => {
    const live = liveDiary({ 'ws/top.md': contact('Top'), 'ws/inner/a.md': contact('Ann') }, { ws: { exclude: ['inner/**'] }, 'ws/inner': {} });
    assert.deepEqual(await removedWhileHeld(live, { read: 'ws/inner/a.md' }, { ws: { exclude: ['inner/**'] } }), ['ws/top.md']);
  });

  it('regression: unsaved text in a note of a folder removed during its scan brought the note back', async () => {
    const live = twoFolders();
    await live.started();
    live.ws.open('ws/a.md').type(contact('Ann', '2026-12-01'));
    await live.time.runAll();
    assert.deepEqual(await removedWhileHeld(live, { read: 'ws/b.md' }, { other: {} }, () => live.diary.refresh()), ['other/c.md']);
  });

  it('regression: text typed in a note just before its folder was removed brought the note back', async () => {
    const { ws, time, paths, started } = liveDiary({ 'ws/a.md': contact('Ann'), 'other/c.md': contact('Cy') }, { ws: {}, other: {} });
    await started();
    ws.open('ws/a.md').type(contact('Ann', '2026-12-01'));
    ws.setFolders({ other: {} });
    await time.runAll();
    assert.deepEqual(paths(), ['other/c.md']);
  });

  it('a scan of a folder leaves the files of a folder nested in it to that folder', async () => {
    const { ws, time, paths, started } = liveDiary(
      { 'ws/top.md': contact('Top'), 'ws/inner/jane.md': contact('Jane') },
      { ws: { exclude: ['inner/**'] }, 'ws/inner': {} },
    );
    await started();
    assert.deepEqual(paths(), ['ws/inner/jane.md', 'ws/top.md']);
    ws.changeSettings('ws', { exclude: ['inner/**'] });
    await time.runAll();
    assert.deepEqual(paths(), ['ws/inner/jane.md', 'ws/top.md']);
  });

  it('scans every folder again when the settings that choose files change: files newly let in come, files left out go', async () => {
    const { ws, time, paths, started } = liveDiary({ 'ws/people/jane.md': contact('Jane'), 'ws/archive/old.md': contact('Old') }, { ws: { exclude: ['archive/**'] } });
    await started();
    assert.deepEqual(paths(), ['ws/people/jane.md']);
    ws.changeSettings('ws', { exclude: ['people/**'] });
    await time.runAll();
    assert.deepEqual(paths(), ['ws/archive/old.md']);
  });

  it('reads a file anew against a size limit changed in the settings', async () => {
    const { ws, time, diary, started } = liveDiary({ 'ws/jane.md': contact('Jane') + 'x'.repeat(200) });
    await started();
    assert.equal(diary.index.get('ws/jane.md')?.kind, 'contact');
    ws.changeSettings('ws', { maxFileSize: 100 });
    await time.runAll();
    assert.equal(diary.index.get('ws/jane.md')?.kind, 'attention');
  });

  it('builds the agenda anew when its settings change, without reading a file', async () => {
    let upcomingDays = 7;
    const { ws, time, diary, told, started } = liveDiary({ 'ws/jane.md': contact('Jane', '2026-11-30') }, undefined, { upcomingDays: () => upcomingDays });
    await started();
    const today = parseIsoDate('2026-11-20');
    if (!today.ok) throw new Error(today.error);
    const group = () => diary.agenda(today.value).groups.find((g) => g.items.length > 0)!.id;
    assert.equal(group(), 'later');
    upcomingDays = 14;
    ws.fireSettings({ files: false, agenda: true });
    assert.deepEqual(told, [0]);
    assert.equal(group(), 'upcoming');
    assert.equal(diary.agenda(today.value).upcomingDays, 14);
    await time.runAll();
    assert.deepEqual(ws.host.reads, []);
  });

  it('tells the views of a change only once the agenda has it, after its settings changed (regression: the new agenda heard of changes after the views)', async () => {
    const { ws, time, diary, started } = liveDiary({ 'ws/jane.md': contact('Jane', '2026-11-30') }, undefined, { upcomingDays: () => 14 });
    await started();
    const today = parseIsoDate('2026-11-20');
    if (!today.ok) throw new Error(today.error);
    ws.fireSettings({ files: false, agenda: true });
    // The views draw the new agenda, as they do when told of the settings.
    assert.equal(diary.agenda(today.value).groups.find((g) => g.items.length > 0)!.id, 'upcoming');
    const seen: string[] = [];
    diary.onDidChange(() => seen.push(diary.agenda(today.value).groups.find((g) => g.items.length > 0)!.id));
    ws.write('ws/jane.md', contact('Jane', '2026-11-20'));
    await time.runAll();
    assert.deepEqual(seen, ['today']);
  });

  it('does nothing for other settings', async () => {
    const { ws, time, told, started } = liveDiary({ 'ws/jane.md': contact('Jane') });
    await started();
    ws.fireSettings({ files: false, agenda: false });
    await time.runAll();
    assert.deepEqual(told, []);
    assert.deepEqual(ws.host.reads, []);
  });
});

import * as assert from 'node:assert/strict';
import { type IndexChange, unreadableReason } from '../../../src/core/diaryIndex';
import { type ScanProgress, joinPath, listFiles, scanFolder } from '../../../src/core/scan';
import { fakeIndex } from '../agenda/fakeIndex';
import { memoryHost } from './memoryHost';

const c = (name: string) => JSON.stringify({ name });

describe('scan', () => {
  it('lists included files, leaving out excluded folders and other files', async () => {
    const host = memoryHost({
      files: {
        'a.md': c('a'), 'notes.txt': 'x', 'people/b.md': c('b'), 'people/deep/c.md': c('c'),
        'node_modules/pkg/readme.md': 'x', '.git/x.md': 'x', 'archive/old.md': c('old'), 'empty/': '',
      },
    });
    const listing = await listFiles(host, '', { exclude: ['archive'] });
    assert.deepEqual([...listing.files].sort(), ['a.md', 'people/b.md', 'people/deep/c.md']);
    assert.deepEqual(listing.skipped, []);
  });

  it('joins paths under a root without doubling slashes', async () => {
    assert.equal(joinPath('/r', 'a.md'), '/r/a.md');
    assert.equal(joinPath('/r/', 'a.md'), '/r/a.md');
    assert.equal(joinPath('', 'a.md'), 'a.md');
    assert.equal(joinPath('/r', ''), '/r');
    const host = memoryHost({ files: { 'root/x/a.md': c('a') } });
    assert.deepEqual((await listFiles(host, 'root')).files, ['root/x/a.md']);
  });

  it('reads every file into the index and reports progress up to the total', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 50; i++) files[`d${i % 5}/f${i}.md`] = c(`n${i}`);
    const host = memoryHost({ files });
    const index = fakeIndex();
    const progress: ScanProgress[] = [];
    const report = await scanFolder(host, '', index, { onProgress: (p) => progress.push(p), concurrency: 3 });
    assert.equal(index.size, 50);
    assert.equal(report.files.length, 50);
    assert.equal(report.unreadable, 0);
    assert.deepEqual(progress.at(-1), { phase: 'reading', done: 50, total: 50 });
    assert.equal(host.reads.length, 50);
  });

  it('reads a host that reads at once in one loop, each file into the index before its buffer is reused', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`d${i % 4}/f${i}.md`] = c(`name number ${i}`);
    const tree = { files, failing: { 'd1/f5.md': 'EACCES: permission denied' } };
    // As Node's host does: one buffer, overwritten by every read, so bytes used late are wrong.
    const base = memoryHost(tree);
    const buffer = new Uint8Array(1024);
    let promised = 0;
    const host = {
      ...base,
      readFile: (p: string) => (promised++, base.readFile(p)),
      readFileNow: (p: string): Uint8Array => {
        const t = (tree.failing as Record<string, string>)[p];
        if (t) throw new Error(t);
        const bytes = new TextEncoder().encode(files[p]);
        buffer.fill(0x20);
        buffer.set(bytes);
        return buffer.subarray(0, bytes.length);
      },
    };
    const index = fakeIndex();
    let yields = 0;
    const report = await scanFolder(host, '', index, { sliceMs: 0, yieldToHost: async () => void yields++ });
    assert.equal(promised, 0, 'no promise read');
    assert.ok(yields >= 40, 'it still gives the thread back between slices');
    assert.equal(report.unreadable, 1);
    const expected = fakeIndex();
    await scanFolder(memoryHost(tree), '', expected);
    const names = (i: typeof index) => [...i.entries()].map((e) => (e.kind === 'contact' ? `${e.contact.file}=${e.contact.name}` : `${e.file}!${e.problem.message}`)).sort();
    assert.deepEqual(names(index), names(expected));
    assert.ok(names(index).includes('d1/f5.md!Couldn\'t read this file: EACCES: permission denied'));
  });

  /** A host that reads at once, the reads numbered in `slow` taking 3 ms (against a limit of 1). */
  function slowDisk(count: number, slow: (n: number) => boolean) {
    const files: Record<string, string> = {};
    for (let i = 0; i < count; i++) files[`f${String(i).padStart(3, '0')}.md`] = c(`n${i}`);
    const base = memoryHost({ files });
    const now: string[] = [];
    const buffer = new Uint8Array(1024);
    const host = {
      ...base,
      readFileNow: (p: string): Uint8Array => {
        now.push(p);
        if (slow(now.length)) for (const end = performance.now() + 3; performance.now() < end;);
        const bytes = new TextEncoder().encode(files[p]);
        buffer.set(bytes);
        return buffer.subarray(0, bytes.length);
      },
    };
    return { host, now, promised: base.reads, names: Object.keys(files).map((_, i) => `n${i}`).sort() };
  }
  const namesIn = (index: ReturnType<typeof fakeIndex>) => [...index.entries()].map((e) => (e.kind === 'contact' ? e.contact.name : '')).sort();

  it('goes on with concurrent reads once reads at once are slow, losing nothing', async () => {
    // A slow disk from the third read on.
    const disk = slowDisk(40, (n) => n >= 3);
    const index = fakeIndex();
    const report = await scanFolder(disk.host, '', index, { slowReadMs: 1, concurrency: 4 });
    assert.equal(disk.now.length, 5, 'no read at once after the third slow one');
    assert.equal(disk.promised.length, 35, 'the rest read by promise');
    assert.equal(report.unreadable, 0);
    assert.deepEqual(namesIn(index), disk.names);
  });

  it('keeps reading at once through a few slow reads on a busy machine', async () => {
    // Three reads in 200 wait for the CPU: not a slow disk.
    const disk = slowDisk(200, (n) => n === 50 || n === 120 || n === 180);
    const index = fakeIndex();
    await scanFolder(disk.host, '', index, { slowReadMs: 1 });
    assert.equal(disk.now.length, 200);
    assert.equal(disk.promised.length, 0);
    assert.deepEqual(namesIn(index), disk.names);
  });

  it('yields to the caller between slices, with one index event per slice', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`f${i}.md`] = c(`n${i}`);
    const index = fakeIndex();
    const events: IndexChange[] = [];
    index.onDidChange((e) => events.push(e));
    let yields = 0;
    // A zero-length slice yields after every file: the most chopped-up scan there can be.
    await scanFolder(memoryHost({ files }), '', index, { concurrency: 1, sliceMs: 0, yieldToHost: async () => void yields++ });
    assert.ok(yields >= 30, `yielded ${yields} times`);
    assert.ok(events.length >= 2, `${events.length} events`);
    assert.equal(events.reduce((n, e) => n + e.updated.length, 0), 30);
  });

  it('records an unreadable file under attention with the reason, and reads the rest', async () => {
    const host = memoryHost({ files: { 'a.md': c('a'), 'locked.md': c('x') }, failing: { 'locked.md': 'EACCES: permission denied' } });
    const index = fakeIndex();
    const report = await scanFolder(host, '', index);
    assert.equal(report.unreadable, 1);
    const e = index.get('locked.md');
    assert.ok(e?.kind === 'attention');
    assert.match(e.problem.message, /Couldn't read this file: EACCES: permission denied/);
    assert.equal(index.get('a.md')?.kind, 'contact');
  });

  it('says why a file could not be read in words, by the error\'s code, and as the system said it otherwise', () => {
    const error = (code: string, message: string) => Object.assign(new Error(message), { code });
    assert.equal(unreadableReason(error('EACCES', "EACCES: permission denied, open '/d/a.md'")), "Couldn't read this file: no permission to read it (EACCES)");
    assert.equal(unreadableReason(error('NoPermissions', 'Error: NoPermissions (FileSystemError)')), "Couldn't read this file: no permission to read it (NoPermissions)");
    assert.equal(unreadableReason(error('EIO', 'EIO: i/o error, read')), "Couldn't read this file: EIO: i/o error, read");
    assert.equal(unreadableReason('gone'), "Couldn't read this file: gone");
  });

  it('skips a folder it cannot list, with the reason, and goes on', async () => {
    const host = memoryHost({ files: { 'a.md': c('a'), 'secret/b.md': c('b') }, failing: { secret: 'EACCES: permission denied' } });
    const index = fakeIndex();
    const report = await scanFolder(host, '', index);
    assert.deepEqual(report.files, ['a.md']);
    assert.equal(report.skipped.length, 1);
    assert.equal(report.skipped[0]!.path, 'secret');
    assert.equal(report.skipped[0]!.code, 'unlisted');
    assert.match(report.skipped[0]!.reason, /permission denied/);
  });

  it('follows a linked folder once and stops at a link loop', async () => {
    const host = memoryHost({
      files: { 'a/x.md': c('x'), 'shared/y.md': c('y') },
      links: { 'a/loop': 'a', 'a/up': '', 'b': 'shared', 'c': 'shared', 'self': 'self' },
    });
    const listing = await listFiles(host, '');
    assert.equal(listing.files.filter((f) => f.startsWith('a/')).join(), 'a/x.md');
    // Both links to `shared` lead to a folder already walked: one of them is skipped, as are the loops.
    const loops = listing.skipped.filter((s) => s.code === 'symlink-loop').map((s) => s.path).sort();
    assert.ok(loops.includes('a/loop') && loops.includes('a/up'), JSON.stringify(listing.skipped));
    assert.equal(listing.files.filter((f) => f.endsWith('y.md')).length, 1);
  });

  it('does not follow linked folders on a host that cannot resolve links, and says so', async () => {
    const host = memoryHost({ files: { 'a/x.md': c('x') }, links: { 'a/loop': 'a' } }, false);
    const listing = await listFiles(host, '');
    assert.deepEqual(listing.files, ['a/x.md']);
    assert.deepEqual(listing.skipped.map((s) => [s.path, s.code]), [['a/loop', 'symlink-not-followed']]);
  });

  it('reports a broken link to a file as unreadable rather than leaving it out', async () => {
    const host = memoryHost({ files: { 'a.md': c('a') }, links: { 'gone.md': 'nowhere.md' } });
    const index = fakeIndex();
    const report = await scanFolder(host, '', index);
    assert.equal(report.unreadable, 1);
    assert.equal(index.get('gone.md')?.kind, 'attention');
  });

  it('stops at the depth limit with a reason', async () => {
    const host = memoryHost({ files: { 'a/b/c/d.md': c('d'), 'a/top.md': c('t') } });
    const listing = await listFiles(host, '', { maxDepth: 2 });
    assert.deepEqual(listing.files, ['a/top.md']);
    assert.deepEqual(listing.skipped.map((s) => [s.path, s.code]), [['a/b/c', 'too-deep']]);
  });

  it('returns what it has when cancelled', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 20; i++) files[`f${i}.md`] = c(`n${i}`);
    const index = fakeIndex();
    let reads = 0;
    const host = memoryHost({ files });
    const read = host.readFile.bind(host);
    host.readFile = (p) => (reads++, read(p));
    const report = await scanFolder(host, '', index, { cancelled: () => reads >= 5, concurrency: 1 });
    assert.equal(report.cancelled, true);
    assert.equal(index.size, 5);
  });

  it('survives a host whose listing throws something odd', async () => {
    const host = memoryHost({ files: { 'a.md': c('a') } });
    host.readDirectory = async () => { throw 'not an Error'; };
    const listing = await listFiles(host, '');
    assert.deepEqual(listing.files, []);
    assert.match(listing.skipped[0]!.reason, /not an Error/);
  });
});

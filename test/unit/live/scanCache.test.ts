import * as assert from 'node:assert/strict';
import { type FileHost } from '../../../src/core/host';
import { CACHE_SAVE_MS } from '../../../src/core/live/liveDiary';
import { type ScanCacheStore, loadScanCache } from '../../../src/core/scanCache';
import { contact } from './memoryWorkspace';
import { type FolderSettings } from './memoryWorkspace';
import { liveDiary } from './setup';

/** Caches kept in memory between sessions, by folder; `opened` counts the folders opened. */
function memoryStore(options: { failing?: boolean } = {}) {
  const texts = new Map<string, string>();
  const opened: string[] = [];
  const store: ScanCacheStore = {
    async open(root, settings, tick) {
      opened.push(root);
      if (options.failing) throw new Error('EACCES: permission denied');
      const cache = await loadScanCache(root, JSON.stringify(settings), texts.get(root), tick);
      return {
        cache,
        save: async () => {
          if (cache.changed) texts.set(root, await cache.encode());
        },
      };
    },
    clear: async () => texts.clear(),
  };
  return { store, texts, opened };
}

/** A session of the live diary over `files`, its host stamping each file by its text (a stand-in for size and times). */
async function session(files: Record<string, string>, store: ScanCacheStore, folders?: Record<string, FolderSettings>) {
  const live = liveDiary(files, folders, { scanCaches: store });
  (live.ws.host as FileHost).stampNow = (path) => live.ws.tree.files[path];
  live.diary.start();
  await live.time.runAll();
  await live.diary.whenCachesSaved();
  return live;
}

const FILES = {
  'ws/jane.md': contact('Jane'),
  'ws/people/bob.md': contact('Bob'),
  'ws/notes/plain.md': '# Just a note\n',
  'ws/broken.md': '---\nname: Broken\nnext: someday\n---\n',
};

describe('live diary: scan cache', () => {
  it('reads in the next session only the files changed since, and shows the same diary', async () => {
    const { store, texts } = memoryStore();
    const first = await session(FILES, store);
    assert.equal(first.ws.host.reads.length, 4);
    assert.ok(texts.has('ws'));
    const second = await session(FILES, store);
    assert.deepEqual(second.ws.host.reads, []);
    assert.deepEqual(second.paths(), first.paths());
    assert.deepEqual(second.diary.index.get('ws/broken.md'), first.diary.index.get('ws/broken.md'));
    assert.ok(second.diary.index.hasNote('ws/notes/plain.md'));
    const third = await session({ ...FILES, 'ws/jane.md': contact('Jane Changed') }, store);
    assert.deepEqual(third.ws.host.reads, ['ws/jane.md']);
    assert.equal(third.diary.contactAt('ws/jane.md')?.name, 'Jane Changed');
  });

  it('reads every file again when the folder\'s reading settings changed', async () => {
    const { store } = memoryStore();
    await session(FILES, store);
    const again = await session(FILES, store, { ws: { logHeading: 'Journal' } });
    assert.equal(again.ws.host.reads.length, 4);
  });

  it('keeps a nested folder\'s files out of the outer folder\'s cache: they are read with the nested one\'s settings', async () => {
    const { store, texts } = memoryStore();
    const folders = { ws: {}, 'ws/people': { logHeading: 'Journal' } };
    await session(FILES, store, folders);
    assert.ok(!texts.get('ws')!.includes('people/bob.md'));
    assert.ok(texts.get('ws/people')!.includes('bob.md'));
    const again = await session(FILES, store, folders);
    // The outer folder's scan reads it, as without a cache; the nested folder's scan takes it from its own.
    assert.deepEqual(again.ws.host.reads, ['ws/people/bob.md']);
    assert.equal(again.diary.contactAt('ws/people/bob.md')?.name, 'Bob');
  });

  it('reads every file, and says why, when the cache cannot be opened', async () => {
    const { store, opened } = memoryStore({ failing: true });
    const live = await session(FILES, store);
    assert.deepEqual(opened, ['ws']);
    assert.equal(live.ws.host.reads.length, 4);
    assert.equal(live.paths().length, 3);
    assert.match(live.logged.join('\n'), /warn: The scan cache of ws couldn't be opened; every file is read: EACCES/);
  });

  it('reads every file when the store keeps no cache (caching turned off)', async () => {
    const { store } = memoryStore();
    await session(FILES, store);
    const live = await session(FILES, { open: () => Promise.resolve(undefined), clear: store.clear });
    assert.equal(live.ws.host.reads.length, 4);
  });

  it('opens no cache for a folder whose host cannot stamp files (a remote or virtual one)', async () => {
    const { store, opened } = memoryStore();
    const live = liveDiary(FILES, undefined, { scanCaches: store });
    live.diary.start();
    await live.time.runAll();
    assert.deepEqual(opened, []);
    assert.equal(live.ws.host.reads.length, 4);
  });

  it('writes the cache a while after the scan, not while the views first show the diary', async () => {
    const { store, texts } = memoryStore();
    const live = liveDiary(FILES, undefined, { scanCaches: store });
    (live.ws.host as FileHost).stampNow = (path) => live.ws.tree.files[path];
    live.diary.start();
    await live.time.advance(CACHE_SAVE_MS - 1);
    assert.equal(texts.size, 0);
    await live.time.advance(2);
    await live.diary.whenCachesSaved();
    assert.ok(texts.has('ws'));
  });

  it('writes no cache when the diary is closed before its time', async () => {
    const { store, texts } = memoryStore();
    const live = liveDiary(FILES, undefined, { scanCaches: store });
    (live.ws.host as FileHost).stampNow = (path) => live.ws.tree.files[path];
    live.diary.start();
    await live.time.advance(100);
    live.diary.dispose();
    await live.time.runAll();
    await live.diary.whenCachesSaved();
    assert.equal(texts.size, 0);
  });

  it('saves no cache of a scan cut short', async () => {
    const { store, texts } = memoryStore();
    const live = liveDiary(FILES, undefined, { scanCaches: store });
    (live.ws.host as FileHost).stampNow = (path) => live.ws.tree.files[path];
    live.diary.start();
    live.diary.dispose();
    await live.time.runAll();
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(texts.size, 0);
  });
});

import * as assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DiaryIndex, type IndexEntry, createDiaryIndex } from '../../../src/core/diaryIndex';
import { readContact } from '../../../src/core/read';
import { scanFolder } from '../../../src/core/scan';
import { type ScanCache, createScanCache } from '../../../src/core/scanCache';
import { SETTLED_MS, createNodeHost, stampOf } from '../../../src/node/nodeHost';
import { cacheFolder, openScanCache } from '../../../src/node/scanCacheFile';
import { nodeUtf8 } from '../../../src/node/utf8';

const FIXTURES = join(__dirname, '../../fixtures');

/** Every entry of an index and every note it read, to compare two scans of one folder. */
function contents(index: DiaryIndex): { entries: Map<string, IndexEntry>; notes: string[] } {
  const entries = new Map<string, IndexEntry>();
  for (const e of index.entries()) entries.set(e.kind === 'contact' ? e.contact.file : e.file, e);
  return { entries, notes: [...index.notes()].sort() };
}

/** Scans `root` through Node's host, counting the files read, with `cache` if given. */
async function scan(root: string, cache?: ScanCache): Promise<{ index: DiaryIndex; reads: string[] }> {
  const index = createDiaryIndex({ read: readContact, utf8: nodeUtf8 });
  const host = createNodeHost({ settledMs: 0 });
  const reads: string[] = [];
  const readFileNow = host.readFileNow!;
  await scanFolder({ ...host, readFileNow: (p) => (reads.push(p), readFileNow(p)) }, root, index, { cache });
  return { index, reads };
}

/** JSON's view of a value: what a cache can keep (no `undefined` members). */
const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

describe('scan cache', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'contact-diary-cache-')).replace(/\\/g, '/');
    cpSync(FIXTURES, root, { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('gives what reading gives, for every fixture, without reading an unchanged file again', async () => {
    const fresh = await scan(root);
    const first = createScanCache(root, 'k');
    const made = await scan(root, first);
    assert.equal(made.reads.length, fresh.reads.length);
    assert.ok(first.changed);
    const text = first.encode();
    assert.match(text, /^[\x20-\x7e]*$/, 'the cache text is ASCII');

    const second = createScanCache(root, 'k', text);
    const again = await scan(root, second);
    assert.deepEqual(again.reads, []);
    assert.equal(second.changed, false);
    const a = contents(fresh.index);
    const b = contents(again.index);
    assert.deepEqual(b.notes, a.notes);
    assert.deepEqual([...b.entries.keys()].sort(), [...a.entries.keys()].sort());
    for (const [path, entry] of a.entries) assert.deepEqual(b.entries.get(path), plain(entry), path);
    // Names and values beyond ASCII come back as they were written.
    assert.ok([...b.entries.values()].some((e) => e.kind === 'contact' && /[^\x20-\x7e]/.test(e.contact.name)));
  });

  it('shares equal lists across contacts taken from it, as a read does: commonGround ranks each once', async () => {
    for (let i = 0; i < 3; i++) writeFileSync(`${root}/same-${i}.md`, `---\nname: Same ${i}\ncompany: Acme Print\ntags: [warm, north]\ninterests: [sailing]\nnext: 2026-12-0${i + 1}\nlast: 2026-11-02\ncadence: 3 weeks\n---\n`);
    const cache = createScanCache(root, 'k');
    const fresh = await scan(root, cache);
    const again = await scan(root, createScanCache(root, 'k', cache.encode()));
    assert.deepEqual(again.reads, []);
    for (const { index } of [fresh, again]) {
      const [a, b] = [0, 1].map((i) => index.get(`${root}/same-${i}.md`));
      assert.ok(a?.kind === 'contact' && b?.kind === 'contact');
      assert.equal(a.contact.tags, b.contact.tags, 'one array for equal lists');
      assert.equal(a.contact.interests, b.contact.interests);
      assert.ok(Object.isFrozen(a.contact.tags));
      assert.deepEqual(a.contact.tags, ['warm', 'north']);
      // Days and paces are equal, shared or not (a read shares them, the cache need not).
      assert.deepEqual([a.contact.last, a.contact.cadence], [b.contact.last, b.contact.cadence]);
      assert.ok(a.contact.last !== undefined && a.contact.cadence !== undefined);
    }
  });

  it('reads again a file whose stamp changed, and leaves out a file that is gone', async () => {
    const cache = createScanCache(root, 'k');
    await scan(root, cache);
    const file = `${root}/basic.md`;
    const before = readFileSync(file, 'utf8');
    writeFileSync(file, before.replace(/^name: .*$/m, 'name: Renamed Person'));
    unlinkSync(`${root}/crlf.md`);
    const next = createScanCache(root, 'k', cache.encode());
    const { index, reads } = await scan(root, next);
    assert.deepEqual(reads, [file]);
    const entry = index.get(file);
    assert.ok(entry?.kind === 'contact');
    assert.equal(entry.contact.name, 'Renamed Person');
    assert.ok(next.changed);
    assert.ok(!next.encode().includes('"crlf.md"'));
  });

  it('starts afresh from a cache of other settings, another folder, or another format', async () => {
    const cache = createScanCache(root, 'k');
    const { reads } = await scan(root, cache);
    const text = cache.encode();
    for (const other of [createScanCache(root, 'other settings', text), createScanCache(`${root}/people`, 'k', text), createScanCache(root, 'k', text.replace('"format":1', '"format":0'))]) {
      assert.equal((await scan(root, other)).reads.length, reads.length);
    }
  });

  it('drops a cache cut short or edited into another shape, and reads every file', async () => {
    const cache = createScanCache(root, 'k');
    const { reads } = await scan(root, cache);
    const text = cache.encode();
    const broken = [
      text.slice(0, text.length / 2),
      '',
      'null',
      '[]',
      text.replace(/"tags":\[[^\]]*\]/, '"tags":7'),
      text.replace(/"name":"[^"]*"/, '"name":null'),
      text.replace('"files":[[', '"files":[[1,2,3],['),
      text.replace('"kind":"contact"', '"kind":"unknown"'),
    ];
    for (const t of broken) {
      const again = await scan(root, createScanCache(root, 'k', t));
      assert.equal(again.reads.length, reads.length, t.slice(0, 60));
    }
  });

  it('keeps plain notes (no next) as notes a link can name, without reading them again', async () => {
    writeFileSync(`${root}/plain note.md`, '# Only a note\n\nNo front-matter.\n');
    const cache = createScanCache(root, 'k');
    await scan(root, cache);
    const { index, reads } = await scan(root, createScanCache(root, 'k', cache.encode()));
    assert.deepEqual(reads, []);
    assert.ok(index.hasNote(`${root}/plain note.md`));
    assert.equal(index.get(`${root}/plain note.md`), undefined);
  });
});

describe('scan cache on hosts that fail or are slow', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'contact-diary-cache-slow-')).replace(/\\/g, '/');
    for (let i = 0; i < 40; i++) writeFileSync(join(root, `p${i}.md`), `---\nname: Person ${i}\nnext: 2026-12-${String(1 + (i % 28)).padStart(2, '0')}\n---\n`);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('regression: a note that could not be stamped stopped the whole scan', async () => {
    const cache = createScanCache(root, 'k');
    const host = createNodeHost({ settledMs: 0 });
    const index = createDiaryIndex({ read: readContact, utf8: nodeUtf8 });
    const failing = `${root}/p3.md`;
    const stampNow = (p: string) => {
      if (p === failing) throw new Error('ELOOP: too many symbolic links encountered');
      return host.stampNow!(p);
    };
    const report = await scanFolder({ ...host, stampNow }, root, index, { cache });
    assert.equal(report.unreadable, 0);
    assert.equal(index.size, 40);
    assert.ok(!cache.encode().includes('"p3.md"'), 'read, not remembered');
  });

  it('stops stamping, and reads the rest concurrently, when stamps are slow (a network drive)', async () => {
    const first = createScanCache(root, 'k');
    await scan(root, first);
    const host = createNodeHost({ settledMs: 0 });
    let stamps = 0;
    const stampNow = (p: string) => {
      stamps++;
      const until = Date.now() + 8;
      while (Date.now() < until) { /* a round trip to a far file server */ }
      return host.stampNow!(p);
    };
    let promised = 0;
    const readFile = (p: string) => (promised++, host.readFile(p));
    const index = createDiaryIndex({ read: readContact, utf8: nodeUtf8 });
    await scanFolder({ ...host, stampNow, readFile }, root, index, { cache: createScanCache(root, 'k', first.encode()) });
    assert.equal(stamps, 3, 'three slow stamps are a slow disk');
    assert.ok(promised >= 30, `read without holding the thread: ${promised}`);
    assert.equal(index.size, 40);
  });
});

describe('file stamps', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'contact-diary-stamp-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stamps a settled file, and not one changed since the moment given', () => {
    const file = join(dir, 'a.md');
    writeFileSync(file, 'next: 2026-12-09\n');
    assert.equal(stampOf(file, Date.now() - SETTLED_MS), undefined, 'just written');
    assert.match(stampOf(file, Date.now() + 1000) ?? '', /^17\/\d/);
    assert.equal(stampOf(join(dir, 'missing.md'), Date.now() + 1000), undefined);
    assert.equal(stampOf(dir, Date.now() + 1000), undefined, 'a folder has no stamp');
  });

  it('regression: a link loop made the stamp throw, where a read lists the note as unreadable', function () {
    if (process.platform === 'win32') this.skip();
    symlinkSync('loop.md', join(dir, 'loop.md'));
    assert.equal(stampOf(join(dir, 'loop.md'), Date.now() + 1000), undefined);
    assert.equal(stampOf(join(dir, 'a'.repeat(300), 'b.md'), Date.now() + 1000), undefined, 'a name too long');
  });

  it('regression: a same-size rewrite that puts the old modification time back is not stamped as settled', () => {
    const file = join(dir, 'a.md');
    writeFileSync(file, 'next: 2026-12-09\n');
    const old = new Date(Date.now() - 3600_000);
    utimesSync(file, old, old);
    const settled = Date.now() + 1000;
    const first = stampOf(file, settled);
    writeFileSync(file, 'next: 2026-12-10\n');
    utimesSync(file, old, old);
    // The change time moved (nobody can set it back): the stamp differs, and the file is read again.
    assert.notEqual(stampOf(file, settled), first);
    // And until it settles it has no stamp at all.
    assert.equal(stampOf(file, Date.now() - SETTLED_MS), undefined);
  });
});

describe('scan cache file', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'contact-diary-cachefile-')).replace(/\\/g, '/')));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  let notes: string;
  let folder: string;
  beforeEach(() => {
    notes = join(dir, 'notes');
    cpSync(FIXTURES, notes, { recursive: true });
    folder = join(dir, 'cache');
  });

  /** Scans the notes through a cache of `folder` made with `settings`, saves it, and gives its file's name. */
  async function scanAndSave(settings: unknown = {}, where = folder): Promise<{ reads: string[]; file: string | undefined }> {
    const cached = openScanCache(where, notes, settings);
    const { reads } = await scan(notes, cached.cache);
    cached.save();
    return { reads, file: readdirSync(where, { withFileTypes: true }).find((e) => /^[0-9a-f]{24}-[0-9a-f]{8}\.json$/.test(e.name))?.name };
  }

  it('keeps caches where each system keeps them, and none when told so', () => {
    const home = () => '/home/u';
    const folder = (env: Record<string, string>, platform = 'linux', from = home) => cacheFolder(env, platform, from).folder;
    assert.equal(folder({}), join('/home/u', '.cache', 'contact-diary'));
    assert.equal(folder({ XDG_CACHE_HOME: '/x' }), join('/x', 'contact-diary'));
    assert.equal(folder({}, 'darwin'), join('/home/u', 'Library', 'Caches', 'contact-diary'));
    assert.equal(folder({ CONTACT_DIARY_CACHE: '/c' }), '/c');
    for (const off of ['off', 'OFF', '0', 'false', 'no', 'none', 'disable', 'Disabled']) assert.deepEqual(cacheFolder({ CONTACT_DIARY_CACHE: off }, 'linux', home), {});
    assert.equal(folder({}, 'linux', () => ''), undefined);
    assert.equal(folder({}, 'linux', () => {
      throw new Error('no home');
    }), undefined);
  });

  it('regression: a relative CONTACT_DIARY_CACHE put the notes\' private data in the folder the tool ran in', () => {
    const r = cacheFolder({ CONTACT_DIARY_CACHE: 'none-of-these' }, 'linux', () => '/home/u');
    assert.equal(r.folder, undefined);
    assert.match(r.problem ?? '', /CONTACT_DIARY_CACHE=none-of-these is not an absolute folder .*every note is read/);
    // A relative XDG_CACHE_HOME is ignored, as its spec asks.
    assert.equal(cacheFolder({ XDG_CACHE_HOME: 'cache' }, 'linux', () => '/home/u').folder, join('/home/u', '.cache', 'contact-diary'));
  });

  it('keeps caches in %LOCALAPPDATA% on Windows', function () {
    if (process.platform !== 'win32') this.skip();
    assert.equal(cacheFolder({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32', () => 'C:\\Users\\u').folder, join('C:\\Users\\u\\AppData\\Local', 'contact-diary', 'Cache'));
  });

  it('writes a cache only when it changed, and reads it back', async () => {
    const { file } = await scanAndSave({ logHeading: 'Log' });
    assert.deepEqual(readdirSync(folder), [file], 'no temporary file left behind');
    const second = openScanCache(folder, notes, { logHeading: 'Log' });
    assert.deepEqual((await scan(notes, second.cache)).reads, []);
    const written = readFileSync(join(folder, file!));
    second.save();
    assert.deepEqual(readFileSync(join(folder, file!)), written);
    // Other settings: every note is read again.
    const third = openScanCache(folder, notes, { logHeading: 'Journal' });
    assert.ok((await scan(notes, third.cache)).reads.length > 0);
  });

  it('regression: a folder read with two settings in turn read every note each time (one cache file per folder)', async () => {
    await scanAndSave({ maxFileSize: 1024 });
    await scanAndSave({ maxFileSize: 2048 });
    assert.deepEqual((await scanAndSave({ maxFileSize: 1024 })).reads, []);
    assert.deepEqual((await scanAndSave({ maxFileSize: 2048 })).reads, []);
    assert.equal(readdirSync(folder).length, 2);
  });

  it('keeps the cache for the user alone: it holds names, phones and addresses', async function () {
    if (process.platform === 'win32') this.skip();
    await scanAndSave();
    assert.equal(statSync(folder).mode & 0o777, 0o700);
    for (const name of readdirSync(folder)) assert.equal(statSync(join(folder, name)).mode & 0o777, 0o600);
  });

  it('forgets caches not written for thirty days and temporary files a crash left, when it writes its own', async () => {
    mkdirSync(folder);
    const old = new Date(Date.now() - 31 * 24 * 3600_000);
    const day = new Date(Date.now() - 25 * 3600_000);
    const files = {
      'aaaaaaaaaaaaaaaaaaaaaaaa-00000000.json': old, 'bbbbbbbbbbbbbbbbbbbbbbbb-00000000.json': day,
      'cccccccccccccccccccccccc-00000000.json.123.tmp': day, 'dddddddddddddddddddddddd-00000000.json.9.tmp': new Date(), 'notes.json': old,
    };
    for (const [name, time] of Object.entries(files)) {
      writeFileSync(join(folder, name), '{}');
      utimesSync(join(folder, name), time, time);
    }
    await scanAndSave();
    const left = readdirSync(folder).sort();
    assert.equal(left.filter((n) => !(n in files)).length, 1, 'its own cache');
    // Kept: a cache a day old, a temporary file being written now, and a file it did not write.
    assert.deepEqual(left.filter((n) => n in files), ['bbbbbbbbbbbbbbbbbbbbbbbb-00000000.json', 'dddddddddddddddddddddddd-00000000.json.9.tmp', 'notes.json']);
  });

  it('regression: a cache used every day but never changed was forgotten after thirty days', async () => {
    const { file } = await scanAndSave();
    const old = new Date(Date.now() - 31 * 24 * 3600_000);
    utimesSync(join(folder, file!), old, old);
    assert.deepEqual((await scanAndSave()).reads, []);
    assert.ok(Date.now() - statSync(join(folder, file!)).mtimeMs < 60_000, 'touched when used');
  });

  it('never writes its cache through a link left in place of its temporary file', async function () {
    if (process.platform === 'win32') this.skip();
    const { file } = await scanAndSave();
    const target = join(dir, 'elsewhere.txt');
    writeFileSync(target, 'untouched');
    rmSync(join(folder, file!));
    symlinkSync(target, join(folder, `${file!}.${process.pid}.tmp`));
    await scanAndSave();
    assert.equal(readFileSync(target, 'utf8'), 'untouched');
  });

  it('reads every note, without a word, when the cache folder cannot be written', async () => {
    const blocked = join(dir, 'a file');
    writeFileSync(blocked, '');
    const cached = openScanCache(join(blocked, 'cache'), notes, {});
    const { reads } = await scan(notes, cached.cache);
    assert.ok(reads.length > 0);
    assert.doesNotThrow(() => cached.save());
    assert.deepEqual(readdirSync(dir).sort(), ['a file', 'notes']);
  });
});

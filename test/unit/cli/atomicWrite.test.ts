import * as assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../../../src/cli/atomicWrite';

describe('writeFileAtomic', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'contact-diary-atomic-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces the content and leaves no temporary file', async () => {
    const file = join(dir, 'jane.md');
    writeFileSync(file, 'old');
    assert.deepEqual(await writeFileAtomic(file, 'new ✓'), { ok: true, value: undefined });
    assert.equal(readFileSync(file, 'utf8'), 'new ✓');
    assert.deepEqual(readdirSync(dir), ['jane.md']);
  });

  for (const mode of [0o600, 0o640, 0o755]) {
    it(`keeps the file mode ${mode.toString(8)}`, async () => {
      const file = join(dir, 'jane.md');
      writeFileSync(file, 'old');
      chmodSync(file, mode);
      assert.ok((await writeFileAtomic(file, new Uint8Array([1, 2, 3]))).ok);
      assert.equal(statSync(file).mode & 0o777, mode);
      assert.deepEqual([...readFileSync(file)], [1, 2, 3]);
    });
  }

  it('writes through a symbolic link, which stays a link', async () => {
    mkdirSync(join(dir, 'real'));
    const real = join(dir, 'real', 'jane.md');
    writeFileSync(real, 'old');
    symlinkSync(real, join(dir, 'link.md'));
    assert.ok((await writeFileAtomic(join(dir, 'link.md'), 'new')).ok);
    assert.equal(readlinkSync(join(dir, 'link.md')), real);
    assert.equal(readFileSync(real, 'utf8'), 'new');
    assert.deepEqual(readdirSync(join(dir, 'real')), ['jane.md']);
  });

  it('creates a file that does not exist yet, with the mode the umask gives new files', async () => {
    assert.ok((await writeFileAtomic(join(dir, 'new.md'), 'hello')).ok);
    assert.equal(readFileSync(join(dir, 'new.md'), 'utf8'), 'hello');
    // Not writable by everyone: 0666 less the umask, as for a file any program makes.
    const umask = process.umask();
    assert.equal(statSync(join(dir, 'new.md')).mode & 0o777, 0o666 & ~umask);
    writeFileSync(join(dir, 'plain.md'), 'x');
    assert.equal(statSync(join(dir, 'new.md')).mode & 0o777, statSync(join(dir, 'plain.md')).mode & 0o777);
  });

  it('refuses when the file changed since it was read, and leaves it as it is', async () => {
    const file = join(dir, 'jane.md');
    writeFileSync(file, 'changed by someone else');
    const r = await writeFileAtomic(file, 'ours', { ifUnchanged: Buffer.from('what we read') });
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.error : '', /jane\.md changed on disk/);
    assert.equal(readFileSync(file, 'utf8'), 'changed by someone else');
    assert.deepEqual(readdirSync(dir), ['jane.md']);
  });

  it('writes when the file holds what was read', async () => {
    const file = join(dir, 'jane.md');
    writeFileSync(file, 'what we read');
    assert.ok((await writeFileAtomic(file, 'ours', { ifUnchanged: Buffer.from('what we read') })).ok);
    assert.equal(readFileSync(file, 'utf8'), 'ours');
  });

  it('refuses a folder, and a file whose folder does not exist, naming the path', async () => {
    const r1 = await writeFileAtomic(dir, 'x');
    assert.equal(r1.ok, false);
    assert.match(!r1.ok ? r1.error : '', /is a folder, not a file/);
    // A name ending in a slash names a folder, even one that doesn't exist yet: no file `out` is made.
    const r3 = await writeFileAtomic(`${join(dir, 'out')}/`, 'x');
    assert.equal(r3.ok, false);
    assert.match(!r3.ok ? r3.error : '', /out\/ names a folder, not a file/);
    const missing = join(dir, 'nope', 'jane.md');
    const r2 = await writeFileAtomic(missing, 'x');
    assert.equal(r2.ok, false);
    assert.ok(!r2.ok && r2.error.includes(missing), !r2.ok ? r2.error : '');
    assert.deepEqual(readdirSync(dir), []);
  });

  it('refuses a read-only file, which the rename alone would replace', async () => {
    const file = join(dir, 'jane.md');
    writeFileSync(file, 'old');
    chmodSync(file, 0o444);
    const r = await writeFileAtomic(file, 'new');
    assert.deepEqual(r, { ok: false, error: `${file} is read-only; nothing written` });
    assert.equal(readFileSync(file, 'utf8'), 'old');
    assert.deepEqual(readdirSync(dir), ['jane.md']);
  });

  it('refuses when the file was removed since it was read', async () => {
    const r = await writeFileAtomic(join(dir, 'gone.md'), 'x', { ifUnchanged: Buffer.from('old') });
    assert.equal(r.ok, false);
    assert.deepEqual(readdirSync(dir), []);
  });
});

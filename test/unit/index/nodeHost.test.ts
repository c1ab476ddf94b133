import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNodeHost, toHostPath } from '../../../src/node/nodeHost';
import { scanFolder } from '../../../src/core/scan';
import { fakeIndex } from '../agenda/fakeIndex';

describe('node file host', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'contact-diary-host-')).replace(/\\/g, '/');
    mkdirSync(join(root, 'people/deep'), { recursive: true });
    writeFileSync(join(root, 'people/a.md'), '{"name":"A"}');
    writeFileSync(join(root, 'people/deep/b.md'), '{"name":"B"}');
    symlinkSync(root, join(root, 'people/deep/loop'), 'dir');
    symlinkSync(join(root, 'nowhere.md'), join(root, 'broken.md'), 'file');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  for (const read of ['sync', 'async'] as const) {
    it(`scans a real folder (${read} reads) through a link loop and a broken link without hanging`, async () => {
      const index = fakeIndex();
      const report = await scanFolder(createNodeHost({ read }), root, index);
      assert.deepEqual([...report.files].sort(), [`${root}/broken.md`, `${root}/people/a.md`, `${root}/people/deep/b.md`]);
      assert.deepEqual(report.skipped.map((s) => [s.path, s.code]), [[`${root}/people/deep/loop`, 'symlink-loop']]);
      assert.equal(report.unreadable, 1);
      const broken = index.get(`${root}/broken.md`);
      assert.ok(broken?.kind === 'attention');
      // Regression: the system's own words, with the path again ("ENOENT: no such file or directory, open '…'").
      assert.equal(broken.problem.message, "Couldn't read this file: it isn't there: a link to a file that was moved or deleted, or a file deleted meanwhile (ENOENT)");
      assert.equal(index.get(`${root}/people/a.md`)?.kind, 'contact');
    });
  }

  it('passes over a link to a pipe or a device, which it would wait on for ever (regression: check hung on a .md link to /dev/zero)', async function () {
    if (process.platform === 'win32') this.skip();
    const dir = mkdtempSync(join(tmpdir(), 'contact-diary-device-')).replace(/\\/g, '/');
    try {
      writeFileSync(join(dir, 'jane.md'), '---\nname: Jane\nnext: 2026-12-01\n---\n');
      symlinkSync('/dev/zero', join(dir, 'zero.md'));
      execFileSync('mkfifo', [join(dir, 'pipe-target')]);
      symlinkSync(join(dir, 'pipe-target'), join(dir, 'pipe.md'));
      // Asked of the listing and stat alone: a scan that read them would hang the test run.
      const host = createNodeHost();
      const listed = Object.fromEntries((await host.readDirectory(dir)).map(([name, type]) => [name, type]));
      assert.deepEqual([listed['jane.md'], listed['zero.md'], listed['pipe.md']], ['file', 'other', 'other']);
      assert.equal((await host.stat(`${dir}/zero.md`)).type, 'other');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stats files, folders and links', async () => {
    const host = createNodeHost();
    assert.equal((await host.stat(`${root}/people/a.md`)).type, 'file');
    assert.equal((await host.stat(`${root}/people`)).type, 'directory');
    assert.equal((await host.stat(`${root}/people/deep/loop`)).type, 'symlink-directory');
    assert.equal((await host.stat(`${root}/people/a.md`)).size, 12);
    await assert.rejects(host.readFile(`${root}/missing.md`), /ENOENT/);
  });
});

describe('node file host reads', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'contact-diary-read-')).replace(/\\/g, '/');
    writeFileSync(join(root, 'empty.md'), '');
    writeFileSync(join(root, 'edge.md'), Buffer.alloc(64 * 1024, 0x61));
    writeFileSync(join(root, 'big.md'), Buffer.alloc(200 * 1024 + 3, 0x62));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('reads empty, exactly-one-buffer and larger files whole, each into its own bytes', async () => {
    const host = createNodeHost();
    const empty = await host.readFile(`${root}/empty.md`);
    const edge = await host.readFile(`${root}/edge.md`);
    const big = await host.readFile(`${root}/big.md`);
    assert.equal(empty.length, 0);
    assert.equal(edge.length, 64 * 1024);
    assert.equal(big.length, 200 * 1024 + 3);
    assert.ok(big.every((b) => b === 0x62));
    // A later read must not overwrite bytes handed out before.
    assert.ok(edge.every((b) => b === 0x61));
  });
});

describe('host paths from the file system', () => {
  it('turns backslashes into slashes on Windows alone, where they separate', () => {
    assert.equal(toHostPath('C:\\Users\\u\\diary', '\\'), 'C:/Users/u/diary');
    assert.equal(toHostPath('/home/u/a\\b', '/'), '/home/u/a\\b');
  });
});

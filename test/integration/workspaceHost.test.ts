// Which file host reads a workspace folder: Node's fs for a `file:` folder (the extension host's own
// disk, read in microseconds), `vscode.workspace.fs` for every other scheme (virtual and remote
// file systems), chosen per folder so a multi-root workspace may mix them.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { createDiaryIndex, readContact, scanFolder } from '../../src/core';
import { WorkspaceHosts } from '../../src/extension/workspaceHost';
import { type NodeHost, createNodeHost } from '../../src/node/nodeHost';
import { contactText, read, root, uriOf } from './helpers';

/** Node's host, recording every path it is asked for. */
function recordingNodeHost(): NodeHost & { calls: string[] } {
  const node = createNodeHost();
  const calls: string[] = [];
  const record = <A extends unknown[], R>(name: string, f: (p: string, ...rest: A) => R) => (p: string, ...rest: A): R => {
    calls.push(`${name} ${p}`);
    return f(p, ...rest);
  };
  return {
    calls,
    readFile: record('readFile', node.readFile),
    readFileNow: record('readFileNow', node.readFileNow!),
    stat: record('stat', node.stat),
    readDirectory: record('readDirectory', node.readDirectory),
    realPath: record('realPath', node.realPath),
  };
}

const SCHEME = 'contact-diary-test';
const encode = (s: string) => new TextEncoder().encode(s);

/** A small read-only file system under its own scheme, as a virtual workspace would have. */
class MemoryFs implements vscode.FileSystemProvider {
  readonly reads: string[] = [];
  private readonly emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.emitter.event;
  constructor(private readonly files: Record<string, string>, private readonly links: Record<string, string>) {}

  private kind(p: string): vscode.FileType | undefined {
    if (this.links[p] !== undefined) return vscode.FileType.SymbolicLink | (this.kind(this.links[p]) ?? vscode.FileType.Unknown);
    if (this.files[p] !== undefined) return vscode.FileType.File;
    return Object.keys(this.files).some((f) => f.startsWith(p === '/' ? '/' : `${p}/`)) ? vscode.FileType.Directory : undefined;
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    const type = this.kind(uri.path);
    if (type === undefined) throw vscode.FileSystemError.FileNotFound(uri);
    return { type, ctime: 0, mtime: 0, size: this.files[uri.path]?.length ?? 0 };
  }

  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
    const prefix = uri.path === '/' ? '/' : `${uri.path}/`;
    const names = new Set([...Object.keys(this.files), ...Object.keys(this.links)]
      .filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length).split('/')[0]!));
    return [...names].map((name) => [name, this.kind(prefix + name)!]);
  }

  readFile(uri: vscode.Uri): Uint8Array {
    this.reads.push(uri.path);
    const text = this.files[uri.path];
    if (text === undefined) throw vscode.FileSystemError.FileNotFound(uri);
    return encode(text);
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }
  createDirectory(): void {
    throw vscode.FileSystemError.NoPermissions('read-only');
  }
  writeFile(): void {
    throw vscode.FileSystemError.NoPermissions('read-only');
  }
  delete(): void {
    throw vscode.FileSystemError.NoPermissions('read-only');
  }
  rename(): void {
    throw vscode.FileSystemError.NoPermissions('read-only');
  }
}

describe('workspace file hosts', () => {
  it('reads a file: folder through Node, by file system path, with the same bytes VS Code reads', async () => {
    const node = recordingNodeHost();
    const host = new WorkspaceHosts(node).forFolder(root());
    const file = uriOf('contacts/jane-doe.md');
    const bytes = await host.readFile(file.path);
    assert.equal(new TextDecoder().decode(bytes), await read('contacts/jane-doe.md'));
    const names = (await host.readDirectory(uriOf('contacts').path)).map(([name]) => name);
    assert.ok(names.includes('jane-doe.md'), names.join(', '));
    assert.equal((await host.stat(file.path)).type, 'file');
    // A scan reads a file: folder at once (no promise per file), by the same file system path.
    assert.equal(new TextDecoder().decode(host.readFileNow!(file.path)), await read('contacts/jane-doe.md'));
    assert.deepEqual(node.calls, [`readFile ${file.fsPath}`, `readDirectory ${uriOf('contacts').fsPath}`, `stat ${file.fsPath}`, `readFileNow ${file.fsPath}`]);
  });

  it('reads any other scheme through vscode.workspace.fs, never through Node, and does not follow its links', async () => {
    const memory = new MemoryFs({
      '/people/ada.md': contactText('Ada Lovelace', '2026-11-25'),
      '/people/notes.md': '# Not a contact\n',
      '/elsewhere/bea.md': contactText('Bea Linked', '2026-11-26'),
    }, { '/people/linked': '/elsewhere' });
    const registration = vscode.workspace.registerFileSystemProvider(SCHEME, memory, { isReadonly: true });
    try {
      const node = recordingNodeHost();
      const folder = vscode.Uri.from({ scheme: SCHEME, path: '/people' });
      const host = new WorkspaceHosts(node).forFolder(folder);
      assert.equal(host.realPath, undefined, 'a host that cannot resolve links must not offer realPath');
      const index = createDiaryIndex({ read: readContact });
      const report = await scanFolder(host, '/people', index);
      assert.deepEqual([...report.files].sort(), ['/people/ada.md', '/people/notes.md']);
      assert.deepEqual(report.skipped.map((s) => [s.path, s.code]), [['/people/linked', 'symlink-not-followed']]);
      const ada = index.get('/people/ada.md');
      assert.ok(ada?.kind === 'contact', JSON.stringify(ada));
      assert.equal(ada.contact.name, 'Ada Lovelace');
      assert.deepEqual(memory.reads.sort(), ['/people/ada.md', '/people/notes.md']);
      assert.deepEqual(node.calls, []);
      await assert.rejects(host.readFile('/people/missing.md'));
    } finally {
      registration.dispose();
    }
  });

  it('reads every folder through vscode.workspace.fs when Node is not offered', async () => {
    const host = new WorkspaceHosts(undefined).forFolder(root());
    assert.equal(host.realPath, undefined);
    assert.equal(new TextDecoder().decode(await host.readFile(uriOf('contacts/bob-smith.md').path)), await read('contacts/bob-smith.md'));
  });

  describe('a file: folder on disk', () => {
    let dir: string;
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'contact-diary-host-'));
      fs.mkdirSync(path.join(dir, 'people', 'deep'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'people', 'ada.md'), contactText('Ada Lovelace', '2026-11-25'));
      fs.writeFileSync(path.join(dir, 'people', 'deep', 'bea.md'), contactText('Bea Deep', '2026-11-26'));
      fs.symlinkSync(dir, path.join(dir, 'people', 'deep', 'loop'), 'dir');
      fs.symlinkSync(path.join(dir, 'nowhere.md'), path.join(dir, 'broken.md'), 'file');
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('follows links once, stops at a loop, and lists a file it cannot read under Needs attention', async () => {
      const base = vscode.Uri.file(dir);
      const index = createDiaryIndex({ read: readContact });
      const report = await scanFolder(new WorkspaceHosts(createNodeHost()).forFolder(base), base.path, index);
      const rel = (p: string) => p.slice(base.path.length + 1);
      assert.deepEqual(report.files.map(rel).sort(), ['broken.md', 'people/ada.md', 'people/deep/bea.md']);
      assert.deepEqual(report.skipped.map((s) => [rel(s.path), s.code]), [['people/deep/loop', 'symlink-loop']]);
      const broken = index.get(`${base.path}/broken.md`);
      assert.ok(broken?.kind === 'attention', JSON.stringify(broken));
      assert.match(broken.problem.message, /^Couldn't read this file: .*ENOENT/);
      assert.equal(index.get(`${base.path}/people/deep/bea.md`)?.kind, 'contact');
    });
  });
});

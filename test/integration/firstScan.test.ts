// A file that changes while the first scan runs: the diary ends with what the file holds last, and
// the views hear of it. Each test builds its own Diary over the fixture workspace, with Node's host
// wrapped so the test can hold the scan at one step while it writes the file.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { type IndexReadOptions, type ReadFile, readContact } from '../../src/core';
import { Clock } from '../../src/extension/clock';
import { Config } from '../../src/extension/config';
import { Diary } from '../../src/extension/diary';
import { Log } from '../../src/extension/log';
import { WorkspaceHosts } from '../../src/extension/workspaceHost';
import { type NodeHost, createNodeHost } from '../../src/node/nodeHost';
import { contactText, remove, root, uriOf } from './helpers';

const REL = 'contacts/scan-race.md';
const BEFORE = '2026-11-24';
const AFTER = '2026-12-01';

interface Gate {
  /** Resolves when the scan has reached the held step. */
  readonly reached: Promise<void>;
  open(): void;
}

interface Hooks {
  /** Holds the listing of a folder (file system path) until the gate opens. */
  readonly beforeList?: { readonly path: string; readonly gate: Gate };
  /** Holds the scan after it has read a file's bytes (file system path), until the gate opens. */
  readonly afterRead?: { readonly path: string; readonly gate: Gate };
}

function gate(): Gate & { arrive(): Promise<void> } {
  let arrived!: () => void;
  let open!: () => void;
  const reached = new Promise<void>((r) => (arrived = r));
  const opened = new Promise<void>((r) => (open = r));
  return { reached, open, arrive: () => (arrived(), opened) };
}

/** Node's host with the hooks, counting the reads of each file. */
function heldNodeHost(hooks: Hooks): NodeHost & { reads: Map<string, number> } {
  const node = createNodeHost();
  const reads = new Map<string, number>();
  const hold = (g: Gate) => (g as ReturnType<typeof gate>).arrive();
  return {
    reads,
    async readFile(p) {
      reads.set(p, (reads.get(p) ?? 0) + 1);
      const bytes = await node.readFile(p);
      if (hooks.afterRead?.path === p) await hold(hooks.afterRead.gate);
      return bytes;
    },
    stat: (p) => node.stat(p),
    async readDirectory(p) {
      if (hooks.beforeList?.path === p) await hold(hooks.beforeList.gate);
      return node.readDirectory(p);
    },
    realPath: (p) => node.realPath(p),
  };
}

/** Resolves at the next create or change event the watcher reports; fails after 10 s. */
function nextEvent(watcher: vscode.FileSystemWatcher, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subs.forEach((s) => s.dispose());
      reject(new Error(`VS Code reported no file event for ${what}`));
    }, 10_000);
    const subs = [watcher.onDidCreate, watcher.onDidChange].map((on) => on(() => {
      clearTimeout(timer);
      subs.forEach((s) => s.dispose());
      resolve();
    }));
  });
}

/** Waits until VS Code's file watcher reports events in this (freshly opened) workspace. */
async function watcherReady(): Promise<void> {
  const probe = path.join(root().fsPath, 'watcher-probe.txt');
  const watcher = vscode.workspace.createFileSystemWatcher('**/watcher-probe.txt');
  let seen = false;
  const sub = watcher.onDidCreate(() => (seen = true));
  try {
    for (let i = 0; !seen; i++) {
      if (i === 100) assert.fail('VS Code reported no file event in 10 s');
      fs.writeFileSync(probe, String(i));
      await new Promise((r) => setTimeout(r, 100));
      if (!seen) fs.rmSync(probe, { force: true });
    }
  } finally {
    sub.dispose();
    watcher.dispose();
    fs.rmSync(probe, { force: true });
  }
}

describe('a file changed while the first scan runs', function () {
  this.timeout(60_000);
  const file = () => uriOf(REL);
  const write = (next: string) => fs.writeFileSync(file().fsPath, contactText('Scan Race', next));
  let disposables: vscode.Disposable[] = [];
  let watcher: vscode.FileSystemWatcher;

  before(async () => {
    assert.equal(root().scheme, 'file', 'these tests hold Node\'s host: the workspace must be on disk');
    await watcherReady();
  });

  beforeEach(() => {
    watcher = vscode.workspace.createFileSystemWatcher('**/scan-race.md');
    disposables.push(watcher);
  });

  /** The file exists before the scan, and its own creation event has come and gone. */
  async function existing(): Promise<void> {
    const created = nextEvent(watcher, `${REL} written`);
    write(BEFORE);
    await created;
  }

  afterEach(async () => {
    for (const d of disposables.reverse()) d.dispose();
    disposables = [];
    await remove(REL);
  });

  function startDiary(hooks: Hooks) {
    const host = heldNodeHost(hooks);
    const log = new Log();
    const config = new Config();
    const clock = new Clock();
    const diary = new Diary({ config, clock, log, hosts: new WorkspaceHosts(host), read: readContact });
    // Not the log: its channel has the extension's own name, so it is the extension's channel,
    // and disposing it closed the extension's output for every later test (a command that logs
    // then failed with "Channel has been closed").
    disposables.push(config, clock, diary);
    // What the views would show each time they are told to draw.
    const shown: Array<string | undefined> = [];
    disposables.push(diary.onDidChange(() => shown.push(nextOf(diary))));
    diary.start();
    return { diary, host, shown };
  }

  /** Starts a diary, writes the file's new content while the scan is held, and waits for the diary to settle. */
  async function writeDuringScan(hooks: Hooks, held: Gate) {
    const started = startDiary(hooks);
    await held.reached;
    const event = nextEvent(watcher, `${REL} written during the scan`);
    write(AFTER);
    await event;
    held.open();
    await started.diary.whenIdle();
    return started;
  }

  const nextOf = (diary: Diary) => {
    const c = diary.contactAt(file());
    return c?.next ? `${c.next.year}-${String(c.next.month).padStart(2, '0')}-${String(c.next.day).padStart(2, '0')}` : undefined;
  };

  it('keeps what was written before the scan read the file, without reading it twice, and the views hear of it', async () => {
    await existing();
    const held = gate();
    const { diary, host, shown } = await writeDuringScan({ beforeList: { path: path.dirname(file().fsPath), gate: held } }, held);
    assert.equal(nextOf(diary), AFTER);
    assert.equal(diary.isScanned, true);
    assert.equal(host.reads.get(file().fsPath), 1, 'the scan read the file after its event: no second read');
    assert.equal(shown.at(-1), AFTER, `the views were last told of ${shown.at(-1)}`);
  });

  it('reads the file again when it changed after the scan read it', async () => {
    await existing();
    const held = gate();
    const { diary, host, shown } = await writeDuringScan({ afterRead: { path: file().fsPath, gate: held } }, held);
    assert.equal(nextOf(diary), AFTER);
    assert.equal(host.reads.get(file().fsPath), 2);
    assert.equal(shown.at(-1), AFTER);
  });

  it('reads a file created during the scan, after its folder was listed', async () => {
    const held = gate();
    // Held on another file's read: the contacts folder has been listed without the new file.
    const { diary, host } = await writeDuringScan({ afterRead: { path: uriOf('contacts/bob-smith.md').fsPath, gate: held } }, held);
    assert.equal(nextOf(diary), AFTER);
    assert.equal(host.reads.get(file().fsPath), 1);
  });

  it("reads with the index's table of shared strings and the folder's size limit (regression: the extension dropped the table, so each contact kept its own copies)", async () => {
    const seen: Array<{ file: string; options: IndexReadOptions | undefined }> = [];
    const read: ReadFile = (f, bytes, options) => {
      seen.push({ file: f, options });
      return readContact(f, bytes, options);
    };
    const diary = new Diary({ config: new Config(), clock: new Clock(), log: new Log(), hosts: new WorkspaceHosts(createNodeHost()), read });
    disposables.push(diary);
    diary.start();
    await diary.whenIdle();
    const jane = seen.find((s) => s.file === uriOf('contacts/jane-doe.md').path);
    assert.ok(jane, seen.map((s) => s.file).join(', '));
    assert.equal(typeof jane.options?.intern, 'function');
    assert.equal(jane.options?.maxFileSize, vscode.workspace.getConfiguration('contactDiary').get('maxFileSize') ?? 1024 * 1024);
    // One table for the whole index: the first string given for a value is the one every contact keeps.
    assert.ok(seen.every((s) => s.options?.intern === jane.options?.intern));
  });
});

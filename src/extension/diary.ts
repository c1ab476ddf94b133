import * as vscode from 'vscode';
import { Agenda, AgendaTracker, Contact, DiaryIndex, FileFilter, FileHost, ReadFile, Utf8Check, createDiaryIndex, createFileFilter, scanFolder } from '../core';
import { Clock } from './clock';
import { Config, FolderConfig } from './config';
import { Disposable } from './disposable';
import { ContextKeys, Settings, SettingsSection, Views } from './ids';
import { Log } from './log';
import { WorkspaceHosts, toPath } from './workspaceHost';

export interface DiaryDeps {
  readonly config: Config;
  readonly clock: Clock;
  readonly log: Log;
  /** The file host of each folder (Node's fs for `file:` folders, else `vscode.workspace.fs`). */
  readonly hosts: WorkspaceHosts;
  /** The core's reader of one file. */
  readonly read: ReadFile;
  /** The platform's check of UTF-8, handed to the reader (Node's: see `ReadOptions.isUtf8`). */
  readonly isUtf8?: Utf8Check;
}

// Long enough to gather a `git checkout` into one refresh, short enough to feel immediate.
const COALESCE_MS = 40;
const READ_CONCURRENCY = 16;
// Typing in a contact moves it in the tree once the typing pauses, not at every key.
const TYPING_MS = 300;
// How long the views wait, during a full scan, to hear of its first contacts; each later wait is
// twice as long. VS Code takes hundreds of ms to take in a tree of thousands of contacts: told at
// each slice of the scan (every 20 ms), it fetched the tree during the scan, often got the whole
// diary for a partial tree, and fetched it all again after the scan (10,000 contacts: the whole
// tree twice, the second time up to 1.4 s after the scan ended).
const SCAN_REFRESH_MS = 1000;

interface FolderState {
  readonly folder: vscode.WorkspaceFolder;
  readonly config: FolderConfig;
  readonly filter: FileFilter;
}

/**
 * The diary index kept in step with the workspace: a first scan of every folder (progress shown
 * in the view), then file-system events, saves and typing in open documents (their unsaved text
 * counts until it is saved or thrown away), coalesced and worked off one batch at a time.
 * Everything that shows the diary listens to `onDidChange` and asks for `agenda()`.
 */
export class Diary extends Disposable {
  readonly index: DiaryIndex;
  private tracker: AgendaTracker;
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  /** The agenda may have changed: the index, the day or the settings moved. */
  readonly onDidChange = this.changed.event;
  private readonly idle = this.register(new vscode.EventEmitter<void>());

  private folders = new Map<string, FolderState>();
  /** Paths to re-read (true) or drop (false), gathered between two runs. */
  private readonly dirty = new Map<string, boolean>();
  /** Folders (URI strings) to scan again in full. */
  private readonly rescans = new Set<string>();
  /** Open documents typed into since the last run, by path. */
  private readonly typed = new Map<string, vscode.TextDocument>();
  /**
   * Open documents whose unsaved text is what the index holds for their path: what the user sees
   * in the editor wins over the file on disk until it is saved, reverted or closed.
   */
  private readonly unsaved = new Map<string, vscode.TextDocument>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private scanned = false;
  /** A full scan is running: the views hear of its changes at growing intervals (SCAN_REFRESH_MS). */
  private scanning = false;
  private heldChange = false;
  private heldTimer: ReturnType<typeof setTimeout> | undefined;
  private heldWait = SCAN_REFRESH_MS;
  private context: { hasContacts?: boolean; scanned?: boolean } = {};

  constructor(private readonly deps: DiaryDeps) {
    super();
    // The index's own options (its table of shared strings, the check of UTF-8, the name of the
    // size limit's setting) go through, with the file's folder's size limit.
    const sizeLimitName = `${SettingsSection}.${Settings.maxFileSize}`;
    this.index = createDiaryIndex({ read: (file, bytes, options) => deps.read(file, bytes, { ...options, maxFileSize: this.folderOf(file)?.config.maxFileSize }), sizeLimitName, isUtf8: deps.isUtf8 });
    this.tracker = new AgendaTracker(this.index, { upcomingDays: deps.config.upcomingDays });
    this.register({ dispose: () => this.tracker.dispose() });
    this.register(this.index.onDidChange(() => this.indexChanged()));
    this.register({ dispose: () => clearTimeout(this.heldTimer) });
    this.register(deps.clock.onDidChangeDay(() => this.changed.fire()));
    this.register(deps.config.onDidChange((e) => this.onConfig(e)));
    this.register(this.onDidChange(() => this.updateContext()));
    this.watch();
  }

  /** Starts the first scan (does not wait for it). */
  start(): void {
    this.loadFolders();
    for (const key of this.folders.keys()) this.rescans.add(key);
    this.kick(0);
  }

  /** Whether the first scan of every folder has ended (before, the agenda may be partial). */
  get isScanned(): boolean {
    return this.scanned;
  }

  /** The agenda for the clock's today. */
  agenda(): Agenda {
    return this.tracker.at(this.deps.clock.today());
  }

  /** The contact in a file, if the file is a readable contact. */
  contactAt(uri: vscode.Uri): Contact | undefined {
    const entry = this.index.get(toPath(uri));
    return entry?.kind === 'contact' ? entry.contact : undefined;
  }

  /** Whether a Markdown file at `uri` would be read (in a workspace folder, its include and exclude settings let it in). */
  covers(uri: vscode.Uri): boolean {
    const state = this.folderOf(toPath(uri));
    const rel = state && relative(state.folder, uri);
    return rel !== undefined && state!.filter.includesFile(rel);
  }

  /** Scans every folder again from scratch. */
  refresh(): Promise<void> {
    this.loadFolders();
    for (const key of this.folders.keys()) this.rescans.add(key);
    this.kick(0);
    return this.whenIdle();
  }

  /** Re-reads these files now (after our own edits, so the view need not wait for the watcher). */
  touch(uris: readonly vscode.Uri[]): void {
    for (const uri of uris) this.dirty.set(toPath(uri), true);
    this.kick(0);
  }

  /**
   * whenIdle for a command the user has just asked for: while the diary is still being read, a
   * spinner in the status bar says what waits and why, rather than nothing happening at all.
   */
  whenReadFor(command: string): Promise<void> {
    if (!this.busy) return Promise.resolve();
    return Promise.resolve(vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: `${command}: reading contacts…` }, () => this.whenIdle()));
  }

  /** Resolves when no event is waiting and no work is running. */
  whenIdle(): Promise<void> {
    if (!this.busy) return Promise.resolve();
    return new Promise((resolve) => {
      const sub = this.idle.event(() => {
        sub.dispose();
        resolve();
      });
    });
  }

  private get busy(): boolean {
    return this.timer !== undefined || this.running !== undefined;
  }

  private watch(): void {
    const watcher = this.register(vscode.workspace.createFileSystemWatcher('**/*'));
    this.register(watcher.onDidCreate((uri) => this.onFileEvent(uri, true)));
    this.register(watcher.onDidChange((uri) => this.onFileEvent(uri, false)));
    this.register(watcher.onDidDelete((uri) => this.forget(toPath(uri))));
    this.register(vscode.workspace.onDidSaveTextDocument((doc) => {
      this.unsaved.delete(toPath(doc.uri));
      this.onFileEvent(doc.uri, false, 0);
    }));
    this.register(vscode.workspace.onDidChangeTextDocument((e) => this.onTyping(e)));
    // A document closed with its changes thrown away: the file on disk is the contact again.
    this.register(vscode.workspace.onDidCloseTextDocument((doc) => {
      const path = toPath(doc.uri);
      if (this.unsaved.get(path) !== doc && this.typed.get(path) !== doc) return;
      this.unsaved.delete(path);
      this.typed.delete(path);
      this.dirty.set(path, true);
      this.kick(0);
    }));
    // Renames and deletes made in VS Code move the tree at once, before any file event.
    this.register(vscode.workspace.onDidRenameFiles((e) => {
      this.index.batch(() => {
        for (const { oldUri, newUri } of e.files) this.renameTree(toPath(oldUri), toPath(newUri));
      });
      for (const { newUri } of e.files) this.onFileEvent(newUri, true);
    }));
    this.register(vscode.workspace.onDidDeleteFiles((e) => {
      this.index.batch(() => { for (const uri of e.files) this.removeTree(toPath(uri)); });
    }));
    this.register(vscode.workspace.onDidChangeWorkspaceFolders((e) => {
      this.index.batch(() => { for (const f of e.removed) this.removeTree(toPath(f.uri)); });
      this.loadFolders();
      for (const f of e.added) this.rescans.add(f.uri.toString());
      this.kick(0);
    }));
  }

  private onFileEvent(uri: vscode.Uri, created: boolean, delay = COALESCE_MS): void {
    const state = this.folderOf(toPath(uri));
    if (!state) return;
    const rel = relative(state.folder, uri);
    if (rel === undefined) return;
    if (state.filter.includesFile(rel)) this.dirty.set(toPath(uri), true);
    // A folder that appears (moved in, checked out) is scanned with its workspace folder.
    else if (created && !state.filter.excludesFolder(rel) && !/\.[^/]*$/.test(rel)) this.rescans.add(state.folder.uri.toString());
    else return;
    this.kick(delay);
  }

  /** Text typed into an open diary file: the index follows it once the typing pauses. */
  private onTyping(e: vscode.TextDocumentChangeEvent): void {
    // Only the dirty flag moved (a save, an undo to the saved text fires its own change).
    if (e.contentChanges.length === 0) return;
    const uri = e.document.uri;
    const state = this.folderOf(toPath(uri));
    const rel = state && relative(state.folder, uri);
    if (!state || rel === undefined || !state.filter.includesFile(rel)) return;
    this.typed.set(toPath(uri), e.document);
    this.kick(TYPING_MS);
  }

  private forget(path: string): void {
    this.dirty.set(path, false);
    this.kick(COALESCE_MS);
  }

  private kick(delay: number): void {
    if (this.timer !== undefined) {
      if (delay > 0) return;
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.running) this.running = this.drain().finally(() => this.settle());
    }, delay);
  }

  private settle(): void {
    this.running = undefined;
    if (this.isDisposed) return;
    if (this.dirty.size > 0 || this.rescans.size > 0 || this.typed.size > 0) this.kick(0);
    else if (this.timer === undefined) this.idle.fire();
  }

  /** One run: full scans first (they may cover the dirty files), then the single files. */
  private async drain(): Promise<void> {
    try {
      if (this.rescans.size > 0) await this.scanAll();
      if (this.dirty.size > 0) await this.readDirty();
      if (this.typed.size > 0) this.readTyped();
    } catch (error) {
      this.deps.log.error('Updating the diary failed', error);
    }
  }

  /**
   * The index changed: the views hear of it now, or during a full scan at growing intervals, 1 s
   * after the change, then 2 s, 4 s… later (a long scan redraws the tree a few times, not once per
   * slice; a short one draws it once, whole), and the rest when the scan ends. The view's progress
   * indicator shows the scan running meanwhile.
   */
  private indexChanged(): void {
    if (!this.scanning) return this.changed.fire();
    this.heldChange = true;
    this.heldTimer ??= setTimeout(() => this.releaseHeld(), this.heldWait);
  }

  private releaseHeld(): void {
    this.heldTimer = undefined;
    if (!this.heldChange) return;
    this.heldChange = false;
    this.changed.fire();
    this.heldWait *= 2;
    this.heldTimer = setTimeout(() => this.releaseHeld(), this.heldWait);
  }

  private async scanAll(): Promise<void> {
    const keys = [...this.rescans];
    this.rescans.clear();
    const started = Date.now();
    let first = false;
    this.scanning = true;
    this.heldWait = SCAN_REFRESH_MS;
    try {
      await vscode.window.withProgress({ location: { viewId: Views.followUps }, title: 'Reading contacts' }, async () => {
        for (const key of keys) {
          const state = this.folders.get(key);
          if (state && !this.isDisposed) await this.scanFolder(state);
        }
      });
      first = !this.scanned;
      this.scanned = true;
      this.deps.log.info(`Scanned ${keys.length} folder(s) in ${Date.now() - started} ms: ${this.index.size} diary file(s)`);
      this.updateContext();
    } finally {
      this.scanning = false;
      clearTimeout(this.heldTimer);
      this.heldTimer = undefined;
      // The views hear once that the scan is over: what it held back, and on the first scan that
      // the diary is now whole (an empty folder fires no index event at all).
      if ((this.heldChange || first) && !this.isDisposed) {
        this.heldChange = false;
        this.changed.fire();
      }
    }
  }

  private async scanFolder(state: FolderState): Promise<void> {
    const root = toPath(state.folder.uri);
    const report = await scanFolder(this.scanHost(state.folder.uri), root, this.index, {
      include: state.config.include,
      exclude: [...state.config.exclude, ...state.config.filesExclude],
      cancelled: () => this.isDisposed,
    });
    const found = new Set(report.files);
    const key = state.folder.uri.toString();
    const gone = [...this.index.entries()].map(entryFile)
      .filter((p) => isUnder(p, root) && !found.has(p) && this.folderOf(p)?.folder.uri.toString() === key);
    this.index.batch(() => {
      for (const p of gone) this.index.remove(p);
      // The scan read the files on disk; where an open document holds unsaved text, it wins.
      for (const [path, doc] of this.unsaved) {
        if (!isUnder(path, root)) continue;
        if (found.has(path) && isUnsaved(doc)) this.upsertDocument(path, doc);
        else this.unsaved.delete(path);
      }
    });
    for (const s of report.skipped) this.deps.log.warn(`${s.path}: ${s.reason}`);
  }

  /**
   * The folder's host for a scan. A file whose event came in before the scan reads it gets its
   * latest content from that read: the event is settled and the file is not read again after the
   * scan. An event that comes in later is kept, and its file is read again.
   */
  private scanHost(folder: vscode.Uri): FileHost {
    const host = this.deps.hosts.forFolder(folder);
    const settled = (path: string) => {
      if (this.dirty.get(path) === true) this.dirty.delete(path);
      return path;
    };
    const now = host.readFileNow?.bind(host);
    return {
      readFile: (path) => host.readFile(settled(path)),
      readFileNow: now && ((path) => now(settled(path))),
      stat: (path) => host.stat(path),
      readDirectory: (path) => host.readDirectory(path),
      realPath: host.realPath?.bind(host),
    };
  }

  private async readDirty(): Promise<void> {
    const work = [...this.dirty];
    this.dirty.clear();
    const read: Array<{ path: string; bytes?: Uint8Array }> = [];
    // Bounded: a checkout of thousands of files must not open thousands of reads at once.
    let next = 0;
    const worker = async () => {
      while (next < work.length) {
        const [path, present] = work[next++]!;
        if (!present) {
          read.push({ path });
          continue;
        }
        try {
          read.push({ path, bytes: await this.deps.hosts.forPath(path).readFile(path) });
        } catch {
          // Gone between the event and the read: that is a delete.
          read.push({ path });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, work.length) }, worker));
    this.index.batch(() => {
      for (const { path, bytes } of read) {
        const doc = this.unsaved.get(path);
        // The file changed on disk under an open document with unsaved text: the editor's text
        // is still what the user sees (VS Code will offer to compare when they save). A file
        // deleted leaves the view, unsaved text or not.
        if (bytes && doc && isUnsaved(doc)) this.upsertDocument(path, doc);
        else {
          this.unsaved.delete(path);
          if (bytes) this.index.upsert(path, bytes);
          else this.removeTree(path);
        }
      }
    });
  }

  /** The typed documents into the index: their text while unsaved, else the file on disk. */
  private readTyped(): void {
    const work = [...this.typed];
    this.typed.clear();
    this.index.batch(() => {
      for (const [path, doc] of work) {
        if (isUnsaved(doc)) this.upsertDocument(path, doc);
        else {
          // Typed back to the saved text (undo), reverted, or closed: the file is the contact
          // again (and if it was deleted meanwhile, it leaves the view).
          this.unsaved.delete(path);
          this.dirty.set(path, true);
        }
      }
    });
  }

  private upsertDocument(path: string, doc: vscode.TextDocument): void {
    this.unsaved.set(path, doc);
    this.index.upsert(path, doc.getText());
  }

  private removeTree(path: string): void {
    if (this.index.has(path)) return this.index.remove(path);
    // Not a known file: perhaps a folder, whose files go with it.
    const prefix = path.endsWith('/') ? path : `${path}/`;
    for (const p of [...this.index.entries()].map(entryFile)) if (p.startsWith(prefix)) this.index.remove(p);
  }

  private renameTree(from: string, to: string): void {
    if (this.index.has(from)) this.index.rename(from, to);
    const prefix = `${from}/`;
    for (const p of [...this.index.entries()].map(entryFile)) {
      if (p.startsWith(prefix)) this.index.rename(p, to + p.slice(from.length));
    }
  }

  private onConfig(e: vscode.ConfigurationChangeEvent): void {
    if (e.affectsConfiguration('contactDiary.upcomingDays')) {
      this.tracker.dispose();
      this.tracker = new AgendaTracker(this.index, { upcomingDays: this.deps.config.upcomingDays });
      this.changed.fire();
    }
    const rescan = ['include', 'exclude', 'maxFileSize'].some((k) => e.affectsConfiguration(`contactDiary.${k}`)) || e.affectsConfiguration('files.exclude');
    if (rescan) void this.refresh();
  }

  private loadFolders(): void {
    this.folders = new Map((vscode.workspace.workspaceFolders ?? []).map((folder) => {
      const config = this.deps.config.forFolder(folder.uri);
      const filter = createFileFilter(config.include, [...config.exclude, ...config.filesExclude]);
      return [folder.uri.toString(), { folder, config, filter }];
    }));
  }

  /** The workspace folder state that holds a path (the innermost, for nested folders). */
  private folderOf(path: string): FolderState | undefined {
    let best: FolderState | undefined;
    for (const state of this.folders.values()) {
      const root = toPath(state.folder.uri);
      if (isUnder(path, root) && (!best || root.length > toPath(best.folder.uri).length)) best = state;
    }
    return best;
  }

  private updateContext(): void {
    let hasContacts = false;
    for (const _ of this.index.contacts()) {
      hasContacts = true;
      break;
    }
    // setContext crosses to the renderer: only when a value changes.
    if (this.context.hasContacts !== hasContacts) void vscode.commands.executeCommand('setContext', ContextKeys.hasContacts, hasContacts);
    if (this.context.scanned !== this.scanned) void vscode.commands.executeCommand('setContext', ContextKeys.scanned, this.scanned);
    this.context = { hasContacts, scanned: this.scanned };
  }
}

/** An open document whose text differs from its file on disk. */
function isUnsaved(doc: vscode.TextDocument): boolean {
  return !doc.isClosed && doc.isDirty;
}

function entryFile(e: { kind: 'contact'; contact: Contact } | { kind: 'attention'; file: string }): string {
  return e.kind === 'contact' ? e.contact.file : e.file;
}

function isUnder(path: string, root: string): boolean {
  const r = root.endsWith('/') ? root : `${root}/`;
  return path.startsWith(r);
}

/** The path of `uri` relative to its workspace folder, with forward slashes. */
function relative(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string | undefined {
  const root = toPath(folder.uri).replace(/\/$/, '');
  const path = toPath(uri);
  return path.startsWith(`${root}/`) ? path.slice(root.length + 1) : undefined;
}

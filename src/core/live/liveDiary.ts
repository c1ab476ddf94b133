import { type Agenda, AgendaTracker } from '../agenda';
import { type Contact } from '../contact';
import { type LocalDate } from '../dates/localDate';
import { type DiaryIndex, type ReadFile, createDiaryIndex } from '../diaryIndex';
import { type Disposable, Emitter } from '../event';
import type { Utf8Tools } from '../file/decode';
import { type FileHost, type FoldersChange, type HostDocument, type SettingsChange, type WorkspaceHost } from '../host';
import { scanDiaryFolder } from '../scan';
import { FolderSet, type FolderState } from './folders';
import { pathsUnder, removeTree, renameTree } from './indexTree';
import { ScanThrottle } from './scanThrottle';
import { type Scheduler, realScheduler } from './scheduler';
import { UnsavedOverlay } from './unsavedOverlay';
import { WorkQueue } from './workQueue';
import { type Pacing } from '../pacing';
import { mapAtOnce } from '../atOnce';

/** Long enough to gather a `git checkout` into one run, short enough to feel immediate. */
export const COALESCE_MS = 40;
/** Typing in a contact moves it in the views once the typing pauses, not at every key. */
export const TYPING_MS = 300;
/**
 * How long after its own writes the diary looks at those files once more (see `touch`): a file it
 * wrote and something else deleted moments later may reach the watcher as a create and a delete
 * together, which the watcher drops, and the file would stay in the views.
 */
export const SETTLE_MS = 2000;

/** Where a live diary tells what it did and what went wrong. */
export interface LiveLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

export interface LiveDiaryOptions {
  /** The folders, their files and the open documents to follow. */
  readonly workspace: WorkspaceHost;
  /** The reader of one file (`readContact` in production). */
  readonly read: ReadFile;
  /** Handed to the reader (see `Utf8Tools`). */
  readonly utf8?: Utf8Tools;
  /** The size limit's setting, as "Needs attention" names it. */
  readonly sizeLimitName?: string;
  /** The days counted as upcoming, read again when the agenda's settings change. */
  readonly upcomingDays?: () => number;
  /** Where cadences run from, and those of stages and tags, read again when the agenda's settings change. */
  readonly pacing?: () => Pacing;
  /** The timers of the delays (default: the host's own). */
  readonly scheduler?: Scheduler;
  /** Where scans are reported, folders that can't be listed named, and failures told. */
  readonly log?: LiveLog;
  /** Runs a full scan, showing meanwhile that it runs (VS Code: the view's progress bar). */
  readonly showScan?: (scan: () => Promise<void>) => PromiseLike<void>;
}

/**
 * The diary index kept in step with a workspace: a first scan of every folder, then file events,
 * saves and typing in open documents (their unsaved text counts until it is saved or thrown
 * away), gathered and worked off one run at a time. Whatever shows the diary listens to
 * `onDidChange` and asks for `agenda()`.
 */
export class LiveDiary implements Disposable {
  readonly index: DiaryIndex;
  private tracker: AgendaTracker;
  /** Tells the views of index changes; subscribed after the tracker (see `trackAgenda`). */
  private indexListener: Disposable | undefined;
  private readonly changed = new Emitter<void>();
  /** The agenda may have changed: the index or the settings moved. */
  readonly onDidChange = this.changed.event;

  private readonly scheduler: Scheduler;
  private readonly log: LiveLog | undefined;
  private folders = new FolderSet([]);
  /** Paths to re-read (true) or drop (false), gathered between two runs. */
  private readonly dirty = new Map<string, boolean>();
  /** Folders (roots) to scan again in full. */
  private readonly rescans = new Set<string>();
  private readonly overlay = new UnsavedOverlay();
  private readonly queue: WorkQueue;
  private readonly throttle: ScanThrottle;
  private readonly subscriptions: Disposable[] = [];
  private scanned = false;
  private disposed = false;
  /** The second looks at touched files, waiting (see `touch`). */
  private readonly settling = new Set<Disposable>();

  constructor(private readonly options: LiveDiaryOptions) {
    this.scheduler = options.scheduler ?? realScheduler;
    this.log = options.log;
    // Each file is read with the size limit of its folder.
    this.index = createDiaryIndex({
      read: (file, bytes, readOptions) => {
        const folder = this.folders.of(file)?.folder;
        return options.read(file, bytes, { ...readOptions, maxFileSize: folder?.maxFileSize, logHeading: folder?.logHeading, vocabulary: folder?.vocabulary });
      },
      sizeLimitName: options.sizeLimitName,
      utf8: options.utf8,
    });
    this.queue = new WorkQueue(this.scheduler, () => this.drain(), () => this.hasWork);
    this.throttle = new ScanThrottle(this.scheduler, () => this.changed.fire());
    this.tracker = this.trackAgenda();
    const ws = options.workspace;
    this.subscriptions.push(
      ws.onDidCreateFile((path) => this.fileEvent(path, true)),
      ws.onDidChangeFile((path) => this.fileEvent(path, false)),
      ws.onDidDeleteFile((path) => this.mark(path, false, COALESCE_MS)),
      ws.onDidSaveDocument((doc) => this.saved(doc)),
      ws.onDidChangeDocument((doc) => this.typed(doc)),
      ws.onDidCloseDocument((doc) => this.closed(doc)),
      ws.onDidRenameFiles((moves) => this.renamed(moves)),
      ws.onDidDeleteFiles((paths) => this.index.batch(() => paths.forEach((p) => removeTree(this.index, p)))),
      ws.onDidChangeFolders((change) => this.foldersChanged(change)),
      ws.onDidChangeSettings((change) => this.settingsChanged(change)),
    );
  }

  /** Starts the first scan (does not wait for it). */
  start(): void {
    this.rescanAll();
  }

  /** Whether the first scan of every folder has ended (before, the agenda may be partial). */
  get isScanned(): boolean {
    return this.scanned;
  }

  /** Whether an event is waiting or work is running. */
  get busy(): boolean {
    return this.queue.busy;
  }

  agenda(today: LocalDate): Agenda {
    return this.tracker.at(today);
  }

  /** The contact in a file, if the file is a readable contact. */
  contactAt(path: string): Contact | undefined {
    const entry = this.index.get(path);
    return entry?.kind === 'contact' ? entry.contact : undefined;
  }

  /** Whether a file at `path` would be read (in a folder, its include and exclude settings let it in). */
  covers(path: string): boolean {
    return this.folders.covers(path);
  }

  /** Scans every folder again from scratch. */
  refresh(): Promise<void> {
    this.rescanAll();
    return this.whenIdle();
  }

  /**
   * Re-reads these files now (after the diary's own edits, so the views need not wait for the
   * watcher). A path in no folder has no host to read it and stays out.
   */
  touch(paths: readonly string[]): void {
    if (this.disposed) return;
    for (const path of paths) this.dirty.set(path, true);
    this.queue.kick(0);
    const again = this.scheduler.after(SETTLE_MS, () => {
      this.settling.delete(again);
      // A file gone by then leaves the index; one unchanged is read again, at the cost of a read.
      for (const path of paths) if (!this.dirty.has(path)) this.dirty.set(path, true);
      this.queue.kick(0);
    });
    this.settling.add(again);
  }

  /** Resolves when no event is waiting and no work is running. */
  whenIdle(): Promise<void> {
    return this.queue.whenIdle();
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const s of this.subscriptions.splice(0)) s.dispose();
    for (const s of this.settling) s.dispose();
    this.settling.clear();
    this.queue.dispose();
    this.throttle.dispose();
    this.indexListener?.dispose();
    this.tracker.dispose();
    this.changed.dispose();
  }

  /**
   * A tracker for the agenda's settings as they are now. The index tells its listeners in the
   * order they subscribed: the views' listener subscribes again after the tracker, so that the
   * agenda has taken a change in when the views hear of it.
   */
  private trackAgenda(): AgendaTracker {
    const tracker = new AgendaTracker(this.index, { upcomingDays: this.options.upcomingDays?.(), pacing: this.options.pacing?.() });
    this.indexListener?.dispose();
    this.indexListener = this.index.onDidChange(() => this.throttle.changed());
    return tracker;
  }

  private get hasWork(): boolean {
    return this.dirty.size > 0 || this.rescans.size > 0 || this.overlay.hasTyped;
  }

  private rescanAll(): void {
    this.folders = new FolderSet(this.options.workspace.folders());
    for (const root of this.folders.roots()) this.rescans.add(root);
    this.queue.kick(0);
  }

  private mark(path: string, present: boolean, delay: number): void {
    this.dirty.set(path, present);
    this.queue.kick(delay);
  }

  private fileEvent(path: string, created: boolean, delay = COALESCE_MS): void {
    const at = this.folders.locate(path);
    if (!at) return;
    const { state, rel } = at;
    if (state.filter.includesFile(rel)) return this.mark(path, true, delay);
    // A folder that appears (moved in, checked out) is scanned with its diary folder.
    if (created && !state.filter.excludesFolder(rel) && !/\.[^/]*$/.test(rel)) {
      this.rescans.add(state.folder.root);
      this.queue.kick(delay);
    }
  }

  private saved(doc: HostDocument): void {
    this.overlay.drop(doc.path);
    this.fileEvent(doc.path, false, 0);
  }

  /** Text typed into an open diary file: the index follows it once the typing pauses. */
  private typed(doc: HostDocument): void {
    if (!this.folders.covers(doc.path)) return;
    this.overlay.type(doc);
    this.queue.kick(TYPING_MS);
  }

  /** A document closed with its changes thrown away: the file on disk is the contact again. */
  private closed(doc: HostDocument): void {
    if (this.overlay.close(doc)) this.mark(doc.path, true, 0);
  }

  /** Renames made in an editor move the views at once, before any file event. */
  private renamed(moves: ReadonlyArray<{ readonly from: string; readonly to: string }>): void {
    this.index.batch(() => {
      for (const { from, to } of moves) renameTree(this.index, from, to);
    });
    for (const { to } of moves) this.fileEvent(to, true);
  }

  private foldersChanged(change: FoldersChange): void {
    this.folders = new FolderSet(this.options.workspace.folders());
    this.index.batch(() => change.removed.forEach((root) => this.dropFolder(root)));
    for (const root of change.added) this.rescans.add(root);
    this.queue.kick(0);
  }

  private settingsChanged(change: SettingsChange): void {
    if (change.agenda) {
      this.tracker.dispose();
      this.tracker = this.trackAgenda();
      this.changed.fire();
    }
    if (change.files) this.rescanAll();
  }

  /** One run: full scans first (they may cover the dirty files), then single files, then typing. */
  private async drain(): Promise<void> {
    try {
      if (this.rescans.size > 0) await this.scanAll();
      if (this.dirty.size > 0) await this.readDirty();
      if (this.overlay.hasTyped) this.readTyped();
    } catch (error) {
      this.log?.error('Updating the diary failed', error);
    }
  }

  private async scanAll(): Promise<void> {
    const roots = [...this.rescans];
    this.rescans.clear();
    const started = this.scheduler.now();
    let whole = false;
    this.throttle.begin();
    try {
      const scan = async () => {
        for (const root of roots) {
          const state = this.folders.get(root);
          if (state && !this.disposed) await this.scanFolder(state);
        }
      };
      await (this.options.showScan ? this.options.showScan(scan) : scan());
      // The first scan makes the diary whole: the views hear so even when it found nothing.
      whole = !this.scanned;
      this.scanned = true;
      this.log?.info(`Scanned ${roots.length} folder(s) in ${Math.round(this.scheduler.now() - started)} ms: ${this.index.size} diary file(s)`);
    } finally {
      this.throttle.end(whole);
    }
  }

  private async scanFolder(state: FolderState): Promise<void> {
    const { root } = state.folder;
    // A folder taken out of the workspace while it is scanned stops being read.
    const removed = () => this.folders.get(root) === undefined;
    const report = await scanDiaryFolder({ ...state.folder, host: this.settlingHost(state.folder.host) }, this.index, { cancelled: () => this.disposed || removed() });
    for (const s of report.skipped) this.log?.warn(`${s.path}: ${s.reason}`);
    if (report.templates) {
      this.folders.leaveOut(root, report.templates);
      this.log?.info(`${root}: the vault's templates are left out (${report.templates.join(', ')})`);
    }
    // Removed meanwhile: what its scan read leaves too, as the rest of the folder did.
    if (removed()) return this.dropFolder(root);
    const found = new Set(report.files);
    // Gone since the last scan; a file of a nested folder is that folder's to keep.
    const gone = pathsUnder(this.index, root).filter((p) => !found.has(p) && this.folders.of(p)?.folder.root === root);
    this.index.batch(() => {
      for (const p of gone) this.index.remove(p);
      this.overlay.afterScan(this.index, root, found);
    });
  }

  /**
   * A folder gone from the workspace: its files leave the index and their unsaved text is
   * forgotten, but for the files a folder still holds (one it was nested in), which are read
   * again with that folder's settings (unsaved text in them still counts).
   */
  private dropFolder(root: string): void {
    this.index.batch(() => {
      for (const path of pathsUnder(this.index, root)) {
        if (this.folders.covers(path)) this.dirty.set(path, true);
        else {
          this.overlay.drop(path);
          this.index.remove(path);
        }
      }
    });
  }

  /**
   * A folder's host for a scan. A file whose event came in before the scan reads it gets its
   * latest content from that read: the event is settled and the file is not read again after the
   * scan. An event that comes in later is kept, and its file is read again.
   */
  private settlingHost(host: FileHost): FileHost {
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
    // Bounded: a checkout of thousands of files must not open thousands of reads at once.
    const read = await mapAtOnce(work, async ([path, present]): Promise<{ path: string; bytes?: Uint8Array }> => {
      const host = present ? this.folders.of(path)?.folder.host : undefined;
      try {
        return { path, bytes: host && await host.readFile(path) };
      } catch {
        // Gone between the event and the read: that is a delete.
        return { path };
      }
    });
    this.index.batch(() => {
      for (const { path, bytes } of read) {
        const doc = this.overlay.at(path);
        // The file changed on disk under an open document with unsaved text: the editor's text
        // is still what the user sees (the editor offers to compare when they save). A file
        // deleted leaves the views, unsaved text or not.
        if (bytes && doc) this.overlay.apply(this.index, doc);
        else {
          this.overlay.drop(path);
          if (bytes) this.index.upsert(path, bytes);
          else removeTree(this.index, path);
        }
      }
    });
  }

  /** The typed documents into the index: their text while unsaved, else the file on disk. */
  private readTyped(): void {
    this.index.batch(() => {
      for (const [path, doc] of this.overlay.takeTyped()) {
        // Typed in a note whose folder left the workspace meanwhile: no longer the diary's.
        if (!this.folders.covers(path)) this.overlay.drop(path);
        else if (doc.isUnsaved) this.overlay.apply(this.index, doc);
        else {
          // Typed back to the saved text (undo), reverted, or closed: the file is the contact
          // again (and if it was deleted meanwhile, it leaves the views).
          this.overlay.drop(path);
          this.dirty.set(path, true);
        }
      }
    });
  }
}

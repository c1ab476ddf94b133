// A workspace in memory for live diary tests: folders with their settings, a file tree the test
// writes, the watcher's and the editor's events fired when the test says, open documents, and
// gates that hold a scan at one step while the test changes things under it.
import { Emitter } from '../../../src/core/event';
import { type DiaryFolder, type FileHost, type FoldersChange, type HostDocument, type SettingsChange, type WorkspaceHost } from '../../../src/core/host';
import { type MemoryTree, memoryHost } from '../index/memoryHost';

export const contact = (name: string, next = '2026-11-20') => `---\nname: ${name}\nnext: ${next}\n---\n# ${name}\n`;

/** A step of a scan held until `open()`; `reached` resolves when the scan gets there. */
export interface Gate {
  readonly reached: Promise<void>;
  open(): void;
  /** Called by the host at the step: resolves when the gate opens. */
  arrive(): Promise<void>;
}

export function gate(): Gate {
  let arrived!: () => void;
  let open!: () => void;
  const reached = new Promise<void>((r) => (arrived = r));
  const opened = new Promise<void>((r) => (open = r));
  return { reached, open, arrive: () => (arrived(), opened) };
}

export type FolderSettings = Omit<DiaryFolder, 'root' | 'host'>;

export class MemoryWorkspace implements WorkspaceHost {
  readonly tree: MemoryTree & { failing: Record<string, string> };
  readonly host: FileHost & { reads: string[] };
  /** Holds the listing of a folder, or the end of a file's read, until the gate opens. */
  readonly holds = { list: new Map<string, Gate>(), read: new Map<string, Gate>() };
  private roots: Array<{ root: string; settings: FolderSettings }>;

  private readonly created = new Emitter<string>();
  private readonly changedFile = new Emitter<string>();
  private readonly deletedFile = new Emitter<string>();
  private readonly renamed = new Emitter<ReadonlyArray<{ from: string; to: string }>>();
  private readonly deletedTrees = new Emitter<readonly string[]>();
  private readonly typedDoc = new Emitter<HostDocument>();
  private readonly savedDoc = new Emitter<HostDocument>();
  private readonly closedDoc = new Emitter<HostDocument>();
  private readonly foldersChanged = new Emitter<FoldersChange>();
  private readonly settingsChanged = new Emitter<SettingsChange>();

  readonly onDidCreateFile = this.created.event;
  readonly onDidChangeFile = this.changedFile.event;
  readonly onDidDeleteFile = this.deletedFile.event;
  readonly onDidRenameFiles = this.renamed.event;
  readonly onDidDeleteFiles = this.deletedTrees.event;
  readonly onDidChangeDocument = this.typedDoc.event;
  readonly onDidSaveDocument = this.savedDoc.event;
  readonly onDidCloseDocument = this.closedDoc.event;
  readonly onDidChangeFolders = this.foldersChanged.event;
  readonly onDidChangeSettings = this.settingsChanged.event;

  /** @param folders root → settings (a root has no leading slash: the memory host's paths have none). */
  constructor(files: Record<string, string>, folders: Record<string, FolderSettings> = { ws: {} }) {
    this.tree = { files: { ...files }, failing: {} };
    const base = memoryHost(this.tree);
    this.host = {
      ...base,
      readFile: async (path) => {
        const bytes = await base.readFile(path);
        await this.holds.read.get(path)?.arrive();
        return bytes;
      },
      readDirectory: async (path) => {
        await this.holds.list.get(path)?.arrive();
        return base.readDirectory(path);
      },
    };
    this.roots = Object.entries(folders).map(([root, settings]) => ({ root, settings }));
  }

  folders(): readonly DiaryFolder[] {
    return this.roots.map(({ root, settings }) => ({ root, host: this.host, ...settings }));
  }

  /** How many times a file was read. */
  readsOf(path: string): number {
    return this.host.reads.filter((p) => p === path).length;
  }

  // What the watcher sees.
  write(path: string, text: string): void {
    const isNew = !(path in this.tree.files);
    this.tree.files[path] = text;
    (isNew ? this.created : this.changedFile).fire(path);
  }

  /** Writes without an event (the watcher missed it, or it comes later). */
  writeQuietly(path: string, text: string): void {
    this.tree.files[path] = text;
  }

  /** Deletes a file or a folder (and what it holds), as the watcher tells it. */
  delete(path: string): void {
    this.deleteQuietly(path);
    this.deletedFile.fire(path);
  }

  deleteQuietly(path: string): void {
    for (const p of Object.keys(this.tree.files)) if (p === path || p.startsWith(`${path}/`)) delete this.tree.files[p];
  }

  /** Moves a file or folder on disk without an event. */
  moveQuietly(from: string, to: string): void {
    for (const p of Object.keys(this.tree.files)) {
      if (p === from || p.startsWith(`${from}/`)) {
        this.tree.files[to + p.slice(from.length)] = this.tree.files[p]!;
        delete this.tree.files[p];
      }
    }
  }

  /** A file or folder appeared (moved in, checked out): the watcher tells of its path only. */
  fireCreated(path: string): void {
    this.created.fire(path);
  }

  // What the editor tells.
  renameInEditor(from: string, to: string): void {
    this.moveQuietly(from, to);
    this.renamed.fire([{ from, to }]);
  }

  deleteInEditor(path: string): void {
    this.deleteQuietly(path);
    this.deletedTrees.fire([path]);
  }

  open(path: string): MemoryDocument {
    return new MemoryDocument(this, path);
  }

  // Folders and settings.
  setFolders(folders: Record<string, FolderSettings>): void {
    const before = new Set(this.roots.map((r) => r.root));
    this.roots = Object.entries(folders).map(([root, settings]) => ({ root, settings }));
    const after = new Set(this.roots.map((r) => r.root));
    this.foldersChanged.fire({ added: [...after].filter((r) => !before.has(r)), removed: [...before].filter((r) => !after.has(r)) });
  }

  changeSettings(root: string, settings: FolderSettings): void {
    this.roots = this.roots.map((r) => (r.root === root ? { root, settings } : r));
    this.settingsChanged.fire({ files: true, agenda: false });
  }

  fireSettings(change: SettingsChange): void {
    this.settingsChanged.fire(change);
  }

  /** @internal for MemoryDocument */
  tell(what: 'typed' | 'saved' | 'closed', doc: MemoryDocument): void {
    ({ typed: this.typedDoc, saved: this.savedDoc, closed: this.closedDoc })[what].fire(doc);
  }
}

/** An open document: unsaved while its text differs from what was last saved or read. */
export class MemoryDocument implements HostDocument {
  private text: string;
  private savedText: string;
  private closed = false;

  constructor(private readonly ws: MemoryWorkspace, readonly path: string) {
    this.text = this.savedText = ws.tree.files[path] ?? '';
  }

  get isUnsaved(): boolean {
    return !this.closed && this.text !== this.savedText;
  }

  getText(): string {
    return this.text;
  }

  type(text: string): void {
    this.text = text;
    this.ws.tell('typed', this);
  }

  /** Saves: the file on disk takes the text; the editor tells of the save, then the watcher of the change. */
  save(): void {
    this.savedText = this.text;
    this.ws.writeQuietly(this.path, this.text);
    this.ws.tell('saved', this);
  }

  close(): void {
    this.closed = true;
    this.ws.tell('closed', this);
  }

  /** Closed, but the editor has not told of it yet. */
  closeQuietly(): void {
    this.closed = true;
  }
}

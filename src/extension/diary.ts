import * as vscode from 'vscode';
import { type Agenda, type CommonGround, type Contact, type DiaryFolder, type DiaryIndex, type HostDocument, LiveDiary, type ReadFile, type Utf8Tools, type WorkspaceHost, type Pacing, commonGround, interestsIn } from '../core';
import { type LinkTable, linkTableOf } from '../core/links';
import { type Clock } from './clock';
import { type Config } from './config';
import { Disposable } from './disposable';
import { ContextKeys, Settings, SettingsSection, Views } from './ids';
import { type Log } from './log';
import { type WorkspaceHosts, toPath } from './workspaceHost';

export interface DiaryDeps {
  readonly config: Config;
  readonly clock: Clock;
  readonly log: Log;
  /** The file host of each folder (Node's fs for `file:` folders, else `vscode.workspace.fs`). */
  readonly hosts: WorkspaceHosts;
  /** The core's reader of one file. */
  readonly read: ReadFile;
  /** The platform's faster ways with bytes, handed to the reader (Node's: see `Utf8Tools`). */
  readonly utf8?: Utf8Tools;
}

/**
 * The core's live diary over the workspace: VS Code's file, document, folder and settings events
 * handed to it, its changes and the day's turn told to the views, and the context keys that the
 * welcome view and menus read. Everything that shows the diary listens to `onDidChange` and asks
 * for `agenda()`.
 */
export class Diary extends Disposable {
  readonly index: DiaryIndex;
  private readonly live: LiveDiary;
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  /** The agenda may have changed: the index, the day or the settings moved. */
  readonly onDidChange = this.changed.event;
  private context: { hasContacts?: boolean; scanned?: boolean } = {};
  private ground: CommonGround | undefined;

  constructor(private readonly deps: DiaryDeps) {
    super();
    this.register(this.onDidChange(() => {
      this.linkTable = undefined;
      this.updateContext();
    }));
    this.live = this.register(new LiveDiary({
      workspace: workspaceHost(deps, this.register(vscode.workspace.createFileSystemWatcher('**/*'))),
      read: deps.read,
      utf8: deps.utf8,
      sizeLimitName: `${SettingsSection}.${Settings.maxFileSize}`,
      upcomingDays: () => deps.config.upcomingDays,
      pacing: () => this.pacing(),
      log: deps.log,
      showScan: (scan) => vscode.window.withProgress({ location: { viewId: Views.followUps }, title: 'Reading contacts' }, scan),
    }));
    this.index = this.live.index;
    // The counts go stale before anyone told of the change asks for them.
    this.register(this.live.onDidChange(() => {
      this.ground = undefined;
      this.changed.fire();
    }));
    this.register(deps.clock.onDidChangeDay(() => this.changed.fire()));
    this.register(deps.config.onDidChange((e) => {
      if (!deps.config.affects(e, 'myInterests')) return;
      this.ground = undefined;
      this.changed.fire();
    }));
  }

  /** The diary's interests counted and the user's own, once per change of the diary (see `commonGround`). */
  commonGround(): CommonGround {
    return (this.ground ??= commonGround(this.index.contacts(), this.deps.config.myInterests));
  }

  /** The interests of the contact in a file (host path). */
  interestsOf(file: string): readonly string[] {
    return interestsIn(this.index, file);
  }

  /** Starts the first scan (does not wait for it). */
  start(): void {
    this.live.start();
  }

  /** Whether the first scan of every folder has ended (before, the agenda may be partial). */
  get isScanned(): boolean {
    return this.live.isScanned;
  }

  /** The agenda for the clock's today. */
  agenda(): Agenda {
    return this.live.agenda(this.deps.clock.today());
  }

  /** The links between the diary's notes, built again only after the diary changed. */
  links(): LinkTable {
    return (this.linkTable ??= linkTableOf(this.index.entries(), this.index.notes()));
  }

  private linkTable: LinkTable | undefined;

  /** The contact in a file, if the file is a readable contact. */
  contactAt(uri: vscode.Uri): Contact | undefined {
    return this.live.contactAt(toPath(uri));
  }

  /** Whether a Markdown file at `uri` would be read (in a workspace folder, its include and exclude settings let it in). */
  covers(uri: vscode.Uri): boolean {
    return this.live.covers(toPath(uri));
  }

  /** Scans every folder again from scratch. */
  refresh(): Promise<void> {
    return this.live.refresh();
  }

  /** Re-reads these files now (after our own edits, so the view need not wait for the watcher). */
  touch(uris: readonly vscode.Uri[]): void {
    this.live.touch(uris.map(toPath));
  }

  /**
   * whenIdle for a command the user has just asked for: while the diary is still being read, a
   * spinner in the status bar says what waits and why, rather than nothing happening at all.
   */
  whenReadFor(command: string): Promise<void> {
    if (!this.live.busy) return Promise.resolve();
    return Promise.resolve(vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: `${command}: reading contacts…` }, () => this.whenIdle()));
  }

  /** Resolves when no event is waiting and no work is running. */
  whenIdle(): Promise<void> {
    return this.live.whenIdle();
  }

  /** The pacing settings; each value that can't be read is said once, in the output and a warning. */
  pacing(): Pacing {
    const { pacing, problems } = this.deps.config.pacing;
    const said = problems.join('\n');
    if (said !== this.pacingSaid) {
      this.pacingSaid = said;
      for (const p of problems) this.deps.log.warn(`Settings: ${p}`);
      if (problems.length > 0) void vscode.window.showWarningMessage(`Contact Diary: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more, see the output)` : ''}.`);
    }
    return pacing;
  }

  private pacingSaid = '';

  private updateContext(): void {
    let hasContacts = false;
    for (const _ of this.index.contacts()) {
      hasContacts = true;
      break;
    }
    const scanned = this.live.isScanned;
    // setContext crosses to the renderer: only when a value changes.
    if (this.context.hasContacts !== hasContacts) void vscode.commands.executeCommand('setContext', ContextKeys.hasContacts, hasContacts);
    if (this.context.scanned !== scanned) void vscode.commands.executeCommand('setContext', ContextKeys.scanned, scanned);
    this.context = { hasContacts, scanned };
  }
}

/** Settings whose change makes every folder be read again. */
const FILE_SETTINGS = [Settings.include, Settings.exclude, Settings.maxFileSize, Settings.logHeading, Settings.conversationWords, Settings.touchWords].map((s) => `${SettingsSection}.${s}`).concat('files.exclude');
/** Settings whose change makes the agenda be made again. */
const AGENDA_SETTINGS = [Settings.upcomingDays, Settings.cadenceFrom, Settings.stageCadences, Settings.tagCadences].map((s) => `${SettingsSection}.${s}`);

/** VS Code's workspace as the live diary's host: paths for URIs, one object for each open document. */
function workspaceHost({ config, hosts }: DiaryDeps, watcher: vscode.FileSystemWatcher): WorkspaceHost {
  const documents = new WeakMap<vscode.TextDocument, HostDocument>();
  const doc = (d: vscode.TextDocument): HostDocument => {
    let known = documents.get(d);
    if (!known) {
      known = { path: toPath(d.uri), getText: () => d.getText(), get isUnsaved() { return !d.isClosed && d.isDirty; } };
      documents.set(d, known);
    }
    return known;
  };
  const ws = vscode.workspace;
  return {
    folders: () => (ws.workspaceFolders ?? []).map((f): DiaryFolder => {
      const c = config.forFolder(f.uri);
      return { root: toPath(f.uri), host: hosts.forFolder(f.uri), include: c.include, exclude: [...c.exclude, ...c.filesExclude], maxFileSize: c.maxFileSize, logHeading: c.logHeading, vocabulary: c.vocabulary };
    }),
    onDidChangeFolders: (l) => ws.onDidChangeWorkspaceFolders((e) => l({ added: e.added.map((f) => toPath(f.uri)), removed: e.removed.map((f) => toPath(f.uri)) })),
    onDidChangeSettings: (l) => config.onDidChange((e) => l({
      files: FILE_SETTINGS.some((s) => e.affectsConfiguration(s)),
      agenda: AGENDA_SETTINGS.some((s) => e.affectsConfiguration(s)),
    })),
    onDidCreateFile: (l) => watcher.onDidCreate((uri) => l(toPath(uri))),
    onDidChangeFile: (l) => watcher.onDidChange((uri) => l(toPath(uri))),
    onDidDeleteFile: (l) => watcher.onDidDelete((uri) => l(toPath(uri))),
    onDidRenameFiles: (l) => ws.onDidRenameFiles((e) => l(e.files.map((f) => ({ from: toPath(f.oldUri), to: toPath(f.newUri) })))),
    onDidDeleteFiles: (l) => ws.onDidDeleteFiles((e) => l(e.files.map(toPath))),
    // A change with no content change only moved the dirty flag (a save; an undo to the saved text fires its own).
    onDidChangeDocument: (l) => ws.onDidChangeTextDocument((e) => { if (e.contentChanges.length > 0) l(doc(e.document)); }),
    onDidSaveDocument: (l) => ws.onDidSaveTextDocument((d) => l(doc(d))),
    onDidCloseDocument: (l) => ws.onDidCloseTextDocument((d) => l(doc(d))),
  };
}

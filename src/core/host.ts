import { type Event } from './event';
import { type Vocabulary } from './conversations';

/**
 * The only way core reaches files. Node's fs implements it for the command-line tool and tests,
 * `vscode.workspace.fs` for the extension, so the same core works in remote and virtual
 * workspaces. Paths are host paths with forward slashes (a file system path for Node; a URI's
 * path for VS Code); core only joins them with '/'.
 */
export interface FileHost {
  readFile(path: string): Promise<Uint8Array>;
  /**
   * Optional: reads a file at once, where that is the fast way (Node's fs on a warm disk: no
   * promise, no copy). The bytes may be overwritten by the next call: read them before it.
   */
  readFileNow?(path: string): Uint8Array;
  stat(path: string): Promise<FileStat>;
  /**
   * Optional: a file's stamp at once, a text that changes whenever its bytes may have (size,
   * modification and change times, inode), for a scan's cache (see `ScanCache`). Undefined when
   * the file can't be stamped, or changed so recently that another write could follow within the
   * file system's clock and leave the stamp as it is: such a file is read, not taken from a cache.
   */
  stampNow?(path: string): string | undefined;
  /** The entries of a folder: names, not paths. */
  readDirectory(path: string): Promise<ReadonlyArray<readonly [name: string, type: FileType]>>;
  /**
   * Optional: the canonical path of a folder reached through symlinks. A scan follows a
   * symlinked folder only when the host offers this, and enters each real folder once, so a
   * symlink loop can't make it walk forever.
   */
  realPath?(path: string): Promise<string>;
}

export type FileType = 'file' | 'directory' | 'symlink-file' | 'symlink-directory' | 'other';

export interface FileStat {
  readonly type: FileType;
  readonly size: number;
  /** Milliseconds since the epoch. */
  readonly mtime: number;
}

/**
 * A folder of the diary and the settings that choose its files: a workspace folder in the
 * extension, the folder named on the command line in the tool.
 */
export interface DiaryFolder {
  /** The folder's host path. */
  readonly root: string;
  /** Reads the folder's files. */
  readonly host: FileHost;
  /** Globs of the files to read (default `**\/*.md`). */
  readonly include?: readonly string[];
  /** Globs to leave out, on top of the ones never read (`DEFAULT_EXCLUDE`: node_modules, hidden folders…). */
  readonly exclude?: readonly string[];
  /** Files larger than this (bytes) are listed under "Needs attention" instead of read. */
  readonly maxFileSize?: number;
  /** The heading of the log section, where contact events are read (default `Log`). */
  readonly logHeading?: string;
  /** The words that tell a conversation from a touch (default `DEFAULT_VOCABULARY`). */
  readonly vocabulary?: Vocabulary;
}

/** An open document, whose text may differ from its file on disk. */
export interface HostDocument {
  readonly path: string;
  /** The text the user sees. */
  getText(): string;
  /** Still open and changed since it was saved: its text, not the file, is what the user sees. */
  readonly isUnsaved: boolean;
}

/**
 * The file events a live diary follows. Paths may be files or folders. A host that tells of
 * renames and deletes before its watcher does (an editor that makes them) fires `onDidRenameFiles`
 * and `onDidDeleteFiles` as well; the watcher's events for them come after, or not at all.
 */
export interface FileWatcher {
  readonly onDidCreateFile: Event<string>;
  readonly onDidChangeFile: Event<string>;
  readonly onDidDeleteFile: Event<string>;
  readonly onDidRenameFiles: Event<ReadonlyArray<{ readonly from: string; readonly to: string }>>;
  readonly onDidDeleteFiles: Event<readonly string[]>;
}

/**
 * The documents open in an editor. A document is the same object from its opening to its
 * closing, so the diary can tell it from another document of the same path.
 */
export interface DocumentSource {
  /** Text changed in an open document (typing, an edit); not fired when only its saved state moved. */
  readonly onDidChangeDocument: Event<HostDocument>;
  readonly onDidSaveDocument: Event<HostDocument>;
  readonly onDidCloseDocument: Event<HostDocument>;
}

/** What changed among the folders (their root paths). */
export interface FoldersChange {
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

/** Which settings changed. */
export interface SettingsChange {
  /** Those that choose the files read (include, exclude, size limit): every folder is read again. */
  readonly files: boolean;
  /** Those that shape the agenda (the days counted as upcoming). */
  readonly agenda: boolean;
}

/** The folders of the diary, with their settings as they are now. */
export interface FolderSource {
  folders(): readonly DiaryFolder[];
  readonly onDidChangeFolders: Event<FoldersChange>;
  readonly onDidChangeSettings: Event<SettingsChange>;
}

/** All a live diary follows: its folders, their files, and the documents open on them. */
export interface WorkspaceHost extends FolderSource, FileWatcher, DocumentSource {}

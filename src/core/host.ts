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

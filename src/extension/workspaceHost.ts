import * as vscode from 'vscode';
import { type FileHost, type FileStat, type FileType } from '../core';
import { type NodeHost } from '../node/nodeHost';

/**
 * The core's FileHost for each workspace folder. Core paths are URI paths; each host gives them
 * back the scheme and authority of its folder.
 *
 * A `file:` folder is on the extension host's own disk (in a remote or code-server window too:
 * the extension host runs beside the files), so it is read through Node's fs, which costs
 * microseconds a file where a `vscode.workspace.fs` call is a round trip to the file service.
 * Every other scheme (virtual and remote file systems) goes through `vscode.workspace.fs`.
 */
export class WorkspaceHosts {
  /** @param local Node's fs (`createNodeHost()`) for `file:` folders; undefined reads every folder through `vscode.workspace.fs`. */
  constructor(private readonly local: NodeHost | undefined) {}

  /** The host for the files of `folder` (a workspace folder, or a file in one: only the scheme and authority count). */
  forFolder(folder: vscode.Uri): FileHost {
    return folder.scheme === 'file' && this.local ? new LocalHost(folder, this.local) : new VscodeFsHost(folder);
  }

  /** The host for a core path, by the workspace folder that holds it. */
  forPath(path: string): FileHost {
    return this.forFolder(toUri(path));
  }
}

/** A `file:` folder through Node: core paths become file system paths (drive letters on Windows). */
class LocalHost implements FileHost {
  readonly readFileNow?: (path: string) => Uint8Array;

  constructor(private readonly base: vscode.Uri, private readonly node: NodeHost) {
    const now = node.readFileNow;
    if (now) this.readFileNow = (path) => now(this.fsPath(path));
  }

  private fsPath(path: string): string {
    return this.base.with({ path, query: '', fragment: '' }).fsPath;
  }

  readFile(path: string): Promise<Uint8Array> {
    return this.node.readFile(this.fsPath(path));
  }

  stat(path: string): Promise<FileStat> {
    return this.node.stat(this.fsPath(path));
  }

  readDirectory(path: string): Promise<ReadonlyArray<readonly [string, FileType]>> {
    return this.node.readDirectory(this.fsPath(path));
  }

  // Real paths are only compared with each other (to enter each real folder once): Node's form will do.
  realPath(path: string): Promise<string> {
    return this.node.realPath(this.fsPath(path));
  }
}

/**
 * A folder through `vscode.workspace.fs`. It can't tell where a link leads, so it offers no
 * `realPath` and a scan skips linked folders with that reason instead of risking a loop.
 */
class VscodeFsHost implements FileHost {
  constructor(private readonly base: vscode.Uri) {}

  private uri(path: string): vscode.Uri {
    return this.base.with({ path, query: '', fragment: '' });
  }

  readFile(path: string): Promise<Uint8Array> {
    return Promise.resolve(vscode.workspace.fs.readFile(this.uri(path)));
  }

  async stat(path: string): Promise<FileStat> {
    const s = await vscode.workspace.fs.stat(this.uri(path));
    return { type: fileType(s.type), size: s.size, mtime: s.mtime };
  }

  async readDirectory(path: string): Promise<ReadonlyArray<readonly [string, FileType]>> {
    const entries = await vscode.workspace.fs.readDirectory(this.uri(path));
    return entries.map(([name, type]) => [name, fileType(type)] as const);
  }
}

/** Whether another open workspace folder has this folder's name: then the name alone can't tell them apart. */
export function nameIsShared(folder: vscode.WorkspaceFolder): boolean {
  return (vscode.workspace.workspaceFolders ?? []).some((f) => f.index !== folder.index && f.name === folder.name);
}

/** The URI of a core path: the scheme of the workspace folder that holds it (the longest match). */
export function toUri(path: string): vscode.Uri {
  let best: vscode.Uri | undefined;
  let bestLength = -1;
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const root = folder.uri.path.replace(/\/$/, '');
    if ((path === root || path.startsWith(root + '/')) && root.length > bestLength) {
      best = folder.uri;
      bestLength = root.length;
    }
  }
  return (best ?? vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file('/')).with({ path, query: '', fragment: '' });
}

/** The core path of a URI. */
export function toPath(uri: vscode.Uri): string {
  return uri.path;
}

function fileType(type: vscode.FileType): FileType {
  const link = (type & vscode.FileType.SymbolicLink) !== 0;
  if (type & vscode.FileType.Directory) return link ? 'symlink-directory' : 'directory';
  if (type & vscode.FileType.File) return link ? 'symlink-file' : 'file';
  return 'other';
}

import * as vscode from 'vscode';
import { FileHost, FileStat, FileType } from '../core';

/**
 * The core's FileHost over `vscode.workspace.fs`, so the diary reads local, remote and virtual
 * workspaces alike. Core paths are URI paths; `toUri` gives them back their scheme and
 * authority from the workspace folder they lie in.
 */
export class WorkspaceHost implements FileHost {
  async readFile(path: string): Promise<Uint8Array> {
    return vscode.workspace.fs.readFile(toUri(path));
  }

  async stat(path: string): Promise<FileStat> {
    const s = await vscode.workspace.fs.stat(toUri(path));
    return { type: fileType(s.type), size: s.size, mtime: s.mtime };
  }

  async readDirectory(path: string): Promise<ReadonlyArray<readonly [string, FileType]>> {
    const entries = await vscode.workspace.fs.readDirectory(toUri(path));
    return entries.map(([name, type]) => [name, fileType(type)] as const);
  }
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

import { type FileFilter, createFileFilter, withGlobs } from '../glob';
import { type DiaryFolder } from '../host';

/** A folder and the filter its settings make. */
export interface FolderState {
  readonly folder: DiaryFolder;
  readonly filter: FileFilter;
}

/** Where a path is: its folder (the innermost, for nested folders) and its path relative to it. */
export interface Located {
  readonly state: FolderState;
  /** Relative to the folder's root, with forward slashes. */
  readonly rel: string;
}

/** The diary's folders as the host last gave them, by root path. */
export class FolderSet {
  private readonly byRoot: Map<string, FolderState>;

  constructor(folders: readonly DiaryFolder[]) {
    this.byRoot = new Map(folders.map((folder) => [folder.root, { folder, filter: createFileFilter(folder.include, folder.exclude) }]));
  }

  /**
   * Leaves out `globs` of the folder at `root` too, as its scan found them (a vault's templates,
   * see `ScanReport.templates`): a file there that changes later is no more read than at the scan.
   */
  leaveOut(root: string, globs: readonly string[]): void {
    const state = this.byRoot.get(root);
    if (!state) return;
    // Each scan finds them again: the same ones are not added twice.
    const exclude = withGlobs(state.folder.exclude, globs);
    if (exclude === state.folder.exclude) return;
    const folder = { ...state.folder, exclude };
    this.byRoot.set(root, { folder, filter: createFileFilter(folder.include, folder.exclude) });
  }

  get(root: string): FolderState | undefined {
    return this.byRoot.get(root);
  }

  roots(): string[] {
    return [...this.byRoot.keys()];
  }

  /** The folder that holds a path (the innermost, for nested folders). */
  of(path: string): FolderState | undefined {
    let best: FolderState | undefined;
    for (const state of this.byRoot.values()) {
      const root = state.folder.root;
      if (isUnder(path, root) && (!best || root.length > best.folder.root.length)) best = state;
    }
    return best;
  }

  locate(path: string): Located | undefined {
    const state = this.of(path);
    if (!state) return undefined;
    const root = state.folder.root.replace(/\/$/, '');
    return path.startsWith(`${root}/`) ? { state, rel: path.slice(root.length + 1) } : undefined;
  }

  /** Whether a file would be read: in a folder, and let in by its include and exclude settings. */
  covers(path: string): boolean {
    const at = this.locate(path);
    return at !== undefined && at.state.filter.includesFile(at.rel);
  }
}

/** Whether `path` is inside the folder `root` (not the folder itself). */
export function isUnder(path: string, root: string): boolean {
  return path.startsWith(root.endsWith('/') ? root : `${root}/`);
}

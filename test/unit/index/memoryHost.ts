// A file tree in memory for scan tests: folders, files, links (to folders or files), and paths
// that fail to read or list, so every awkward case of a real disk can be staged in one line.
import { type FileHost, type FileType } from '../../../src/core/host';

export interface MemoryTree {
  /** path → content; a path ending in '/' is an empty folder. */
  files: Record<string, string>;
  /** link path → target path (absolute within the tree, no leading slash). */
  links?: Record<string, string>;
  /** Paths whose read (file) or listing (folder) fails with this message. */
  failing?: Record<string, string>;
}

export function memoryHost(tree: MemoryTree, withRealPath = true): FileHost & { reads: string[] } {
  const links = tree.links ?? {};
  const failing = tree.failing ?? {};
  const reads: string[] = [];
  // Resolve links segment by segment, as a file system would.
  const resolve = (path: string, hops = 0): string => {
    if (hops > 40) throw new Error('ELOOP: too many levels of symbolic links');
    const parts = path.split('/').filter(Boolean);
    let out = '';
    for (const part of parts) {
      out = out ? `${out}/${part}` : part;
      const target = links[out];
      if (target !== undefined) out = resolve(target, hops + 1);
    }
    return out;
  };
  const isDir = (real: string) => real === '' || Object.keys(tree.files).some((f) => f.startsWith(`${real}/`));
  const isFile = (real: string) => Object.prototype.hasOwnProperty.call(tree.files, real);
  const typeOf = (path: string): FileType => {
    if (links[path] !== undefined) {
      let real: string;
      try { real = resolve(path); } catch { return 'symlink-file'; }
      return isDir(real) ? 'symlink-directory' : 'symlink-file';
    }
    return isDir(path) ? 'directory' : isFile(path) ? 'file' : 'other';
  };
  const host: FileHost & { reads: string[] } = {
    reads,
    readFile: async (path) => {
      reads.push(path);
      if (failing[path]) throw new Error(failing[path]);
      const real = resolve(path);
      if (!isFile(real)) throw new Error(`ENOENT: no such file, open '${path}'`);
      return new TextEncoder().encode(tree.files[real]);
    },
    stat: async (path) => ({ type: typeOf(path), size: 0, mtime: 0 }),
    readDirectory: async (path) => {
      if (failing[path]) throw new Error(failing[path]);
      const real = resolve(path);
      const names = new Set<string>();
      const prefix = real === '' ? '' : `${real}/`;
      for (const p of [...Object.keys(tree.files), ...Object.keys(links)]) {
        if (!p.startsWith(prefix)) continue;
        const name = p.slice(prefix.length).split('/')[0]!;
        if (name) names.add(name);
      }
      return [...names].sort().map((n) => [n, typeOf(`${prefix}${n}`)] as const);
    },
  };
  if (withRealPath) host.realPath = async (path) => resolve(path);
  return host;
}

import * as fs from 'node:fs';
import { sep } from 'node:path';
import { type FileHost, type FileStat, type FileType } from '../core/host';

export interface NodeHostOptions {
  /**
   * How a scan reads. `sync` (the default) offers `readFileNow`, a synchronous read into a
   * scratch buffer: on a warm page cache it is several times faster than the promise API, whose
   * thread-pool round trip costs more than the read itself. `async` offers only `fs.promises`,
   * which wins on a cold disk, where reads in parallel overlap their waits. The benchmark measures
   * both. `readFile` is the promise API either way, so a scan that finds the disk slow (see
   * `ScanOptions.slowReadMs`) and reads by it no longer holds the thread.
   */
  readonly read?: 'sync' | 'async';
  /**
   * How long ago a file must have changed for `stampNow` to stamp it (default `SETTLED_MS`):
   * tests that write a file and scan it at once set 0.
   */
  readonly settledMs?: number;
}

/** Node's fs as a file host: it can always resolve links, and reads at once when reads are `sync`. */
export type NodeHost = Required<Omit<FileHost, 'readFileNow' | 'stampNow'>> & Pick<FileHost, 'readFileNow' | 'stampNow'>;

/**
 * The diary's files through Node's `fs`, for the command-line tool, the extension's `file:`
 * folders, the benchmark and tests. Paths are file system paths (Node accepts forward slashes on
 * Windows too). It can always resolve links, so scans follow linked folders, each real one once.
 */
export function createNodeHost(options: NodeHostOptions = {}): NodeHost {
  const sync = (options.read ?? 'sync') === 'sync';
  const scratch = Buffer.allocUnsafe(SCRATCH);
  return {
    // No copy: the scratch buffer's bytes, good until the next read.
    readFileNow: sync ? (path) => readSmall(path, scratch) : undefined,
    readFile: (path) => fs.promises.readFile(path),
    stat: async (path) => toStat(await fs.promises.lstat(path), path),
    stampNow: (path) => stampOf(path, Date.now() - (options.settledMs ?? SETTLED_MS)),
    readDirectory: async (path) => {
      const entries = sync ? fs.readdirSync(path, { withFileTypes: true }) : await fs.promises.readdir(path, { withFileTypes: true });
      return entries.map((d) => [d.name, typeOf(d, `${path}/${d.name}`)] as const);
    },
    realPath: async (path) => toHostPath(await fs.promises.realpath(path)),
  };
}

/**
 * A file system path as core names it: with forward slashes. Only Windows separates with `\`; on
 * every other system it is a character a name may hold (a folder `a\b` is not `a/b`).
 */
export function toHostPath(path: string, separator: string = sep): string {
  return separator === '\\' ? path.replace(/\\/g, '/') : path;
}

const SCRATCH = 64 * 1024;

/**
 * `readFileSync` without its `fstat`: a contact file is a few KB, so one read into a scratch
 * buffer either gets it all (a short read is the end of a regular file) or the file is large and
 * read the usual way. Measured on 10,000 files: 18% less CPU than readFileSync.
 */
function readSmall(path: string, scratch: Buffer): Uint8Array {
  const fd = fs.openSync(path, 'r');
  try {
    const n = fs.readSync(fd, scratch, 0, scratch.length, 0);
    if (n < scratch.length) return scratch.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
  return fs.readFileSync(path);
}

/**
 * Longer than any file system's clock step (FAT's is 2 s): a file changed this recently could be
 * written again with the same size and times, so it gets no stamp and is read each time.
 */
export const SETTLED_MS = 3000;

/**
 * A file's size, times (ms, to the microsecond) and inode, if it has not changed since `settled`
 * (ms since the epoch); see `FileHost.stampNow`.
 */
export function stampOf(path: string, settled: number): string | undefined {
  let s: fs.Stats | undefined;
  try {
    s = fs.statSync(path, { throwIfNoEntry: false });
  } catch {
    // A link loop, a folder that can't be entered, a name too long: the read says why.
    return undefined;
  }
  if (!s?.isFile()) return undefined;
  // A clock set back leaves files "changed in the future": they are read each time, too.
  if (s.mtimeMs >= settled || s.ctimeMs >= settled) return undefined;
  return `${s.size}/${s.mtimeMs}/${s.ctimeMs}/${s.ino}`;
}

function typeOf(d: fs.Dirent, path: string): FileType {
  if (d.isFile()) return 'file';
  if (d.isDirectory()) return 'directory';
  if (d.isSymbolicLink()) return linkType(path);
  return 'other';
}

/**
 * What a link points at. A broken link counts as a linked file, so a scan that includes it tries
 * to read it and reports why it can't, rather than leaving it out without a word. A link to a
 * pipe or a device (`/dev/zero`) is no file: reading it would wait for ever, or never end.
 */
function linkType(path: string): FileType {
  let s: fs.Stats;
  try {
    s = fs.statSync(path);
  } catch {
    return 'symlink-file';
  }
  return s.isDirectory() ? 'symlink-directory' : s.isFile() ? 'symlink-file' : 'other';
}

function toStat(s: fs.Stats, path: string): FileStat {
  const type: FileType = s.isFile() ? 'file' : s.isDirectory() ? 'directory' : s.isSymbolicLink() ? linkType(path) : 'other';
  return { type, size: s.size, mtime: s.mtimeMs };
}

import { type DiaryIndex, unreadableReason } from './diaryIndex';
import { type FileFilter, createFileFilter, withGlobs } from './glob';
import { type DiaryFolder, type FileHost, type FileType } from './host';
import { type ScanCache } from './scanCache';
import { vaultTemplateGlobs } from './vaultTemplates';

/** Something a scan passed over, and why: never silent. */
export interface Skipped {
  readonly path: string;
  readonly reason: string;
  readonly code: 'unlisted' | 'symlink-loop' | 'symlink-not-followed' | 'too-deep';
}

export interface ScanProgress {
  readonly phase: 'listing' | 'reading';
  /** Files read so far (0 while listing). */
  readonly done: number;
  /** Files to read (the files found so far while listing). */
  readonly total: number;
}

export interface ScanOptions {
  /** Globs of the files to read (default `**\/*.md`). */
  readonly include?: readonly string[];
  /** Globs to leave out, on top of the ones never read (`DEFAULT_EXCLUDE`: node_modules, hidden folders…). */
  readonly exclude?: readonly string[];
  /** Reads in flight at once (default 16). */
  readonly concurrency?: number;
  /** Called once per slice of work and at the end, never per file. */
  readonly onProgress?: (progress: ScanProgress) => void;
  /** Checked between files: a scan asked to stop returns what it has. */
  readonly cancelled?: () => boolean;
  /** The longest run of work before giving the caller's thread back (default 20 ms). */
  readonly sliceMs?: number;
  /** How to give the thread back (default: setImmediate where there is one, else setTimeout 0). */
  readonly yieldToHost?: () => Promise<void>;
  /**
   * Reads at once (`readFileNow`) slower than this (default 5 ms), three of them and a tenth of
   * the reads so far, end reading at once for the rest of the scan: the disk is slow, and
   * concurrent reads wait without holding the thread. A single slow read is not enough: on a
   * busy machine any read may wait for the CPU.
   */
  readonly slowReadMs?: number;
  /** Deepest folder entered below the root (default 64): a guard for hosts that can't resolve links. */
  readonly maxDepth?: number;
  /**
   * What an earlier scan read: a file whose stamp (`FileHost.stampNow`) is unchanged is taken from
   * it instead of read, and what is read goes into it. Used only with a host that stamps at once.
   */
  readonly cache?: ScanCache;
}

/** The files a listing found (host paths, in walk order), and what it passed over. */
export interface Listing {
  readonly files: readonly string[];
  readonly skipped: readonly Skipped[];
}

export interface ScanReport extends Listing {
  /** Files read that turned out unreadable (they are in the index under "Needs attention"). */
  readonly unreadable: number;
  readonly cancelled: boolean;
  /** Globs of the folder's template notes, left out as its vault's settings say (see `vaultTemplateGlobs`). */
  readonly templates?: readonly string[];
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

const defaultYield = (): Promise<void> =>
  new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));

/** Runs work in slices: `tick()` resolves at once inside a slice, after a yield past its end. */
class Slicer {
  private start = now();
  private waiting: Promise<void> | undefined;
  constructor(private readonly ms: number, private readonly yieldToHost: () => Promise<void>, private readonly onYield: () => void) {}

  /** Undefined while the slice lasts; awaiting `undefined` would cost a microtask per file. */
  tick(): Promise<void> | undefined {
    if (this.waiting) return this.waiting;
    if (now() - this.start < this.ms) return undefined;
    this.waiting = (async () => {
      this.onYield();
      await this.yieldToHost();
      this.start = now();
      this.waiting = undefined;
    })();
    return this.waiting;
  }
}

/** A path relative to `root` with forward slashes (`people/jane.md`), for display, JSON and UIDs: `joinPath` undone. */
export function relativeTo(root: string, path: string): string {
  // Without building `${root}/` per call: an agenda of 10,000 names 10,000 files.
  if (root === '' || !path.startsWith(root)) return path;
  if (root.endsWith('/')) return path.slice(root.length);
  return path.charCodeAt(root.length) === 47 ? path.slice(root.length + 1) : path;
}

/** `root` + `/` + `rel`, without doubling a slash. */
export function joinPath(root: string, rel: string): string {
  if (rel === '') return root;
  return root === '' ? rel : root.endsWith('/') ? root + rel : `${root}/${rel}`;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Slow reads (at least a tenth of the reads so far) that make a scan stop reading at once. */
const SLOW_READS = 3;

/**
 * Walks `root` and returns the files the filter includes. Folders are listed with bounded
 * concurrency; a folder that can't be listed, a symlink loop or a folder too deep is skipped
 * with its reason. Symlinked folders are followed only when the host can resolve real paths.
 */
export function listFiles(host: FileHost, root: string, options: ScanOptions = {}): Promise<Listing> {
  return walk(host, root, options, new Slicer(options.sliceMs ?? 20, options.yieldToHost ?? defaultYield, () => undefined));
}

async function walk(host: FileHost, root: string, options: ScanOptions, slices: Slicer): Promise<Listing> {
  const filter: FileFilter = createFileFilter(options.include, options.exclude);
  const maxDepth = options.maxDepth ?? 64;
  const files: string[] = [];
  const skipped: Skipped[] = [];
  const seen = new Set<string>();
  const rootReal = host.realPath ? await host.realPath(root).catch(() => root) : root;
  seen.add(rootReal);
  // A queue of folders: [relative path, real path (when known), depth].
  const queue: Array<[string, string, number]> = [['', rootReal, 0]];
  const progress = () => options.onProgress?.({ phase: 'listing', done: 0, total: files.length });

  const visit = async (rel: string, real: string, depth: number) => {
    let entries: ReadonlyArray<readonly [string, FileType]>;
    try {
      entries = await host.readDirectory(joinPath(root, rel));
    } catch (e) {
      skipped.push({ path: joinPath(root, rel), reason: `Couldn't list this folder: ${errorText(e)}`, code: 'unlisted' });
      return;
    }
    for (const [name, type] of entries) {
      const childRel = rel === '' ? name : `${rel}/${name}`;
      if (type === 'file' || type === 'symlink-file') {
        if (filter.includesWalkedFile(childRel)) files.push(joinPath(root, childRel));
      } else if (type === 'directory' || type === 'symlink-directory') {
        if (filter.excludesFolder(childRel)) continue;
        const path = joinPath(root, childRel);
        if (depth + 1 > maxDepth) {
          skipped.push({ path, reason: `Folder nested deeper than ${maxDepth} levels: not scanned`, code: 'too-deep' });
          continue;
        }
        let childReal = joinPath(real, name);
        if (type === 'symlink-directory') {
          if (!host.realPath) {
            skipped.push({ path, reason: 'Linked folder not followed (this workspace cannot tell where links lead)', code: 'symlink-not-followed' });
            continue;
          }
          try {
            childReal = await host.realPath(path);
          } catch (e) {
            skipped.push({ path, reason: `Couldn't follow this link: ${errorText(e)}`, code: 'unlisted' });
            continue;
          }
          if (seen.has(childReal)) {
            skipped.push({ path, reason: 'Linked folder leads to a folder already scanned (a link loop?): skipped', code: 'symlink-loop' });
            continue;
          }
        }
        if (seen.has(childReal)) continue;
        seen.add(childReal);
        queue.push([childRel, childReal, depth + 1]);
      }
    }
  };

  const concurrency = Math.max(1, options.concurrency ?? 16);
  let active = 0;
  await new Promise<void>((resolve) => {
    const pump = () => {
      while (active < concurrency && queue.length > 0 && !options.cancelled?.()) {
        const [rel, real, depth] = queue.shift()!;
        active++;
        const path = joinPath(root, rel);
        void visit(rel, real, depth).catch((e: unknown) => {
          // A host that misbehaves must not leave the walk waiting forever.
          skipped.push({ path, reason: `Couldn't list this folder: ${errorText(e)}`, code: 'unlisted' });
        }).then(async () => {
          await slices.tick();
          active--;
          pump();
        });
      }
      if (active === 0) resolve();
    };
    pump();
  });
  progress();
  return { files, skipped };
}

/**
 * Lists `root`, reads every included file into `index` (bounded concurrency, one index event
 * per slice of work), and reports progress. Never throws for a bad file or folder: a file that
 * can't be read goes to "Needs attention" with the reason; a folder lands in `skipped`.
 */
export async function scanFolder(host: FileHost, root: string, index: DiaryIndex, options: ScanOptions = {}): Promise<ScanReport> {
  let done = 0;
  let total = 0;
  let unreadable = 0;
  // One index event per slice: the batch closes before the thread is given back.
  let closeBatch: (() => void) | undefined;
  const slicer = new Slicer(options.sliceMs ?? 20, options.yieldToHost ?? defaultYield, () => {
    if (closeBatch) {
      closeBatch();
      closeBatch = undefined;
      options.onProgress?.({ phase: 'reading', done, total });
    }
  });
  const listing = await walk(host, root, options, slicer);
  const files = listing.files;
  total = files.length;
  let next = 0;
  // A host that reads at once (Node's fs) is read by one loop, each file into the index before
  // the next read reuses its bytes, with no promise per file; any other by concurrent readers. A
  // read at once that takes long (a network drive, a cold disk) would hold the caller's thread:
  // the scan goes on with concurrent reads instead, which wait without holding it.
  let readNow = host.readFileNow?.bind(host);
  const cache = options.cache;
  // Stamps are taken at once, as reads at once are, and stop with them when the disk is slow.
  let stampNow = cache ? host.stampNow?.bind(host) : undefined;
  const slowRead = options.slowReadMs ?? 5;
  // One slow read is the machine (another process had the CPU); many are the disk.
  let reads = 0;
  let slowReads = 0;
  const concurrency = Math.max(1, options.concurrency ?? 16);
  const readers: Array<Promise<void>> = [];
  /** Counts a call at once that took from `start`: whether the disk is now slow. */
  const timed = (start: number) => {
    reads++;
    if (now() - start > slowRead) slowReads++;
    return slowReads >= SLOW_READS && slowReads * 10 >= reads;
  };
  const worker = async () => {
    while (next < files.length && !options.cancelled?.()) {
      const path = files[next++]!;
      // Stamped before it is read: a write in between changes the file after its stamp, so the
      // next scan finds another stamp and reads it again. Never the other way round.
      let stamp: string | undefined;
      if (stampNow) {
        const start = now();
        try {
          stamp = stampNow(path);
        } catch {
          // A host that can't stamp a file: it is read, and the read says what is wrong.
        }
        if (timed(start)) {
          // A stat at once on a slow disk holds the thread as a read does: the rest is read.
          stampNow = undefined;
          stamp = undefined;
        }
      }
      if (stamp !== undefined) {
        const known = cache!.reuse(path, stamp);
        if (known !== undefined) {
          closeBatch ??= index.openBatch();
          index.reuse(path, known);
          done++;
          const wait = slicer.tick();
          if (wait) await wait;
          continue;
        }
      }
      let bytes: Uint8Array | undefined;
      let error: unknown;
      let slow = false;
      try {
        if (readNow) {
          const start = now();
          try {
            bytes = readNow(path);
          } finally {
            slow = timed(start);
          }
        } else bytes = await host.readFile(path);
      } catch (e) {
        error = e;
      }
      closeBatch ??= index.openBatch();
      if (bytes) {
        index.upsert(path, bytes);
        if (stamp !== undefined) cache!.remember(path, stamp, index.get(path) ?? null);
      } else {
        unreadable++;
        index.markUnreadable(path, unreadableReason(error));
      }
      done++;
      // Only once these bytes are in the index: the next read may reuse them.
      if (slow && readNow) {
        readNow = undefined;
        for (let i = 1; i < concurrency; i++) readers.push(worker());
      }
      const wait = slicer.tick();
      if (wait) await wait;
    }
  };
  // One reader reads at once; concurrent readers otherwise.
  const first = readNow ? 1 : concurrency;
  for (let i = 0; i < first; i++) readers.push(worker());
  // Readers may join while the first ones run (after a slow read): wait for all of them.
  for (let waited = 0; waited < readers.length;) {
    const n = readers.length;
    await Promise.all(readers.slice(waited));
    waited = n;
  }
  closeBatch?.();
  options.onProgress?.({ phase: 'reading', done, total });
  return { ...listing, unreadable, cancelled: options.cancelled?.() ?? false };
}

/**
 * Reads a diary folder into `index` as its settings say (see `scanFolder`), its vault's template
 * notes left out (see `vaultTemplateGlobs`). The one way a folder is read: the command-line
 * tool's load and every scan of a live diary go through here.
 */
export async function scanDiaryFolder(folder: DiaryFolder, index: DiaryIndex, options: ScanOptions = {}): Promise<ScanReport> {
  const templates = await vaultTemplateGlobs(folder.host, folder.root);
  const exclude = withGlobs(folder.exclude, templates);
  const report = await scanFolder(folder.host, folder.root, index, { ...options, include: folder.include, exclude });
  return templates.length > 0 ? { ...report, templates } : report;
}

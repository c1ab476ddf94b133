import { type IndexEntry } from './diaryIndex';

/**
 * Where a front end keeps its folders' scan caches between sessions (the extension: its storage
 * folder; the command-line tool: the user's cache folder).
 */
export interface ScanCacheStore {
  /**
   * The cache of the folder `root` as last saved, for reads with `settings` (anything that changes
   * what a file reads as), decoded a slice at a time through `tick` (see `loadScanCache`); none
   * when caching is off. Never fails: a cache that can't be read is an empty one.
   */
  open(root: string, settings: unknown, tick: () => Promise<void> | undefined): Promise<StoredScanCache | undefined>;
  /** Deletes every cache it keeps (the user turned caching off). Never fails. */
  clear(): Promise<void>;
}

/** A folder's scan cache, and how to keep it. */
export interface StoredScanCache {
  readonly cache: ScanCache;
  /** Keeps the cache for the next scan, when it changed. Never fails: a cache that can't be written is no loss. */
  save(): Promise<void>;
}

/**
 * What the last scan of a folder read, kept between runs of the command-line tool so that an
 * unchanged file is not read and parsed again: Obsidian's metadata cache works the same way.
 * A file is known by its stamp (size, times and inode, see `FileHost.stampNow`): any write
 * changes it, and a file whose stamp differs is read again. The cache is a convenience, never
 * the truth: one that can't be read, was written by another version or with other settings is
 * started afresh.
 */
export interface ScanCache {
  /**
   * What reading `path` gave when its stamp was `stamp`: an entry, `null` for a file that is not
   * a diary file, `undefined` when the cache doesn't know the file as it is now.
   */
  reuse(path: string, stamp: string): IndexEntry | null | undefined;
  /** Remembers what reading `path` (stamped `stamp`) gave. */
  remember(path: string, stamp: string, entry: IndexEntry | null): void;
  /** Whether the cache now differs from the one it was made from: something was read, or a file it knew was not seen. */
  readonly changed: boolean;
  /**
   * The files this run reused or remembered, as text for `createScanCache` (files not seen are
   * left out), written a slice at a time through `tick` (by default at once).
   */
  encode(tick?: () => Promise<void> | undefined): Promise<string>;
}

/** Changes whenever the encoding does: an older cache is then started afresh. */
const FORMAT = 2;

/**
 * A file the cache knows: its stamp, its entry (undefined when its line can't be read as its
 * entry: the file is read), and that entry's line of the cache's text (JSON of `[rel, entry]`,
 * `0` for a file that is not a diary file), written again as it was when the file is reused.
 */
interface Known {
  readonly stamp: string;
  readonly entry: IndexEntry | 0 | undefined;
  /** Absent for a file read in this run: its line is written by `encode`, not while the scan reads. */
  readonly line?: string;
}

/**
 * A cache for the folder `root`, from `text` (what `encode` gave last time), when the text is a
 * cache of that folder made with the same `key` (the settings and the version of the reader:
 * anything that changes what a file reads as). Any other text gives an empty cache.
 *
 * The text is a line of JSON naming every file with its stamp, then a line per file with its
 * entry, in the same order: a line at a time can be decoded (see `loadScanCache`). An entry's line
 * that can't be read as the entry of its file (cut short, edited) is as good as unknown: the file
 * is read.
 */
export function createScanCache(root: string, key: string, text?: string): ScanCache {
  const rows = decodeHeader(root, key, text);
  const known = new Map<string, Known>();
  if (rows) for (let i = 0; i < rows.files.length; i++) addRow(known, rows, i);
  return cacheOf(root, key, known);
}

/**
 * `createScanCache`, decoding the text a slice at a time: `tick` (as a scan's slices) is asked
 * between rows and gives a promise to wait for when the caller's thread is to be given back. A
 * cache of 50,000 notes takes a few hundred milliseconds to decode, too long to hold an editor.
 */
export async function loadScanCache(root: string, key: string, text: string | undefined, tick: () => Promise<void> | undefined): Promise<ScanCache> {
  const rows = decodeHeader(root, key, text);
  const known = new Map<string, Known>();
  if (rows) {
    for (let i = 0; i < rows.files.length; i++) {
      addRow(known, rows, i);
      const wait = tick();
      if (wait) await wait;
    }
  }
  return cacheOf(root, key, known);
}

function cacheOf(root: string, key: string, known: ReadonlyMap<string, Known>): ScanCache {
  const seen = new Map<string, Known>();
  let changed = false;
  const relative = (path: string) => (root === '' ? path : path.slice(root.endsWith('/') ? root.length : root.length + 1));
  return {
    // An entry comes back as JSON gives it: equal to what reading gave, but its lists are neither
    // frozen nor shared with other contacts' (nothing changes an entry's lists once it is made).
    reuse(path, stamp) {
      if (!path.startsWith(root)) return undefined;
      const hit = known.get(relative(path));
      if (!hit || hit.stamp !== stamp || hit.entry === undefined) return undefined;
      seen.set(path, hit);
      const entry = hit.entry;
      if (entry === 0) return null;
      // The encoding leaves the path out of each entry (a blank `file`, so the keys keep their order).
      if (entry.kind === 'contact') (entry.contact as { file: string }).file = path;
      else (entry as { file: string }).file = path;
      return entry;
    },
    remember(path, stamp, entry) {
      if (!path.startsWith(root)) return;
      seen.set(path, { stamp, entry: entry ?? 0 });
      changed = true;
    },
    get changed() {
      return changed || seen.size !== known.size;
    },
    async encode(tick = () => undefined) {
      const files: Array<[string, string]> = [];
      const lines: string[] = [];
      for (const [path, { stamp, entry, line }] of seen) {
        const rel = relative(path);
        files.push([rel, stamp]);
        lines.push(line ?? `[${JSON.stringify(rel)},${entryJson(path, entry === 0 ? null : entry!)}]`);
        const wait = tick();
        if (wait) await wait;
      }
      return `${JSON.stringify({ format: FORMAT, root, key, files })}\n${lines.join('\n')}`;
    },
  };
}

/**
 * The entry as JSON with a blank `file` (the row's path says it, once). Written while a scan reads,
 * for every file it reads: the path is blanked in the text, not in a copy of the entry.
 */
function entryJson(path: string, entry: IndexEntry | null): string {
  if (entry === null) return '0';
  const json = JSON.stringify(entry);
  const head = entry.kind === 'contact' ? '{"kind":"contact","contact":{"file":' : '{"kind":"attention","file":';
  const file = JSON.stringify(path);
  if (json.startsWith(head) && json.startsWith(file, head.length)) return `${head}""${json.slice(head.length + file.length)}`;
  // Built another way (keys in another order): a copy without the path.
  return JSON.stringify(entry.kind === 'contact' ? { ...entry, contact: { ...entry.contact, file: '' } } : { ...entry, file: '' });
}

/** A cache text's files (`[rel, stamp]`) and its lines (the first is the header); undefined for any text that is not a whole cache of `root` with `key`. */
interface Rows {
  readonly files: ReadonlyArray<readonly [string, string]>;
  readonly lines: readonly string[];
}

function decodeHeader(root: string, key: string, text: string | undefined): Rows | undefined {
  if (text === undefined || text === '') return undefined;
  const lines = text.split('\n');
  let header: unknown;
  try {
    header = JSON.parse(lines[0]!);
  } catch {
    return undefined;
  }
  if (!isRecord(header) || header.format !== FORMAT || header.root !== root || header.key !== key || !Array.isArray(header.files)) return undefined;
  const files = header.files as unknown[];
  // A line per file, no more, no less: anything else was cut short or edited, and is not trusted.
  if (lines.length !== files.length + 1) return undefined;
  if (!files.every((f) => Array.isArray(f) && f.length === 2 && typeof f[0] === 'string' && typeof f[1] === 'string')) return undefined;
  return { files: files as Array<[string, string]>, lines };
}

/** Row `i` of `rows` into `known`, its entry read from its line. */
function addRow(known: Map<string, Known>, rows: Rows, i: number): void {
  const [rel, stamp] = rows.files[i]!;
  const line = rows.lines[i + 1]!;
  known.set(rel, { stamp, entry: entryOf(line, rel), line });
}

/** The entry of the file `rel` from its line; undefined when the line is not that. */
function entryOf(line: string, rel: string): IndexEntry | 0 | undefined {
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (!Array.isArray(row) || row.length !== 2 || row[0] !== rel) return undefined;
  const entry = row[1] as unknown;
  return entry === 0 || isEntry(entry) ? (entry as IndexEntry | 0) : undefined;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The shape of an entry, in outline. A cache is our own file: this catches one cut short by a full
 * disk or written by another format, whose entries would reach the views as half contacts (the
 * file is read instead). It is not a check of every value: a cache edited by hand with care can
 * still say what it likes, as the notes themselves can.
 */
function isEntry(x: unknown): boolean {
  if (!isRecord(x)) return false;
  if (x.kind === 'attention') return typeof x.name === 'string' && isRecord(x.problem) && typeof x.problem.message === 'string';
  if (x.kind !== 'contact' || !isRecord(x.contact)) return false;
  const c = x.contact;
  return typeof c.name === 'string' && Array.isArray(c.tags) && Array.isArray(c.interests) && Array.isArray(c.problems)
    && typeof c.nextLine === 'number' && typeof c.touchesSince === 'number';
}

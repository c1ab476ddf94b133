import { type IndexEntry } from './diaryIndex';
import { relativeTo } from './scan';

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
   * left out). The text is ASCII (other characters escaped), so it can be read back as bytes.
   */
  encode(): string;
}

/** Changes whenever the encoding does: an older cache is then started afresh. */
const FORMAT = 1;

/** One file as the encoding keeps it: its path below the root, its stamp, and its entry (`0`: not a diary file). */
type Row = [rel: string, stamp: string, entry: IndexEntry | 0];

interface Known {
  readonly stamp: string;
  /** As decoded, the `file` fields still blank until it is reused. */
  readonly entry: IndexEntry | 0;
}

/**
 * A cache for the folder `root`, from `text` (what `encode` gave last time), when the text is a
 * cache of that folder made with the same `key` (the settings and the version of the reader:
 * anything that changes what a file reads as). Any other text gives an empty cache.
 */
export function createScanCache(root: string, key: string, text?: string): ScanCache {
  const known = decode(root, key, text);
  const seen = new Map<string, Known>();
  let changed = false;
  return {
    // An entry comes back as JSON gives it, equal to what reading gave; the index shares its
    // lists and texts as a read does (see `DiaryIndex.reuse`).
    reuse(path, stamp) {
      const hit = known.get(relativeTo(root, path));
      if (!hit || hit.stamp !== stamp) return undefined;
      seen.set(path, hit);
      if (hit.entry === 0) return null;
      // The encoding leaves the path out of each entry (a blank `file`, so the keys keep their order).
      if (hit.entry.kind === 'contact') (hit.entry.contact as { file: string }).file = path;
      else (hit.entry as { file: string }).file = path;
      return hit.entry;
    },
    remember(path, stamp, entry) {
      seen.set(path, { stamp, entry: entry ?? 0 });
      changed = true;
    },
    get changed() {
      return changed || seen.size !== known.size;
    },
    encode() {
      const rows: Row[] = [];
      for (const [path, { stamp, entry }] of seen) rows.push([relativeTo(root, path), stamp, withoutPath(entry)]);
      return JSON.stringify({ format: FORMAT, root, key, files: rows }).replace(NOT_ASCII, escapeChar);
    },
  };
}

const NOT_ASCII = /[\u007f-\uffff]/g;
const escapeChar = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** The entry with a blank `file`: the row's path says it, once. */
function withoutPath(entry: IndexEntry | 0): IndexEntry | 0 {
  if (entry === 0) return 0;
  return entry.kind === 'contact' ? { kind: 'contact', contact: { ...entry.contact, file: '' } } : { ...entry, file: '' };
}

/** The rows of a cache text, by relative path; empty for any text that is not a whole cache of `root` with `key`. */
function decode(root: string, key: string, text: string | undefined): Map<string, Known> {
  const known = new Map<string, Known>();
  if (text === undefined || text === '') return known;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return known;
  }
  if (!isRecord(parsed) || parsed.format !== FORMAT || parsed.root !== root || parsed.key !== key || !Array.isArray(parsed.files)) return known;
  for (const row of parsed.files as unknown[]) {
    if (!Array.isArray(row) || row.length !== 3 || typeof row[0] !== 'string' || typeof row[1] !== 'string') return new Map();
    const entry = row[2] as unknown;
    if (entry !== 0 && !isEntry(entry)) return new Map();
    known.set(row[0], { stamp: row[1], entry: entry as IndexEntry | 0 });
  }
  return known;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The shape of an entry, in outline. A cache is our own file: this catches one cut short by a full
 * disk or written by another format, whose entries would reach the views as half contacts (the
 * whole cache is dropped instead). It is not a check of every value: a cache edited by hand with
 * care can still say what it likes, as the notes themselves can.
 */
function isEntry(x: unknown): boolean {
  if (!isRecord(x)) return false;
  if (x.kind === 'attention') return typeof x.name === 'string' && isRecord(x.problem) && typeof x.problem.message === 'string';
  if (x.kind !== 'contact' || !isRecord(x.contact)) return false;
  const c = x.contact;
  return typeof c.name === 'string' && Array.isArray(c.tags) && Array.isArray(c.interests) && Array.isArray(c.problems)
    && typeof c.nextLine === 'number' && typeof c.touchesSince === 'number';
}

import { type Contact, type ReadResult } from './contact';
import { type Disposable } from './event';
import { copy } from './file/copy';
import { shareCachedContact } from './read';
import type { SizeLimit, Utf8Tools } from './file/decode';
import { type Problem } from './types';
import { type Vocabulary } from './conversations';

export type { Disposable } from './event';

/** Reads one file's bytes into what the diary knows of it (`readContact` in production). */
export type ReadFile = (file: string, bytes: Uint8Array, options?: IndexReadOptions) => ReadResult;

/** What the index hands its reader besides the bytes (the size limit: see `SizeLimit`). */
export interface IndexReadOptions extends SizeLimit {
  /**
   * The index's table of shared strings: values that repeat across contacts (stage, company,
   * tags…) can be stored once per index instead of once per contact. Returns an equal string
   * that shares no memory with the one given, which may be a slice of a file's text.
   */
  readonly intern?: (s: string) => string;
  /** The platform's faster ways with bytes, if it has them (see `Utf8Tools`). */
  readonly utf8?: Utf8Tools;
  /** Where the contact events are, and how they are told apart (see `ReadOptions`). */
  readonly logHeading?: string;
  readonly vocabulary?: Vocabulary;
}

/** What the index holds for one file: a contact, or a file that needs attention. */
export type IndexEntry = Exclude<ReadResult, { kind: 'none' }>;

/**
 * What one batch changed. `updated` and `removed` are the final word (a renamed file shows as its
 * old path removed and its new path updated); `renamed` tells the views which items moved.
 */
export interface IndexChange {
  /** Paths added or re-read (their entry may be the same as before: the file was re-read). */
  readonly updated: readonly string[];
  /** Paths no longer in the index (deleted, renamed away, or no longer a diary file). */
  readonly removed: readonly string[];
  readonly renamed: ReadonlyArray<{ readonly from: string; readonly to: string }>;
}

/** Files over the size limit are not parsed; they need attention instead (see `SizeLimit`). */
export interface DiaryIndexOptions extends SizeLimit {
  /** The reader of one file, `readContact` from `./file/read` in production. */
  readonly read: ReadFile;
  /** Handed to the reader (see `Utf8Tools`). */
  readonly utf8?: Utf8Tools;
  /** Handed to the reader: the log's heading and the words that tell conversations from touches. */
  readonly logHeading?: string;
  readonly vocabulary?: Vocabulary;
}

/**
 * The contacts (and the files that need attention) of a set of files, kept up to date one file
 * at a time. Every change fires one event; `batch` gathers several changes into one event.
 * The index never reads files itself: whoever watches the files hands it their bytes.
 */
export interface DiaryIndex {
  /** Reads (or re-reads) one file. A file that is no longer a diary file leaves the index. */
  upsert(path: string, content: Uint8Array | string): void;
  /**
   * Takes what an earlier read of the file gave (`null`: not a diary file) without reading it
   * again: a scan's cache (see `ScanCache`) hands it over for a file unchanged since.
   */
  reuse(path: string, entry: IndexEntry | null): void;
  /** Records a file that couldn't be read at all, so it shows under "Needs attention". */
  markUnreadable(path: string, reason: string, code?: string): void;
  remove(path: string): void;
  /** Moves an entry to a new path without re-reading it. */
  rename(from: string, to: string): void;
  /** Runs `changes` and fires one event for all it changed (nested batches join the outer one). */
  batch<T>(changes: () => T): T;
  /**
   * Opens a batch that spans awaits (a scan reading files); its event fires when the returned
   * function is called (calling it again does nothing).
   */
  openBatch(): () => void;
  get(path: string): IndexEntry | undefined;
  has(path: string): boolean;
  /** Every file read, contact or not (a link to a plain note points somewhere). */
  notes(): IterableIterator<string>;
  /** Whether a file was read, contact or not. */
  hasNote(path: string): boolean;
  /** Number of entries (contacts and files needing attention). */
  readonly size: number;
  /** Every entry, in no particular order. */
  entries(): IterableIterator<IndexEntry>;
  /** Every readable contact (including those that also have problems). */
  contacts(): IterableIterator<Contact>;
  /** Listens to changes; fired once per batch, after the batch. */
  onDidChange(listener: (change: IndexChange) => void): Disposable;
}

/** The one place a `DiaryIndex` is made: the reader is injected, so tests can feed it contacts. */
export function createDiaryIndex(options: DiaryIndexOptions): DiaryIndex {
  const entries = new Map<string, IndexEntry>();
  // Every path read, whatever it held: the notes a [[link]] may name.
  const notes = new Set<string>();
  const listeners = new Set<(change: IndexChange) => void>();
  const intern = createInternTable();
  const readOptions: IndexReadOptions = {
    maxFileSize: options.maxFileSize, sizeLimitName: options.sizeLimitName, intern, utf8: options.utf8,
    logHeading: options.logHeading, vocabulary: options.vocabulary,
  };
  let depth = 0;
  // path → true when it ends the batch present, false when removed.
  let pending = new Map<string, boolean>();
  let renamed: Array<{ from: string; to: string }> = [];
  const encoder = new TextEncoder();

  const flush = () => {
    if (pending.size === 0 && renamed.length === 0) return;
    const updated: string[] = [];
    const removed: string[] = [];
    for (const [path, present] of pending) (present ? updated : removed).push(path);
    const change: IndexChange = { updated, removed, renamed };
    pending = new Map();
    renamed = [];
    for (const l of [...listeners]) l(change);
  };
  const batch = <T>(changes: () => T): T => {
    depth++;
    try {
      return changes();
    } finally {
      if (--depth === 0) flush();
    }
  };
  const set = (path: string, entry: IndexEntry | undefined) => {
    if (entry) {
      entries.set(path, entry);
      pending.set(path, true);
    } else if (entries.delete(path)) {
      pending.set(path, false);
    }
  };

  const index: DiaryIndex = {
    upsert: (path, content) => batch(() => {
      const bytes = typeof content === 'string' ? encoder.encode(content) : content;
      const result = safeRead(options.read, path, bytes, readOptions);
      notes.add(path);
      set(path, result.kind === 'none' ? undefined : result);
    }),
    reuse: (path, entry) => batch(() => {
      notes.add(path);
      // Shared as a read shares them: the same memory, and lists commonGround ranks once.
      set(path, entry?.kind === 'contact' ? { kind: 'contact', contact: shareCachedContact(entry.contact, intern) } : entry ?? undefined);
    }),
    markUnreadable: (path, reason, code = 'unreadable') => batch(() => {
      notes.add(path);
      set(path, { kind: 'attention', file: path, name: baseName(path), problem: problem(reason, code) });
    }),
    remove: (path) => batch(() => {
      notes.delete(path);
      set(path, undefined);
    }),
    rename: (from, to) => batch(() => {
      if (from === to) return;
      if (notes.delete(from)) notes.add(to);
      const entry = entries.get(from);
      if (!entry) return;
      set(from, undefined);
      set(to, entry.kind === 'contact' ? { kind: 'contact', contact: { ...entry.contact, file: to } } : { ...entry, file: to });
      renamed.push({ from, to });
    }),
    batch,
    openBatch: () => {
      depth++;
      let open = true;
      return () => {
        if (!open) return;
        open = false;
        if (--depth === 0) flush();
      };
    },
    get: (path) => entries.get(path),
    has: (path) => entries.has(path),
    notes: () => notes.values(),
    hasNote: (path) => notes.has(path),
    get size() { return entries.size; },
    entries: () => entries.values(),
    contacts: function* () {
      for (const e of entries.values()) if (e.kind === 'contact') yield e.contact;
    },
    onDidChange: (listener) => {
      listeners.add(listener);
      return { dispose: () => listeners.delete(listener) };
    },
  };
  return index;
}

/** What "Needs attention" says of a file that couldn't be read: by the host (a scan) or by a reader that threw. */
export function unreadableReason(e: unknown): string {
  const code = typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : undefined;
  const said = code === undefined ? undefined : UNREADABLE[code];
  // The system's own words name the path again, and its code: said in words, with the code for a search.
  if (said) return `Couldn't read this file: ${said} (${code})`;
  return `Couldn't read this file: ${e instanceof Error ? e.message : String(e)}`;
}

/** Why a file can't be read, by Node's error codes and VS Code's (`FileSystemError.code`). */
const UNREADABLE: Readonly<Record<string, string>> = {
  ENOENT: "it isn't there: a link to a file that was moved or deleted, or a file deleted meanwhile",
  FileNotFound: "it isn't there: a link to a file that was moved or deleted, or a file deleted meanwhile",
  EACCES: 'no permission to read it',
  EPERM: 'no permission to read it',
  NoPermissions: 'no permission to read it',
  ELOOP: 'a link that leads back to itself',
  EISDIR: 'it is a folder',
  FileIsADirectory: 'it is a folder',
};

/** A reader that throws is a bug in the reader, but one file's bug must not stop the diary. */
function safeRead(read: ReadFile, path: string, bytes: Uint8Array, opts: IndexReadOptions): ReadResult {
  try {
    return read(path, bytes, opts);
  } catch (e) {
    return { kind: 'attention', file: path, name: baseName(path), problem: problem(unreadableReason(e), 'internal') };
  }
}

/** Strings longer than this are rarely shared (a next action, a note) and are not kept. */
const INTERN_MAX_LENGTH = 64;
/** A bound on the table: a long-lived index never grows it past this, whatever it reads. */
const INTERN_MAX_SIZE = 4096;

/**
 * A table of shared strings for one index. It only grows (a string whose contacts are gone
 * stays), so it is bounded: once full, strings not in it are returned as copies.
 */
export function createInternTable(maxSize = INTERN_MAX_SIZE): (s: string) => string {
  const table = new Map<string, string>();
  return (s) => {
    if (s.length > INTERN_MAX_LENGTH) return copy(s);
    const shared = table.get(s);
    if (shared !== undefined) return shared;
    // Copied only when new: most of the values a scan offers are in the table already.
    const kept = copy(s);
    if (table.size < maxSize) table.set(kept, kept);
    return kept;
  };
}

function problem(message: string, code: string): Problem {
  return { message, line: 0, column: 0, severity: 'error', code };
}

/** `people/jane-doe.md` → `jane-doe`. */
export function baseName(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.toLowerCase().endsWith('.md') ? name.slice(0, -3) : name;
}

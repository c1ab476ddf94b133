import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { type ScanCache, createScanCache } from '../core/scanCache';

/** Where the scan caches go: a folder, none, and what to tell the user of a setting not used. */
export interface CacheFolder {
  /** Absent: every note is read. */
  readonly folder?: string;
  /** A sentence for stderr when `CONTACT_DIARY_CACHE` can't be used as it is. */
  readonly problem?: string;
}

const OFF = /^(off|0|false|no|none|disabled?)$/i;

/**
 * The folder for the command-line tool's scan caches, as each system keeps caches:
 * `CONTACT_DIARY_CACHE` when set (`off` for none), else `$XDG_CACHE_HOME/contact-diary`,
 * `~/Library/Caches/contact-diary` on macOS, `%LOCALAPPDATA%\contact-diary\Cache` on Windows,
 * `~/.cache/contact-diary` elsewhere; none without a home. Only an absolute folder is taken: a
 * relative one would put the notes' private data in whatever folder the tool runs in, often the
 * diary itself (the XDG spec asks to ignore a relative `XDG_CACHE_HOME` too).
 */
export function cacheFolder(env: Readonly<Record<string, string | undefined>>, platform: string, home: () => string = homedir): CacheFolder {
  const chosen = env.CONTACT_DIARY_CACHE;
  if (chosen !== undefined && chosen !== '') {
    if (OFF.test(chosen)) return {};
    if (isAbsolute(chosen)) return { folder: chosen };
    return { problem: `CONTACT_DIARY_CACHE=${chosen} is not an absolute folder (or "off"): every note is read, and nothing is cached` };
  }
  if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return { folder: join(env.XDG_CACHE_HOME, 'contact-diary') };
  if (platform === 'win32' && env.LOCALAPPDATA && isAbsolute(env.LOCALAPPDATA)) return { folder: join(env.LOCALAPPDATA, 'contact-diary', 'Cache') };
  let dir: string;
  try {
    dir = home();
  } catch {
    return {};
  }
  if (!dir || !isAbsolute(dir)) return {};
  return { folder: platform === 'darwin' ? join(dir, 'Library', 'Caches', 'contact-diary') : join(dir, '.cache', 'contact-diary') };
}

/** A scan cache kept in a file of `folder`, one file per diary folder and key. */
export interface ScanCacheFile {
  readonly cache: ScanCache;
  /** Writes the cache when it changed. A cache that can't be written is no loss: the next run reads the files. */
  save(): void;
}

/**
 * The cache of the diary folder `root` kept in `folder`, for reads made with `settings` (anything
 * that changes what a file reads as: the log heading, the words, the size limit). The version of
 * the reader is part of its key too: this code's own file stamp, so a new build starts afresh.
 */
export function openScanCache(folder: string, root: string, settings: unknown): ScanCacheFile {
  const key = JSON.stringify({ reader: readerStamp(), settings });
  // By folder and key: a folder read with other settings now and then (`--max-file-size`) keeps
  // a cache for each, instead of one that each run reads whole and writes again.
  const file = join(folder, `${hash(root, 24)}-${hash(key, 8)}.json`);
  let text: string | undefined;
  try {
    const bytes = readFileSync(file);
    // A cache is written in ASCII, which reads as latin1 at a byte a character without decoding.
    text = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  } catch {
    text = undefined;
  }
  const cache = createScanCache(root, key, text);
  // Only whether there was a file: the text itself is not kept once decoded.
  const hadFile = text !== undefined;
  return {
    cache,
    save() {
      if (!cache.changed) {
        if (hadFile) keepFresh(file, Date.now());
        return;
      }
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        // The notes' names, phones and addresses: for the user's eyes only, as their home folder is.
        mkdirSync(folder, { recursive: true, mode: 0o700 });
        // Another run may be writing the same cache: each writes its own file, and the rename is
        // atomic. A new file only (`wx`): never through a link someone left in its place.
        writeFileSync(temporary, cache.encode(), { mode: 0o600, flag: 'wx' });
        renameSync(temporary, file);
        forgetOld(folder, Date.now());
      } catch {
        try {
          unlinkSync(temporary);
        } catch {
          // Nothing was written.
        }
      }
    },
  };
}

/** A cache not used for this long is of a folder no longer read (moved, or temporary); at worst it is made again. */
const UNUSED_MS = 30 * 24 * 3600_000;

/** A cache used but unchanged is touched once a day, so that `forgetOld` sees it is in use. */
function keepFresh(file: string, now: number): void {
  try {
    if (now - statSync(file).mtimeMs > DAY_MS) utimesSync(file, now / 1000, now / 1000);
  } catch {
    // Gone, or not ours to touch: the next run that changes it writes it again.
  }
}

const DAY_MS = 24 * 3600_000;

/** Deletes the caches of folders not read for `UNUSED_MS`, and temporary files a crash left (after a day). */
function forgetOld(folder: string, now: number): void {
  for (const name of readdirSync(folder)) {
    if (!/^[0-9a-f]{24}-[0-9a-f]{8}\.json(\.\d+\.tmp)?$/.test(name)) continue;
    const path = join(folder, name);
    try {
      const age = now - statSync(path).mtimeMs;
      if (age > (name.endsWith('.tmp') ? DAY_MS : UNUSED_MS)) unlinkSync(path);
    } catch {
      // Gone already, or another run's: left alone.
    }
  }
}

const hash = (text: string, length: number) => createHash('sha256').update(text).digest('hex').slice(0, length);

let stamp: string | undefined;

/** The running code's file, by size and time: a new build or version reads every file again. */
function readerStamp(): string {
  if (stamp === undefined) {
    try {
      const s = statSync(__filename);
      stamp = `${s.size}/${s.mtimeMs}`;
    } catch {
      // Code that can't see its own file (bundled in memory) never trusts an old cache.
      stamp = `${Date.now()}/${Math.random()}`;
    }
  }
  return stamp;
}

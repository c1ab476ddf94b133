import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { type DiaryIndex, type Result, type ScanReport, type SizeLimit, type Vocabulary, fail, loadDiary as loadCoreDiary, ok, relativeTo } from '../core';
import { type CliIo } from './io';
import { createNodeHost, toHostPath } from '../node/nodeHost';
import { openScanCache } from '../node/scanCacheFile';
import { nodeUtf8 } from '../node/utf8';
import { type RelativePath } from './render';

/** A folder of contacts, read once for one command. */
export interface LoadedDiary {
  readonly index: DiaryIndex;
  /** The folder, as a host path (absolute, forward slashes). */
  readonly root: string;
  /** A file's path relative to the folder, as the user names it. */
  readonly rel: RelativePath;
  /** What the scan passed over (links in a loop, folders too deep), and why. */
  readonly skipped: ScanReport['skipped'];
  /** How many of them are folders that couldn't be listed (no permission): contacts may be missing. */
  readonly unlisted: number;
}

/** An absolute host path (forward slashes) for an argument given relative to `io.cwd`. */
export function hostPath(io: CliIo, arg: string): string {
  return toHostPath(resolve(io.cwd, arg));
}

/** Which contact files are read, and how besides their size: the folder's globs, log heading and words. */
export interface ReadSettings {
  /** Globs of the files that may be contacts (default: every Markdown file). */
  readonly include?: readonly string[];
  /** Globs never read, on top of the ones always left out (`DEFAULT_EXCLUDE`). */
  readonly exclude?: readonly string[];
  readonly logHeading?: string;
  readonly vocabulary?: Vocabulary;
}

/** The folder `dirArg` names (default: the current folder), as a host path. */
export function folderPath(io: CliIo, dirArg: string | undefined): string {
  return hostPath(io, dirArg ?? '.');
}

/**
 * Reads every contact under `dirArg` (default: the current folder), those over `limit` listed as
 * needing attention, with the folder's globs, log heading and words (`reading`). Fails when it is
 * not a folder, or can't be listed. A folder inside it that can't be listed (no permission) is
 * said on stderr, one line each, when `command` is given (`check` says them itself), and is in
 * `unlisted`: its contacts are missing from what the command prints.
 */
export async function loadDiary(io: CliIo, dirArg: string | undefined, limit: SizeLimit, reading: ReadSettings = {}, command?: string): Promise<Result<LoadedDiary>> {
  const shown = dirArg ?? '.';
  const root = hostPath(io, shown);
  try {
    if (!statSync(root).isDirectory()) return fail(`${shown} is not a folder`);
  } catch {
    return fail(`${shown}: no such folder`);
  }
  // What a note reads as depends on these settings too: a cache made with others is not used.
  const cached = io.cache && openScanCache(io.cache.folder, root, { ...limit, ...reading });
  const host = createNodeHost({ settledMs: io.cache?.settledMs });
  const { index, report } = await loadCoreDiary(host, root, { ...limit, ...reading, utf8: nodeUtf8, cache: cached?.cache });
  cached?.save();
  const unlisted = report.skipped.filter((s) => s.code === 'unlisted');
  const top = unlisted.find((s) => s.path === root);
  if (top) return fail(`${shown}: ${top.reason.replace(/^Couldn't list this folder/, "can't be read")}`);
  const rel = (file: string) => relativeTo(root, file);
  if (command !== undefined) for (const s of unlisted) io.err(`contact-diary ${command}: ${rel(s.path)}: warning: ${s.reason}; its contacts are left out\n`);
  return ok({ index, root, rel, skipped: report.skipped, unlisted: unlisted.length });
}

import { execFile } from 'node:child_process';
import { type FileNextHistory, type LocalDate, NEEDS_GIT, type NextChange, formatIsoDate, parseIsoDate } from '../core';

/** Why there is no history of `next:`: each said to the user in its own words. */
export type GitUnavailable = 'not-a-repository' | 'git-not-installed' | 'git-failed';

/** The history of `next:` in a folder (the core's `NextHistory`), or why git can't give it. */
export type GitNextHistory =
  | { readonly kind: 'history'; readonly files: readonly FileNextHistory[] }
  | { readonly kind: 'unavailable'; readonly reason: GitUnavailable; readonly message: string };

/** A patch's output can be large for a long history; git's own output is never a reason to fail. */
const MAX_OUTPUT = 256 * 1024 * 1024;

/** Added or removed lines that set a front-matter key the review reads (`-G` takes an extended regex). */
const PICKAXE = `^["']?(next|last)["']?[[:space:]]*:`;
const KEY_LINE = /^["']?(next|last)["']?[ \t]*:(.*)$/;

/**
 * The changes to `next:` (and whether `last:` changed beside it) of every file under `dir` (a
 * host path), since `since` when given, from ONE `git log -p` over the folder: only the file
 * pairs whose added or removed lines set `next:` or `last:` are diffed (`-G`), without context,
 * so a diary of hundreds of notes and years of commits is read in one pass. Files are named as
 * the index names them: `filesUnder` (by default `dir`; the extension gives the folder's URI path)
 * joined with their path under it. A rename is followed no further back than the rename.
 */
export async function readNextHistory(dir: string, since?: LocalDate, filesUnder = dir): Promise<GitNextHistory> {
  const args = [
    '-c', 'core.quotepath=off', 'log', '-p', '-U0', '--no-color', '--no-ext-diff', '--no-textconv', '--relative',
    '--format=%x00%ad', '--date=short', `-G${PICKAXE}`,
    ...(since ? [`--since=${formatIsoDate(since, false)}`] : []),
    '--', '.',
  ];
  const run = await runGit(dir, args);
  if (!run.ok) return run.unavailable;
  const root = filesUnder.replace(/\/+$/, '');
  return { kind: 'history', files: parseNextLog(run.stdout).map((f) => ({ file: `${root}/${f.file}`, changes: f.changes })) };
}

type GitRun = { readonly ok: true; readonly stdout: string } | { readonly ok: false; readonly unavailable: Extract<GitNextHistory, { kind: 'unavailable' }> };

function runGit(cwd: string, args: readonly string[]): Promise<GitRun> {
  return new Promise((resolve) => {
    // No shell: nothing in a path or a date is ever read as a command. Git's messages in English, to tell its failures apart.
    execFile('git', args, { cwd, maxBuffer: MAX_OUTPUT, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } }, (error, stdout, stderr) => {
      if (!error) return resolve({ ok: true, stdout });
      resolve(failedRun(error, stderr));
    });
  });
}

function failedRun(error: Error & { code?: unknown }, stderr: string): GitRun {
  const unavailable = (reason: GitUnavailable, message: string): GitRun => ({ ok: false, unavailable: { kind: 'unavailable', reason, message } });
  if (error.code === 'ENOENT') return unavailable('git-not-installed', 'Counting reschedules needs git, which is not installed (or not on the PATH).');
  if (/not a git repository/i.test(stderr)) {
    return unavailable('not-a-repository', NEEDS_GIT);
  }
  // A repository with no commit yet has no history: nothing was rescheduled.
  if (/does not have any commits yet/i.test(stderr)) return { ok: true, stdout: '' };
  const line = stderr.split('\n').find((l) => l.trim() !== '')?.trim() ?? error.message;
  return unavailable('git-failed', `Counting reschedules needs the history of next: dates, and git log failed: ${line}`);
}

/**
 * Reads `git log -p -U0 --format=%x00%ad --date=short` output: each commit's date, then for each
 * file the removed and added `next:` lines (the value before and after) and whether a `last:`
 * line changed. Only keys at the start of a line count: front-matter keys are not indented.
 */
export function parseNextLog(output: string): FileNextHistory[] {
  const files = new Map<string, NextChange[]>();
  let date: LocalDate | undefined;
  let pair: { oldPath?: string; newPath?: string; from?: string; to?: string; lastChanged: boolean; seen: boolean } | undefined;
  let inHunk = false;
  const flush = () => {
    const file = pair?.newPath ?? pair?.oldPath;
    if (pair && date && file && pair.seen) {
      const change: NextChange = { date, lastChanged: pair.lastChanged, ...(pair.from !== undefined ? { from: pair.from } : {}), ...(pair.to !== undefined ? { to: pair.to } : {}) };
      files.set(file, [...(files.get(file) ?? []), change]);
    }
    pair = undefined;
  };
  for (const line of output.split('\n')) {
    if (line.startsWith('\0')) {
      flush();
      const d = parseIsoDate(line.slice(1).trim());
      date = d.ok ? d.value : undefined;
      inHunk = false;
    } else if (line.startsWith('diff --git ')) {
      flush();
      pair = { lastChanged: false, seen: false };
      inHunk = false;
    } else if (pair && !inHunk && line.startsWith('--- ')) {
      pair.oldPath = pathOf(line.slice(4), 'a/');
    } else if (pair && !inHunk && line.startsWith('+++ ')) {
      pair.newPath = pathOf(line.slice(4), 'b/');
    } else if (pair && line.startsWith('@@')) {
      inHunk = true;
    } else if (pair && inHunk && (line.startsWith('-') || line.startsWith('+'))) {
      const m = KEY_LINE.exec(line.slice(1).replace(/\r$/, ''));
      if (!m) continue;
      if (m[1] === 'last') {
        pair.lastChanged = true;
        continue;
      }
      pair.seen = true;
      if (line.startsWith('-')) pair.from ??= m[2]!.trim();
      else pair.to = m[2]!.trim();
    }
  }
  flush();
  return [...files].map(([file, changes]) => ({ file, changes }));
}

/** A path of a `---` or `+++` line: undefined for /dev/null; a C-quoted one (`"b/caf\303\251.md"`) unquoted. */
function pathOf(text: string, prefix: string): string | undefined {
  const raw = text.replace(/\t$/, '');
  if (raw === '/dev/null') return undefined;
  const path = raw.startsWith('"') ? unquote(raw) : raw;
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}

const ESCAPES: Readonly<Record<string, number>> = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '"': 34, '\\': 92 };

/** Git's C quoting of a path: escapes and octal bytes, the bytes read as UTF-8. */
function unquote(quoted: string): string {
  const bytes: number[] = [];
  const body = quoted.slice(1, quoted.endsWith('"') ? -1 : undefined);
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      bytes.push(...new TextEncoder().encode(c));
      continue;
    }
    const octal = /^[0-7]{3}/.exec(body.slice(i + 1));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += 3;
    } else {
      const e = body[++i];
      bytes.push(e !== undefined ? ESCAPES[e] ?? e.charCodeAt(0) : 92);
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main } from '../../../src/cli/main';

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs the command line in-process from `cwd`, colour off, the clock at noon on 2026-11-23 local. */
export async function cli(cwd: string, ...argv: string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const now = () => new Date(2026, 10, 23, 12, 0);
  const code = await main(argv, (s) => (out += s), (s) => (err += s), { cwd, color: false, now });
  return { code, out, err };
}

/** A fresh temporary folder holding `files` (relative path → content), removed by `cleanup`. */
export function tempDiary(files: Record<string, string | Uint8Array> = {}): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'contact-diary-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every file under `dir` with its bytes, to compare a folder before and after a command. */
export function snapshot(dir: string, prefix = ''): Map<string, string> {
  const files = new Map<string, string>();
  for (const e of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) for (const [k, v] of snapshot(dir, rel)) files.set(k, v);
    else files.set(rel, readFileSync(join(dir, rel)).toString('base64'));
  }
  return files;
}

/** Joins lines with LF and ends with one: contact files written inline. */
export const lines = (...l: string[]) => `${l.join('\n')}\n`;

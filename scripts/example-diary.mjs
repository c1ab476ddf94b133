// Copies the example diary with its dates moved to today, so that whoever opens it sees overdue,
// today and upcoming follow-ups whatever the day. The files in examples/diary are written
// relative to the anchor date in examples/diary/.anchor; the copy shifts every YYYY-MM-DD in the
// front-matter and at the start of list items (the log) by (today − anchor) days and leaves every
// other byte as it is.
//
//   node scripts/example-diary.mjs [OUT_DIR] [--today YYYY-MM-DD]   prints the folder it wrote
//
// `npm start` and `npm run screenshot` call prepareExampleDiary() from here.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const EXAMPLE_DIARY = join(root, 'examples', 'diary');
export const DEFAULT_OUT_DIR = join(root, '.vscode-test', 'example-diary');
const ANCHOR = '.anchor';
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days from the epoch for a `YYYY-MM-DD`, or undefined when it isn't a day of the calendar. */
function dayOf(iso) {
  const m = ISO.exec(iso);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  // Date.UTC rolls 2026-02-30 over to March: such a date is not ours to move.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return t / 86_400_000;
}

function isoOf(day) {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** `iso` moved by `days` (may be negative); a string that isn't a calendar date comes back as it was. */
export function shiftDate(iso, days) {
  const day = dayOf(iso);
  return day === undefined ? iso : isoOf(day + days);
}

/** Whole days from `from` to `to`, both `YYYY-MM-DD`. */
export function daysBetween(from, to) {
  const a = dayOf(from);
  const b = dayOf(to);
  if (a === undefined || b === undefined) throw new Error(`not a date of the form YYYY-MM-DD: ${a === undefined ? from : to}`);
  return b - a;
}

/** The local calendar date now, `YYYY-MM-DD` (local, as the diary's "today" is). */
export function localToday(now = new Date()) {
  const p = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

const DATE = /\b\d{4}-\d{2}-\d{2}\b/g;
const FRONT_MATTER = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)(---[ \t]*(?:\r?\n|$))/;
const LIST_ITEM_DATE = /^([ \t]*[-*+][ \t]+)(\d{4}-\d{2}-\d{2})\b/gm;

/** The text of a contact file with its front-matter dates and log-line dates moved by `days`. */
export function shiftDiaryText(text, days) {
  const move = (d) => shiftDate(d, days);
  const fm = FRONT_MATTER.exec(text);
  const head = fm ? fm[1] + fm[2].replace(DATE, move) + fm[3] : '';
  const body = text.slice(fm ? fm[0].length : 0).replace(LIST_ITEM_DATE, (_, lead, d) => lead + move(d));
  return head + body;
}

/**
 * Writes a fresh copy of the example diary to `outDir` (default `.vscode-test/example-diary`)
 * with its dates relative to `today` (`YYYY-MM-DD`, default the local date) and returns `outDir`.
 * Refuses to replace a folder that isn't an earlier copy (one without the `.anchor` marker).
 */
export function prepareExampleDiary({ today = localToday(), outDir = DEFAULT_OUT_DIR, sourceDir = EXAMPLE_DIARY } = {}) {
  const out = resolve(outDir);
  const source = resolve(sourceDir);
  if (out === source) throw new Error(`example-diary: the copy can't replace its source, ${out}`);
  const anchor = readFileSync(join(source, ANCHOR), 'utf8').trim();
  const days = daysBetween(anchor, today);
  if (existsSync(out)) {
    if (readdirSync(out).length > 0 && !existsSync(join(out, ANCHOR))) {
      throw new Error(`example-diary: ${out} is not empty and isn't an example diary; not replacing it`);
    }
    rmSync(out, { recursive: true, force: true });
  }
  copyShifted(source, out, days);
  writeFileSync(join(out, ANCHOR), `${today}\n`);
  return out;
}

function copyShifted(from, to, days) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.name === ANCHOR) continue;
    const src = join(from, entry.name);
    const dst = join(to, entry.name);
    if (entry.isDirectory()) copyShifted(src, dst, days);
    else if (entry.name.endsWith('.md')) writeFileSync(dst, shiftDiaryText(readFileSync(src, 'utf8'), days));
    else if (entry.isFile()) writeFileSync(dst, readFileSync(src));
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--today');
  const today = at >= 0 ? args.splice(at, 2)[1] : undefined;
  if (at >= 0 && (today === undefined || dayOf(today) === undefined)) {
    console.error('example-diary: --today needs a date of the form YYYY-MM-DD');
    process.exit(2);
  }
  try {
    console.log(prepareExampleDiary({ today, outDir: args[0] }));
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}

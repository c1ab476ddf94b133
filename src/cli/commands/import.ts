import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { readFile, unlink } from 'node:fs/promises';
import { basename } from 'node:path';
import { type LocalDate, type Result, applyEdits, decodeFile, fail, newContactPlace, ok, resolveDate } from '../../core';
import type * as Import from '../../core/import';
import { SIZE_LIMIT_OPTION, parseCommandArgs, sizeLimitOption, todayOption, usageError } from '../args';
import { writeFileAtomic } from '../atomicWrite';
import { type LoadedDiary, folderPath, hostPath, loadDiary } from '../diary';
import { readFolderSettings } from '../folderSettings';
import { type CliIo, type Command, EXIT_OK, EXIT_PROBLEMS } from '../io';
import { diarySettings, readingOf } from '../settings';

const OPTIONS = {
  into: { type: 'string' }, next: { type: 'string' }, spread: { type: 'boolean' }, tag: { type: 'string' }, today: { type: 'string' },
  'dry-run': { type: 'boolean' }, json: { type: 'boolean' }, ...SIZE_LIMIT_OPTION,
} as const;

/**
 * `import FILE…`: brings people in from vCard, LinkedIn, Google, Outlook or other CSV exports,
 * into the diary of the current folder: a note for each new person, the missing fields of those
 * already in it. `--dry-run` prints what would be done and writes nothing; otherwise everything
 * is written, or, if one write fails, nothing (the files written so far are taken back).
 */
export const importContacts: Command = {
  usage: 'import FILE… [--into DIR] [--next PHRASE] [--spread] [--tag TAG] [--dry-run] [--json] [--today YYYY-MM-DD] [--max-file-size BYTES]',
  summary: 'import contacts from vCard (.vcf), LinkedIn Connections.csv, Google or Outlook CSV, or a CSV with named columns, into the diary of the current folder (new notes in --into, else contactDiary.newContactFolder); people already in it (same email, LinkedIn profile, name and phone, else name and company) only gain the fields they lack; --next PHRASE schedules the new ones (--spread: over the working days, the daily target a day); --dry-run writes nothing',
  async run(args, io) {
    const parsed = parseCommandArgs(args, OPTIONS, { min: 1, max: Infinity, names: ['FILE'] });
    if (!parsed.ok) return usageError(io, 'import', parsed.error);
    const v = parsed.value.values as Partial<Record<'into' | 'next' | 'tag' | 'today' | 'max-file-size', string>>;
    const flag = (name: 'spread' | 'dry-run' | 'json') => parsed.value.values[name] === true;
    const today = todayOption(v.today, io);
    if (!today.ok) return usageError(io, 'import', today.error);
    let next: LocalDate | undefined;
    if (v.next !== undefined) {
      const when = resolveDate(v.next, today.value);
      if (!when.ok) return usageError(io, 'import', `--next: ${when.error}`);
      next = when.value.date;
    }
    if (flag('spread') && !next) return usageError(io, 'import', '--spread spreads the --next date over the working days: give --next too');
    if (v.tag !== undefined && v.tag.trim() === '') return usageError(io, 'import', '--tag needs a tag, such as --tag linkedin');
    const root = folderPath(io, undefined);
    const settings = diarySettings(io, 'import', root);
    const limit = sizeLimitOption(v['max-file-size'], v['max-file-size'] === undefined ? settings.maxFileSize() : undefined);
    if (!limit.ok) return usageError(io, 'import', limit.error);
    const reading = readingOf(settings);
    const diary = await loadDiary(io, undefined, limit.value, reading, 'import');
    if (!diary.ok) return usageError(io, 'import', diary.error);
    // The CSV parser and the rest of the import load only when an import runs (as atomicWrite loads node:crypto).
    const lib = require('../../core/import') as typeof Import;
    const reads: Import.ExportRead[] = [];
    for (const file of parsed.value.positionals) {
      const read = await readExportFile(io, lib, file);
      if (!read.ok) {
        io.err(`contact-diary import: ${read.error.replace(/\.$/, '')}; nothing was imported\n`);
        return EXIT_PROBLEMS;
      }
      reads.push(read.value);
    }
    const folder = v.into !== undefined ? hostPath(io, v.into) : newContactFolder(diary.value);
    const plan = await lib.planImport(reads, {
      today: today.value, folder, taken: filesIn(folder), contacts: diary.value.index.contacts(),
      readText: async (file) => readText(file, limit.value),
      ...(v.tag !== undefined ? { tag: v.tag.trim() } : {}), ...(next ? { next } : {}),
      ...(flag('spread') ? { spread: { workingDays: settings.workingDays(), perDay: settings.dailyTarget() } } : {}),
      logHeading: reading.logHeading, displayPath: diary.value.rel,
    });
    if (!plan.ok) {
      io.err(`contact-diary import: ${plan.error}\n`);
      return EXIT_PROBLEMS;
    }
    const dryRun = flag('dry-run');
    const written = dryRun ? ok(undefined) : await writePlan(plan.value, folder);
    if (flag('json')) io.out(`${JSON.stringify(importJson(reads, plan.value, diary.value.rel, !dryRun && written.ok))}\n`);
    // Written or not, the summary says which (a failed write says why on stderr).
    else io.out(previewText(lib, reads, plan.value, diary.value.rel, dryRun ? 'dry-run' : written.ok ? 'written' : 'failed'));
    if (!written.ok) {
      io.err(`contact-diary import: ${written.error.replace(/;? ?nothing (?:was )?written\.?$/, '')}; nothing was written\n`);
      return EXIT_PROBLEMS;
    }
    return plan.value.problems.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
  },
};

async function readExportFile(io: CliIo, lib: typeof Import, file: string): Promise<Result<Import.ExportRead>> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(hostPath(io, file));
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? e.code : undefined;
    return fail(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not an export' : `can't be read (${String(e)})`}`);
  }
  return lib.readExport(basename(file), bytes);
}

/** Where New Contact… would put a note: `contactDiary.newContactFolder` if set, else beside the contacts, else `contacts/`. */
function newContactFolder(diary: LoadedDiary): string {
  const setting = readFolderSettings(diary.root).raw('newContactFolder');
  const files = [...diary.index.contacts()].map((c) => c.file);
  const folder = newContactPlace(typeof setting === 'string' && setting.trim() !== '' ? setting.trim() : undefined, files, diary.root);
  return folder === '' ? diary.root : `${diary.root}/${folder.replace(/^[\\/]+|[\\/]+$/g, '')}`;
}

function filesIn(folder: string): string[] {
  try {
    return readdirSync(folder).map((name) => `${folder}/${name}`);
  } catch {
    return [];
  }
}

async function readText(file: string, limit: { maxFileSize?: number }): Promise<Result<string>> {
  try {
    return decodeFile(await readFile(file), limit);
  } catch (e) {
    return fail(e instanceof Error ? e.message : String(e));
  }
}

/**
 * Writes the new notes (never over a file) and the merges (only onto the text they were planned
 * on), each atomically. When one fails, the notes written are removed and the merged files get
 * their bytes back, so the diary is as it was.
 */
async function writePlan(plan: Import.ImportPlan, folder: string): Promise<Result<void>> {
  const created: string[] = [];
  const restored: [string, Uint8Array][] = [];
  const undo = async () => {
    for (const path of created) await unlink(path).catch(() => undefined);
    for (const [path, bytes] of restored) await writeFileAtomic(path, bytes);
  };
  try {
    if (plan.created.length > 0) mkdirSync(folder, { recursive: true });
    for (const note of plan.created) {
      if (existsSync(note.path)) throw new Error(`${basename(note.path)} was created meanwhile; it is not overwritten`);
      const result = await writeFileAtomic(note.path, note.text);
      if (!result.ok) throw new Error(result.error);
      created.push(note.path);
    }
    for (const merge of plan.merged) {
      const bytes = await readFile(merge.path);
      const text = decodeFile(bytes, { maxFileSize: Infinity });
      if (!text.ok || text.value !== merge.before) throw new Error(`${basename(merge.path)} changed while the import was planned`);
      const after = applyEdits(text.value, merge.edits);
      if (!after.ok) throw new Error(after.error);
      const result = await writeFileAtomic(merge.path, after.value, { ifUnchanged: bytes });
      if (!result.ok) throw new Error(result.error);
      restored.push([merge.path, bytes]);
    }
    return ok(undefined);
  } catch (e) {
    await undo();
    return fail(e instanceof Error ? e.message : String(e));
  }
}

type Rel = (file: string) => string;

/** The preview: each file's format, then the first few new notes, merges, skipped people and problems, and the counts. */
export function previewText(lib: typeof Import, reads: readonly Import.ExportRead[], plan: Import.ImportPlan, rel: Rel, done: 'written' | 'dry-run' | 'failed'): string {
  const counts = lib.planCounts(plan);
  const last = { 'written': `Wrote ${counts}.`, 'dry-run': `Would write ${counts}. Nothing was written (--dry-run).`, 'failed': `Would write ${counts}. Nothing was written.` }[done];
  // Every problem: each is a line of the export to mend, and a terminal can hold them.
  const out = [...lib.previewLines(reads, plan, rel, { problems: true }), last];
  return `${out.join('\n')}\n`;
}

/** `{ files, created, merged, skipped, problems, written }`, paths relative to the diary. */
export function importJson(reads: readonly Import.ExportRead[], plan: Import.ImportPlan, rel: Rel, written: boolean): unknown {
  return {
    files: reads.map((r) => ({
      file: r.file, format: r.format, formatName: r.formatName, encoding: r.encoding, encodingNote: r.encodingNote ?? null,
      people: r.people.length, mapping: r.csv?.mapping ?? null,
    })),
    created: plan.created.map((n) => ({ file: rel(n.path), name: n.name, sources: n.sources, possibleDuplicateOf: n.possibleDuplicateOf ? rel(n.possibleDuplicateOf) : null })),
    merged: plan.merged.map((m) => ({ file: rel(m.path), name: m.name, fields: m.fields, matchedBy: m.matchedBy, sources: m.sources })),
    skipped: plan.skipped,
    problems: plan.problems,
    written,
  };
}

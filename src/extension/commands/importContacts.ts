import * as vscode from 'vscode';
import { type LocalDate, type Result, type TextEdit, decodeFile, fail, ok, planDates, plural, shortDate } from '../../core';
import type * as Import from '../../core/import/index';
import { type FileOperation, type UndoFile, applyOperations, readBytes } from '../applyEdits';
import { askDate } from '../dateInput';
import { Commands } from '../ids';
import { guarded } from '../log';
import { toPath, toUri } from '../workspaceHost';
import { type CommandDeps } from './deps';
import { undoFile } from './undoLastChange';
import { pickFolder, placeInFolder } from './newContact';

const TITLE = 'Import Contacts';
const IMPORT = 'Import';
const IMPORT_AND_SCHEDULE = 'Import and Schedule…';
const CHANGE_COLUMNS = 'Change Columns…';

/** When the new contacts' first follow-up is: all on one day, or spread over the working days, `perDay` a day. */
interface Schedule {
  readonly next: LocalDate;
  readonly spread?: { readonly workingDays: readonly number[]; readonly perDay: number };
}

/** One export chosen: where it is, its bytes (read once), and how it reads now. */
interface Chosen {
  readonly uri: vscode.Uri;
  readonly bytes: Uint8Array;
  read: Import.ExportRead;
}

/**
 * Import Contacts…: reads phone (vCard), LinkedIn, Google, Outlook or other CSV exports, plans a
 * note for each new person and the missing fields of those already in the diary, shows that
 * before anything is written (a CSV's columns can be matched again there), then writes it all as
 * one change that Undo Last Change takes back. The files come from the Explorer's context menu,
 * or the command's argument, else an open dialog.
 */
export function registerImportContacts(deps: CommandDeps): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.importContacts, (clicked?: vscode.Uri | readonly vscode.Uri[], selected?: readonly vscode.Uri[]) =>
    guarded(deps.log, TITLE, () => importContacts(deps, filesGiven(clicked, selected))));
}

/** The files the command was given: the Explorer's selection, one file, or a list (tests, other extensions). */
function filesGiven(clicked: vscode.Uri | readonly vscode.Uri[] | undefined, selected: readonly vscode.Uri[] | undefined): readonly vscode.Uri[] | undefined {
  if (selected && selected.length > 0) return selected;
  if (clicked instanceof vscode.Uri) return [clicked];
  return Array.isArray(clicked) && clicked.every((u) => u instanceof vscode.Uri) ? clicked : undefined;
}

async function importContacts(deps: CommandDeps, given: readonly vscode.Uri[] | undefined): Promise<void> {
  const folder = await pickFolder(deps, TITLE);
  if (!folder) return;
  const uris = given ?? await vscode.window.showOpenDialog({
    title: `${TITLE}: the exports to read`,
    openLabel: IMPORT,
    canSelectMany: true,
    defaultUri: folder.uri,
    filters: { 'Contacts exports': ['vcf', 'vcard', 'csv', 'txt'], 'All files': ['*'] },
  });
  if (!uris || uris.length === 0) return;
  await deps.diary.whenReadFor(TITLE);
  // The CSV parser and the rest of the import are loaded now, not when the extension starts.
  const lib = await import('../../core/import/index');
  const chosen: Chosen[] = [];
  for (const uri of uris) {
    const read = await readExport(lib, uri);
    if (!read.ok) {
      void vscode.window.showErrorMessage(`Contact Diary: ${read.error.replace(/\.$/, '')}; nothing was imported.`);
      return;
    }
    chosen.push(read.value);
  }
  const config = deps.config.forFolder(folder.uri);
  const place = placeInFolder(deps, folder, config);
  const target = place === '' ? folder.uri : vscode.Uri.joinPath(folder.uri, ...place.split(/[\\/]+/).filter(Boolean));
  const rel = (file: string) => vscode.workspace.asRelativePath(toUri(file), false);
  for (;;) {
    const plan = await planWithProgress(deps, lib, chosen, target, config.logHeading, config.maxFileSize, rel, undefined);
    if (!plan) return;
    const reads = chosen.map((c) => c.read);
    const lines = lib.previewLines(reads, plan, rel);
    // The output channel has room for every problem; the dialog shows the first few.
    deps.log.info(`${TITLE}, planned:\n  ${lib.previewLines(reads, plan, rel, { problems: true }).join('\n  ')}`);
    if (plan.created.length + plan.merged.length === 0) {
      void vscode.window.showInformationMessage(`Contact Diary: nothing to import: ${lib.planCounts(plan)}.`, { modal: true, detail: lines.join('\n') });
      return;
    }
    const csv = chosen.filter((c) => c.read.format === 'csv');
    const choice = await vscode.window.showInformationMessage(
      `Import ${lib.planCounts(plan)}?`,
      { modal: true, detail: `${lines.join('\n')}\n\nOne Undo Last Change takes it all back.` },
      IMPORT,
      ...(plan.created.length > 0 ? [IMPORT_AND_SCHEDULE] : []),
      ...(csv.length > 0 ? [CHANGE_COLUMNS] : []),
    );
    if (choice === CHANGE_COLUMNS) {
      if (!(await changeColumns(deps, lib, csv))) return;
      continue;
    }
    if (choice === IMPORT_AND_SCHEDULE) {
      // Escape on a question of the schedule goes back to the import's summary.
      const schedule = await askSchedule(deps, plan.created.length);
      if (!schedule) continue;
      const scheduled = await planWithProgress(deps, lib, chosen, target, config.logHeading, config.maxFileSize, rel, schedule);
      if (scheduled) await write(deps, scheduled, target, rel, scheduleWords(scheduled.created.length, schedule));
      return;
    }
    if (choice !== IMPORT) return;
    await write(deps, plan, target, rel);
    return;
  }
}

/**
 * The new contacts' first follow-up: a date in words, then (for more new contacts than the daily
 * target) all on that day or the daily target a day over the working days from it, as
 * `contact-diary import --next --spread` does. Undefined on Escape.
 */
async function askSchedule(deps: CommandDeps, count: number): Promise<Schedule | undefined> {
  const next = await askDate(deps.prompts, { title: `${TITLE}: first follow-up of the ${plural(count, 'new contact')}`, today: deps.clock.today() });
  if (!next) return undefined;
  const perDay = deps.config.dailyTarget;
  const workingDays = deps.config.workingDays;
  if (count <= perDay) return { next };
  const days = planDates(next, Math.ceil(count / perDay), workingDays);
  const last = days[days.length - 1] ?? next;
  return deps.prompts.pick<Schedule>({
    title: `${TITLE}: ${plural(count, 'new contact')} from ${shortDate(next)}`,
    choices: [
      { label: `${perDay} a day (contactDiary.dailyTarget)`, description: `working days, ${shortDate(next)} to ${shortDate(last)}`, value: { next, spread: { workingDays, perDay } } },
      { label: `All ${count} on ${shortDate(next)}`, value: { next } },
    ],
  });
}

/** `scheduled on Fri 11 Dec 2026`, or `scheduled 5 a day from Fri 11 Dec 2026`. */
function scheduleWords(count: number, schedule: Schedule): string {
  if (count === 0) return '';
  return schedule.spread && count > schedule.spread.perDay ? `scheduled ${schedule.spread.perDay} a day from ${shortDate(schedule.next)}` : `scheduled on ${shortDate(schedule.next)}`;
}

async function readExport(lib: typeof Import, uri: vscode.Uri): Promise<Result<Chosen>> {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    return fail(`${name} can't be read (${error instanceof Error ? error.message : String(error)})`);
  }
  const read = lib.readExport(name, bytes);
  return read.ok ? ok({ uri, bytes, read: read.value }) : read;
}

/** Plans the import with a progress bar that can cancel it; undefined when cancelled or refused (the user is told). */
async function planWithProgress(
  deps: CommandDeps, lib: typeof Import, chosen: readonly Chosen[], target: vscode.Uri, logHeading: string, maxFileSize: number, rel: (file: string) => string,
  schedule: Schedule | undefined,
): Promise<Import.ImportPlan | undefined> {
  const taken = await filesIn(target);
  const plan = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `${TITLE}: reading`, cancellable: true },
    (progress, token) => {
      let shown = 0;
      return lib.planImport(chosen.map((c) => c.read), {
        today: deps.clock.today(),
        folder: toPath(target),
        taken,
        contacts: deps.diary.index.contacts(),
        readText: (file) => readText(toUri(file), maxFileSize),
        logHeading,
        displayPath: rel,
        ...schedule,
        isCancelled: () => token.isCancellationRequested,
        progress: async (done, total) => {
          const now = Math.floor((done / total) * 100);
          if (now === shown) return;
          progress.report({ increment: now - shown, message: `${done} of ${total} people` });
          shown = now;
          // Lets the cancel button and the rest of the window through on a large export.
          await new Promise((resolve) => setTimeout(resolve, 0));
        },
      });
    },
  );
  if (plan.ok) return plan.value;
  void vscode.window.showInformationMessage(`Contact Diary: ${plan.error}`);
  return undefined;
}

/** Asks which column to match again and what it holds, and reads the file again with it; false on Escape. */
async function changeColumns(deps: CommandDeps, lib: typeof Import, csv: readonly Chosen[]): Promise<boolean> {
  const file = csv.length === 1 ? csv[0] : await deps.prompts.pick({
    title: `${TITLE}: which file's columns?`,
    choices: csv.map((c) => ({ label: c.read.file, description: lib.columnsText(c.read), value: c })),
  });
  const mapping = file?.read.csv?.mapping;
  if (!file || !mapping) return false;
  const column = await deps.prompts.pick({
    title: `${TITLE}: ${file.read.file}: which column?`,
    choices: mapping.map((m) => ({ label: m.header || `column ${m.column + 1}`, description: lib.IMPORT_FIELD_NAMES[m.field], value: m })),
  });
  if (!column) return false;
  const field = await deps.prompts.pick({
    title: `${TITLE}: what does "${column.header}" hold?`,
    choices: (Object.entries(lib.IMPORT_FIELD_NAMES) as Array<[Import.ImportField, string]>).map(([value, label]) => ({ label, value, picked: value === column.field })),
  });
  if (!field) return false;
  const changed = mapping.map((m) => (m === column ? { column: m.column, header: m.header, field } : m));
  const read = lib.readExport(file.read.file, file.bytes, { mapping: changed });
  if (!read.ok) {
    void vscode.window.showWarningMessage(`Contact Diary: ${read.error}`);
    return true;
  }
  file.read = read.value;
  return true;
}

/**
 * Writes the new notes (never over a file) and the merges (only onto the text they were planned
 * on), and remembers them as one change. When a write fails, what was written is taken back, so
 * the diary is as it was, and the user is told why.
 */
async function write(deps: CommandDeps, plan: Import.ImportPlan, target: vscode.Uri, rel: (file: string) => string, scheduled = ''): Promise<void> {
  const created: UndoFile[] = [];
  try {
    if (plan.created.length > 0) await vscode.workspace.fs.createDirectory(target);
    for (const note of plan.created) {
      const uri = toUri(note.path);
      if (await readBytes(uri)) throw new Error(`${rel(note.path)} was made meanwhile; it is not overwritten`);
      const bytes = new TextEncoder().encode(note.text);
      await vscode.workspace.fs.writeFile(uri, bytes);
      created.push({ uri, entry: { kind: 'created', after: bytes } });
    }
  } catch (error) {
    await takeBack(deps, created);
    void vscode.window.showErrorMessage(`Contact Diary: the import stopped: ${error instanceof Error ? error.message : String(error)}. Nothing was kept.`);
    return;
  }
  const operations: FileOperation[] = plan.merged.map((m) => ({
    uri: toUri(m.path),
    plan: (text: string): Result<readonly TextEdit[]> => (text === m.before ? ok(m.edits) : fail(`${rel(m.path)} changed after the import was shown`)),
  }));
  const outcome = await applyOperations(operations);
  if (outcome.failed.length > 0) {
    await takeBack(deps, [...created, ...outcome.undo]);
    const why = outcome.failed.map((f) => `${vscode.workspace.asRelativePath(f.uri)}: ${f.error}`).join('; ');
    void vscode.window.showErrorMessage(`Contact Diary: the import stopped: ${why}. Nothing was kept; run it again.`);
    return;
  }
  const files = [...created, ...outcome.undo];
  deps.diary.touch(files.map((f) => f.uri));
  deps.undo.remember(`${TITLE} (${plan.created.length} new, ${outcome.changed.length} added to)`, files);
  deps.log.info(`${TITLE}: ${files.length} file(s) written`);
  const skipped = plan.skipped.length + plan.problems.length;
  void vscode.window.showInformationMessage(
    `Contact Diary: imported ${plan.created.length === 1 ? '1 new contact' : `${plan.created.length} new contacts`}${scheduled ? ` (${scheduled})` : ''}${outcome.changed.length > 0 ? `, added to ${outcome.changed.length}` : ''}${skipped > 0 ? `; ${skipped} skipped or unreadable (the output lists them)` : ''}.`,
  );
}

/** Takes a stopped import back, as Undo would: the notes made are deleted and the merged files get their text back. */
async function takeBack(deps: CommandDeps, files: readonly UndoFile[]): Promise<void> {
  for (const file of files) {
    const kept = await undoFile(file, deps.log);
    if (kept) deps.log.warn(`Import Contacts: ${file.uri.path} was not taken back: ${kept}`);
  }
}

/** Every path in the folder, contact or not: no new note may take one. */
async function filesIn(folder: vscode.Uri): Promise<string[]> {
  try {
    return (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => toPath(vscode.Uri.joinPath(folder, name)));
  } catch {
    return [];
  }
}

async function readText(uri: vscode.Uri, maxFileSize: number): Promise<Result<string>> {
  const bytes = await readBytes(uri);
  if (!bytes) return fail(`${vscode.workspace.asRelativePath(uri)} can't be read`);
  return decodeFile(bytes, { maxFileSize });
}

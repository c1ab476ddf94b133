import * as vscode from 'vscode';
import { planUndo, plural, sameBytes } from '../../core';
import { type UndoFile, openDocument, readBytes } from '../applyEdits';
import { type Change } from '../undoHistory';
import { RELOAD_WAIT_MS, readsAs, reloaded, reloadedAs } from '../documentReload';
import { Commands } from '../ids';
import { type Log, guarded } from '../log';
import { type CommandDeps } from './deps';

/** What an undo did, file by file (the command resolves to it, for keybindings and the tests). */
export interface UndoOutcome {
  readonly restored: readonly vscode.Uri[];
  readonly kept: ReadonlyArray<{ readonly uri: vscode.Uri; readonly reason: string }>;
}

/** The button of the warning after a partial undo that lets the change go, so older ones can be undone. */
const FORGET_CHANGE = 'Forget This Change';

/**
 * Undo Last Change: puts back the files of the extension's newest change (Log Contact…,
 * Reschedule…, Snooze, New Contact…) as they were before it, byte for byte, whether or not they
 * are open in an editor; the next Undo takes back the change before it. A file is put back only
 * while it holds exactly what the change wrote: one changed since (unsaved text included) is left
 * as it is, and the user is told which and why. Undo a Change… lists the history by name, newest
 * first: picking one undoes it and every change made after it, newest first.
 */
export function registerUndoLastChange(deps: CommandDeps): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.undoLastChange, () => guarded(deps.log, 'Undo Last Change', async (): Promise<UndoOutcome> => {
      const change = deps.undo.current;
      if (!change) {
        deps.message.show(NOTHING_TO_UNDO);
        return { restored: [], kept: [] };
      }
      return undoChange(deps, change);
    })),
    vscode.commands.registerCommand(Commands.undoChanges, () => guarded(deps.log, 'Undo a Change', async (): Promise<UndoOutcome> => {
      const history = deps.undo.all;
      if (history.length === 0) {
        deps.message.show(NOTHING_TO_UNDO);
        return { restored: [], kept: [] };
      }
      const now = Date.now();
      const upTo = await deps.prompts.pick<number>({
        title: 'Undo a Change',
        placeHolder: 'The changes Contact Diary made in this window, newest first: the one picked and every newer one are undone',
        choices: history.map((c, i) => ({
          label: c.label,
          description: i === 0 ? `${ago(now - c.at)} · newest` : `${ago(now - c.at)} · undoes ${i + 1} changes`,
          value: i,
        })),
      });
      if (upTo === undefined) return { restored: [], kept: [] };
      const restored: vscode.Uri[] = [];
      const kept: Array<{ uri: vscode.Uri; reason: string }> = [];
      for (const change of history.slice(0, upTo + 1)) {
        const outcome = await undoChange(deps, change);
        restored.push(...outcome.restored);
        kept.push(...outcome.kept);
        // Older changes may build on what this one left: stop where a file was kept.
        if (outcome.kept.length > 0) break;
      }
      return { restored, kept };
    })),
  );
}

const NOTHING_TO_UNDO = '$(discard) Nothing to undo: Contact Diary has changed no note in this window';

/** Undoes one change of the history, tells the user what it did, and settles the history. */
async function undoChange(deps: CommandDeps, change: Change): Promise<UndoOutcome> {
  const restored: vscode.Uri[] = [];
  const kept: Array<{ uri: vscode.Uri; reason: string }> = [];
  const left: UndoFile[] = [];
  for (const file of change.files) {
    const reason = await undoFile(file, deps.log);
    if (reason === undefined) restored.push(file.uri);
    else {
      kept.push({ uri: file.uri, reason });
      left.push(file);
    }
  }
  const rest = deps.undo.settle(change, left);
  deps.diary.touch(restored);
  for (const k of kept) deps.log.warn(`Undo ${change.label}: left ${k.uri.path} as it is: ${k.reason}`);
  if (restored.length > 0) {
    deps.log.info(`Undid ${change.label}: ${restored.map((u) => u.path).join(', ')}`);
    deps.message.show(`$(discard) Undid ${change.label}`);
  }
  if (kept.length > 0) {
    const which = kept.map((k) => `${vscode.workspace.asRelativePath(k.uri)} (${k.reason})`).join(', ');
    const others = restored.length > 0 ? ` The other ${plural(restored.length, 'file')} ${restored.length === 1 ? 'is' : 'are'} back as before.` : '';
    // Not awaited: the undo is done; the button only lets the change go from the history.
    void Promise.resolve(vscode.window.showWarningMessage(`Contact Diary: Undo ${change.label} left ${kept.length === 1 ? 'a file' : `${kept.length} files`} as ${kept.length === 1 ? 'it is' : 'they are'}, so nothing newer is lost: ${which}.${others}`, FORGET_CHANGE))
      .then((choice) => { if (choice === FORGET_CHANGE && rest) deps.undo.forget(rest); });
  }
  return { restored, kept };
}

/** `just now`, `5 minutes ago`, `2 hours ago`. */
function ago(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${plural(minutes, 'minute')} ago`;
  return `${plural(Math.floor(minutes / 60), 'hour')} ago`;
}

/**
 * Puts one file back as it was before the change, while it holds what the change wrote;
 * undefined when done, else why it was left as it is. Undo, and a command that stops half-way
 * (an import), take files back through it.
 */
export async function undoFile(file: UndoFile, log: Log): Promise<string | undefined> {
  const doc = openDocument(file.uri);
  const step = planUndo(file.entry, { disk: await readBytes(file.uri), document: doc && { text: doc.getText(), dirty: doc.isDirty } });
  try {
    switch (step.do) {
      case 'keep':
        return step.reason;
      case 'nothing':
        return undefined;
      case 'write': {
        // Straight to disk: the exact bytes from before. A document without unsaved changes reloads
        // them a moment later; until then the next edit would be planned from the text undone, and
        // refused as changed in the meantime or saved over the undo. Done when it has.
        const undone = doc?.getText();
        await vscode.workspace.fs.writeFile(file.uri, step.bytes);
        if (doc && undone !== undefined && !(await reloaded(doc, undone))) {
          log.warn(`Undo: ${file.uri.path} is back on disk, but its document still showed the text undone after ${RELOAD_WAIT_MS / 1000} s`);
        }
        return undefined;
      }
      case 'delete':
        await vscode.workspace.fs.delete(file.uri, { useTrash: false });
        return undefined;
      case 'save': {
        if (!(await doc!.save())) return 'VS Code could not save it';
        // VS Code saves its text with one kind of line end: the exact bytes from before go back.
        if (file.entry.kind === 'saved') await putBack(file.uri, doc!, file.entry.before, log);
        return undefined;
      }
      case 'setText': {
        const edit = new vscode.WorkspaceEdit();
        edit.replace(file.uri, new vscode.Range(doc!.positionAt(0), doc!.positionAt(doc!.getText().length)), step.text);
        return (await vscode.workspace.applyEdit(edit)) ? undefined : 'VS Code refused the edit';
      }
    }
  } catch (error) {
    return `it could not be written: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Writes `before` over the bytes VS Code just saved from `doc`, where they differ (mixed line ends), and waits for `doc` to reload them. */
async function putBack(uri: vscode.Uri, doc: vscode.TextDocument, before: Uint8Array, log: Log): Promise<void> {
  const saved = await readBytes(uri);
  if (!saved || sameBytes(saved, before) || doc.isDirty || !(await readsAs(saved, doc))) return;
  await vscode.workspace.fs.writeFile(uri, before);
  if (!(await reloadedAs(doc, before))) log.warn(`Undo: ${uri.path} is back on disk, but its document still showed other text after ${RELOAD_WAIT_MS / 1000} s`);
}

import * as vscode from 'vscode';
import { type Contact, type EditOptions, type Result, type TextEdit, fail, readContactText } from '../../core';
import { applyOperations, openDocument } from '../applyEdits';
import { toPath, toUri } from '../workspaceHost';
import { type CommandDeps } from './deps';

/** Plans one contact's edits from the contact as its file reads now (unsaved changes included). */
export type PlanContact = (text: string, current: Contact, options: EditOptions) => Result<readonly TextEdit[]>;

/** The command, as its title (`Snooze 1 Day`, for Undo), and what it does (`snooze`, for failures). */
export interface EditCommand {
  readonly title: string;
  readonly verb: string;
}

/**
 * Edits the contacts, each planned by the core from its file as it is now (the unsaved text of
 * its document, if any), then updates the diary from what they hold. Failures
 * are reported by file; the change is kept for Undo Last Change; says how many files changed,
 * and how many already read as asked.
 */
export async function editContacts(deps: CommandDeps, contacts: readonly Contact[], command: EditCommand, plan: PlanContact): Promise<{ readonly changed: number; readonly unchanged: number }> {
  const outcome = await applyOperations(contacts.map((c) => {
    const uri = toUri(c.file);
    const options: EditOptions = { logHeading: deps.config.forFolder(uri).logHeading };
    return {
      uri,
      plan: (text: string) => {
        const read = readContactText(c.file, text);
        if (read.kind !== 'contact') return fail<readonly TextEdit[]>(read.kind === 'attention' ? read.problem.message : 'this file is no longer a contact (no next: key)');
        return plan(text, read.contact, options);
      },
    };
  }));
  // Index what each file holds now: the bytes written, or the unsaved text the user sees.
  for (const { uri, entry } of outcome.undo) {
    if (entry.kind === 'saved') deps.diary.index.upsert(toPath(uri), entry.after);
  }
  for (const uri of outcome.changed) {
    const doc = openDocument(uri);
    if (doc?.isDirty) deps.diary.index.upsert(doc.uri.path, doc.getText());
  }
  const what = command.verb;
  deps.undo.remember(`${command.title} (${names(contacts, outcome.undo.map((f) => f.uri))})`, outcome.undo);
  for (const f of outcome.failed) deps.log.warn(`${what}: ${f.uri.path}: ${f.error}`);
  if (outcome.failed.length > 0) {
    const first = outcome.failed[0]!;
    const more = outcome.failed.length > 1 ? ` (and ${outcome.failed.length - 1} more, see the output)` : '';
    void vscode.window.showWarningMessage(`Contact Diary: couldn't ${what} ${vscode.workspace.asRelativePath(first.uri)}: ${first.error}${more}`);
  }
  if (outcome.changed.length > 0) deps.log.info(`${what}: ${outcome.changed.length} file(s) changed`);
  return { changed: outcome.changed.length, unchanged: outcome.unchanged.length };
}

/** The names of the contacts in these files, the first three and how many more. */
function names(contacts: readonly Contact[], uris: readonly vscode.Uri[]): string {
  const keys = new Set(uris.map((u) => u.toString()));
  const named = contacts.filter((c) => keys.has(toUri(c.file).toString())).map((c) => c.name);
  return named.length > 3 ? `${named.slice(0, 3).join(', ')} and ${named.length - 3} more` : named.join(', ');
}

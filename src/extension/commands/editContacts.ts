import * as vscode from 'vscode';
import { Contact, EditOptions, Result, TextEdit, fail, readContactText } from '../../core';
import { applyOperations } from '../applyEdits';
import { toUri } from '../workspaceHost';
import { CommandDeps } from './deps';

/** Plans one contact's edits from the contact as its file reads now (unsaved changes included). */
export type PlanContact = (text: string, current: Contact, options: EditOptions) => Result<readonly TextEdit[]>;

/**
 * Edits the contacts as one WorkspaceEdit (one Undo), each planned by the core from the text
 * of its document as it is now, then updates the diary from the edited documents. Failures
 * are reported by file; says how many files changed, and how many already read as asked.
 */
export async function editContacts(deps: CommandDeps, contacts: readonly Contact[], what: string, plan: PlanContact): Promise<{ readonly changed: number; readonly unchanged: number }> {
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
  // Dirty documents are not on disk yet: index what the user sees.
  for (const uri of outcome.changed) {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc) deps.diary.index.upsert(doc.uri.path, doc.getText());
  }
  for (const f of outcome.failed) deps.log.warn(`${what}: ${f.uri.path}: ${f.error}`);
  if (outcome.failed.length > 0) {
    const first = outcome.failed[0]!;
    const more = outcome.failed.length > 1 ? ` (and ${outcome.failed.length - 1} more, see the output)` : '';
    void vscode.window.showWarningMessage(`Contact Diary: couldn't ${what} ${vscode.workspace.asRelativePath(first.uri)}: ${first.error}${more}`);
  }
  if (outcome.changed.length > 0) deps.log.info(`${what}: ${outcome.changed.length} file(s) changed`);
  return { changed: outcome.changed.length, unchanged: outcome.unchanged.length };
}

import * as vscode from 'vscode';
import { type EditorCommand, codeActions, codeLenses } from '../../core';
import { toRange, toTextEdit } from '../coreVscode';
import { Commands } from '../ids';
import { type EditorDeps } from './deps';

/** A command of the extension run on this document's contact (the commands take a file URI). */
const command = (key: EditorCommand, title: string, uri: vscode.Uri): vscode.Command => ({ command: Commands[key], title, arguments: [uri] });

/** An unreadable date → its ISO date, Reschedule…, Clear (unscheduled); a past `next` → Reschedule…; no `next:` → one. */
export function registerCodeActions(deps: EditorDeps): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(deps.selector, {
    provideCodeActions(document, range, context) {
      // Asked only for other kinds (source actions on save, refactorings): nothing to compute.
      if (context.only && !vscode.CodeActionKind.QuickFix.intersects(context.only)) return undefined;
      const doc = deps.documents.contact(document);
      if (!doc) return undefined;
      return codeActions(doc, range, deps.clock.today()).map((a) => {
        const action = new vscode.CodeAction(a.title, vscode.CodeActionKind.QuickFix);
        if (a.edit) {
          action.edit = new vscode.WorkspaceEdit();
          action.edit.set(document.uri, [toTextEdit(document, a.edit)]);
        }
        // The problem it fixes is on its line, wherever on it the cursor stands.
        const fixes = context.diagnostics.filter((d) => a.diagnosticCode !== undefined && d.code === a.diagnosticCode && d.range.start.line === a.line);
        if (fixes.length > 0) action.diagnostics = fixes;
        if (a.command) action.command = command(a.command, a.title, document.uri);
        if (a.isPreferred) action.isPreferred = true;
        return action;
      });
    },
  }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] });
}

/** `Log Contact… · Reschedule… · Snooze 1 Day` above a contact's front-matter; asked again when the size limit changes. */
export function registerCodeLens(deps: EditorDeps): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const limit = deps.config.onDidChange((e) => { if (deps.config.affects(e, 'maxFileSize')) changed.fire(); });
  return vscode.Disposable.from(changed, limit, vscode.languages.registerCodeLensProvider(deps.selector, {
    onDidChangeCodeLenses: changed.event,
    provideCodeLenses(document) {
      const doc = deps.documents.contact(document);
      if (!doc) return undefined;
      return codeLenses(doc).flatMap((lens) => lens.commands.map((c) => new vscode.CodeLens(toRange(lens.range), command(c.command, c.title, document.uri))));
    },
  }));
}

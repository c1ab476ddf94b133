import * as vscode from 'vscode';
import { type EditorCommand, codeActions, codeLenses } from '../../core';
import { toRange, toTextEdit } from '../coreVscode';
import { Commands } from '../ids';
import { type EditorDeps } from './deps';
import { toPath, toUri } from '../workspaceHost';

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

/**
 * `Log Contact… · Reschedule… · Snooze 1 Day` above a contact's front-matter, then the contacts
 * it introduced the user to and those who know it, each opening its note; asked again when the
 * size limit changes, and when the diary does (a new `introduced_by` elsewhere adds a lens here).
 */
export function registerCodeLens(deps: EditorDeps): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const limit = deps.config.onDidChange((e) => { if (deps.config.affects(e, 'maxFileSize')) changed.fire(); });
  const diary = deps.diary.onDidChange(() => changed.fire());
  return vscode.Disposable.from(changed, limit, diary, vscode.languages.registerCodeLensProvider(deps.selector, {
    onDidChangeCodeLenses: changed.event,
    provideCodeLenses(document) {
      const doc = deps.documents.contact(document);
      if (!doc) return undefined;
      return codeLenses(doc).flatMap((lens) => {
        const range = toRange(lens.range);
        const actions = lens.commands.map((c) => new vscode.CodeLens(range, command(c.command, c.title, document.uri)));
        return [...actions, ...reverseLinkLenses(deps, document, range)];
      });
    },
  }));
}

/** `Introduced you to Jane Doe`, `Known by Sam Lee`: one lens a note, opening it. */
function reverseLinkLenses(deps: EditorDeps, document: vscode.TextDocument, range: vscode.Range): vscode.CodeLens[] {
  const links = deps.diary.links();
  const file = toPath(document.uri);
  const lens = (label: string, c: { readonly file: string; readonly name: string }) =>
    new vscode.CodeLens(range, { title: `${label} ${c.name}`, command: 'vscode.open', arguments: [toUri(c.file)], tooltip: `Open ${c.name}'s note` });
  return [
    ...links.introducedYouTo(file).map((c) => lens('Introduced you to', c)),
    ...links.knownBy(file).map((c) => lens('Known by', c)),
  ];
}

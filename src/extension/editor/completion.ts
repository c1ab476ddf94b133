import * as vscode from 'vscode';
import { type CompletionContext, type EditorCompletion, baseName, completesAsTyped, completionsAt } from '../../core';
import { toRange } from '../coreVscode';
import { type Diary } from '../diary';
import { toPath } from '../workspaceHost';
import { type EditorDeps } from './deps';
import { isSelected } from './selector';

const KINDS: Record<EditorCompletion['kind'], vscode.CompletionItemKind> = {
  key: vscode.CompletionItemKind.Property,
  date: vscode.CompletionItemKind.Value,
  stage: vscode.CompletionItemKind.EnumMember,
  contact: vscode.CompletionItemKind.Reference,
};

/**
 * Diary keys, ISO dates for natural phrases, the diary's stages and links to other contacts.
 * `:` and ` ` open the list after a key; typing a phrase in a date's value opens it too (see
 * `suggestAsTyped`).
 */
export function registerCompletion(deps: EditorDeps): vscode.Disposable {
  const provider = vscode.languages.registerCompletionItemProvider(deps.selector, {
    provideCompletionItems(document, position) {
      const doc = deps.documents.contact(document);
      if (!doc) return undefined;
      const items = completionsAt(doc, position, deps.clock.today(), diaryContext(deps.diary, toPath(document.uri)));
      // A date's first item is the phrase typed so far: asked again at each key while the list is
      // open, it follows the typing (`fr` reads as nothing, `fri` as Friday).
      return new vscode.CompletionList(items.map(toItem), items.some((i) => i.kind === 'date'));
    },
  }, ':', ' ');
  return vscode.Disposable.from(provider, vscode.workspace.onDidChangeTextDocument((e) => suggestAsTyped(deps, e)));
}

/**
 * Opens completion when a character is typed into a contact's `next:`/`last:` value: VS Code
 * leaves quick suggestions off in Markdown, and a letter can't be a trigger character (VS Code
 * leaves a character that ends a word to quick suggestions). The user's settings stay as they
 * are; `auto` makes an empty answer show nothing (no "No suggestions"), and while the list is
 * open VS Code ignores the command and filters, asking the provider again (the list is incomplete).
 */
function suggestAsTyped(deps: EditorDeps, e: vscode.TextDocumentChangeEvent): void {
  const editor = vscode.window.activeTextEditor;
  const [change, ...more] = e.contentChanges;
  // One character typed where the user is (not a paste, an undo or a multi-cursor edit), other than the trigger characters.
  if (!change || more.length > 0 || e.reason !== undefined || editor?.document !== e.document) return;
  if (change.text.length !== 1 || /[\s:]/.test(change.text) || change.range.start.line !== change.range.end.line) return;
  const doc = isSelected(deps.selector, e.document) ? deps.documents.contact(e.document) : undefined;
  const typedTo = change.range.start.translate(0, 1);
  if (doc && completesAsTyped(doc, typedTo)) void vscode.commands.executeCommand('editor.action.triggerSuggest', { auto: true });
}

function toItem(c: EditorCompletion): vscode.CompletionItem {
  const item = new vscode.CompletionItem(c.label, KINDS[c.kind]);
  item.insertText = c.insertText;
  item.range = toRange(c.range);
  item.sortText = c.sortText;
  if (c.detail) item.detail = c.detail;
  if (c.documentation) item.documentation = c.documentation;
  if (c.filterText) item.filterText = c.filterText;
  if (c.preselect) item.preselect = true;
  return item;
}

/**
 * What the rest of the diary offers, read from the index only when a completion asks for it
 * (a date completion never walks the contacts). The file being edited is not its own introducer.
 */
function diaryContext(diary: Diary, self: string): CompletionContext {
  let stages: string[] | undefined;
  let contacts: Array<{ slug: string; name: string }> | undefined;
  return {
    get stages() {
      return (stages ??= [...diary.index.contacts()].map((c) => c.stage ?? '').filter((s) => s !== ''));
    },
    get contacts() {
      return (contacts ??= [...diary.index.contacts()].filter((c) => c.file !== self).map((c) => ({ slug: baseName(c.file), name: c.name })));
    },
  };
}

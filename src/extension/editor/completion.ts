import * as vscode from 'vscode';
import { CompletionContext, EditorCompletion, baseName, completionsAt } from '../../core';
import { toRange } from '../coreVscode';
import { Diary } from '../diary';
import { toPath } from '../workspaceHost';
import { EditorDeps } from './deps';

const KINDS: Record<EditorCompletion['kind'], vscode.CompletionItemKind> = {
  key: vscode.CompletionItemKind.Property,
  date: vscode.CompletionItemKind.Value,
  stage: vscode.CompletionItemKind.EnumMember,
  contact: vscode.CompletionItemKind.Reference,
};

/** Diary keys, ISO dates for natural phrases, the diary's stages and links to other contacts. */
export function registerCompletion(deps: EditorDeps): vscode.Disposable {
  return vscode.languages.registerCompletionItemProvider(deps.selector, {
    provideCompletionItems(document, position) {
      const doc = deps.documents.contact(document);
      if (!doc) return undefined;
      const items = completionsAt(doc, position, deps.clock.today(), diaryContext(deps.diary, toPath(document.uri)));
      return items.map(toItem);
    },
  }, ':', ' ');
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

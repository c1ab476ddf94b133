import * as vscode from 'vscode';
import { ContactDocument, type EditorDiagnostic, type SizedText, isOverSizeLimit, sizeLimitDiagnostics } from '../../core';
import { Disposable } from '../disposable';

/** The document's size limit in bytes (`contactDiary.maxFileSize` for its folder). */
export type SizeLimit = (uri: vscode.Uri) => number;

interface Entry {
  readonly version: number;
  readonly limit: number;
  /** Absent when the document is over the size limit: it is not parsed. */
  readonly doc?: ContactDocument;
}

/**
 * One `ContactDocument` per open document and version, shared by every provider: hover,
 * completion, diagnostics, decorations and code actions on the same keystroke pay for one YAML
 * parse between them. A document over `contactDiary.maxFileSize` gets none: no provider parses
 * it. Dropped when the document closes.
 */
export class ContactDocuments extends Disposable {
  private readonly cache = new Map<string, Entry>();

  constructor(private readonly limit: SizeLimit) {
    super();
    this.register(vscode.workspace.onDidCloseTextDocument((d) => this.cache.delete(d.uri.toString())));
  }

  /** The document's contact view when it is a contact under the size limit (the cheap tests first), else undefined. */
  contact(document: vscode.TextDocument): ContactDocument | undefined {
    if (!opensWithFence(document)) return undefined;
    const doc = this.entry(document).doc;
    return doc?.isContact ? doc : undefined;
  }

  /** The diagnostics of a document over the size limit (one, when it is a contact); undefined under it. */
  sizeDiagnostics(document: vscode.TextDocument): EditorDiagnostic[] | undefined {
    if (!opensWithFence(document)) return undefined;
    const entry = this.entry(document);
    return entry.doc ? undefined : sizeLimitDiagnostics(sized(document), entry.limit);
  }

  /** Whether a parsed copy of the document is held (closed ones and those over the limit have none). */
  has(uri: vscode.Uri): boolean {
    return this.cache.get(uri.toString())?.doc !== undefined;
  }

  private entry(document: vscode.TextDocument): Entry {
    const key = document.uri.toString();
    const limit = this.limit(document.uri);
    const hit = this.cache.get(key);
    if (hit && hit.version === document.version && hit.limit === limit) return hit;
    const text = sized(document);
    const entry = { version: document.version, limit, doc: isOverSizeLimit(text, limit) ? undefined : new ContactDocument(text.textTo(text.length)) };
    this.cache.set(key, entry);
    return entry;
  }

  override dispose(): void {
    this.cache.clear();
    super.dispose();
  }
}

/** A file that doesn't open with a fence is never a contact: nothing of it is copied or weighed. */
function opensWithFence(document: vscode.TextDocument): boolean {
  return document.lineCount > 0 && /^\uFEFF?---/.test(document.lineAt(0).text);
}

/** The document's length without copying its text, and the text (copied once) when asked. */
function sized(document: vscode.TextDocument): SizedText {
  let whole: string | undefined;
  const length = document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
  return {
    length,
    textTo: (end) => (end >= length ? (whole ??= document.getText()) : document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(end)))),
  };
}

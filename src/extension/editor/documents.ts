import * as vscode from 'vscode';
import { ContactDocument } from '../../core';
import { Disposable } from '../disposable';

/**
 * One `ContactDocument` per open document and version, shared by every provider: hover,
 * completion, diagnostics, decorations and code actions on the same keystroke pay for one YAML
 * parse between them. Dropped when the document closes.
 */
export class ContactDocuments extends Disposable {
  private readonly cache = new Map<string, { readonly version: number; readonly doc: ContactDocument }>();

  constructor() {
    super();
    this.register(vscode.workspace.onDidCloseTextDocument((d) => this.cache.delete(d.uri.toString())));
  }

  /** The document's contact view at its current version. */
  get(document: vscode.TextDocument): ContactDocument {
    const key = document.uri.toString();
    const hit = this.cache.get(key);
    if (hit && hit.version === document.version) return hit.doc;
    const doc = new ContactDocument(document.getText());
    this.cache.set(key, { version: document.version, doc });
    return doc;
  }

  /** The document's contact view when it is a contact (the cheap test first), else undefined. */
  contact(document: vscode.TextDocument): ContactDocument | undefined {
    // A file that doesn't open with a fence is never a contact: no copy of its text is made.
    if (document.lineCount === 0 || !/^\uFEFF?---/.test(document.lineAt(0).text)) return undefined;
    const doc = this.get(document);
    return doc.isContact ? doc : undefined;
  }

  /** Whether a parsed copy of the document is held (for tests: closed ones must leave). */
  has(uri: vscode.Uri): boolean {
    return this.cache.has(uri.toString());
  }

  override dispose(): void {
    this.cache.clear();
    super.dispose();
  }
}

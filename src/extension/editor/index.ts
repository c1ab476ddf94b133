import * as vscode from 'vscode';
import { warmUpDateParser } from '../../core';
import { Clock } from '../clock';
import { Config } from '../config';
import { Diary } from '../diary';
import { Disposable } from '../disposable';
import { Log } from '../log';
import { registerCodeActions, registerCodeLens } from './codeActions';
import { registerCompletion } from './completion';
import { NextDateDecorations, ShownDecoration } from './decorations';
import { ContactDiagnostics } from './diagnostics';
import { DiaryProblems } from './diaryProblems';
import { ContactDocuments } from './documents';
import { registerHover } from './hover';
import { contactSelector } from './selector';

export { ShownDecoration } from './decorations';

// After activation has settled, and before the user is likely to type a date.
const WARM_UP_MS = 1500;

/**
 * The editor features of a contact file: decorations, hover, completion, diagnostics, quick
 * fixes and CodeLens; and the Problems panel's entries for the notes under Needs attention that
 * no editor has open. All of them share one parsed document per version and answer nothing,
 * cheaply, in Markdown files that are not contacts, and in contacts over contactDiary.maxFileSize
 * (whose diagnostics say so).
 */
export class EditorFeatures extends Disposable {
  private readonly documents: ContactDocuments;
  private readonly decorations: NextDateDecorations;
  private readonly diagnostics: ContactDiagnostics;

  constructor(deps: { readonly diary: Diary; readonly clock: Clock; readonly config: Config; readonly log: Log }) {
    super();
    // Over the limit the scan leaves a file unread; the editor leaves its document unparsed.
    this.documents = this.register(new ContactDocuments((uri) => deps.config.forFolder(uri).maxFileSize));
    const editorDeps = { ...deps, documents: this.documents, selector: contactSelector() };
    this.decorations = this.register(new NextDateDecorations(editorDeps));
    this.diagnostics = this.register(new ContactDiagnostics(editorDeps));
    this.register(new DiaryProblems(deps.diary, this.diagnostics));
    this.register(registerHover(editorDeps));
    this.register(registerCompletion(editorDeps));
    this.register(registerCodeActions(editorDeps));
    this.register(registerCodeLens(editorDeps));
    // The date parser loads its rules on first use (about half a second): pay that at idle,
    // not on the user's first date completion.
    const warm = setTimeout(() => {
      try {
        warmUpDateParser();
      } catch (error) {
        deps.log.warn(`Warming up the date parser failed: ${String(error)}`);
      }
    }, WARM_UP_MS);
    this.register({ dispose: () => clearTimeout(warm) });
  }

  /** The `next:` decorations the editors of `uri` show now (for the test API). */
  decorationsIn(uri: vscode.Uri): readonly ShownDecoration[] {
    return this.decorations.shownIn(uri);
  }

  /** The diagnostics collection (the test API reads it without waiting for the Problems panel). */
  get diagnosticCollection(): vscode.DiagnosticCollection {
    return this.diagnostics.collection;
  }

  /** Whether a parsed copy of the document is cached (closed ones must leave). */
  isCached(uri: vscode.Uri): boolean {
    return this.documents.has(uri);
  }
}

import * as vscode from 'vscode';
import { type EditorDiagnostic, diagnostics } from '../../core';
import { toRange } from '../coreVscode';
import { Disposable } from '../disposable';
import { Debouncer, type EditorDeps } from './deps';
import { isSelected } from './selector';

const DIAGNOSTIC_SOURCE = 'Contact Diary';
// Long enough not to flash a squiggle under every half-typed word.
const TYPING_MS = 300;

/**
 * The Problems panel for contact files: computed when a document opens and as it is typed in
 * (debounced), again when the day changes (a natural date's meaning moves with it) or the log
 * heading or size limit setting does; cleared when it closes (DiaryProblems then shows what the
 * diary read of it, if it is under Needs attention). Other files get none; a contact over
 * `contactDiary.maxFileSize` gets one, saying so.
 */
export class ContactDiagnostics extends Disposable {
  readonly collection = this.register(vscode.languages.createDiagnosticCollection('Contact Diary'));
  private readonly debounce = this.register(new Debouncer(TYPING_MS));
  private readonly released = this.register(new vscode.EventEmitter<vscode.Uri>());
  /** A document closed: its entry is no longer the editor's (the diary's word on the note may take it). */
  readonly onDidRelease = this.released.event;

  constructor(private readonly deps: EditorDeps) {
    super();
    this.register(vscode.workspace.onDidOpenTextDocument((d) => this.update(d)));
    this.register(vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0) this.debounce.run(e.document.uri.toString(), () => this.update(e.document));
    }));
    this.register(vscode.workspace.onDidCloseTextDocument((d) => {
      this.debounce.cancel(d.uri.toString());
      if (!isSelected(this.deps.selector, d)) return;
      this.collection.delete(d.uri);
      this.released.fire(d.uri);
    }));
    this.register(deps.clock.onDidChangeDay(() => this.updateAll()));
    // A note added, renamed or deleted elsewhere may make a link resolve, or dangle.
    this.register(deps.diary.onDidChange(() => this.debounce.run('\0links', () => this.updateAll())));
    this.register(deps.config.onDidChange((e) => {
      if (deps.config.affects(e, 'logHeading', 'maxFileSize')) this.updateAll();
    }));
    this.updateAll();
  }

  /** The URIs (as strings) whose entries are the editor's: the documents open where the features look. */
  owned(): Set<string> {
    return new Set(vscode.workspace.textDocuments.filter((d) => !d.isClosed && isSelected(this.deps.selector, d)).map((d) => d.uri.toString()));
  }

  private updateAll(): void {
    for (const d of vscode.workspace.textDocuments) this.update(d);
  }

  private update(document: vscode.TextDocument): void {
    // A document the features don't look at (a diff's side, another language) leaves the entry
    // of its URI to whoever has it: DiaryProblems, for a note under Needs attention.
    if (this.isDisposed || document.isClosed || !isSelected(this.deps.selector, document)) return;
    const found = this.find(document);
    if (!found) {
      // A file that stopped being a contact (its `next:` deleted) loses its old problems.
      if (this.collection.has(document.uri)) this.collection.delete(document.uri);
      return;
    }
    this.collection.set(document.uri, found.map(toDiagnostic));
  }

  /** A contact's problems; over the size limit only the one saying so; undefined for other files. */
  private find(document: vscode.TextDocument): EditorDiagnostic[] | undefined {
    const tooLarge = this.deps.documents.sizeDiagnostics(document);
    if (tooLarge) return tooLarge.length > 0 ? tooLarge : undefined;
    const doc = this.deps.documents.contact(document);
    return doc && diagnostics(doc, { today: this.deps.clock.today(), logHeading: this.deps.config.forFolder(document.uri).logHeading, links: this.deps.diary.links() });
  }
}

/** A core diagnostic as VS Code's, under the extension's name. */
export function toDiagnostic(d: EditorDiagnostic): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(d.range), d.message, d.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = d.code;
  return diagnostic;
}

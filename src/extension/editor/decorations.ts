import * as vscode from 'vscode';
import { type DateState, dateDecorations } from '../../core';
import { Disposable } from '../disposable';
import { Colors } from '../ids';
import { Debouncer, type EditorDeps } from './deps';
import { isSelected } from './selector';

// Quick enough to follow typing, slow enough not to redraw on every key.
const TYPING_MS = 150;

// `later` is not urgent: it takes the CodeLens grey rather than a colour of its own.
const COLORS: Record<DateState, string> = {
  overdue: Colors.overdue,
  today: Colors.today,
  upcoming: Colors.upcoming,
  later: 'editorCodeLens.foreground',
};
const STATES = Object.keys(COLORS) as DateState[];

/**
 * The meaning of the `next:` date written after it (`3 days overdue`, `today`, `in 2 days`) in
 * the theme colour of its state, in every visible editor of a contact: as the user types
 * (debounced), when the day rolls over, and when the upcoming window or the size limit changes.
 */
export class NextDateDecorations extends Disposable {
  private readonly types = new Map(STATES.map((state) => [state, this.register(vscode.window.createTextEditorDecorationType({
    after: { color: new vscode.ThemeColor(COLORS[state]), margin: '0 0 0 2ch', fontStyle: 'italic' },
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  }))] as const));
  private readonly debounce = this.register(new Debouncer(TYPING_MS));

  constructor(private readonly deps: EditorDeps) {
    super();
    this.register(vscode.window.onDidChangeVisibleTextEditors(() => this.updateAll()));
    this.register(vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length === 0) return;
      this.debounce.run(e.document.uri.toString(), () => this.updateDocument(e.document));
    }));
    this.register(deps.clock.onDidChangeDay(() => this.updateAll()));
    this.register(deps.config.onDidChange((e) => {
      if (deps.config.affects(e, 'upcomingDays', 'maxFileSize')) this.updateAll();
    }));
    this.updateAll();
  }

  private updateAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.update(editor);
  }

  private updateDocument(document: vscode.TextDocument): void {
    for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) this.update(editor);
  }

  private update(editor: vscode.TextEditor): void {
    if (this.isDisposed) return;
    const { document } = editor;
    const doc = isSelected(this.deps.selector, document) ? this.deps.documents.contact(document) : undefined;
    const found = doc ? dateDecorations(doc, this.deps.clock.today(), { upcomingDays: this.deps.config.upcomingDays }) : [];
    for (const [state, type] of this.types) {
      editor.setDecorations(type, found.filter((d) => d.state === state).map((d) => {
        const at = new vscode.Position(d.after.line, d.after.character);
        return { range: new vscode.Range(at, at), renderOptions: { after: { contentText: d.text } } };
      }));
    }
    this.deps.onDecorated?.(document.uri, found);
  }
}

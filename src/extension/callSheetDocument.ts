import * as vscode from 'vscode';
import { callSheet } from '../core';
import { Config } from './config';
import { Diary } from './diary';
import { Disposable } from './disposable';
import { ExportSettings } from './exportSettings';
import { DocumentScheme } from './ids';

/** Where the call sheet lives: a read-only virtual Markdown document. */
export const CALL_SHEET_URI = vscode.Uri.from({ scheme: DocumentScheme, path: '/Call Sheet.md' });

// The built-in Markdown preview runs no command: links (VS Code disables them there for
// security), so the sheet says where checking a contact off happens instead of linking to it.
const FOOTER = '\n---\n\n*Called someone? **Log Contact…** (in the Follow-ups view, or from the command palette, most urgent first) records it, and this sheet moves on.*\n';

/**
 * Today's call sheet as a virtual document that follows the diary: when a contact is logged,
 * rescheduled or edited, the day changes or the daily target does, VS Code is told the text
 * changed, and an open preview re-renders.
 */
export class CallSheetDocument extends Disposable implements vscode.TextDocumentContentProvider {
  private readonly changed = this.register(new vscode.EventEmitter<vscode.Uri>());
  readonly onDidChange = this.changed.event;
  /** The text VS Code last asked for; undefined until the sheet is first opened. */
  private given: string | undefined;

  constructor(private readonly diary: Diary, config: Config) {
    super();
    this.register(vscode.workspace.registerTextDocumentContentProvider(DocumentScheme, this));
    this.register(diary.onDidChange(() => this.update()));
    this.register(config.onDidChange((e) => { if (ExportSettings.affects(e, 'dailyTarget')) this.update(); }));
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    if (uri.path !== CALL_SHEET_URI.path) return '';
    this.given = this.render();
    return this.given;
  }

  render(): string {
    return callSheet(this.diary.agenda(), { target: ExportSettings.dailyTarget() }) + FOOTER;
  }

  // The diary changes often (a scan fires once per batch): tell VS Code only when the text did.
  private update(): void {
    if (this.given !== undefined && this.render() !== this.given) this.changed.fire(CALL_SHEET_URI);
  }
}

import * as vscode from 'vscode';

/**
 * The passing message a command leaves in the status bar when it has done its work
 * (`Snoozed Jane Doe to Fri 27 Nov 2026 · in 4 days`). VS Code can't read one back, so the last
 * is kept for the tests.
 */
export class StatusMessage {
  private shown: string | undefined;

  /** The last message shown (for the test API). */
  get last(): string | undefined {
    return this.shown;
  }

  show(text: string): void {
    this.shown = text;
    vscode.window.setStatusBarMessage(text, 4000);
  }
}

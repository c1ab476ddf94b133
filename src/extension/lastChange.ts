import * as vscode from 'vscode';
import { UndoFile } from './applyEdits';
import { ContextKeys } from './ids';

/** The extension's last change to the notes: what Undo Last Change takes back. */
export interface Change {
  /** What the change was, as the user asked for it (`Snooze 1 Day (Jane Doe, Li Wei)`). */
  readonly label: string;
  readonly files: readonly UndoFile[];
}

/**
 * Keeps the last change the extension made to the notes, in memory (a window's session), and
 * `contactDiary.canUndo` true while there is one, so Undo Last Change shows only then.
 */
export class LastChange implements vscode.Disposable {
  private change: Change | undefined;

  get current(): Change | undefined {
    return this.change;
  }

  /** A new change replaces the one before: Undo takes back the last. One that changed nothing is not one. */
  remember(label: string, files: readonly UndoFile[]): void {
    if (files.length > 0) this.set({ label, files });
  }

  /** After an undo: what is left of the change (files left as they were, for another try), or nothing. */
  settle(undone: Change, left: readonly UndoFile[]): void {
    // A change made while the undo ran is the last one now.
    if (this.change !== undone) return;
    this.set(left.length > 0 ? { label: undone.label, files: left } : undefined);
  }

  private set(change: Change | undefined): void {
    const had = this.change !== undefined;
    this.change = change;
    if (had !== (change !== undefined)) void vscode.commands.executeCommand('setContext', ContextKeys.canUndo, change !== undefined);
  }

  dispose(): void {
    this.change = undefined;
  }
}

import * as vscode from 'vscode';
import { type UndoFile } from './applyEdits';
import { ContextKeys } from './ids';

/** One change the extension made to the notes: what Undo takes back. */
export interface Change {
  /** What the change was, as the user asked for it (`Snooze 1 Day (Jane Doe, Li Wei)`). */
  readonly label: string;
  readonly files: readonly UndoFile[];
  /** When it was made (`Date.now()`), for the history's "2 minutes ago". */
  readonly at: number;
}

/** How many changes the history keeps: older ones can no longer be undone. */
export const UNDO_HISTORY_SIZE = 20;

/**
 * The last changes the extension made to the notes in this window, newest first, in memory (a
 * window's session): Undo takes back the newest, and the next Undo the one before it. Keeps
 * `contactDiary.canUndo` true while there is one, so the Undo buttons show only then.
 */
export class UndoHistory implements vscode.Disposable {
  private changes: Change[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when a change is added, undone, or forgotten. */
  readonly onDidChange = this.changed.event;

  /** The newest change, the one Undo takes back next. */
  get current(): Change | undefined {
    return this.changes[0];
  }

  /** Every change kept, newest first. */
  get all(): readonly Change[] {
    return this.changes;
  }

  /** Adds a change as the newest; one that changed nothing is not one. */
  remember(label: string, files: readonly UndoFile[], at = Date.now()): void {
    if (files.length === 0) return;
    this.set([{ label, files, at }, ...this.changes].slice(0, UNDO_HISTORY_SIZE));
  }

  /**
   * After an undo: what is left of the change (its files left as they were, for another try)
   * stays where it was in the history, and is returned; a change undone whole leaves it.
   */
  settle(undone: Change, left: readonly UndoFile[]): Change | undefined {
    // Changes made while the undo ran stay newer than it.
    const at = this.changes.indexOf(undone);
    if (at < 0) return undefined;
    const next = [...this.changes];
    const rest = left.length > 0 ? { ...undone, files: left } : undefined;
    if (rest) next[at] = rest;
    else next.splice(at, 1);
    this.set(next);
    return rest;
  }

  /** Drops a change without undoing it (its files were changed since, and the user lets it go). */
  forget(change: Change): void {
    if (this.changes.includes(change)) this.set(this.changes.filter((c) => c !== change));
  }

  private set(changes: Change[]): void {
    const had = this.changes.length > 0;
    this.changes = changes;
    if (had !== (changes.length > 0)) void vscode.commands.executeCommand('setContext', ContextKeys.canUndo, changes.length > 0);
    this.changed.fire();
  }

  dispose(): void {
    this.changes = [];
    this.changed.dispose();
  }
}

import * as vscode from 'vscode';
import { Disposable } from './disposable';
import { Commands, StatusBarItems } from './ids';
import { type UndoHistory } from './undoHistory';

/** How long the Undo button stays in the status bar after a change. */
export const UNDO_OFFER_MS = 30_000;

/**
 * `$(discard) Undo` in the status bar for a while after each change the extension makes, its
 * tooltip naming what it takes back (`Undo Snooze 1 Day (Dev Patel)`): VS Code gives a menu
 * item one fixed title, so the view's Undo button can't name the change, but this can.
 */
export class UndoStatus extends Disposable {
  readonly item = this.register(vscode.window.createStatusBarItem(StatusBarItems.undo, vscode.StatusBarAlignment.Left, 49));
  private newest: unknown;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly history: UndoHistory) {
    super();
    this.item.name = 'Contact Diary: undo';
    this.item.text = '$(discard) Undo';
    this.register(history.onDidChange(() => this.update()));
    this.register({ dispose: () => clearTimeout(this.timer) });
  }

  private update(): void {
    const change = this.history.current;
    if (!change) return this.hide();
    const label = `Undo ${change.label}`;
    this.item.tooltip = label;
    this.item.command = { title: label, command: Commands.undoLastChange };
    this.item.accessibilityInformation = { label: `Contact Diary: ${label}` };
    // A new change offers its undo afresh; undoing one leaves the offer's time as it was.
    if (change !== this.newest && change.at >= Date.now() - UNDO_OFFER_MS) {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.hide(), UNDO_OFFER_MS);
      this.item.show();
    }
    this.newest = change;
  }

  private hide(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.item.hide();
  }
}

import * as vscode from 'vscode';
import { type LocalDate, sameDay, todayLocal } from '../core';
import { Disposable } from './disposable';

// A timer can be late after sleep, so we also look at least this often, and on window focus.
const MAX_WAIT_MS = 60 * 60 * 1000;

/**
 * The user's "today", which rolls over at local midnight while VS Code stays open (and is
 * checked again when the window regains focus after sleep). The date comes from `now`: the
 * local calendar, or in the integration tests a day they pin.
 */
export class Clock extends Disposable {
  private readonly changed = this.register(new vscode.EventEmitter<LocalDate>());
  /** Fires with the new day when the date changes. */
  readonly onDidChangeDay = this.changed.event;
  private current: LocalDate;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly now: () => LocalDate = todayLocal) {
    super();
    this.current = now();
    this.register(vscode.window.onDidChangeWindowState((state) => { if (state.focused) this.check(); }));
    this.register({ dispose: () => clearTimeout(this.timer) });
    this.schedule();
  }

  today(): LocalDate {
    return this.current;
  }

  /** Looks at the date again (as at midnight and on focus): fires when it has changed. */
  check(): void {
    const now = this.now();
    if (sameDay(now, this.current)) return;
    this.current = now;
    this.changed.fire(now);
  }

  private schedule(): void {
    const now = new Date();
    const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
    const wait = Math.min(MAX_WAIT_MS, midnight.getTime() - now.getTime() + 1000);
    this.timer = setTimeout(() => {
      if (this.isDisposed) return;
      this.check();
      this.schedule();
    }, wait);
  }
}

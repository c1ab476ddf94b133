import * as vscode from 'vscode';
import { LocalDate, sameDay, todayLocal } from '../core';
import { Disposable } from './disposable';

// A timer can be late after sleep, so we also look at least this often, and on window focus.
const MAX_WAIT_MS = 60 * 60 * 1000;

/**
 * The user's "today", which rolls over at local midnight while VS Code stays open (and is
 * checked again when the window regains focus after sleep). Tests may pin it.
 */
export class Clock extends Disposable {
  private readonly changed = this.register(new vscode.EventEmitter<LocalDate>());
  /** Fires with the new day when the date changes. */
  readonly onDidChangeDay = this.changed.event;
  private current: LocalDate = todayLocal();
  private pinned: LocalDate | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.register(vscode.window.onDidChangeWindowState((state) => { if (state.focused) this.check(); }));
    this.register({ dispose: () => clearTimeout(this.timer) });
    this.schedule();
  }

  today(): LocalDate {
    return this.pinned ?? this.current;
  }

  /** Pins "today" (for tests); `undefined` returns to the real date. */
  pin(date: LocalDate | undefined): void {
    const before = this.today();
    this.pinned = date;
    if (!sameDay(before, this.today())) this.changed.fire(this.today());
  }

  private check(): void {
    const now = todayLocal();
    if (sameDay(now, this.current)) return;
    this.current = now;
    if (!this.pinned) this.changed.fire(now);
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

import * as vscode from 'vscode';
import { plural } from '../core';

/**
 * The passing message a command leaves in the status bar when it has done its work. Every
 * confirmation has one shape: what was done, to whom, and the date as the date input previews
 * it (`Snoozed Jane Doe to Fri 27 Nov 2026 · in 4 days`, `Rescheduled 3 contacts to …`,
 * `Logged Phone call with Jane Doe; next due …`).
 */
export class StatusMessage {
  show(text: string): void {
    vscode.window.setStatusBarMessage(text, 4000);
  }
}

/** Whom a confirmation names: the contact by name when there is one, else how many (`3 contacts`). */
export function whom(names: readonly string[]): string {
  return names.length === 1 ? names[0]! : plural(names.length, 'contact');
}

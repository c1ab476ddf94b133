import * as vscode from 'vscode';
import { DEFAULT_DAILY_TARGET } from '../core';
import { Settings, SettingsSection } from './ids';

/**
 * The settings of the daily routine's exports (window scope: one diary-wide value each),
 * read live on every call like `Config`'s getters; `Config.onDidChange` says when to read again.
 */
export const ExportSettings = {
  /** How many contacts the call sheet lists before "also due" (a whole number ≥ 1). */
  dailyTarget(): number {
    const n = section().get<number>(Settings.dailyTarget, DEFAULT_DAILY_TARGET);
    return Number.isInteger(n) && n >= 1 ? n : DEFAULT_DAILY_TARGET;
  },

  /** The `.ics` file to keep up to date, as written in the setting; '' when off. */
  calendarFile(): string {
    const path = section().get<string>(Settings.calendarFile, '');
    return typeof path === 'string' ? path.trim() : '';
  },

  /** Whether overdue follow-ups keep their own (past) dates in calendar exports, rather than move to today. */
  keepOverdueDates(): boolean {
    return section().get<string>(Settings.calendarOverdue, 'today') === 'ownDate';
  },

  affects(e: vscode.ConfigurationChangeEvent, key: keyof typeof Settings): boolean {
    return e.affectsConfiguration(`${SettingsSection}.${Settings[key]}`);
  },
};

function section(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(SettingsSection);
}

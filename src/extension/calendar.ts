import * as vscode from 'vscode';
import { exportIcs, plural } from '../core';
import { Diary } from './diary';
import { toUri } from './workspaceHost';

/**
 * The diary's follow-ups as the core's iCalendar text. UIDs hash each file's path relative to
 * its workspace folder, as `contact-diary ics <folder>` does, so both give the same events.
 */
export function calendarText(diary: Diary, now: Date = new Date()): string {
  return exportIcs(diary.index.contacts(), { now, relativePath: (file) => vscode.workspace.asRelativePath(toUri(file), false) });
}

/** How many follow-ups (events) a calendar text holds, for messages. */
export function eventCount(calendar: string): number {
  return calendar.split('\r\nBEGIN:VEVENT\r\n').length - 1;
}

/** "3 follow-ups", "1 follow-up". */
export function followUps(n: number): string {
  return plural(n, 'follow-up');
}

import * as vscode from 'vscode';
import { exportIcs, plural } from '../core';
import { Diary } from './diary';
import { toUri } from './workspaceHost';

/**
 * The diary's follow-ups as the core's iCalendar text. UIDs hash each file's path relative to
 * its workspace folder, as `contact-diary ics <folder>` does, so both give the same events; in a
 * multi-root workspace the folder is part of it (see `uidPath`).
 */
export function calendarText(diary: Diary, now: Date = new Date()): string {
  return exportIcs(diary.index.contacts(), { now, relativePath: (file) => uidPath(toUri(file)) });
}

/**
 * What a file's UID is made from. Two folders of one workspace may both hold
 * `contacts/jane-doe.md`, and a calendar app takes two events with one UID for one: in a
 * multi-root workspace the path starts with the folder's name (as VS Code shows it), or is the
 * whole URI when two folders share that name.
 */
function uidPath(uri: vscode.Uri): string {
  const relative = vscode.workspace.asRelativePath(uri, false);
  const folders = vscode.workspace.workspaceFolders ?? [];
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder || folders.length < 2) return relative;
  return folders.filter((f) => f.name === folder.name).length > 1 ? uri.toString() : `${folder.name}/${relative}`;
}

/** How many follow-ups (events) a calendar text holds, for messages. */
export function eventCount(calendar: string): number {
  return calendar.split('\r\nBEGIN:VEVENT\r\n').length - 1;
}

/** "3 follow-ups", "1 follow-up". */
export function followUps(n: number): string {
  return plural(n, 'follow-up');
}

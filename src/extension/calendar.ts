import * as vscode from 'vscode';
import { exportIcs, matchesOwner, ownerFilter } from '../core';
import { type Config } from './config';
import { type Diary } from './diary';
import { nameIsShared, toUri } from './workspaceHost';

/**
 * The diary's follow-ups as the core's iCalendar text, overdue ones on today unless
 * `contactDiary.calendarOverdue` keeps their dates; with `contactDiary.me` set, the user's and
 * nobody's alone, as `contact-diary ics` writes them (a calendar is the user's, whichever way the
 * view is switched). UIDs hash each file's path relative to its workspace folder, as
 * `contact-diary ics <folder>` does, so both give the same events (see `uidPaths` for two
 * folders that hold the same path). `previous`, the calendar it replaces, gives each event's
 * version (see `IcsOptions.previous`).
 */
export function calendarText(diary: Diary, config: Config, now: Date = new Date(), previous?: string): string {
  const mine = ownerFilter(config.me);
  const contacts = [...diary.index.contacts()].filter((c) => matchesOwner(c.owners ?? [], mine));
  const paths = uidPaths(contacts.map((c) => c.file));
  // Overdue follow-ups go on the diary's today (the pinned day in the tests), unless the setting keeps their dates.
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return exportIcs(contacts, { now, relativePath: (file) => paths.get(file) ?? file, today: diary.agenda().today, keepOverdueDates: config.keepOverdueDates, timeZone, previous });
}

/**
 * What each file's UID is made from: its path in its folder. Two folders of a multi-root
 * workspace may both hold `contacts/jane-doe.md`, and a calendar app takes two events with one
 * UID for one: the first folder (in workspace order) that holds the path keeps it as it is, the
 * others put their folder's name in front (or the whole URI when two folders share that name).
 * So adding or removing a folder changes no UID but those of the files it shares a path with.
 */
function uidPaths(files: readonly string[]): Map<string, string> {
  const placed = files.map((file) => {
    const uri = toUri(file);
    return { file, uri, folder: vscode.workspace.getWorkspaceFolder(uri), relative: vscode.workspace.asRelativePath(uri, false) };
  });
  const first = new Map<string, number>();
  for (const { folder, relative } of placed) first.set(relative, Math.min(first.get(relative) ?? Infinity, folder?.index ?? -1));
  return new Map(placed.map(({ file, uri, folder, relative }) => {
    if (!folder || first.get(relative) === folder.index) return [file, relative];
    return [file, nameIsShared(folder) ? uri.toString() : `${folder.name}/${relative}`];
  }));
}

import * as vscode from 'vscode';
import { calendarFileUpdate, icsContents } from '../core';
import { calendarText } from './calendar';
import { type Config } from './config';
import { type Diary } from './diary';
import { Disposable } from './disposable';
import { settingId } from './ids';
import { type Log, describeError } from './log';

// Gathers a burst of edits (a bulk reschedule, a git pull) into one write.
const DEBOUNCE_MS = 500;

/**
 * Keeps the `.ics` file named by `contactDiary.calendarFile` up to date, so a calendar app
 * subscribed to it follows the diary. Written after the diary settles, only when a follow-up
 * changed, never over a file that isn't a calendar. Failures go to the output channel, and to
 * one notification until a write succeeds again.
 */
export class CalendarFile extends Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private chain: Promise<void> = Promise.resolve();
  /** What the file holds as far as we know (after our last read or write). */
  private known: { readonly uri: string; readonly text: string } | undefined;
  private warned = false;

  constructor(private readonly deps: { readonly diary: Diary; readonly config: Config; readonly log: Log }) {
    super();
    this.register(deps.diary.onDidChange(() => this.schedule()));
    this.register(deps.config.onDidChange((e) => {
      // `me` chooses whose follow-ups the calendar holds.
      if (!deps.config.affects(e, 'calendarFile', 'calendarOverdue', 'me')) return;
      this.warned = false;
      this.schedule();
    }));
    this.register({ dispose: () => clearTimeout(this.timer) });
    this.schedule();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.chain = this.chain.then(() => this.sync());
    }, DEBOUNCE_MS);
  }

  private async sync(): Promise<void> {
    const setting = this.deps.config.calendarFile;
    let uri: vscode.Uri | undefined;
    try {
      uri = calendarFileUri(setting);
    } catch (error) {
      this.failed(setting, error);
      return;
    }
    if (!uri || this.isDisposed) return;
    // Before the first scan ends the diary is partial: never write a calendar short of contacts.
    await this.deps.diary.whenIdle();
    const name = vscode.workspace.asRelativePath(uri);
    try {
      if (!/\.ics$/i.test(uri.path)) throw new Error('the file name must end in .ics');
      const current = this.known?.uri === uri.toString() ? this.known.text : await readText(uri);
      const calendar = calendarText(this.deps.diary, this.deps.config, new Date(), current);
      const update = calendarFileUpdate(current, calendar);
      if (!update.ok) throw new Error(update.error);
      if (!update.value) return;
      await writeWhole(uri, calendar);
      this.known = { uri: uri.toString(), text: calendar };
      this.warned = false;
      this.deps.log.info(`Calendar file ${name}: ${icsContents(calendar)}`);
    } catch (error) {
      this.failed(name, error);
    }
  }

  /** Logs every failure, and tells the user of the first until a write succeeds again. */
  private failed(name: string, error: unknown): void {
    this.known = undefined;
    this.deps.log.error(`Couldn't update the calendar file ${name}`, error);
    if (this.warned) return;
    this.warned = true;
    const reason = error instanceof Error ? error.message : describeError(error);
    void vscode.window.showWarningMessage(`Contact Diary: couldn't update the calendar file ${name}: ${reason}. (${settingId('calendarFile')}; details in the output.)`);
  }
}

/**
 * The setting's file: a path relative to the first workspace folder (`..` may leave it), or an
 * absolute path on the same machine as that folder. Undefined when off or when no folder is open;
 * throws, with the reason, for a Windows path where the folder is not on a disk (VS Code for the Web).
 */
function calendarFileUri(setting: string): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (setting === '' || !folder) return undefined;
  if (/^[A-Za-z]:[\\/]/.test(setting)) {
    if (folder.uri.scheme === 'file') return vscode.Uri.file(setting);
    // In VS Code for the Web, or a virtual folder, the path would land inside the folder, wrongly.
    throw new Error(`${setting} is a path on a Windows disk, which can't be written from a ${folder.uri.scheme}: folder (VS Code for the Web reaches only the folder it opened); give a path inside the folder, such as follow-ups.ics`);
  }
  const parts = setting.split(/[\\/]+/).filter(Boolean);
  if (setting.startsWith('/')) return folder.uri.with({ path: '/' + parts.join('/') });
  return vscode.Uri.joinPath(folder.uri, ...parts);
}

/** Writes beside the file, then renames over it: a calendar app never reads half a calendar. */
async function writeWhole(uri: vscode.Uri, text: string): Promise<void> {
  const temp = uri.with({ path: `${uri.path}.${Date.now().toString(36)}.tmp` });
  await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(text));
  try {
    await vscode.workspace.fs.rename(temp, uri, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
    throw error;
  }
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    throw error;
  }
}

import * as vscode from 'vscode';
import { attentionOnly, icsContents, icsEventCount } from '../../core';
import { calendarText } from '../calendar';
import { Commands } from '../ids';
import { guarded } from '../log';
import { warnOfAttention } from '../needsAttention';
import { type CommandDeps } from './deps';

const DEFAULT_NAME = 'follow-ups.ics';

/**
 * Export Follow-ups to Calendar (.ics): asks where to save (`follow-ups.ics` in the first
 * workspace folder by default), writes the core's calendar, then offers to open or reveal it.
 * A `vscode.Uri` argument saves there without asking (for keybindings, other extensions and
 * the integration tests); the command resolves to the file written, or undefined. With no
 * follow-up scheduled it says so and writes nothing.
 */
export function registerExportIcs(deps: CommandDeps): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.exportIcs, (target?: unknown) => guarded(deps.log, 'Export Follow-ups to Calendar', async () => {
    // An empty calendar is no use to export: say why instead of asking where to save nothing.
    await deps.diary.whenReadFor('Export Follow-ups to Calendar');
    if (icsEventCount(calendarText(deps.diary, deps.config)) === 0) {
      // Notes whose next: date can't be read are not a diary without dates: name them, and show them.
      const unread = attentionOnly(deps.diary.agenda());
      if (unread.length > 0) void warnOfAttention(deps, unread, (notes) => `nothing to export: no contact has a next: date that can be read; ${notes}.`);
      else void vscode.window.showInformationMessage('Contact Diary: nothing to export yet: no contact has a next: date.');
      return undefined;
    }
    const folder = vscode.workspace.workspaceFolders?.[0];
    const given = target instanceof vscode.Uri ? target : undefined;
    const uri = given ?? await vscode.window.showSaveDialog({
      title: 'Export Follow-ups to Calendar',
      saveLabel: 'Export',
      defaultUri: folder ? vscode.Uri.joinPath(folder.uri, DEFAULT_NAME) : undefined,
      filters: { 'iCalendar': ['ics'] },
    });
    if (!uri) return undefined;
    await deps.diary.whenIdle();
    const calendar = calendarText(deps.diary, deps.config);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(calendar));
    const what = `${icsContents(calendar)} to ${vscode.workspace.asRelativePath(uri)}`;
    deps.log.info(`Exported ${what}`);
    void offer(uri, `Contact Diary: exported ${what}.`);
    return uri;
  }));
}

/** "Open" hands the file to the calendar app where there is one; "Reveal" shows it in a folder. */
async function offer(uri: vscode.Uri, message: string): Promise<void> {
  // Only a desktop window on this machine can hand a file to another app or the OS file manager.
  const local = uri.scheme === 'file' && vscode.env.remoteName === undefined && vscode.env.uiKind === vscode.UIKind.Desktop;
  const inWorkspace = vscode.workspace.getWorkspaceFolder(uri) !== undefined;
  const actions = ['Open', ...(local || inWorkspace ? ['Reveal'] : [])];
  const choice = await vscode.window.showInformationMessage(message, ...actions);
  if (choice === 'Open') {
    if (!local || !(await vscode.env.openExternal(uri))) await vscode.commands.executeCommand('vscode.open', uri);
  } else if (choice === 'Reveal') {
    await vscode.commands.executeCommand(local ? 'revealFileInOS' : 'revealInExplorer', uri);
  }
}

import * as vscode from 'vscode';
import { type CallSheetPanel } from '../callSheetPanel';
import { Commands } from '../ids';
import { guarded } from '../log';
import { type CommandDeps } from './deps';

/** Today's Call Sheet: opens the call sheet panel beside the editor, once the diary has been read. */
export function registerCallSheet(deps: CommandDeps, sheet: CallSheetPanel): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.callSheet, () => guarded(deps.log, "Today's Call Sheet", async () => {
    await deps.diary.whenReadFor("Today's Call Sheet");
    sheet.show();
  }));
}

import * as vscode from 'vscode';
import { CALL_SHEET_URI, CallSheetDocument } from '../callSheetDocument';
import { Commands } from '../ids';
import { guarded } from '../log';
import { CommandDeps } from './deps';

/**
 * Today's Call Sheet: the core's call sheet as a Markdown preview beside the editor, kept up to
 * date as contacts are logged. The preview is locked to the sheet: an unlocked one follows the
 * active Markdown editor, so opening a contact from the tree (which opens in the preview's group)
 * turned the sheet into that contact's preview. Resolves to the sheet's URI (the tests read it).
 */
export function registerCallSheet(deps: CommandDeps): vscode.Disposable {
  const sheet = new CallSheetDocument(deps.diary, deps.config);
  const command = vscode.commands.registerCommand(Commands.callSheet, () => guarded(deps.log, "Today's Call Sheet", async () => {
    await deps.diary.whenReadFor("Today's Call Sheet");
    try {
      await vscode.commands.executeCommand('markdown.showLockedPreviewToSide', CALL_SHEET_URI);
    } catch (error) {
      // Without the built-in Markdown extension the sheet is still readable as text.
      deps.log.warn(`The Markdown preview is not available (${error instanceof Error ? error.message : String(error)}); showing the call sheet as text`);
      await vscode.window.showTextDocument(CALL_SHEET_URI, { viewColumn: vscode.ViewColumn.Beside, preview: true });
    }
    return CALL_SHEET_URI;
  }));
  return vscode.Disposable.from(sheet, command);
}

import * as vscode from 'vscode';
import { Commands, Views } from '../ids';
import { guarded } from '../log';
import { type CommandDeps } from './deps';

/** Show Follow-ups (focus the view) and Refresh (scan every folder again). */
export function registerViewCommands(deps: CommandDeps): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.showFollowUps, () => guarded(deps.log, 'Show Follow-ups', async () => {
      await vscode.commands.executeCommand(`${Views.followUps}.focus`);
    })),
    vscode.commands.registerCommand(Commands.refresh, () => guarded(deps.log, 'Refresh', () => deps.diary.refresh())),
  );
}

import * as vscode from 'vscode';
import { Commands } from '../ids';
import { guarded } from '../log';
import { type ReviewPanel } from '../reviewPanel';
import { type CommandDeps } from './deps';

/** Review: opens the weekly review once the diary has been read. */
export function registerReview(deps: CommandDeps, review: ReviewPanel): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.review, () => guarded(deps.log, 'Review', async () => {
    await deps.diary.whenReadFor('Review');
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Review: reading the logs…' }, () => review.show());
  }));
}

import * as vscode from 'vscode';
import { type AgendaItem, needAttention } from '../core';
import { type FollowUpsView } from './followUpsView';
import { Views } from './ids';
import { openCommand } from './itemPresentation';
import { type Log, guarded } from './log';
import { toUri } from './workspaceHost';

/**
 * A warning about notes under Needs attention, where a command found nothing it could act on
 * (a diary whose every note needs attention is not an empty one): `text` is given what the
 * notes are (`3 notes need attention (a.md, b.md and c.md)`). Its first button shows them: the
 * one note, opened at its problem, or the Needs attention group of the Follow-ups view. Resolves
 * to any other button chosen, for the caller to run.
 */
export async function warnOfAttention(
  deps: { readonly view: FollowUpsView; readonly log: Log },
  items: readonly AgendaItem[],
  text: (notes: string) => string,
  ...others: string[]
): Promise<string | undefined> {
  const show = items.length === 1 ? 'Open Note' : 'Show Needs Attention';
  const notes = needAttention(items, (file) => vscode.workspace.asRelativePath(toUri(file)));
  const choice = await vscode.window.showWarningMessage(`Contact Diary: ${text(notes)}`, show, ...others);
  if (choice !== show) return choice;
  await guarded(deps.log, show, async () => {
    const [only] = items;
    if (items.length === 1 && only) {
      const open = openCommand(only);
      await vscode.commands.executeCommand(open.command, ...(open.arguments ?? []));
    } else if (!(await deps.view.revealGroup('attention'))) {
      // Put right while the message was open: the view shows what there is now.
      await vscode.commands.executeCommand(`${Views.followUps}.focus`);
    }
  });
  return undefined;
}

import * as vscode from 'vscode';
import { snooze } from '../../core';
import { Commands } from '../ids';
import { guarded } from '../log';
import { CommandDeps } from './deps';
import { editContacts } from './editContacts';
import { targetContacts } from './targets';

/** Snooze 1 Day / Snooze 1 Week: every selected contact, one Undo. */
export function registerSnooze(deps: CommandDeps): vscode.Disposable {
  const register = (id: string, days: number, label: string) =>
    vscode.commands.registerCommand(id, (...args: unknown[]) => guarded(deps.log, label, async () => {
      const contacts = await targetContacts(deps, args, label, true);
      if (!contacts?.length) return;
      const today = deps.clock.today();
      const changed = await editContacts(deps, contacts, 'snooze', (text, current, options) => snooze(text, current, days, today, options));
      if (changed > 0) vscode.window.setStatusBarMessage(`$(debug-step-over) Snoozed ${changed === 1 ? contacts[0]!.name : `${changed} contacts`}`, 4000);
    }));
  return vscode.Disposable.from(
    register(Commands.snooze1Day, 1, 'Snooze 1 Day'),
    register(Commands.snooze1Week, 7, 'Snooze 1 Week'),
  );
}

import * as vscode from 'vscode';
import { compareDates, plural, previewLine, snooze } from '../../core';
import { Commands } from '../ids';
import { guarded } from '../log';
import { toUri } from '../workspaceHost';
import { CommandDeps } from './deps';
import { editContacts } from './editContacts';
import { targetContacts } from './targets';

/**
 * Snooze 1 Day / Snooze 1 Week: every selected contact, one Undo. The status bar then says where
 * a contact went (`Snoozed Jane Doe to Fri 27 Nov 2026 · in 4 days`), as Reschedule… does, or by
 * how much several moved.
 */
export function registerSnooze(deps: CommandDeps): vscode.Disposable {
  const register = (id: string, days: number, label: string) =>
    vscode.commands.registerCommand(id, (...args: unknown[]) => guarded(deps.log, label, async () => {
      const contacts = await targetContacts(deps, args, label, true);
      if (!contacts?.length) return;
      const today = deps.clock.today();
      const { changed } = await editContacts(deps, contacts, { title: label, verb: 'snooze' }, (text, current, options) => snooze(text, current, days, today, options));
      if (changed === 0) return;
      // The contacts whose next: date moved (a file that couldn't be edited keeps its own).
      const moved = contacts.flatMap((c) => {
        const next = deps.diary.contactAt(toUri(c.file))?.next;
        return next && (!c.next || compareDates(next, c.next) !== 0) ? [{ name: c.name, next }] : [];
      });
      const one = moved.length === 1 ? moved[0] : undefined;
      deps.message.show(one
        ? `$(bell-slash) Snoozed ${one.name} to ${previewLine(one.next, today)}`
        : `$(bell-slash) Snoozed ${plural(changed, 'contact')} by ${days === 7 ? 'a week' : plural(days, 'day')}`);
    }));
  return vscode.Disposable.from(
    register(Commands.snooze1Day, 1, 'Snooze 1 Day'),
    register(Commands.snooze1Week, 7, 'Snooze 1 Week'),
  );
}

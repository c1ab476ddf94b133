import * as vscode from 'vscode';
import { compareDates, plural, previewLine, snooze } from '../../core';
import { Commands } from '../ids';
import { guarded } from '../log';
import { whom } from '../statusMessage';
import { toUri } from '../workspaceHost';
import { type CommandDeps } from './deps';
import { editContacts } from './editContacts';
import { targetContacts } from './targets';
import { warnIfTooSoon } from './tooSoon';

/**
 * Snooze 1 Day / Snooze 1 Week: every selected contact, one Undo. The status bar then says where
 * the contacts went (`Snoozed Jane Doe to Fri 27 Nov 2026 · in 4 days`), as Reschedule… does, or
 * by how much they moved when they went to different days. A day still too soon for a contact's
 * pace is kept, with a warning.
 */
export function registerSnooze(deps: CommandDeps): vscode.Disposable {
  const register = (id: string, days: number, label: string) =>
    vscode.commands.registerCommand(id, (...args: unknown[]) => guarded(deps.log, label, async () => {
      const contacts = await targetContacts(deps, args, label, true);
      if (!contacts?.length) return;
      const today = deps.clock.today();
      // A contact going cold by its stage's or a tag's cadence snoozes from today, as by its own.
      const { pacing } = deps.config.pacing;
      const { changed } = await editContacts(deps, contacts, { title: label, verb: 'snooze' }, (text, current, options) => snooze(text, current, days, today, options, pacing));
      if (changed === 0) return;
      // The contacts whose next: date moved (a file that couldn't be edited keeps its own).
      const moved = contacts.flatMap((c) => {
        const next = deps.diary.contactAt(toUri(c.file))?.next;
        return next && (!c.next || compareDates(next, c.next) !== 0) ? [{ name: c.name, next, contact: c }] : [];
      });
      // Where they went when they went to one day (all overdue ones go to the same tomorrow), as
      // Reschedule… says it; by how much when their days differ.
      const first = moved[0];
      const together = first && moved.length === changed && moved.every((m) => compareDates(m.next, first.next) === 0);
      deps.message.show(together
        ? `$(bell-slash) Snoozed ${whom(moved.map((m) => m.name))} to ${previewLine(first.next, today)}`
        : `$(bell-slash) Snoozed ${plural(changed, 'contact')} by ${days === 7 ? 'a week' : plural(days, 'day')}`);
      warnIfTooSoon(deps, moved.map((m) => m.contact));
    }));
  return vscode.Disposable.from(
    register(Commands.snooze1Day, 1, 'Snooze 1 Day'),
    register(Commands.snooze1Week, 7, 'Snooze 1 Week'),
  );
}

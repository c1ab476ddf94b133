import * as vscode from 'vscode';
import { plural, previewLine, reschedule } from '../../core';
import { askDate } from '../dateInput';
import { Commands } from '../ids';
import { guarded } from '../log';
import { whom } from '../statusMessage';
import { type CommandDeps } from './deps';
import { editContacts } from './editContacts';
import { targetContacts } from './targets';
import { warnIfTooSoon } from './tooSoon';

/** Reschedule…: one date for every selected contact, one Undo; a date too soon for a contact's pace is kept, with a warning. */
export function registerReschedule(deps: CommandDeps): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.reschedule, (...args: unknown[]) => guarded(deps.log, 'Reschedule', async () => {
    const contacts = await targetContacts(deps, args, 'Reschedule', true);
    if (!contacts?.length) return;
    const today = deps.clock.today();
    const who = whom(contacts.map((c) => c.name));
    const date = await askDate(deps.prompts, { title: `Reschedule ${who} to…`, today });
    if (!date) return;
    const { changed, unchanged } = await editContacts(deps, contacts, { title: 'Reschedule', verb: 'reschedule' }, (text, _c, options) => reschedule(text, date, options));
    const when = previewLine(date, today);
    // Asked for the date they already have: say so, rather than nothing at all.
    if (changed > 0) deps.message.show(`$(calendar) Rescheduled ${changed === contacts.length ? who : plural(changed, 'contact')} to ${when}${unchanged > 0 ? ` (${plural(unchanged, 'contact')} already due then)` : ''}`);
    else if (unchanged > 0) deps.message.show(`$(calendar) Kept ${unchanged === contacts.length ? who : plural(unchanged, 'contact')} on ${when} (already due then)`);
    if (changed + unchanged > 0) warnIfTooSoon(deps, contacts, date);
  }));
}

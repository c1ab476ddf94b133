import * as vscode from 'vscode';
import { plural, previewLine, reschedule } from '../../core';
import { askDate } from '../dateInput';
import { Commands } from '../ids';
import { guarded } from '../log';
import { CommandDeps } from './deps';
import { editContacts } from './editContacts';
import { targetContacts } from './targets';

/** Reschedule…: one date for every selected contact, one Undo. */
export function registerReschedule(deps: CommandDeps): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.reschedule, (...args: unknown[]) => guarded(deps.log, 'Reschedule', async () => {
    const contacts = await targetContacts(deps, args, 'Reschedule', true);
    if (!contacts?.length) return;
    const today = deps.clock.today();
    const who = contacts.length === 1 ? contacts[0]!.name : `${contacts.length} contacts`;
    const date = await askDate(deps.prompts, { title: `Reschedule ${who} to…`, today });
    if (!date) return;
    const { changed, unchanged } = await editContacts(deps, contacts, { title: 'Reschedule', verb: 'reschedule' }, (text, _c, options) => reschedule(text, date, options));
    if (changed > 0) deps.message.show(`$(calendar) ${who} → ${previewLine(date, today)}`);
    // Asked for the date they already have: say so, rather than nothing at all.
    else if (unchanged > 0) deps.message.show(`$(calendar) ${unchanged === contacts.length ? who : plural(unchanged, 'contact')} ${unchanged === 1 ? 'is' : 'are'} already due ${previewLine(date, today)}`);
  }));
}

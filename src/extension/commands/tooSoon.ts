import * as vscode from 'vscode';
import { type Contact, type LocalDate, type TooSoon, compareDates, dayLabel, ok, previewLine, reschedule, tooSoon } from '../../core';
import { guarded } from '../log';
import { whom } from '../statusMessage';
import { toUri } from '../workspaceHost';
import { type CommandDeps } from './deps';
import { editContacts } from './editContacts';

/** The button that leaves the dates as the command put them. */
export const KEEP_THE_DATE = 'Keep the Date';

/** How many contacts the warning names before "and N more". */
const NAMED = 2;

/**
 * After Log Contact…, Reschedule… or Snooze: the contacts whose next date, as their notes read
 * now (a conversation just logged is the last one), comes before the least gap of their pace get
 * one warning. It never blocks: the edit is made, and the warning waits beside it with **Keep the
 * Date** and **Use <the earliest good date>**, which moves them there as a change of its own
 * (one Undo takes it back to the date chosen). Not awaited: the command is done either way.
 * With `on`, only the contacts the command put on that day (not one whose edit failed).
 */
export function warnIfTooSoon(deps: CommandDeps, contacts: readonly Contact[], on?: LocalDate): void {
  const today = deps.clock.today();
  const { pacing } = deps.config.pacing;
  const soon: Array<{ readonly contact: Contact; readonly next: LocalDate } & TooSoon> = [];
  for (const c of contacts) {
    const now = deps.diary.contactAt(toUri(c.file));
    const found = now?.next && tooSoon(now, now.next, pacing, today);
    if (found && now.next && (!on || compareDates(now.next, on) === 0)) soon.push({ contact: now, next: now.next, ...found });
  }
  if (soon.length === 0) return;
  void guarded(deps.log, 'Too soon', async () => {
    const first = soon[0]!;
    const sameDay = soon.every((s) => compareDates(s.earliest, first.earliest) === 0);
    const use = sameDay ? `Use ${dayLabel(first.earliest, today)}` : 'Use the Earliest Good Dates';
    const more = soon.length > NAMED ? ` And ${soon.length - NAMED} more too soon.` : '';
    const text = soon.slice(0, NAMED).map((s) => s.message).join(' ') + more;
    const choice = await vscode.window.showWarningMessage(text, KEEP_THE_DATE, use);
    if (choice !== use) return;
    const byFile = new Map(soon.map((s) => [s.contact.file, s]));
    const { changed } = await editContacts(deps, soon.map((s) => s.contact), { title: 'Use the Earliest Good Date', verb: 'reschedule' }, (text, current, options) => {
      const s = byFile.get(current.file);
      // Moved again since the warning (by hand, or another command): that date is the user's newer word.
      if (!s || !current.next || compareDates(current.next, s.next) !== 0) return ok([]);
      return reschedule(text, s.earliest, options);
    });
    if (changed === 0) return;
    deps.message.show(sameDay
      ? `$(calendar) Rescheduled ${whom(soon.map((s) => s.contact.name))} to ${previewLine(first.earliest, today)}`
      : `$(calendar) Rescheduled ${whom(soon.map((s) => s.contact.name))} to the earliest good dates`);
  });
}

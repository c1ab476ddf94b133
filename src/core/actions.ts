import { goingCold } from './agendaItem';
import { type Contact } from './contact';
import { lastActionOf } from './conversations';
import { type Duration, addDuration } from './dates/duration';
import { type LocalDate, addDays, compareDates } from './dates/localDate';
import { type EditOp, type EditOptions, planEdits } from './file/edit';
import { DEFAULT_FOLLOW_UP } from './followUp';
import { type Result, type TextEdit, fail, ok } from './types';
import { type Pacing } from './pacing';

/**
 * The diary's actions on one contact file. Each gives the edit operations (pure data) and,
 * planned on the file's text, the text edits to apply as ONE edit, so the command-line tool
 * and the extension change a file the same way and Undo takes back the whole action.
 */

/** Moves the next contact to `date` (a date-time written in the form the file uses, see `dateTextFor`). */
export function rescheduleOps(date: LocalDate): EditOp[] {
  return [{ kind: 'date', key: 'next', date }];
}

export function reschedule(contactText: string, date: LocalDate, options?: EditOptions): Result<TextEdit[]> {
  return planEdits(contactText, rescheduleOps(date), options);
}

/**
 * Puts the next contact off by `days`: from its date when that is still ahead, else from
 * today, so snoozing an overdue contact never leaves it overdue. `cold` (the contact is going
 * cold, see `goingCold`) snoozes from today too: its next date, however far, is what left it
 * cold, and a date `days` from today is in hand, so the contact leaves Overdue until then.
 */
export function snoozeOps(next: LocalDate | undefined, days: number, today: LocalDate, cold = false): Result<EditOp[]> {
  if (!Number.isInteger(days) || days < 1) return fail(`Snooze needs a whole number of days, at least 1 (not ${days}).`);
  const from = !cold && next && compareDates(next, today) > 0 ? next : today;
  return ok(rescheduleOps(addDays(from, days)));
}

/** Snoozes a contact (see `snoozeOps`); one with a cadence and a last contact may be going cold, which snoozes from today. */
export function snooze(contactText: string, contact: SnoozedContact, days: number, today: LocalDate, options?: EditOptions, pacing?: Pacing): Result<TextEdit[]> {
  const ops = snoozeOps(contact.next, days, today, goingCold(contact, today, pacing) !== undefined);
  return ops.ok ? planEdits(contactText, ops.value, options) : ops;
}

/** What snoozing needs to know of a contact. */
export type SnoozedContact = Pick<Contact, 'next' | 'last' | 'cadence'> & Partial<Pick<Contact, 'cadenceMin' | 'stage' | 'tags' | 'conversation'>>;

/** What the user says when logging a contact. */
export interface LogContactInput {
  readonly today: LocalDate;
  /** What happened: `Phone call`, `Sent proposal`. */
  readonly action: string;
  readonly note?: string;
  /** The next contact's date; else today + `cadence`, else today + `defaultFollowUp`. */
  readonly next?: LocalDate;
  readonly nextAction?: string;
  readonly cadence?: Duration;
  /** Without it, core's `DEFAULT_FOLLOW_UP`. */
  readonly defaultFollowUp?: Duration;
  /** They answered: what the user was waiting on them for is cleared (`waiting`, `waiting_since`). */
  readonly answered?: boolean;
}

/** Records a contact: `last`, `last_action`, the next step and its date, and a log line. */
export function logContactOps(input: LogContactInput): Result<EditOp[]> {
  const action = input.action.trim();
  if (action === '') return fail('Say what the contact was (for example "Phone call").');
  const note = input.note?.trim();
  for (const [what, text] of [['action', action], ['note', note], ['next action', input.nextAction]] as const) {
    if (text !== undefined && /[\r\n]/.test(text)) return fail(`The ${what} must fit on one line.`);
  }
  const next = input.next ?? addDuration(input.today, input.cadence ?? input.defaultFollowUp ?? DEFAULT_FOLLOW_UP);
  const nextAction = input.nextAction?.trim();
  const ops: EditOp[] = [
    { kind: 'date', key: 'last', date: input.today },
    { kind: 'set', key: 'last_action', value: lastActionOf(action, note) },
    { kind: 'date', key: 'next', date: next },
  ];
  if (nextAction) ops.push({ kind: 'set', key: 'next_action', value: nextAction });
  if (input.answered) ops.push(...answeredOps());
  ops.push(note ? { kind: 'log', date: input.today, action, note } : { kind: 'log', date: input.today, action });
  return ok(ops);
}

/** They answered: the ball is back in the user's court. */
export function answeredOps(): EditOp[] {
  return [{ kind: 'clear', key: 'waiting' }, { kind: 'clear', key: 'waiting_since' }];
}

/** What the user says when marking a contact as waiting on them. */
export interface WaitingInput {
  readonly today: LocalDate;
  /** What for: `feedback on the proposal`. */
  readonly what: string;
  /** When to chase them if they don't answer; the next date is left as it is without it. */
  readonly next?: LocalDate;
}

/** The ball is in their court: `waiting: <what>`, `waiting_since: <today>`, and the chase date in `next`. */
export function markWaitingOps(input: WaitingInput): Result<EditOp[]> {
  const what = input.what.trim();
  if (what === '') return fail('Say what you are waiting on them for (for example "feedback on the proposal").');
  if (/[\r\n]/.test(what)) return fail('What you are waiting for must fit on one line.');
  const ops: EditOp[] = [{ kind: 'set', key: 'waiting', value: what }, { kind: 'date', key: 'waiting_since', date: dayOf(input.today) }];
  if (input.next) ops.push({ kind: 'date', key: 'next', date: input.next });
  return ok(ops);
}

export function markWaiting(contactText: string, input: WaitingInput, options?: EditOptions): Result<TextEdit[]> {
  const ops = markWaitingOps(input);
  return ops.ok ? planEdits(contactText, ops.value, options) : ops;
}

/** The day alone: `waiting_since` is a date, whatever time `today` carries. */
function dayOf(d: LocalDate): LocalDate {
  return { year: d.year, month: d.month, day: d.day };
}

export function logContact(contactText: string, input: LogContactInput, options?: EditOptions): Result<TextEdit[]> {
  const ops = logContactOps(input);
  return ops.ok ? planEdits(contactText, ops.value, options) : ops;
}

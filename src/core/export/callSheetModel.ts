import { type Agenda, type AgendaGroupId, type AgendaItem } from '../agenda';
import { attentionOnly } from '../contactChoices';
import { describePast, plural, shortDate } from '../dates/describe';
import { type LocalDate, formatIsoDate, sameDay } from '../dates/localDate';
import { type ContactLink, emailTarget, phoneTarget } from './contactLinks';

export interface CallSheetOptions {
  /** How many contacts to work through today (default 5); the rest are listed as "also due". */
  readonly target?: number;
}

export const DEFAULT_DAILY_TARGET = 5;

/** One person on the call sheet, as every rendering of it shows them. */
export interface CallSheetEntry {
  /** The agenda's item: file, name, company, group, `description` (`3 days overdue`) and `reason`. */
  readonly item: AgendaItem;
  /** Why to call now: the next action, else `Keep in touch` (going cold) or `Follow up`. */
  readonly why: string;
  readonly phone?: ContactLink;
  readonly email?: ContactLink;
  /** The last contact: `2026-11-12`, `11 days ago` and what it was; absent when none is recorded. */
  readonly last?: { readonly date: string; readonly ago: string; readonly action?: string };
}

/**
 * The morning's call sheet as data, for the Markdown sheet (the command-line tool) and the
 * extension's page alike: who to call, in order, why, and how the day is going.
 */
export interface CallSheetModel {
  readonly today: LocalDate;
  /** `Call sheet — Mon 23 Nov 2026`. */
  readonly title: string;
  /** The daily target, a whole number ≥ 0. */
  readonly target: number;
  /** The most urgent contacts, up to the target. */
  readonly now: readonly CallSheetEntry[];
  /** The others due today or overdue. */
  readonly rest: readonly CallSheetEntry[];
  readonly overdue: number;
  readonly dueToday: number;
  /**
   * When nobody is due: how many notes are under Needs attention alone, whose dates can't be
   * read, so they may be due. 0 when someone is due (it isn't worked out then).
   */
  readonly unreadable: number;
  /** How many contacts were logged today (their `last` is today). */
  readonly loggedToday: number;
}

/** Today's and the overdue contacts, most urgent first: overdue (most overdue first), then today. */
export function dueToday(agenda: Agenda): AgendaItem[] {
  return [...itemsOf(agenda, 'overdue'), ...itemsOf(agenda, 'today')];
}

const CONTACT_GROUPS: readonly AgendaGroupId[] = ['overdue', 'today', 'upcoming', 'later', 'unscheduled', 'attention'];

/**
 * How many contacts were logged on the agenda's day: those whose `last` contact is today, each
 * file once (a contact that also needs attention is listed twice). Log Contact… sets `last` to
 * today, so this is the day's progress, whichever group the contacts have moved on to.
 */
export function loggedToday(agenda: Agenda): number {
  const files = new Set<string>();
  for (const id of CONTACT_GROUPS) {
    for (const item of itemsOf(agenda, id)) if (item.last && sameDay(item.last, agenda.today)) files.add(item.file);
  }
  return files.size;
}

/** The call sheet of an agenda: the choice of contacts, their order, the counts and the words. */
export function callSheetModel(agenda: Agenda, options: CallSheetOptions = {}): CallSheetModel {
  const raw = options.target ?? DEFAULT_DAILY_TARGET;
  const target = Number.isFinite(raw) && raw >= 0 ? Math.floor(raw) : DEFAULT_DAILY_TARGET;
  const due = dueToday(agenda);
  const overdue = due.filter((i) => i.group === 'overdue').length;
  const entry = (item: AgendaItem) => entryOf(item, agenda.today);
  return {
    today: agenda.today,
    title: `Call sheet — ${shortDate(agenda.today)}`,
    target,
    now: due.slice(0, target).map(entry),
    rest: due.slice(target).map(entry),
    overdue,
    dueToday: due.length - overdue,
    // Notes whose dates can't be read may be due: "nobody" alone would hide them.
    unreadable: due.length === 0 ? attentionOnly(agenda).length : 0,
    loggedToday: loggedToday(agenda),
  };
}

function entryOf(item: AgendaItem, today: LocalDate): CallSheetEntry {
  // A contact going cold is due for its cadence: without a next step, keeping in touch is the why.
  const why = item.nextAction ? item.nextAction : item.cause === 'cadence' ? 'Keep in touch' : 'Follow up';
  return {
    item,
    why,
    phone: item.phone ? phoneTarget(item.phone) : undefined,
    email: item.email ? emailTarget(item.email) : undefined,
    last: item.last ? { date: formatIsoDate(item.last), ago: describePast(item.last, today), action: item.lastAction || undefined } : undefined,
  };
}

/** `3 to call (2 overdue, 1 due today).`, or `1 of 3 to call (…).` when the target leaves some for later. */
export function callSummary(model: CallSheetModel): string {
  const total = model.now.length + model.rest.length;
  const counts = `${model.overdue} overdue, ${model.dueToday} due today`;
  return model.rest.length > 0 ? `${model.now.length} of ${total} to call (${counts}).` : `${total} to call (${counts}).`;
}

/** What the sheet says when nobody is due, with the notes that may be due but can't be read. */
export function nobodyDue(model: CallSheetModel): string {
  const n = model.unreadable;
  return n === 0 ? 'Nobody is due today or overdue.'
    : `Nobody is due today or overdue, but ${plural(n, 'note')} ${n === 1 ? 'needs attention and may be due: its date' : 'need attention and may be due: their dates'} can't be read (see Needs attention).`;
}

/** `2 of 5 done today`: the contacts logged today against the daily target. */
export function progressLine(model: CallSheetModel): string {
  return `${model.loggedToday} of ${model.target} done today${model.target > 0 && model.loggedToday >= model.target ? ' — the daily target is reached' : ''}`;
}

function itemsOf(agenda: Agenda, id: AgendaGroupId): readonly AgendaItem[] {
  return agenda.groups.find((g) => g.id === id)?.items ?? [];
}

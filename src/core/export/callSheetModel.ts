import { type Agenda, type AgendaGroupId, type AgendaItem, nextStepWords } from '../agenda';
import { type GroundReason } from '../commonGround';
import { attentionOnly } from '../contactChoices';
import { type CallAdvice, callAdvice } from '../conversationWords';
import { describePast, plural, shortDate } from '../dates/describe';
import { type LocalDate, dayNumber, formatIsoDate, sameDay } from '../dates/localDate';
import { type ContactLink, emailTarget, phoneTarget } from './contactLinks';

export interface CallSheetOptions {
  /** How many contacts to work through today (default 5); the rest are listed as "also due". */
  readonly target?: number;
  /** The common ground with a person, or the interest to ask about (see `commonGround`); none when absent. */
  readonly groundOf?: (item: AgendaItem) => GroundReason | undefined;
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
  /** What to do and why, toward a conversation: `Call, not email` — `only 3 emails since 12 Oct`. */
  readonly advice: CallAdvice;
  /** A good reason to call: an interest shared with the user, the rarest first, or one to ask about. */
  readonly ground?: GroundReason;
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
  /** How many contacts had a conversation today (their last conversation is today): the day's progress. */
  readonly conversationsToday: number;
  /** How many more were logged today with touches only (an email, a voicemail): said, not counted. */
  readonly touchesToday: number;
}

/** Today's and the overdue contacts, most urgent first: overdue (most overdue first), then today. Birthdays are not follow-ups: left out. */
export function dueToday(agenda: Agenda): AgendaItem[] {
  return [...itemsOf(agenda, 'overdue'), ...itemsOf(agenda, 'today').filter((i) => i.kind === 'follow-up')];
}

const CONTACT_GROUPS: readonly AgendaGroupId[] = ['overdue', 'today', 'upcoming', 'later', 'unscheduled', 'attention'];

/**
 * The contacts logged on the agenda's day, each file once (a contact that also needs attention
 * is listed twice), whichever group they have moved on to: `conversations`, those whose last
 * conversation is today (Log Contact… with a call or a meeting), and `touches`, the others whose
 * last contact is today (an email, a voicemail). A touch is not a call: only conversations are
 * the day's progress.
 */
export function loggedToday(agenda: Agenda): { readonly conversations: number; readonly touches: number } {
  const conversations = new Set<string>();
  const touches = new Set<string>();
  for (const id of CONTACT_GROUPS) {
    for (const item of itemsOf(agenda, id)) {
      if (item.lastConversation && sameDay(item.lastConversation.date, agenda.today)) conversations.add(item.file);
      else if (item.last && sameDay(item.last, agenda.today)) touches.add(item.file);
    }
  }
  for (const file of conversations) touches.delete(file);
  return { conversations: conversations.size, touches: touches.size };
}

/** The call sheet of an agenda: the choice of contacts, their order, the counts and the words. */
export function callSheetModel(agenda: Agenda, options: CallSheetOptions = {}): CallSheetModel {
  const raw = options.target ?? DEFAULT_DAILY_TARGET;
  const target = Number.isFinite(raw) && raw >= 0 ? Math.floor(raw) : DEFAULT_DAILY_TARGET;
  const due = dueToday(agenda);
  const overdue = due.filter((i) => i.group === 'overdue').length;
  const entry = (item: AgendaItem) => entryOf(item, agenda.today, options.groundOf);
  const logged = loggedToday(agenda);
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
    conversationsToday: logged.conversations,
    touchesToday: logged.touches,
  };
}

function entryOf(item: AgendaItem, today: LocalDate, groundOf: CallSheetOptions['groundOf']): CallSheetEntry {
  const ground = groundOf?.(item);
  // A contact going cold is due for its cadence: without a next step, keeping in touch is the why.
  // Pushing, and whose move it is, come first, as in the view.
  const why = nextStepWords(item, today, item.nextAction ? item.nextAction : item.cause === 'cadence' ? 'Keep in touch' : 'Follow up');
  // The last contact the card names: `last:`, or a conversation the log has after it.
  const spoke = item.lastConversation;
  const last = spoke && (!item.last || dayNumber(spoke.date) > dayNumber(item.last)) ? { date: spoke.date, action: spoke.action } : item.last && { date: item.last, action: item.lastAction };
  return {
    item,
    why,
    phone: item.phone ? phoneTarget(item.phone) : undefined,
    email: item.email ? emailTarget(item.email) : undefined,
    last: last ? { date: formatIsoDate(last.date), ago: describePast(last.date, today), action: last.action || undefined } : undefined,
    advice: callAdvice(item, today),
    ...(ground ? { ground } : {}),
  };
}

/** `Common ground` or `Ask about`, as a card's label. */
export function groundLabel(entry: CallSheetEntry): string {
  const label = entry.ground?.label ?? '';
  return label.charAt(0).toUpperCase() + label.slice(1);
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

/**
 * `3 of 5 calls today`: the conversations logged today against the daily target, and the
 * contacts logged with touches only beside it, not counted (`· 1 touch, not counted`).
 */
export function progressLine(model: CallSheetModel): string {
  const done = model.conversationsToday;
  const touches = model.touchesToday > 0 ? ` · ${model.touchesToday} ${model.touchesToday === 1 ? 'touch' : 'touches'}, not counted` : '';
  return `${done} of ${model.target} ${model.target === 1 ? 'call' : 'calls'} today${touches}${model.target > 0 && done >= model.target ? ' — the daily target is reached' : ''}`;
}

function itemsOf(agenda: Agenda, id: AgendaGroupId): readonly AgendaItem[] {
  return agenda.groups.find((g) => g.id === id)?.items ?? [];
}

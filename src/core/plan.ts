import { type Agenda, type AgendaItem } from './agenda';
import { touchesWords } from './conversationWords';
import { plural, shortDate } from './dates/describe';
import { type LocalDate, addDays, dayNumber, formatIsoDate, sameDay, weekday } from './dates/localDate';
import { type Result, fail, ok } from './types';

/** Monday to Friday, as `weekday` numbers them (0 = Sunday … 6 = Saturday). */
export const DEFAULT_WORKING_DAYS: readonly number[] = Object.freeze([1, 2, 3, 4, 5]);

/** How many working days a plan covers unless told: a working week. */
export const DEFAULT_PLAN_DAYS = 5;

/** The stages (case-insensitive) whose contacts with no next date the plan proposes last. */
export const PROSPECT_STAGES: readonly string[] = Object.freeze(['prospect']);

const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

export interface PlanOptions {
  /** The first day of the plan (planned too when it is a working day): usually today. */
  readonly start: LocalDate;
  /** How many working days to plan (default 5). */
  readonly days?: number;
  /** How many contacts a day (the daily target). */
  readonly target: number;
  /** The working days, as `weekday` numbers (default Monday to Friday). */
  readonly workingDays?: readonly number[];
  /** A contact's `stage`, by file, to find the prospects with no next date. */
  readonly stageOf?: (file: string) => string | undefined;
}

/** One contact in the plan. */
export interface PlannedItem {
  readonly file: string;
  readonly name: string;
  /** Why the contact is in the plan: `3 days overdue`, `prospect · last contact 40 days ago`… */
  readonly reason: string;
  /** The contact's `next` now, or null when it has none. */
  readonly from: LocalDate | null;
  readonly nextAction?: string;
}

/** One working day of the plan. */
export interface PlanDay {
  readonly date: LocalDate;
  /** Contacts already fixed on this day with a time: kept as they are, and counted against the target. */
  readonly fixed: readonly PlannedItem[];
  /** The contacts proposed for this day: writing the plan sets their `next` to `date`. */
  readonly items: readonly PlannedItem[];
}

export interface WeekPlan {
  readonly days: readonly PlanDay[];
  /** Contacts that qualified but found no room (they keep their dates). */
  readonly leftOver: number;
}

/** A candidate, with the day it is already due in the plan (kept there when there is room). */
interface Candidate {
  readonly item: PlannedItem;
  readonly rank: number;
  readonly ownDay?: number;
  /** The day number of the last contact, for prospects: the longest silent first (never contacted before all). */
  readonly silent: number;
}

/**
 * The week's plan on an agenda made for `options.start`: up to the daily target of contacts on
 * each working day, picked in this order: overdue, going cold, due in the plan's days, then
 * prospects with no next date (the longest silent first); within each, those who need a
 * conversation (only touches since the last one, or none on record) come first. A contact fixed
 * on a plan day with a time stays and takes a place; a contact due on a plan day stays on it
 * while there is room; nobody is planned twice.
 */
export function planWeek(agenda: Agenda, options: PlanOptions): WeekPlan {
  const dates = planDates(options.start, options.days ?? DEFAULT_PLAN_DAYS, options.workingDays ?? DEFAULT_WORKING_DAYS);
  const dayIndex = new Map(dates.map((d, i) => [dayNumber(d), i]));
  const first = dayNumber(options.start);
  const last = dates.length > 0 ? dayNumber(dates[dates.length - 1]!) : first - 1;
  const target = Math.max(0, Math.floor(options.target));
  const fixed: PlannedItem[][] = dates.map(() => []);
  const items: PlannedItem[][] = dates.map(() => []);
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  const prospects = new Set(PROSPECT_STAGES);
  for (const group of agenda.groups) {
    if (group.id === 'attention') continue;
    for (const item of group.items) {
      // A birthday is no follow-up to plan, and must not hide the contact's own (listed after it).
      if (item.kind !== 'follow-up' || seen.has(item.file)) continue;
      seen.add(item.file);
      const next = item.next ? dayNumber(item.next) : undefined;
      const planned = toPlanned(item, reasonOf(item, agenda.today));
      if (item.cause === 'next' && next !== undefined && next >= first && next <= last && item.next?.time) {
        const i = dayIndex.get(next);
        // A timed appointment on a day off is the user's own business: left alone.
        if (i !== undefined) fixed[i]!.push(planned);
        continue;
      }
      const rank = rankOf(item, next, first, last, options.stageOf, prospects);
      if (rank === undefined) continue;
      const silent = rank === 3 && item.last ? dayNumber(item.last) : -Infinity;
      candidates.push({ item: planned, rank: rank * 2 + (needsConversation(item) ? 0 : 1), ownDay: next !== undefined ? dayIndex.get(next) : undefined, silent });
    }
  }
  const order = new Map(candidates.map((c, i) => [c, i]));
  // Within a rank, prospects the longest silent first, else the agenda's own order (most overdue first).
  candidates.sort((a, b) => a.rank - b.rank || (a.silent === b.silent ? 0 : a.silent < b.silent ? -1 : 1) || order.get(a)! - order.get(b)!);
  const room = (i: number) => target - fixed[i]!.length - items[i]!.length;
  const totalRoom = dates.reduce((n, _d, i) => n + Math.max(0, room(i)), 0);
  const chosen = candidates.slice(0, totalRoom);
  const rest: Candidate[] = [];
  // First those already due on a plan day keep it, then the others fill the earliest room.
  for (const c of chosen) {
    if (c.ownDay !== undefined && room(c.ownDay) > 0) items[c.ownDay]!.push(c.item);
    else rest.push(c);
  }
  for (const c of rest) {
    const i = dates.findIndex((_d, j) => room(j) > 0);
    if (i >= 0) items[i]!.push(c.item);
  }
  return {
    days: dates.map((date, i) => ({ date, fixed: fixed[i]!, items: items[i]! })),
    leftOver: candidates.length - chosen.length,
  };
}

/** The first `count` working days from `start` on (`start` included when it is one). */
/**
 * The `next` the plan writes for `item` on its `day`: the day, at the time of day the item had (an
 * appointment gone by moves to the plan's day at its hour, as the plan shows it: "appointment
 * 10:30"); undefined when the item is due that day already, and there is nothing to write.
 */
export function plannedNext(item: PlannedItem, day: LocalDate): LocalDate | undefined {
  if (item.from && sameDay(item.from, day)) return undefined;
  return item.from?.time ? { ...day, time: item.from.time } : day;
}

export function planDates(start: LocalDate, count: number, workingDays: readonly number[]): LocalDate[] {
  const working = new Set(workingDays);
  const dates: LocalDate[] = [];
  if (working.size === 0) return dates;
  const day = { year: start.year, month: start.month, day: start.day };
  for (let i = 0; dates.length < count; i++) {
    const d = addDays(day, i);
    if (working.has(weekday(d))) dates.push(d);
  }
  return dates;
}

/**
 * Working days as a setting gives them: weekday names (`Monday`, `mon`, any case) or numbers
 * (0 or 7 Sunday, 1 Monday … 6 Saturday). At least one; each once, in week order.
 */
export function parseWorkingDays(value: unknown): Result<number[]> {
  if (!Array.isArray(value)) return fail('must be a list of weekdays, e.g. ["Monday", "Tuesday"]');
  const days = new Set<number>();
  for (const v of value) {
    const n = typeof v === 'number' ? v : typeof v === 'string' ? weekdayOf(v) : undefined;
    if (n === undefined || !Number.isInteger(n) || n < 0 || n > 7) return fail(`${JSON.stringify(v)} is not a weekday: write a name (Monday) or a number (1 = Monday … 7 = Sunday)`);
    days.add(n % 7);
  }
  if (days.size === 0) return fail('needs at least one working day');
  return ok([...days].sort((a, b) => a - b));
}

function weekdayOf(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (/^\d$/.test(t)) return Number(t);
  // Three letters at least (`tu` could be Tuesday or Thursday).
  const i = t.length >= 3 ? WEEKDAY_NAMES.findIndex((name) => name.startsWith(t)) : -1;
  return i >= 0 ? i : undefined;
}

/** 0 overdue, 1 going cold, 2 due in the plan's days, 3 a prospect with no next date; undefined: not for this plan. */
function rankOf(item: AgendaItem, next: number | undefined, first: number, last: number, stageOf: PlanOptions['stageOf'], prospects: ReadonlySet<string>): number | undefined {
  if (item.cause === 'cadence') return 1;
  if (item.cause === 'next' && next !== undefined) {
    if (next < first) return 0;
    return next <= last ? 2 : undefined;
  }
  if (item.cause === 'unscheduled') {
    const stage = stageOf?.(item.file)?.trim().toLowerCase();
    return stage !== undefined && prospects.has(stage) ? 3 : undefined;
  }
  return undefined;
}

/** Touches since the last conversation, pushing, or no conversation on record: a call is what is needed. */
function needsConversation(item: AgendaItem): boolean {
  return item.pushing || item.touchesSince > 0 || item.lastConversation === undefined;
}

function toPlanned(item: AgendaItem, reason: string): PlannedItem {
  return { file: item.file, name: item.name, reason, from: item.next ?? null, ...(item.nextAction !== undefined ? { nextAction: item.nextAction } : {}) };
}

function reasonOf(item: AgendaItem, today: LocalDate): string {
  const words = touchesWords(item);
  const touches = words ? ` · ${words}` : '';
  if (item.cause === 'cadence') return item.reason;
  if (item.cause === 'unscheduled') {
    const silent = item.last ? `last contact ${plural(dayNumber(today) - dayNumber(item.last), 'day')} ago` : 'never contacted';
    return `prospect, no next date · ${silent}${touches}`;
  }
  if (item.next && item.next.time) return `appointment ${formatIsoDate(item.next).slice(11)}`;
  if (item.group === 'overdue') return `${item.description}${touches}`;
  return `due ${item.next ? shortDate(item.next) : ''}${touches}`;
}

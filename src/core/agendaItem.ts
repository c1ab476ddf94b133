import { Contact } from './contact';
import { describe } from './dates/describe';
import { addDuration, formatDuration } from './dates/duration';
import { LocalDate, dayNumber, diffDays, formatIsoDate } from './dates/localDate';
import { IndexEntry } from './diaryIndex';

export type AgendaGroupId = 'overdue' | 'today' | 'upcoming' | 'later' | 'unscheduled' | 'attention';

/** The groups in the order they are shown, with their labels. */
export const AGENDA_GROUPS: ReadonlyArray<{ readonly id: AgendaGroupId; readonly label: string }> = [
  { id: 'overdue', label: 'Overdue' },
  { id: 'today', label: 'Today' },
  { id: 'upcoming', label: 'Upcoming' },
  { id: 'later', label: 'Later' },
  { id: 'unscheduled', label: 'Unscheduled' },
  { id: 'attention', label: 'Needs attention' },
];

/** One line of the agenda: a contact in the group it falls in on a given day, and why. */
export interface AgendaItem {
  readonly group: AgendaGroupId;
  /** The file's path as the host names it. */
  readonly file: string;
  readonly name: string;
  readonly company?: string;
  readonly next?: LocalDate;
  readonly nextAction?: string;
  readonly last?: LocalDate;
  readonly lastAction?: string;
  readonly phone?: string;
  readonly email?: string;
  /**
   * The day the item is due: `next`, or for a contact going cold the day its cadence ran out.
   * Absent for unscheduled items and files that need attention.
   */
  readonly due?: LocalDate;
  /** Where `due` stands from today: `3 days overdue`, `today`, `in 2 days`; else a short phrase. */
  readonly description: string;
  /** Why the item is in its group, e.g. `cadence 3 weeks · last contact 25 days ago`. */
  readonly reason: string;
  /** 0-based line to open the file at: the `next:` line, or the problem's line. */
  readonly line: number;
  /** For "Needs attention": what can't be read. */
  readonly problem?: string;
}

/**
 * The sort order within every group, as one number: day, then time of day (a date without a
 * time first). Unscheduled and attention items share key 0 and fall back to name, then file.
 */
export function sortKey(item: AgendaItem): number {
  const d = item.due;
  if (!d) return 0;
  return dayNumber(d) * 1441 + (d.time ? d.time.hour * 60 + d.time.minute + 1 : 0);
}

/** Total order over items of one group: due, then name (case-insensitive), then file. */
export function compareItems(a: AgendaItem, b: AgendaItem): number {
  const k = sortKey(a) - sortKey(b);
  if (k !== 0) return k;
  return compareText(a.name, b.name) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  // A cheap case fold: localeCompare is ten times slower and ranks differently per machine.
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : 1;
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;


/**
 * Where an index entry stands on `today`: usually one item; two when a readable contact also has
 * problems (it keeps its place and is listed under "Needs attention" too).
 */
export function itemsOf(entry: IndexEntry, today: LocalDate, upcomingDays: number): AgendaItem[] {
  if (entry.kind === 'attention') {
    const p = entry.problem;
    return [{ group: 'attention', file: entry.file, name: entry.name, description: p.message, reason: p.message, line: p.line, problem: p.message }];
  }
  const c = entry.contact;
  const item = contactItem(c, today, upcomingDays);
  const first = c.problems[0];
  if (!first) return [item];
  const more = c.problems.length > 1 ? ` (and ${c.problems.length - 1} more)` : '';
  const message = first.message + more;
  return [item, { ...common(c), group: 'attention', description: message, reason: message, line: first.line, problem: message }];
}

function common(c: Contact) {
  return {
    file: c.file, name: c.name, company: c.company, next: c.next, nextAction: c.nextAction,
    last: c.last, lastAction: c.lastAction, phone: c.phone, email: c.email, line: c.nextLine,
  };
}

function contactItem(c: Contact, today: LocalDate, upcomingDays: number): AgendaItem {
  const base = common(c);
  const cold = goingCold(c, today);
  if (cold) {
    const reason = `cadence ${formatDuration(c.cadence!)} · last contact ${plural(diffDays(c.last!, today), 'day')} ago`;
    return { ...base, group: 'overdue', due: cold, description: describe(cold, today), reason };
  }
  if (!c.next) return { ...base, group: 'unscheduled', description: 'no next contact', reason: 'no next date' };
  const days = diffDays(today, c.next);
  const group = days < 0 ? 'overdue' : days === 0 ? 'today' : days <= upcomingDays ? 'upcoming' : 'later';
  const reason = group === 'overdue' ? `next was ${formatIsoDate(c.next)}` : `next ${formatIsoDate(c.next)}`;
  return { ...base, group, due: c.next, description: describe(c.next, today), reason };
}

/**
 * The day a contact with a cadence went cold: its last contact is older than the cadence and no
 * `next` falls within it. Undefined while it is warm, or without a cadence or a last contact.
 */
export function goingCold(c: Contact, today: LocalDate): LocalDate | undefined {
  if (!c.cadence || !c.last) return undefined;
  const deadline = addDuration({ year: c.last.year, month: c.last.month, day: c.last.day }, c.cadence);
  if (diffDays(deadline, today) <= 0) return undefined;
  if (c.next && diffDays(c.next, deadline) >= 0) return undefined;
  return deadline;
}

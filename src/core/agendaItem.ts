import { type Contact } from './contact';
import { describe, distance, plural } from './dates/describe';
import { addDuration } from './dates/duration';
import { type LocalDate, dayNumber, formatIsoDate } from './dates/localDate';
import { type IndexEntry } from './diaryIndex';
import { DEFAULT_PACING, type Pacing, paceFrom, paceOf } from './pacing';
import { type Pace, formatPace } from './dates/pace';
import { isPushing } from './relationship';
import { type Waiting, waitingOf, waitingText } from './waiting';
import { type Occasion, yearlyItems } from './yearlyItem';
import { ItemOfContact, NO_OWNERS } from './itemOfContact';

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

/**
 * Why an item is in its group, decided once where the agenda is built:
 * - `next`: its next date (overdue, today, upcoming or later);
 * - `cadence`: going cold, overdue because the cadence ran out with no next contact in hand (see
 *   `goingCold`), whatever the next date says;
 * - `unscheduled`: no next date;
 * - `problem`: the file needs attention;
 * - `yearly`: a birthday or an anniversary falls today or within the upcoming days.
 */
export type DueCause = 'next' | 'cadence' | 'unscheduled' | 'problem' | 'yearly';

/** One line of the agenda: a contact in the group it falls in on a given day, and why. */
export interface AgendaItem {
  readonly group: AgendaGroupId;
  /** A follow-up (the contact's next step, or the file's problem), or a birthday or an anniversary (cause `yearly`). */
  readonly kind: 'follow-up' | 'birthday';
  /** Which date returns, for a `birthday` item. */
  readonly occasion?: Occasion;
  /** Why it is in `group`; views word it from this (see `itemSummary`), never from the dates again. */
  readonly cause: DueCause;
  /** The file's path as the host names it. */
  readonly file: string;
  readonly name: string;
  readonly company?: string;
  readonly next?: LocalDate;
  readonly nextAction?: string;
  readonly last?: LocalDate;
  readonly lastAction?: string;
  /** `lastAction` is one no word classifies: counted as a touch. */
  readonly lastActionUnclassified?: boolean;
  readonly phone?: string;
  readonly email?: string;
  /**
   * The day the item is due: `next`, or for a contact going cold the day its cadence ran out.
   * Absent for unscheduled items and files that need attention.
   */
  readonly due?: LocalDate;
  /**
   * Where `due` stands from today: `3 days overdue`, `today`, `in 2 days`; `going cold for 3 days`
   * for a contact past its cadence (cause `cadence`); else a short phrase.
   */
  readonly description: string;
  /** Why the item is in its group, e.g. `cadence 3 weeks · last contact 25 days ago`. */
  readonly reason: string;
  /** 0-based line to open the file at: the `next:` line, or the problem's line. */
  readonly line: number;
  /** For "Needs attention": what can't be read. */
  readonly problem?: string;
  /** The order within the group (day and time as one number), kept so sorting needn't recompute it. */
  readonly sortKey: number;
  /** The newest conversation on record (a call, a meeting…). */
  readonly lastConversation?: { readonly date: LocalDate; readonly action: string };
  /** How many touches (emails, voicemails…) came after it. */
  readonly touchesSince: number;
  /** Those touches in words: `3 emails since`; undefined when there are none. */
  readonly touchesText?: string;
  /** The contact's pace: its cadence, or its stage's or a tag's. */
  readonly pace?: Pace;
  /** Three or more touches inside the pace's least gap and no conversation: too much. */
  readonly pushing: boolean;
  /** The ball is in their court: what for and since when; undefined when not waiting. */
  readonly waiting?: Waiting;
  /**
   * Whose contact it is (`owner`), empty when nobody owns it; undefined for a file that couldn't
   * be read as a contact, whose owner nobody can tell (every owner filter keeps it: see `matchesOwner`).
   */
  readonly owners?: readonly string[];
}

/**
 * Day (its `dayNumber`), then time of day, as one number. Within a day the timed follow-ups come
 * first, in time order, and then the untimed ones: a 09:30 call is an appointment to keep, the
 * rest can be fitted around it.
 */
function sortKeyOf(day: number, d: LocalDate): number {
  return day * 1441 + (d.time ? d.time.hour * 60 + d.time.minute : 1440);
}

/** Total order over items of one group: due (timed before untimed on a day), then name (case-insensitive), then file. */
export function compareItems(a: AgendaItem, b: AgendaItem): number {
  const k = a.sortKey - b.sortKey;
  if (k !== 0) return k;
  return compareText(a.name, b.name) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}

/**
 * Case-insensitive order without allocating: sorting 50,000 items compares names a million
 * times, and a lower-cased copy per comparison kept the garbage collector busy. ASCII letters
 * fold here; anything else falls back to `toLowerCase` of the two characters. (localeCompare is
 * ten times slower and ranks differently per machine.)
 */
function compareText(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 65 && x <= 90) x += 32;
    if (y >= 65 && y <= 90) y += 32;
    if (x === y) continue;
    if (x < 128 && y < 128) return x - y;
    const fx = a[i]!.toLowerCase();
    const fy = b[i]!.toLowerCase();
    if (fx !== fy) return fx < fy ? -1 : 1;
  }
  return a.length - b.length || (a < b ? -1 : 1);
}

/**
 * The words of one day's agenda, made once per distinct date: thousands of contacts share a few
 * hundred dates, so items share the strings instead of each holding its own copy.
 */
export class AgendaWords {
  private readonly describeCache = new Map<number, string>();
  private readonly reasonCache = new Map<number, string>();
  private readonly coldCache = new Map<number, string>();
  /** `dayNumber(today)`, worked out once rather than per contact. */
  readonly day: number;
  constructor(readonly today: LocalDate, readonly pacing: Pacing = DEFAULT_PACING) {
    this.day = dayNumber(today);
  }

  describe(date: LocalDate, key: number): string {
    let s = this.describeCache.get(key);
    if (s === undefined) this.describeCache.set(key, (s = describe(date, this.today)));
    return s;
  }

  /**
   * `going cold for 13 days`: a contact past its cadence, in words of its own so that it reads
   * apart from a late next step (`13 days overdue`), keyed by the day its cadence ran out.
   */
  cold(day: number): string {
    let s = this.coldCache.get(day);
    if (s === undefined) this.coldCache.set(day, (s = `going cold for ${plural(this.day - day, 'day')}`));
    return s;
  }

  /** `next was 2026-11-20` (overdue) or `next 2026-11-27`, keyed by the date's sort key. */
  reason(overdue: boolean, date: LocalDate, key: number): string {
    const k = overdue ? -key - 1 : key;
    let s = this.reasonCache.get(k);
    if (s === undefined) this.reasonCache.set(k, (s = `${overdue ? 'next was' : 'next'} ${formatIsoDate(date)}`));
    return s;
  }
}

/**
 * Where an index entry stands on `today`: usually one item; more (an array) when a readable
 * contact also has problems (it keeps its place and is listed under "Needs attention" too), or a
 * birthday or an anniversary today or in the upcoming days (a line of its own).
 */
export function itemsOf(entry: IndexEntry, words: AgendaWords, upcomingDays: number): AgendaItem | AgendaItem[] {
  if (entry.kind === 'attention') return new AttentionItem(entry.file, entry.name, entry.problem.message, entry.problem.line, undefined);
  const c = entry.contact;
  const main = contactItem(c, words, upcomingDays);
  const first = c.problems[0];
  const yearly = c.birthday || c.anniversary ? yearlyItems(c, words, upcomingDays, sortKeyOf) : NO_ITEMS;
  // One item is the common case: no array for it (50,000 small arrays kept the GC busy).
  if (!first) return yearly.length === 0 ? main : [main, ...yearly];
  const more = c.problems.length > 1 ? ` (and ${c.problems.length - 1} more)` : '';
  const attention = new AttentionItem(c.file, c.name, first.message + more, first.line, c);
  // A `next:` that can't be read is not "unscheduled": the user wrote a date. Needs attention
  // alone says so, instead of a second item that tells them there is no next contact.
  if (main.group === 'unscheduled' && c.problems.some((p) => p.line === c.nextLine && p.code === 'date')) return [attention, ...yearly];
  return [main, ...yearly, attention];
}

const NO_ITEMS: readonly AgendaItem[] = Object.freeze([]);

/**
 * A contact's item holds the contact itself, its group and where it sorts: the due day and the
 * name (sorting 10,000 items reads names ~250,000 times, and read through contacts, which come in
 * many shapes, each read is slow). Every other field is read from the contact or worked out when
 * asked (the words are shared per date), so the agenda adds a few pointers per contact to what
 * the index already holds.
 */
class ContactItem extends ItemOfContact implements AgendaItem {
  constructor(
    readonly group: AgendaGroupId,
    readonly cause: 'next' | 'cadence' | 'unscheduled',
    contact: Contact,
    readonly due: LocalDate | undefined,
    readonly sortKey: number,
    private readonly words: AgendaWords,
  ) {
    super(contact);
  }

  get kind(): 'follow-up' { return 'follow-up'; }
  get lastActionUnclassified(): boolean { return this.contact.lastActionUnclassified === true; }
  get pace(): Pace | undefined { return paceOf(this.contact, this.words.pacing); }
  get pushing(): boolean {
    const c = this.contact;
    return c.thirdTouch !== undefined && isPushing(c, paceOf(c, this.words.pacing), this.words.today);
  }

  get description(): string {
    if (!this.due) return 'no next contact';
    return this.cause === 'cadence' ? this.words.cold(dayNumber(this.due)) : this.words.describe(this.due, this.sortKey);
  }

  get reason(): string {
    const c = this.contact;
    if (!this.due) return 'no next date';
    // Going cold: due is the day the cadence ran out, not the next date.
    if (this.cause === 'cadence') return coldReason(c, this.words);
    return this.words.reason(this.group === 'overdue', this.due, this.sortKey);
  }
}

/** A file under "Needs attention": what can't be read, and where (with the contact's details when it was read). */
class AttentionItem implements AgendaItem {
  constructor(
    readonly file: string,
    readonly name: string,
    readonly problem: string,
    readonly line: number,
    private readonly contact: Contact | undefined,
  ) {}

  get group(): AgendaGroupId { return 'attention'; }
  get kind(): 'follow-up' { return 'follow-up'; }
  get cause(): DueCause { return 'problem'; }
  get description(): string { return this.problem; }
  get reason(): string { return this.problem; }
  get sortKey(): number { return 0; }
  get due(): undefined { return undefined; }
  get company(): string | undefined { return this.contact?.company; }
  get next(): LocalDate | undefined { return this.contact?.next; }
  get nextAction(): string | undefined { return this.contact?.nextAction; }
  get last(): LocalDate | undefined { return this.contact?.last; }
  get lastAction(): string | undefined { return this.contact?.lastAction; }
  get phone(): string | undefined { return this.contact?.phone; }
  get email(): string | undefined { return this.contact?.email; }
  get lastConversation(): undefined { return undefined; }
  get touchesSince(): number { return 0; }
  get touchesText(): undefined { return undefined; }
  get pace(): undefined { return undefined; }
  get pushing(): boolean { return false; }
  get waiting(): Waiting | undefined { return this.contact && waitingOf(this.contact); }
  get owners(): readonly string[] | undefined { return this.contact && (this.contact.owners ?? NO_OWNERS); }
}

/**
 * Why a contact is going cold, in the words of its pace: `no conversation for 9 weeks · 4 emails
 * since` when a conversation is on record and the cadence runs from it; else the cadence and the
 * last contact of any kind.
 */
function coldReason(c: Contact, words: AgendaWords): string {
  const pace = paceOf(c, words.pacing)!;
  if (words.pacing.cadenceFrom === 'conversation' && c.conversation) {
    const since = words.day - dayNumber(c.conversation.date);
    const touches = c.touchesText;
    return `no conversation for ${since < 56 ? plural(since, 'day') : distance(since)}${touches ? ` · ${touches}` : ''} · cadence ${formatPace(pace).replace(/^every /, '')}`;
  }
  return `cadence ${formatPace(pace).replace(/^every /, '')} · last contact ${plural(words.day - dayNumber(c.last!), 'day')} ago`;
}

function contactItem(c: Contact, words: AgendaWords, upcomingDays: number): ContactItem {
  // Each day number once: a contact's dates are compared with today and with each other.
  const next = c.next ? dayNumber(c.next) : undefined;
  const cold = coldSince(c, words.today, words.day, next, words.pacing);
  if (cold) return new ContactItem('overdue', 'cadence', c, cold.date, sortKeyOf(cold.day, cold.date), words);
  if (!c.next || next === undefined) return new ContactItem('unscheduled', 'unscheduled', c, undefined, 0, words);
  const days = next - words.day;
  const group = days < 0 ? 'overdue' : days === 0 ? 'today' : days <= upcomingDays ? 'upcoming' : 'later';
  return new ContactItem(group, 'next', c, c.next, sortKeyOf(next, c.next), words);
}

/**
 * Where one contact stands on `today`, as the agenda lists it (its problems aside): the editor
 * colours and words a `next:` date from this, so it says what the view says.
 */
export function contactItemOn(contact: Contact, today: LocalDate, upcomingDays: number, pacing?: Pacing): AgendaItem {
  return contactItem(contact, new AgendaWords(today, pacing), upcomingDays);
}

/**
 * What an item's line says after when it is due: the next step; for a contact going cold, why it
 * is due instead (the cadence and the last contact), as its next step, weeks away or absent, is
 * not what is late; for a file that needs attention, the problem. The tree and the command-line
 * tool's text both show this.
 */
/**
 * What to do, with what decides it first: `pushing` (touches crowding in), whose move it is
 * (`waiting 12 days · the signed contract`), then `itemSummary`. The view, the tool's agenda and
 * the call sheet say it alike.
 */
export function nextStepWords(item: AgendaItem, today: LocalDate, summary = itemSummary(item)): string {
  // A birthday is a reason to call of its own: the follow-up's state is said on the follow-up.
  if (item.cause === 'problem' || item.kind !== 'follow-up') return summary;
  return [item.pushing ? 'pushing' : undefined, item.waiting && waitingText(item.waiting, today), summary]
    .filter((s): s is string => s !== undefined && s.trim() !== '').join(' · ');
}

export function itemSummary(item: AgendaItem): string {
  switch (item.cause) {
    case 'cadence': return item.reason;
    case 'problem': return item.problem ?? item.description;
    case 'yearly': return item.reason;
    default: return item.nextAction ?? '';
  }
}

/**
 * A next date this near is in hand whatever the cadence: the longest snooze is a week, so a
 * snoozed contact always leaves Overdue until its new date.
 */
const IN_HAND_DAYS = 7;

/**
 * The day a contact with a cadence went cold: its last contact is older than the cadence, and no
 * next contact is in hand — none within the cadence from today (or within a week, for a shorter
 * cadence). A next date already past is overdue in its own right, not cold. So Snooze,
 * Reschedule… or Log Contact… to a near date warms the contact until that date comes, and a
 * next date months away leaves it cold until it comes within the cadence. Undefined while it is
 * warm, or without a cadence or a last contact.
 */
export function goingCold(c: PacedContact, today: LocalDate, pacing: Pacing = DEFAULT_PACING): LocalDate | undefined {
  return coldSince(c, today, dayNumber(today), c.next ? dayNumber(c.next) : undefined, pacing)?.date;
}

/** What pacing reads of a contact. */
type PacedContact = Pick<Contact, 'next' | 'last' | 'cadence'> & Partial<Pick<Contact, 'cadenceMin' | 'stage' | 'tags' | 'conversation'>>;

/**
 * `goingCold` with today's and the next date's day numbers worked out: the deadline, and its day
 * number. The cadence runs from the last conversation (see `paceFrom`), and a contact without
 * a cadence of its own takes its stage's or a tag's.
 */
function coldSince(c: PacedContact, today: LocalDate, todayDay: number, next: number | undefined, pacing: Pacing): { date: LocalDate; day: number } | undefined {
  // Most contacts have neither a cadence nor a stage or tag cadence: no pace object is made for them.
  if (!c.cadence && pacing.stages.size === 0 && pacing.tags.size === 0) return undefined;
  const from = paceFrom(c, pacing);
  if (!from) return undefined;
  const max = paceOf(c, pacing)?.max;
  if (!max) return undefined;
  const date = addDuration({ year: from.year, month: from.month, day: from.day }, max);
  const day = dayNumber(date);
  if (todayDay - day <= 0) return undefined;
  if (next !== undefined && (next - todayDay <= IN_HAND_DAYS || next <= dayNumber(addDuration({ year: today.year, month: today.month, day: today.day }, max)))) return undefined;
  return { date, day };
}

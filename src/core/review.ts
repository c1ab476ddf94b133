import { type Contact } from './contact';
import { DEFAULT_VOCABULARY, type EventKind, type Vocabulary, classifyAction, repeatsLogLine } from './conversations';
import { addDuration } from './dates/duration';
import { type LocalDate, dayNumber, fromDayNumber, mondayOf } from './dates/localDate';
import { DEFAULT_LOG_HEADING, parseLog } from './logSection';
import { DEFAULT_PACING, type Pacing, paceOf } from './pacing';
import { DEFAULT_WORKING_DAYS } from './plan';

/**
 * The weekly review: whether the habit is holding. Over the last weeks (Monday to Sunday, the
 * current week last) it counts the contacts made, split into conversations and touches, against
 * the daily target; the contacts that went cold and those brought back; and, from the history of
 * `next:` in git that the caller reads, the contacts rescheduled most often. Everything is counted
 * from what the notes say; what they can't say (the history of `next:` without git) is said, not
 * guessed.
 */

/** How many weeks a review covers unless told. */
export const DEFAULT_REVIEW_WEEKS = 12;

/** The most weeks one review covers: two years. */
export const MAX_REVIEW_WEEKS = 104;

/** How many contacts the rescheduled list names at most. */
export const RESCHEDULED_SHOWN = 10;

/** One event as the review reads it from a log line or `last`. */
export interface ReviewEvent {
  readonly date: LocalDate;
  readonly action: string;
  /** What the log line says after the action (read for "no answer" and the like). */
  readonly note?: string;
}

/** A contact with its whole log: the index keeps only the newest events, the review needs them all. */
export interface ReviewContact {
  readonly contact: Contact;
  /** Every `## Log` entry with a readable date, in any order. */
  readonly log: readonly ReviewEvent[];
  /** Log lines whose date can't be read: left out, and counted so that the review says so. */
  readonly unreadableLines: number;
}

/**
 * A contact and its whole log read from its file's text (`parseLog` under the folder's log
 * heading). Without the text (the file could not be read again) the log is empty and only
 * `last` counts.
 */
export function reviewContact(contact: Contact, text: string | undefined, logHeading = DEFAULT_LOG_HEADING): ReviewContact {
  if (text === undefined) return { contact, log: [], unreadableLines: 0 };
  const section = parseLog(text, logHeading);
  return { contact, log: section.entries.map((e) => ({ date: e.date, action: e.action, ...(e.note ? { note: e.note } : {}) })), unreadableLines: section.problems.length };
}

/** One commit's change to a file's `next:` (and whether it changed `last:` too), as git tells it. */
export interface NextChange {
  /** The commit's date (the author's, in their time zone). */
  readonly date: LocalDate;
  /** `next:`'s value before the commit, as written ('' when blank); absent when the file had no `next:` line (it was added). */
  readonly from?: string;
  /** `next:`'s value after the commit; absent when the line went (the file was deleted). */
  readonly to?: string;
  /** The commit changed `last:` too: a contact was logged and its next step set, not a reschedule. */
  readonly lastChanged: boolean;
}

/** The changes to one file's `next:`, newest first or in any order. */
export interface FileNextHistory {
  /** The file's path as the index names it. */
  readonly file: string;
  readonly changes: readonly NextChange[];
}

/**
 * The history of `next:` that the caller read (core never runs git): the files' changes, or why
 * there is none (`message` says it to the user: not a git repository, git not installed).
 */
export type NextHistory =
  | {
    readonly kind: 'history';
    readonly files: readonly FileNextHistory[];
    /** Folders of the diary whose history couldn't be read, each with why (`Clients: not a git repository…`). */
    readonly notCounted?: readonly string[];
  }
  | { readonly kind: 'unavailable'; readonly message: string };

/**
 * The histories of a diary's folders (a multi-root workspace) as one. A folder without a history
 * is named with the reason, never left out in silence; the whole is unavailable only when no
 * folder has a history, and then says each folder's reason (one reason said once where all agree).
 */
export function joinHistories(folders: ReadonlyArray<{ readonly name: string; readonly history: NextHistory }>): NextHistory {
  const read = folders.filter((f) => f.history.kind === 'history');
  const missing = folders.flatMap((f) => (f.history.kind === 'unavailable' ? [{ name: f.name, message: f.history.message }] : []));
  if (read.length === 0 && missing.length > 0) {
    const reasons = new Set(missing.map((m) => m.message));
    return { kind: 'unavailable', message: reasons.size === 1 ? missing[0]!.message : missing.map((m) => `${m.name}: ${m.message}`).join(' ') };
  }
  const files = read.flatMap((f) => (f.history.kind === 'history' ? f.history.files : []));
  const notCounted = [...read.flatMap((f) => (f.history.kind === 'history' ? f.history.notCounted ?? [] : [])), ...missing.map((m) => `${m.name}: ${m.message}`)];
  return notCounted.length > 0 ? { kind: 'history', files, notCounted } : { kind: 'history', files };
}

export interface ReviewOptions {
  /** The review's last day: usually today. Events after it are left out (and counted as such). */
  readonly today: LocalDate;
  /** How many weeks, the current one included (default 12, at most 104). */
  readonly weeks?: number;
  /** `contactDiary.dailyTarget`. */
  readonly dailyTarget: number;
  /** `contactDiary.workingDays` as `weekday` numbers (default Monday to Friday). */
  readonly workingDays?: readonly number[];
  /** How cadences are read (`cadenceFrom`, stage and tag cadences). */
  readonly pacing?: Pacing;
  /** The words that tell a conversation from a touch. */
  readonly vocabulary?: Vocabulary;
  /** The history of `next:`; absent counts as unavailable: the rescheduled count needs git. */
  readonly history?: NextHistory;
}

/** One week's contacts made. */
export interface ReviewWeek {
  /** Its Monday. */
  readonly start: LocalDate;
  /** Its Sunday (later than the review's last day for the current week). */
  readonly end: LocalDate;
  readonly conversations: number;
  readonly touches: number;
  /** Of the touches, those whose action no word of the vocabulary classifies. */
  readonly unclassified: number;
}

/** A spell cold: from the first day a contact was cold to the day a conversation brought it back. */
export interface ColdSpell {
  readonly file: string;
  readonly name: string;
  /** The first day it was cold: the day after its last conversation plus the most of its pace. */
  readonly since: LocalDate;
  /** The day it was brought back; absent while it is still cold on the review's last day. */
  readonly until?: LocalDate;
}

/** Going cold over the review's weeks (see `coldSpells` for the precise rule). */
export interface ColdFigures {
  /** Contacts with a pace (their own `cadence`, or their stage's or a tag's): only they can go cold. */
  readonly paced: number;
  /** Each contact that went cold in the period (its spell starting in it, the newest), oldest first. */
  readonly wentCold: readonly ColdSpell[];
  /** Each contact brought back in the period (its spell ending in it, the newest), oldest first. */
  readonly broughtBack: readonly ColdSpell[];
}

/** A contact rescheduled in the period, and how often. */
export interface RescheduledContact {
  readonly file: string;
  readonly name: string;
  readonly count: number;
  /** The day of the newest of those reschedules. */
  readonly last: LocalDate;
}

/** The contacts rescheduled most often, or why they can't be counted (a distinct state, not zero). */
export type Rescheduled =
  | {
    readonly state: 'counted';
    readonly contacts: readonly RescheduledContact[];
    /** Folders whose contacts were not counted, each with why (see `NextHistory`). */
    readonly notCounted?: readonly string[];
  }
  | { readonly state: 'needs-git'; readonly message: string };

/** The review's figures: what the command-line tool prints and the review page draws. */
export interface WeeklyReview {
  /** The review's last day. */
  readonly today: LocalDate;
  /** The first week's Monday. */
  readonly start: LocalDate;
  /** Oldest first; the last is the current week. */
  readonly weeks: readonly ReviewWeek[];
  readonly dailyTarget: number;
  /** Working days in a week (`contactDiary.workingDays`). */
  readonly workingDays: number;
  /** The target for a week: the daily target times the working days. */
  readonly weeklyTarget: number;
  readonly totals: { readonly conversations: number; readonly touches: number };
  readonly cold: ColdFigures;
  readonly rescheduled: Rescheduled;
  /** What was left out: events dated after the review's last day, and log lines whose date can't be read. */
  readonly ignored: { readonly futureEvents: number; readonly unreadableLines: number };
}

/** Said when there is no history of `next:` to count reschedules from. */
export const NEEDS_GIT = 'Counting reschedules needs the history of next: dates, which git keeps: the diary folder is not in a git repository.';

/**
 * The review of `contacts` over the weeks up to `options.today`: contacts made per week (each
 * event of the log, and `last` when no log line repeats it, classified by its action), the
 * target, going cold (see `coldSpells`), and the reschedules the history shows.
 */
export function weeklyReview(contacts: Iterable<ReviewContact>, options: ReviewOptions): WeeklyReview {
  const { today } = options;
  const weekCount = Math.min(MAX_REVIEW_WEEKS, Math.max(1, Math.floor(options.weeks ?? DEFAULT_REVIEW_WEEKS)));
  const todayDay = dayNumber(today);
  // The current week's Monday, then back whole weeks.
  const first = dayNumber(mondayOf(today)) - 7 * (weekCount - 1);
  const counts = Array.from({ length: weekCount }, () => ({ conversations: 0, touches: 0, unclassified: 0 }));
  const vocabulary = options.vocabulary ?? DEFAULT_VOCABULARY;
  const pacing = options.pacing ?? DEFAULT_PACING;
  const wentCold: ColdSpell[] = [];
  const broughtBack: ColdSpell[] = [];
  const names = new Map<string, string>();
  let paced = 0;
  let futureEvents = 0;
  let unreadableLines = 0;
  for (const rc of contacts) {
    const { contact } = rc;
    names.set(contact.file, contact.name);
    unreadableLines += rc.unreadableLines;
    const events: Array<{ day: number; kind: EventKind }> = [];
    for (const e of eventsOf(rc)) {
      const day = dayNumber(e.date);
      if (day > todayDay) {
        futureEvents++;
        continue;
      }
      const c = classifyAction(e.action, vocabulary, e.note);
      events.push({ day, kind: c.kind });
      if (day < first) continue;
      const week = counts[Math.floor((day - first) / 7)]!;
      if (c.kind === 'conversation') week.conversations++;
      else {
        week.touches++;
        if (!c.known) week.unclassified++;
      }
    }
    const pace = paceOf(contact, pacing);
    if (!pace) continue;
    paced++;
    const spells = coldSpells(events, (day) => dayNumber(addDuration(fromDayNumber(day), pace.max)), pacing.cadenceFrom, todayDay);
    const spell = (s: { since: number; until?: number }): ColdSpell => ({
      file: contact.file, name: contact.name, since: fromDayNumber(s.since), ...(s.until !== undefined ? { until: fromDayNumber(s.until) } : {}),
    });
    const started = spells.filter((s) => s.since >= first).pop();
    if (started) wentCold.push(spell(started));
    const ended = spells.filter((s) => s.until !== undefined && s.until >= first).pop();
    if (ended) broughtBack.push(spell(ended));
  }
  const byDay = (key: 'since' | 'until') => (a: ColdSpell, b: ColdSpell) => dayNumber(a[key]!) - dayNumber(b[key]!) || a.name.localeCompare(b.name);
  const weeks = counts.map((c, i) => ({ start: fromDayNumber(first + 7 * i), end: fromDayNumber(first + 7 * i + 6), ...c }));
  const workingDays = new Set(options.workingDays ?? DEFAULT_WORKING_DAYS).size;
  const dailyTarget = Math.max(0, Math.floor(options.dailyTarget));
  return {
    today,
    start: fromDayNumber(first),
    weeks,
    dailyTarget,
    workingDays,
    weeklyTarget: dailyTarget * workingDays,
    totals: { conversations: sum(weeks, 'conversations'), touches: sum(weeks, 'touches') },
    cold: { paced, wentCold: wentCold.sort(byDay('since')), broughtBack: broughtBack.sort(byDay('until')) },
    rescheduled: rescheduledIn(options.history, names, first, todayDay),
    ignored: { futureEvents, unreadableLines },
  };
}

const sum = (weeks: readonly ReviewWeek[], key: 'conversations' | 'touches') => weeks.reduce((n, w) => n + w[key], 0);

/**
 * A contact's events: every log line, and `last` (with `last_action`) unless a log line repeats
 * it — the same day and action, or the same day when `last` has no action — as the reader counts
 * them (see `relationshipNewestFirst`).
 */
function eventsOf(rc: ReviewContact): ReviewEvent[] {
  const { last, lastAction } = rc.contact;
  if (!last) return [...rc.log];
  const day = dayNumber(last);
  const repeated = rc.log.some((e) => dayNumber(e.date) === day && (lastAction === undefined || repeatsLogLine(lastAction, e)));
  return repeated ? [...rc.log] : [...rc.log, { date: last, action: lastAction ?? '' }];
}

/**
 * The spells a contact was cold, as day numbers, oldest first, up to `today`. The rule is the
 * agenda's (`goingCold`), read back over the log: a contact with a pace is cold on a day when that
 * day is after its pace's most counted from the day the pace runs from — its newest conversation
 * on or before that day, or, before any conversation (or with `cadenceFrom: any`), its newest
 * contact of any kind. The spell ends on the day of the next event the pace runs from (brought
 * back). The log can't tell what next date was in hand back then, so unlike the agenda a next
 * date does not keep a contact warm here; a contact with no event has never been warm, so it
 * can't go cold.
 */
export function coldSpells(
  events: ReadonlyArray<{ readonly day: number; readonly kind: EventKind }>,
  runsOut: (day: number) => number,
  cadenceFrom: Pacing['cadenceFrom'],
  today: number,
): Array<{ since: number; until?: number }> {
  const days = pacePoints(events, cadenceFrom);
  const spells: Array<{ since: number; until?: number }> = [];
  days.forEach((day, i) => {
    const since = runsOut(day) + 1;
    const next = days[i + 1];
    if (next !== undefined ? next > since : today >= since) spells.push(next !== undefined ? { since, until: next } : { since });
  });
  return spells;
}

/** The days a pace runs from, oldest first, once each: every event up to the first conversation, then conversations only (all events with `cadenceFrom: any`). */
function pacePoints(events: ReadonlyArray<{ readonly day: number; readonly kind: EventKind }>, cadenceFrom: Pacing['cadenceFrom']): number[] {
  const sorted = [...events].sort((a, b) => a.day - b.day);
  const firstConversation = sorted.find((e) => e.kind === 'conversation')?.day;
  const points = sorted.filter((e) => cadenceFrom === 'any' || e.kind === 'conversation' || firstConversation === undefined || e.day < firstConversation);
  return [...new Set(points.map((e) => e.day))];
}

/**
 * The contacts rescheduled in the period, most often first (at most `RESCHEDULED_SHOWN`). A
 * reschedule is a commit that changed a `next:` date to another value (another date, or blank)
 * without changing `last:` in the same commit: Log Contact… writes both, and a next step set
 * after a contact is not a reschedule. Scheduling a contact that had no date, adding a file and
 * deleting one are not reschedules either. Files no longer in the diary are left out.
 */
function rescheduledIn(history: NextHistory | undefined, names: ReadonlyMap<string, string>, first: number, today: number): Rescheduled {
  if (!history) return { state: 'needs-git', message: NEEDS_GIT };
  if (history.kind === 'unavailable') return { state: 'needs-git', message: history.message };
  const found: RescheduledContact[] = [];
  for (const { file, changes } of history.files) {
    const name = names.get(file);
    if (name === undefined) continue;
    let count = 0;
    let last = -Infinity;
    for (const c of changes) {
      const day = dayNumber(c.date);
      if (day < first || day > today || !isReschedule(c)) continue;
      count++;
      last = Math.max(last, day);
    }
    if (count > 0) found.push({ file, name, count, last: fromDayNumber(last) });
  }
  found.sort((a, b) => b.count - a.count || dayNumber(b.last) - dayNumber(a.last) || a.name.localeCompare(b.name));
  const contacts = found.slice(0, RESCHEDULED_SHOWN);
  return history.notCounted?.length ? { state: 'counted', contacts, notCounted: history.notCounted } : { state: 'counted', contacts };
}

function isReschedule(c: NextChange): boolean {
  if (c.lastChanged || c.from === undefined || c.to === undefined) return false;
  const from = plainValue(c.from);
  return from !== '' && from !== plainValue(c.to);
}

/** A `next:` value without its quotes and comment, so `"2026-11-27"` and `2026-11-27 # call` are the same date. */
function plainValue(value: string): string {
  return value.replace(/(^|\s)#.*$/, '').trim().replace(/^(["'])(.*)\1$/, '$2').trim();
}

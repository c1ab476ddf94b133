import { type Classification, DEFAULT_VOCABULARY, type Vocabulary, classifyAction, repeatsLogLine } from './conversations';
import { plural } from './dates/describe';
import { addDuration } from './dates/duration';
import { type LocalDate, dayNumber } from './dates/localDate';
import { type Pace, dueBy } from './dates/pace';

/** One contact event, from a `## Log` line or from `last`/`last_action`, with its kind. */
export interface ContactEvent extends Classification {
  readonly date: LocalDate;
  /** The action as written (`Coffee at Monmouth`); empty when `last` has no `last_action`. */
  readonly action: string;
}

/** A relationship as its events tell it, newest first, down to the newest conversation. */
export interface Relationship {
  /** The events newest first, down to the newest conversation (older ones are not classified). */
  readonly events: readonly ContactEvent[];
  /** The newest conversation; undefined when there has been none. */
  readonly lastConversation?: ContactEvent;
  /** The touches after the last conversation (all of them when there was none), newest first. */
  readonly touchesSince: readonly ContactEvent[];
}

/**
 * Puts a note's events together: its log entries (in any order) and its `last` (with
 * `last_action`), the same event counted once (a log line and `last` of one day and action, or a
 * `last` without an action on a day the log has), newest first. `last` without an action and
 * without a log line is classified from nothing: a touch, unknown.
 */
export function relationship(
  log: ReadonlyArray<{ readonly date: LocalDate; readonly action: string; readonly note?: string }>,
  last: { readonly date: LocalDate; readonly action?: string } | undefined,
  vocabulary: Vocabulary = DEFAULT_VOCABULARY,
): Relationship {
  // Stable: on one day, the log's order.
  const sorted = [...log].sort((a, b) => dayNumber(b.date) - dayNumber(a.date));
  return relationshipNewestFirst(sorted, last, vocabulary);
}

/**
 * `relationship` for a log given newest first (see `logEventsNewestFirst`), read only down to
 * the newest conversation: a long log's older lines are never parsed or classified.
 */
export function relationshipNewestFirst(
  newestFirst: Iterable<{ readonly date: LocalDate; readonly action: string; readonly note?: string }>,
  last: { readonly date: LocalDate; readonly action?: string } | undefined,
  vocabulary: Vocabulary = DEFAULT_VOCABULARY,
): Relationship {
  const events: ContactEvent[] = [];
  const take = (date: LocalDate, action: string, note?: string): Relationship | undefined => {
    const event = { date, action: action.trim(), ...classifyAction(action, vocabulary, note) };
    events.push(event);
    return event.kind === 'conversation' ? { events, lastConversation: event, touchesSince: events.slice(0, -1) } : undefined;
  };
  let pending = last;
  const lastDay = last ? dayNumber(last.date) : 0;
  const lastAction = last?.action;
  for (const e of newestFirst) {
    const day = dayNumber(e.date);
    if (pending && day < lastDay) {
      const done = take(pending.date, pending.action ?? '');
      pending = undefined;
      if (done) return done;
    }
    // `last` repeats this line (Log Contact… writes both): counted once.
    if (pending && day === lastDay && (lastAction === undefined || repeatsLogLine(lastAction, e))) pending = undefined;
    const done = take(e.date, e.action, e.note);
    if (done) return done;
  }
  if (pending) {
    const done = take(pending.date, pending.action ?? '');
    if (done) return done;
  }
  return { events, touchesSince: events };
}

/** What pacing needs of a contact's history (see `Contact`). */
export interface History {
  readonly conversation?: { readonly date: LocalDate };
  /** The day of the third-newest touch since the conversation. */
  readonly thirdTouch?: LocalDate;
}

/** A relationship's history as a contact keeps it. */
export function historyOf(r: Relationship): History {
  const third = r.touchesSince[2];
  return { ...(r.lastConversation ? { conversation: r.lastConversation } : {}), ...(third ? { thirdTouch: third.date } : {}) };
}

/**
 * Three or more touches inside the least gap of the pace before `today`, and no conversation in
 * it: the user is pushing. A pace without a least gap never pushes.
 */
export function isPushing(h: History, pace: Pace | undefined, today: LocalDate): boolean {
  if (!pace?.min) return false;
  // The window is the least gap back from today, on the calendar (a month back from 31 March is 28 or 29 February).
  const since = dayNumber(addDuration(today, pace.min, -1));
  const end = dayNumber(today);
  const inside = (d: LocalDate) => dayNumber(d) > since && dayNumber(d) <= end;
  // The touches since the conversation are newer than it: the third-newest inside the gap makes three.
  if (h.conversation && inside(h.conversation.date)) return false;
  return h.thirdTouch !== undefined && inside(h.thirdTouch);
}

/**
 * Touches (since the last conversation) in words: `4 emails since`, `1 voicemail since`,
 * `3 touches since` when they are of several kinds; undefined when there are none.
 */
export function touchesSinceText(touches: ReadonlyArray<{ readonly channel: string }>): string | undefined {
  if (touches.length === 0) return undefined;
  const channels = new Set(touches.map((t) => t.channel));
  const word = channels.size === 1 ? [...channels][0]! : 'touch';
  // "touch" is the one word here not made plural by an s.
  return word === 'touch' ? `${touches.length} ${touches.length === 1 ? 'touch' : 'touches'} since` : `${plural(touches.length, word)} since`;
}

const CHANNELS: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:e-?mail(?:ed)?|mail(?:ed)?|newsletter)\b/i, 'email'],
  [/\b(?:voice ?mail|left (?:a )?message|no answer|no reply|unanswered|missed call)\b/i, 'voicemail'],
  [/\b(?:message[sd]?|text(?:ed)?|sms|whatsapp|dm|linkedin|inmail)\b/i, 'message'],
  [/\b(?:letter|card|postcard)\b/i, 'letter'],
];

/** What kind of touch an action was, for counting alike ones: `email`, `voicemail`, `message`, `letter`, else `touch`. */
export function channelOf(action: string): string {
  for (const [pattern, channel] of CHANNELS) if (pattern.test(action)) return channel;
  return 'touch';
}

/** The day by which the next conversation is due: the last one plus the pace's most; undefined without either. */
export function conversationDue(h: History, pace: Pace | undefined): LocalDate | undefined {
  return h.conversation && pace ? dueBy(pace, h.conversation.date) : undefined;
}

import { type Classification, DEFAULT_VOCABULARY, type Vocabulary, classifyAction } from './conversations';
import { plural } from './dates/describe';
import { addDuration } from './dates/duration';
import { type LocalDate, compareDates, dayNumber } from './dates/localDate';
import { type Pace, dueBy } from './dates/pace';

/** One contact event, from a `## Log` line or from `last`/`last_action`, with its kind. */
export interface ContactEvent extends Classification {
  readonly date: LocalDate;
  /** The action as written (`Coffee at Monmouth`); empty when `last` has no `last_action`. */
  readonly action: string;
}

/** A relationship as its events tell it, newest first. */
export interface Relationship {
  readonly events: readonly ContactEvent[];
  /** The newest conversation; undefined when there has been none. */
  readonly lastConversation?: ContactEvent;
  /** The touches after the last conversation (all of them when there was none), newest first. */
  readonly touchesSince: readonly ContactEvent[];
}

/**
 * Puts a note's events together: its log entries and its `last` (with `last_action`), the same
 * event counted once (a log line and `last` of one day and action), newest first. `last` without
 * an action is classified from nothing: a touch, unknown.
 */
export function relationship(
  log: ReadonlyArray<{ readonly date: LocalDate; readonly action: string }>,
  last: { readonly date: LocalDate; readonly action?: string } | undefined,
  vocabulary: Vocabulary = DEFAULT_VOCABULARY,
): Relationship {
  const seen = new Set<string>();
  const events: ContactEvent[] = [];
  const add = (date: LocalDate, action: string) => {
    const key = `${dayNumber(date)}\u0000${action.trim().toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    events.push({ date, action: action.trim(), ...classifyAction(action, vocabulary) });
  };
  for (const entry of log) add(entry.date, entry.action);
  // `last` repeats the newest log line when both were written by Log Contact…; an action-less
  // `last` on a day the log already has adds nothing.
  if (last && !(last.action === undefined && events.some((e) => dayNumber(e.date) === dayNumber(last.date)))) add(last.date, last.action ?? '');
  events.sort((a, b) => compareDates(b.date, a.date));
  const at = events.findIndex((e) => e.kind === 'conversation');
  return {
    events,
    ...(at >= 0 ? { lastConversation: events[at] } : {}),
    touchesSince: at >= 0 ? events.slice(0, at) : events,
  };
}

/**
 * Three or more touches inside the least gap of the pace before `today`, and no conversation in
 * it: the user is pushing. A pace without a least gap never pushes.
 */
export function isPushing(r: Relationship, pace: Pace | undefined, today: LocalDate): boolean {
  if (!pace?.min) return false;
  // The window is the least gap back from today, on the calendar (a month back from 31 March is 28 or 29 February).
  const since = dayNumber(addDuration(today, pace.min, -1));
  const end = dayNumber(today);
  const inside = r.events.filter((e) => dayNumber(e.date) > since && dayNumber(e.date) <= end);
  return inside.length >= 3 && !inside.some((e) => e.kind === 'conversation');
}

/**
 * The touches since the last conversation in words: `4 emails since`, `1 voicemail since`,
 * `3 touches since` when they are of several kinds; undefined when there are none.
 */
export function touchesSinceText(r: Relationship): string | undefined {
  const touches = r.touchesSince;
  if (touches.length === 0) return undefined;
  const channels = new Set(touches.map(channelOf));
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

/** What kind of touch an event was, for counting alike ones: `email`, `voicemail`, `message`, `letter`, else `touch`. */
function channelOf(e: ContactEvent): string {
  for (const [pattern, channel] of CHANNELS) if (pattern.test(e.action)) return channel;
  return 'touch';
}

/** The day by which the next conversation is due: the last one plus the pace's most; undefined without either. */
export function conversationDue(r: Relationship, pace: Pace | undefined): LocalDate | undefined {
  return r.lastConversation && pace ? dueBy(pace, r.lastConversation.date) : undefined;
}

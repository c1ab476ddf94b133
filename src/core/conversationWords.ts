import { dayMonth } from './dates/describe';
import { formatDuration } from './dates/duration';
import { type LocalDate } from './dates/localDate';
import { type Pace, formatPace } from './dates/pace';

/**
 * The words for a relationship's conversations and touches, made once here for every place that
 * shows them: the Follow-ups item and its tooltip, the call sheet, the editor's hover.
 */

/** What the words read of a contact or an agenda item. */
export interface TalkFacts {
  /** The newest conversation on record. */
  readonly lastConversation?: { readonly date: LocalDate; readonly action: string };
  /** How many touches came after it (all of them when there was none). */
  readonly touchesSince: number;
  /** Those touches in words: `3 emails since`. */
  readonly touchesText?: string;
}

/** The touches without their `since` (`4 emails`), for a contact with no conversation to be since. */
function touchesAlone(f: TalkFacts): string | undefined {
  return f.touchesText?.replace(/ since$/, '');
}

/** The touches in words: `3 emails since` after a conversation, `3 emails` when there was none. */
export function touchesWords(f: TalkFacts): string | undefined {
  return f.lastConversation ? f.touchesText : touchesAlone(f);
}

/**
 * The last conversation and the touches since: `last spoke 12 Oct (Phone call) · 3 emails
 * since`, or without the action when `withAction` is false (`last spoke 12 Oct · 3 emails
 * since`); `no conversation on record · 4 emails` when there has been none. Undefined when
 * nothing at all is on record.
 */
export function lastSpoke(f: TalkFacts, today: LocalDate, withAction = true): string | undefined {
  const c = f.lastConversation;
  if (!c) {
    const touches = touchesAlone(f);
    return f.touchesSince > 0 && touches ? `no conversation on record · ${touches}` : undefined;
  }
  const action = withAction && c.action ? ` (${c.action})` : '';
  return `last spoke ${dayMonth(c.date, today)}${action}${f.touchesText ? ` · ${f.touchesText}` : ''}`;
}

/**
 * Why an item is marked pushing: `3 touches or more inside the least gap of every 2–4 weeks, no
 * conversation: give them room`. (The diary keeps the third-newest touch, not them all: "or more".)
 */
export function pushingText(pace: Pace | undefined): string {
  const gap = pace?.min ? `the least gap of ${formatPace(pace)}` : 'the least gap of the pace';
  return `3 touches or more inside ${gap}, no conversation: give them room`;
}

/** What to do about a contact on the call sheet, and why: the diary nudges toward the phone. */
export interface CallAdvice {
  /** `Call`, or `Call, not email` when the contact has had only touches lately. */
  readonly action: string;
  /** `only 3 emails since 12 Oct`, `no conversation on record`, `last spoke 12 Oct (Phone call)`. */
  readonly why: string;
}

/**
 * The call sheet's advice for a contact due today. A conversation is what moves a relationship
 * on, so it is always a call; when only touches came since the last one (or there was never
 * one), another email is not what is due, and the advice says so. A contact that is pushing
 * (three touches inside the least gap) gets the same call, with the reason to stop writing.
 */
export function callAdvice(f: TalkFacts & { readonly pushing: boolean; readonly pace?: Pace }, today: LocalDate): CallAdvice {
  const c = f.lastConversation;
  if (f.pushing) {
    const gap = f.pace?.min ? ` inside ${formatDuration(f.pace.min)}` : '';
    return { action: 'Call, not another email', why: `3 touches or more${gap} and ${c ? `no conversation since ${dayMonth(c.date, today)}` : 'no conversation on record'}` };
  }
  if (!c) {
    const touches = touchesAlone(f);
    return touches ? { action: 'Call, not email', why: `no conversation on record, only ${touches}` } : { action: 'Call', why: 'no conversation on record' };
  }
  if (f.touchesText) return { action: 'Call, not email', why: `only ${f.touchesText} ${dayMonth(c.date, today)}` };
  return { action: 'Call', why: `last spoke ${dayMonth(c.date, today)}${c.action ? ` (${c.action})` : ''}` };
}

/** `Call, not email: only 3 emails since 12 Oct`: the advice on one line. */
export function adviceLine(advice: CallAdvice): string {
  return `${advice.action}: ${advice.why}`;
}

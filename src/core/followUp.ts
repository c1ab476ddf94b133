import { type Contact } from './contact';
import { DEFAULT_VOCABULARY, type EventKind, type Vocabulary, classifyAction } from './conversations';
import { type Duration, addDuration, formatDuration, parseDuration } from './dates/duration';
import { type LocalDate, compareDates, dayNumber } from './dates/localDate';

/** The date Log Contact proposes for the next step, and why that one. */
export interface ProposedNext {
  readonly date: LocalDate;
  /** `cadence 3 weeks` or `default follow-up 1 week`. */
  readonly because: string;
  /** Set when the default follow-up setting can't be read (one week is used instead). */
  readonly warning?: string;
}

/** The follow-up for a contact without a cadence when none is configured (`contactDiary.defaultFollowUp`). */
export const DEFAULT_FOLLOW_UP: Duration = { count: 1, unit: 'week' };

/** today + the contact's cadence, else today + the default follow-up (`DEFAULT_FOLLOW_UP` if unreadable). */
export function proposedNext(today: LocalDate, cadence: Duration | undefined, defaultFollowUp: string): ProposedNext {
  if (cadence) return { date: addDuration(today, cadence), because: `cadence ${formatDuration(cadence)}` };
  const d = parseDuration(defaultFollowUp, 'follow-up interval');
  if (d.ok) return { date: addDuration(today, d.value), because: `default follow-up ${formatDuration(d.value)}` };
  return { date: addDuration(today, DEFAULT_FOLLOW_UP), because: `default follow-up ${formatDuration(DEFAULT_FOLLOW_UP)}`, warning: `The default follow-up setting: ${d.error}` };
}

/** The contact's next date when it is on a later day than `today` (a demo booked for Friday), else undefined. */
export function nextAhead(next: LocalDate | undefined, today: LocalDate): LocalDate | undefined {
  return next && dayNumber(next) > dayNumber(today) ? next : undefined;
}

/**
 * The next step's date as `contact-diary log` takes it without `--next`: the next date when it is
 * still ahead (an email logged today doesn't move Friday's demo), else `proposedNext`. `kept`
 * says it is the next date as it stands.
 */
export function nextOrProposed(next: LocalDate | undefined, today: LocalDate, cadence: Duration | undefined, defaultFollowUp: string): ProposedNext & { readonly kept?: true } {
  const ahead = nextAhead(next, today);
  return ahead ? { date: ahead, because: 'the next date kept', kept: true } : proposedNext(today, cadence, defaultFollowUp);
}

/**
 * The actions the diary records as contacts (`last_action`), the most used first (by how many
 * contacts' last contact it was), then the most recent, each once (case-insensitively, its most
 * recent spelling kept): the choices Log Contact offers.
 */
export function recentActions(contacts: Iterable<Contact>, limit = 8): string[] {
  const byKey = new Map<string, { action: string; last: LocalDate; uses: number }>();
  for (const c of contacts) {
    const action = c.lastAction?.trim();
    if (!action || !c.last) continue;
    const key = action.toLowerCase();
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { action, last: c.last, uses: 1 });
    else {
      seen.uses++;
      if (compareDates(c.last, seen.last) > 0) Object.assign(seen, { action, last: c.last });
    }
  }
  return [...byKey.values()]
    .sort((a, b) => b.uses - a.uses || compareDates(b.last, a.last) || (a.action < b.action ? -1 : a.action > b.action ? 1 : 0))
    .slice(0, Math.max(0, limit))
    .map((a) => a.action);
}

/** One action Log Contact… offers, with its kind and the rule that decided it. */
export interface ActionChoice {
  readonly action: string;
  readonly kind: EventKind;
  /** False when no word of the vocabulary says which: counted as a touch, and shown as such. */
  readonly known: boolean;
  /** `"coffee" is a conversation`. */
  readonly rule: string;
  /** One of the diary's recent actions (see `recentActions`), not one of the usual ones. */
  readonly recent: boolean;
}

/** The usual actions, offered after the diary's own. */
const USUAL: Readonly<Record<EventKind, readonly string[]>> = {
  conversation: ['Phone call', 'Meeting', 'Video call', 'Coffee', 'Lunch', 'Visit'],
  touch: ['Email', 'Voicemail', 'Message', 'LinkedIn message', 'Letter', 'Sent proposal'],
};

/**
 * The actions Log Contact… offers, grouped as conversations and touches: in each, the diary's
 * recent actions first (as `recentActions` orders them), then the usual ones it doesn't have
 * yet. An action no word classifies is among the touches, marked unknown: never guessed.
 */
export function actionChoices(contacts: Iterable<Contact>, vocabulary: Vocabulary = DEFAULT_VOCABULARY, limit = 8): Readonly<Record<EventKind, readonly ActionChoice[]>> {
  const groups: Record<EventKind, ActionChoice[]> = { conversation: [], touch: [] };
  const seen = new Set<string>();
  const add = (action: string, recent: boolean) => {
    const key = action.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    const c = classifyAction(action, vocabulary);
    groups[c.kind].push({ action, ...c, recent });
  };
  for (const action of recentActions(contacts, limit)) add(action, true);
  for (const kind of ['conversation', 'touch'] as const) for (const action of USUAL[kind]) add(action, false);
  return groups;
}

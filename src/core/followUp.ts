import { type Contact } from './contact';
import { type Duration, addDuration, formatDuration, parseDuration } from './dates/duration';
import { type LocalDate, compareDates } from './dates/localDate';

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

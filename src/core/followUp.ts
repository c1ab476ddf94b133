import { Contact } from './contact';
import { Duration, addDuration, formatDuration, parseDuration } from './dates/duration';
import { LocalDate, compareDates } from './dates/localDate';

/** The date Log Contact proposes for the next step, and why that one. */
export interface ProposedNext {
  readonly date: LocalDate;
  /** `cadence 3 weeks` or `default follow-up 1 week`. */
  readonly because: string;
  /** Set when the default follow-up setting can't be read (one week is used instead). */
  readonly warning?: string;
}

const ONE_WEEK: Duration = { count: 1, unit: 'week' };

/** today + the contact's cadence, else today + the default follow-up (one week if unreadable). */
export function proposedNext(today: LocalDate, cadence: Duration | undefined, defaultFollowUp: string): ProposedNext {
  if (cadence) return { date: addDuration(today, cadence), because: `cadence ${formatDuration(cadence)}` };
  const d = parseDuration(defaultFollowUp, 'follow-up interval');
  if (d.ok) return { date: addDuration(today, d.value), because: `default follow-up ${formatDuration(d.value)}` };
  return { date: addDuration(today, ONE_WEEK), because: 'default follow-up 1 week', warning: `The default follow-up setting: ${d.error}` };
}

/**
 * What the diary has recently recorded as contacts (`last_action`), most recent first, each
 * once (case-insensitively, first spelling kept): the choices Log Contact offers.
 */
export function recentActions(contacts: Iterable<Contact>, limit = 8): string[] {
  const dated: Array<{ action: string; last: LocalDate }> = [];
  for (const c of contacts) {
    const action = c.lastAction?.trim();
    if (action && c.last) dated.push({ action, last: c.last });
  }
  dated.sort((a, b) => compareDates(b.last, a.last) || (a.action < b.action ? -1 : a.action > b.action ? 1 : 0));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const { action } of dated) {
    const key = action.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(action);
    if (out.length >= limit) break;
  }
  return out;
}

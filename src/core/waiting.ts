import { type Contact } from './contact';
import { plural } from './dates/describe';
import { type LocalDate, dayNumber } from './dates/localDate';

/** What the user waits on a contact for (`waiting`), and since when (`waiting_since`, when recorded). */
export interface Waiting {
  readonly what: string;
  readonly since?: LocalDate;
}

/** What the user waits on a contact for, and since when; undefined when not waiting. */
export function waitingOf(c: Contact): Waiting | undefined {
  if (c.waiting === undefined) return undefined;
  return c.waitingSince ? { what: c.waiting, since: c.waitingSince } : { what: c.waiting };
}

/** `waiting 5 days · feedback on the proposal`; `waiting since today · …`; `waiting · …` when since is not known. */
export function waitingText(waiting: Waiting, today: LocalDate): string {
  if (!waiting.since) return `waiting · ${waiting.what}`;
  const days = dayNumber(today) - dayNumber(waiting.since);
  return `waiting ${days <= 0 ? 'since today' : plural(days, 'day')} · ${waiting.what}`;
}

import { DEFAULT_UPCOMING_DAYS } from '../agenda';
import { goingCold } from '../agendaItem';
import { formatDuration } from '../dates/duration';
import { describe } from '../dates/describe';
import { LocalDate, diffDays } from '../dates/localDate';
import { EditorInput, documentOf, keyOf } from './contactText';
import { Range } from './types';

/** Where a `next` date stands, for its colour (`contactDiary.overdueForeground`…). */
export type DateState = 'overdue' | 'today' | 'upcoming' | 'later';

/** The meaning of the `next:` date, shown after it. */
export interface DateDecoration {
  /** The date itself (quotes excluded); the text goes after its end. */
  readonly range: Range;
  /** `3 days overdue`, `today`, `tomorrow`, `in 2 days`; `… · going cold (…)` past the cadence. */
  readonly text: string;
  readonly state: DateState;
}

export interface DecorationOptions {
  /** Days ahead that count as upcoming rather than later (as in the follow-ups view; 7 by default). */
  readonly upcomingDays?: number;
}

/** The decoration of a contact's `next:` date on `today`; none when unscheduled, unreadable or not a contact. */
export function dateDecorations(input: EditorInput, today: LocalDate, options: DecorationOptions = {}): DateDecoration[] {
  const doc = documentOf(input);
  if (!doc.isContact) return [];
  const read = doc.read;
  if (read.kind !== 'contact' || !read.contact.next) return [];
  const key = keyOf(doc.view, 'next');
  if (!key) return [];
  const next = read.contact.next;
  const days = diffDays(today, next);
  const upcoming = options.upcomingDays ?? DEFAULT_UPCOMING_DAYS;
  const c = read.contact;
  // Past its cadence the contact is overdue in the view whatever `next` says: the editor agrees.
  // Short, as it shares the line with the value; the tree's tooltip and the hover say the rest.
  if (c.cadence && goingCold(c, today)) {
    return [{ range: key.valueRange, text: `${describe(next, today)} · going cold (cadence ${formatDuration(c.cadence)})`, state: 'overdue' }];
  }
  const state: DateState = days < 0 ? 'overdue' : days === 0 ? 'today' : days <= upcoming ? 'upcoming' : 'later';
  return [{ range: key.valueRange, text: describe(next, today), state }];
}

import { DEFAULT_UPCOMING_DAYS } from '../agenda';
import { type AgendaGroupId, contactItemOn } from '../agendaItem';
import { describe } from '../dates/describe';
import { type LocalDate } from '../dates/localDate';
import { type EditorInput, documentOf, keyOf } from './contactText';
import { type Position, type Range } from './types';

/** Where a `next` date stands, for its colour (`contactDiary.overdueForeground`…): the group the view lists the contact in. */
export type DateState = Extract<AgendaGroupId, 'overdue' | 'today' | 'upcoming' | 'later'>;

/** The meaning of the `next:` date, shown after it. */
export interface DateDecoration {
  /** The date itself (quotes excluded). */
  readonly range: Range;
  /** Where the text goes: after the date, and after its closing quote (`"2026-11-27"  in 3 days`). */
  readonly after: Position;
  /** `3 days overdue`, `today`, `tomorrow`, `in 2 days`; `in 7 weeks · going cold for 4 days` past the cadence. */
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
  // Where the view lists the contact, decided by the agenda itself: the editor can't disagree.
  const item = contactItemOn(read.contact, today, options.upcomingDays ?? DEFAULT_UPCOMING_DAYS);
  const state = item.group;
  if (state === 'unscheduled' || state === 'attention') return [];
  // Past its cadence the contact is overdue whatever `next` says: the date's own distance, then
  // the view's words for it. Short, as it shares the line with the value; the hover says the rest.
  const text = item.cause === 'cadence' ? `${describe(next, today)} · ${item.description}` : item.description;
  const end = key.valueRange.end;
  const after = key.quote !== '' && !key.unclosed ? { line: end.line, character: end.character + 1 } : end;
  return [{ range: key.valueRange, after, text, state }];
}

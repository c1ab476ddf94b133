import { type Agenda, type AgendaGroupId, type AgendaItem } from './agenda';
import { plural } from './dates/describe';

/** The groups a contact is offered from, most urgent first (Needs attention comes after them). */
const URGENCY: readonly AgendaGroupId[] = ['overdue', 'today', 'upcoming', 'later', 'unscheduled'];

/** How many notes a message names before it says `and N more`. */
const NAMED = 3;

/**
 * The notes listed under Needs attention and nowhere else: whether, and when, they are due can't
 * be read (a front-matter that isn't YAML, a file that isn't UTF-8 or is over the size limit, a
 * `next:` that isn't a date). A contact that is also listed in another group is not among them.
 */
export function attentionOnly(agenda: Agenda): AgendaItem[] {
  const placed = new Set<string>();
  for (const id of URGENCY) for (const item of itemsOf(agenda, id)) placed.add(item.file);
  return itemsOf(agenda, 'attention').filter((item) => !placed.has(item.file));
}

/** What a command that acts on contacts (Log Contact…, Reschedule…, Snooze) can offer to pick from. */
export interface ContactChoices {
  /**
   * Each contact once, most urgent first; after them the contacts listed under Needs attention
   * alone, whose `next:` can't be read: a new date is what puts them right.
   */
  readonly items: readonly AgendaItem[];
  /** The notes under Needs attention that can't be read as contacts at all: nothing can change them. */
  readonly unreadable: readonly AgendaItem[];
}

/**
 * The contacts a command can offer, and the notes it can't. When `items` is empty, `unreadable`
 * says why: empty, the diary has no notes yet; else every note it has needs attention first.
 * `isContact` tells whether a file was read as a contact (the index knows; the agenda doesn't).
 */
export function contactChoices(agenda: Agenda, isContact: (file: string) => boolean): ContactChoices {
  const seen = new Set<string>();
  const items: AgendaItem[] = [];
  for (const id of URGENCY) {
    for (const item of itemsOf(agenda, id)) {
      // A birthday is not the contact's place on the agenda: its follow-up is, in whichever group.
      if (item.kind === 'birthday' || seen.has(item.file)) continue;
      seen.add(item.file);
      items.push(item);
    }
  }
  // `seen` now holds every file placed in another group: what is left of Needs attention is
  // attentionOnly's list, without walking those groups a second time.
  const unreadable: AgendaItem[] = [];
  for (const item of itemsOf(agenda, 'attention')) {
    if (seen.has(item.file)) continue;
    seen.add(item.file);
    (isContact(item.file) ? items : unreadable).push(item);
  }
  return { items, unreadable };
}

/**
 * What a message says of notes under Needs attention: `people/jane.md needs attention (the
 * front-matter is not valid YAML: …)` for one, with its problem; `3 notes need attention (a.md,
 * b.md and c.md)` for more, the first few named (`and 2 more`). `name` gives a file's name as the
 * user knows it (relative to the workspace).
 */
export function needAttention(items: readonly AgendaItem[], name: (file: string) => string): string {
  const [only] = items;
  if (items.length === 1 && only) return `${name(only.file)} needs attention${only.problem ? ` (${only.problem.replace(/\.$/, '')})` : ''}`;
  const names = items.map((i) => name(i.file)).sort();
  const shown = names.length > NAMED ? [...names.slice(0, NAMED), `${names.length - NAMED} more`] : names;
  const list = shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}` : shown.join('');
  return `${plural(items.length, 'note')} need${items.length === 1 ? 's' : ''} attention${list ? ` (${list})` : ''}`;
}

function itemsOf(agenda: Agenda, id: AgendaGroupId): readonly AgendaItem[] {
  return agenda.groups.find((g) => g.id === id)?.items ?? [];
}

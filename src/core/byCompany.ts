import { type Agenda, type AgendaItem } from './agenda';
import { describe, describePast, distance } from './dates/describe';
import { addDuration } from './dates/duration';
import { type LocalDate, dayNumber, diffDays } from './dates/localDate';

/** One company of the By company view: its contacts, the last contact with anyone there, and the next step. */
export interface CompanyGroup {
  /** The company as its first contact (by agenda order) writes it; undefined for the contacts without one. */
  readonly company?: string;
  /** Its contacts, in the agenda's order (most urgent first). */
  readonly items: readonly AgendaItem[];
  /** The newest last contact with anyone there. */
  readonly last?: LocalDate;
  /** The contact with the most urgent next step (a next date, or a cadence run out). */
  readonly next?: AgendaItem;
  /**
   * Nobody there has been reached within the longest cadence of its contacts: the day that
   * cadence ran out. Undefined while someone has been, or when none of them has a cadence.
   */
  readonly coldSince?: LocalDate;
  /** `last contact 3 days ago · next: Jane Doe, Send proposal (today)`, or `going cold for 2 weeks · …`. */
  readonly description: string;
}

/** Company names that differ only in case and spacing are one company. */
function companyKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The agenda's contacts by company, companies in alphabetical order, then the contacts without a
 * company last. Files under Needs attention alone are not contacts and are left out (a contact
 * with problems is in its company once).
 */
export function byCompany(agenda: Agenda): CompanyGroup[] {
  const groups = new Map<string, { company?: string; items: AgendaItem[] }>();
  for (const group of agenda.groups) {
    if (group.id === 'attention') continue;
    for (const item of group.items) {
      const name = item.company?.trim();
      const key = name ? companyKey(name) : '';
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { ...(name ? { company: name } : {}), items: [] }));
      g.items.push(item);
    }
  }
  const named = [...groups].filter(([key]) => key !== '').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const none = groups.get('');
  return [...named.map(([, g]) => g), ...(none ? [none] : [])].map((g) => companyGroup(g.company, g.items, agenda.today));
}

function companyGroup(company: string | undefined, items: readonly AgendaItem[], today: LocalDate): CompanyGroup {
  let last: LocalDate | undefined;
  for (const item of items) if (item.last && (!last || dayNumber(item.last) > dayNumber(last))) last = item.last;
  // Items come in agenda order: the first with a due day is the most urgent.
  const next = items.find((i) => i.due !== undefined);
  const coldSince = company === undefined ? undefined : companyColdSince(items, last, today);
  const parts: string[] = [];
  if (coldSince) parts.push(`going cold: nobody reached for ${last ? distance(diffDays(last, today)) : 'ever'}`);
  else parts.push(last ? `last contact ${describePast(last, today)}` : 'no contact yet');
  if (next) parts.push(`next: ${next.name}${next.nextAction ? `, ${next.nextAction}` : ''} (${next.next ? describe(next.next, today) : next.description})`);
  return {
    ...(company !== undefined ? { company } : {}),
    items,
    ...(last ? { last } : {}),
    ...(next ? { next } : {}),
    ...(coldSince ? { coldSince } : {}),
    description: parts.join(' · '),
  };
}

/**
 * The day the company went cold: its newest last contact plus the longest cadence among its
 * contacts is past. A company nobody has ever been reached at has nothing to count from.
 */
function companyColdSince(items: readonly AgendaItem[], last: LocalDate | undefined, today: LocalDate): LocalDate | undefined {
  if (!last) return undefined;
  let longest: LocalDate | undefined;
  for (const item of items) {
    if (!item.pace) continue;
    const end = addDuration({ year: last.year, month: last.month, day: last.day }, item.pace.max);
    if (!longest || dayNumber(end) > dayNumber(longest)) longest = end;
  }
  return longest && dayNumber(longest) < dayNumber(today) ? longest : undefined;
}

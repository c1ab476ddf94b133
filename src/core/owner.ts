import { type Agenda, type AgendaGroup, type AgendaItem } from './agenda';

/**
 * Whose contacts to show, in a diary a team shares:
 * - `mine`: the user's (`me`, the `contactDiary.me` setting) and those nobody owns;
 * - `all`: everyone's;
 * - `owner`: the contacts `name` owns, and no others.
 */
export type OwnerFilter =
  | { readonly kind: 'mine'; readonly me: string }
  | { readonly kind: 'all' }
  | { readonly kind: 'owner'; readonly name: string };

/** Every contact: the filter of a diary whose user hasn't said who they are. */
export const EVERYONE: OwnerFilter = Object.freeze({ kind: 'all' });

/** The filter a front end starts from: the user's contacts when `me` (`contactDiary.me`) names them, else everyone's. */
export function ownerFilter(me: string | undefined): OwnerFilter {
  return me === undefined || ownerKey(me) === '' ? EVERYONE : { kind: 'mine', me };
}

/** How owners compare: `Alice`, ` alice ` and `ALICE` are one person; so are `Ann  Lee` and `ann lee`. */
export function ownerKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Whether a contact with these `owners` passes the filter: the one rule every front end follows
 * (the view, the badge and the status bar, the call sheet, the plan, the tool's commands). A
 * contact nobody owns (`owners` empty) is everyone's, so `mine` keeps it and `owner` does not;
 * `owners` undefined is a file that couldn't be read, whose owner nobody can tell: it is kept, so
 * that it still says what is wrong with it. A blank name filters nothing.
 */
export function matchesOwner(owners: readonly string[] | undefined, filter: OwnerFilter): boolean {
  if (filter.kind === 'all' || owners === undefined) return true;
  const name = ownerKey(filter.kind === 'mine' ? filter.me : filter.name);
  if (name === '') return true;
  if (owners.length === 0) return filter.kind === 'mine';
  return owners.some((o) => ownerKey(o) === name);
}

/**
 * The agenda with only the items the filter keeps: the same agenda for `all`. Each group is
 * filtered when first asked for (its count too), so a view that shows two groups doesn't filter
 * the other four.
 */
export function filterAgenda(agenda: Agenda, filter: OwnerFilter): Agenda {
  if (filter.kind === 'all') return agenda;
  return { ...agenda, groups: agenda.groups.map((g) => filteredGroup(g, (item) => matchesOwner(item.owners, filter))) };
}

function filteredGroup(group: AgendaGroup, keep: (item: AgendaItem) => boolean): AgendaGroup {
  let items: readonly AgendaItem[] | undefined;
  const kept = () => (items ??= Object.freeze(group.items.filter(keep)));
  return {
    id: group.id,
    label: group.label,
    get count() { return kept().length; },
    get items() { return kept(); },
  };
}

/** One owner's contacts, as the view shows everyone's. */
export interface OwnerGroup {
  /** The owner as their first contact (by agenda order) writes the name; undefined for the contacts nobody owns. */
  readonly owner?: string;
  /** How owners compare (see `ownerKey`); '' for the contacts nobody owns. */
  readonly key: string;
  /** The owner's lines of the agenda, in its order (most urgent first). */
  readonly items: readonly AgendaItem[];
  /** How many of them are overdue, and due today (birthday lines aside, as the badge counts). */
  readonly overdue: number;
  readonly today: number;
}

/**
 * The agenda's contacts by owner: owners in alphabetical order, then the contacts nobody owns.
 * A contact two people own is under each of them. Files under Needs attention alone are left
 * out, as they are of the companies (the view lists that group after these).
 */
export function byOwner(agenda: Agenda): OwnerGroup[] {
  const groups = new Map<string, { owner?: string; items: AgendaItem[] }>();
  const add = (key: string, owner: string | undefined, item: AgendaItem) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { ...(owner !== undefined ? { owner } : {}), items: [] }));
    g.items.push(item);
  };
  for (const group of agenda.groups) {
    if (group.id === 'attention') continue;
    for (const item of group.items) {
      const owners = item.owners ?? [];
      const keys = new Set<string>();
      for (const o of owners) {
        const key = ownerKey(o);
        if (key === '' || keys.has(key)) continue;
        keys.add(key);
        add(key, o.trim(), item);
      }
      if (keys.size === 0) add('', undefined, item);
    }
  }
  const named = [...groups].filter(([key]) => key !== '').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const nobody = groups.get('');
  return [...named, ...(nobody ? [['', nobody] as const] : [])].map(([key, g]) => ({
    ...(g.owner !== undefined ? { owner: g.owner } : {}),
    key,
    items: g.items,
    overdue: g.items.filter((i) => i.group === 'overdue').length,
    today: g.items.filter((i) => i.group === 'today' && i.kind === 'follow-up').length,
  }));
}

import { AGENDA_GROUPS, AgendaGroupId, AgendaItem, AgendaWords, compareItems, itemsOf } from './agendaItem';
import { LocalDate, dayNumber } from './dates/localDate';
import { DiaryIndex, Disposable } from './diaryIndex';

export { AGENDA_GROUPS, AgendaGroupId, AgendaItem, goingCold } from './agendaItem';

/** One group of the agenda, items in the order they are shown. */
export interface AgendaGroup {
  readonly id: AgendaGroupId;
  readonly label: string;
  readonly count: number;
  readonly items: readonly AgendaItem[];
}

/** Who to contact on `today`: always all six groups, in display order, empty ones included. */
export interface Agenda {
  readonly today: LocalDate;
  readonly upcomingDays: number;
  readonly groups: readonly AgendaGroup[];
}

export interface AgendaOptions {
  /** How many days after today count as "Upcoming" (default 7); later ones are "Later". */
  readonly upcomingDays?: number;
}

export const DEFAULT_UPCOMING_DAYS = 7;

/** The agenda of an index on one day, computed from scratch (for one-off use, e.g. the command line). */
export function agenda(index: DiaryIndex, today: LocalDate, options?: AgendaOptions): Agenda {
  const tracker = new AgendaTracker(index, options);
  try {
    return tracker.at(today);
  } finally {
    tracker.dispose();
  }
}

interface Model {
  readonly day: number;
  readonly groups: Map<AgendaGroupId, AgendaItem[]>;
  readonly byFile: Map<string, AgendaItem[]>;
  /** Frozen copies handed out, per group, until that group changes. */
  readonly views: Map<AgendaGroupId, readonly AgendaItem[]>;
  readonly words: AgendaWords;
}

/**
 * Keeps the agenda of a live index up to date: one changed file removes its old items from their
 * sorted groups and inserts the new ones (binary search), so a saved file costs microseconds
 * whatever the size of the diary. A new day rebuilds everything once.
 *
 * Groups handed out by `at` are frozen snapshots: they stay as they were when the index changes.
 */
export class AgendaTracker implements Disposable {
  private model: Model | undefined;
  private readonly dirty = new Set<string>();
  private readonly subscription: Disposable;
  private readonly upcomingDays: number;

  constructor(private readonly index: DiaryIndex, options?: AgendaOptions) {
    const days = options?.upcomingDays ?? DEFAULT_UPCOMING_DAYS;
    this.upcomingDays = Number.isFinite(days) && days >= 0 ? Math.floor(days) : DEFAULT_UPCOMING_DAYS;
    this.subscription = index.onDidChange((change) => {
      if (!this.model) return;
      for (const p of change.updated) this.dirty.add(p);
      for (const p of change.removed) this.dirty.add(p);
      // Past a point, re-sorting once is cheaper than many single inserts (a first scan).
      if (this.dirty.size > 512 && this.dirty.size > this.index.size / 8) this.model = undefined;
    });
  }

  /** The agenda on `today`; call it again on a new day (the extension does at local midnight). */
  at(today: LocalDate): Agenda {
    const day = dayNumber(today);
    if (!this.model || this.model.day !== day) this.rebuild(today, day);
    else if (this.dirty.size > 0) this.applyDirty();
    const model = this.model!;
    const groups = AGENDA_GROUPS.map(({ id, label }): AgendaGroup => {
      let items = model.views.get(id);
      if (!items) {
        items = Object.freeze(model.groups.get(id)!.slice());
        model.views.set(id, items);
      }
      return { id, label, count: items.length, items };
    });
    return { today, upcomingDays: this.upcomingDays, groups };
  }

  dispose(): void {
    this.subscription.dispose();
    this.model = undefined;
  }

  private rebuild(today: LocalDate, day: number) {
    const groups = new Map<AgendaGroupId, AgendaItem[]>(AGENDA_GROUPS.map(({ id }) => [id, []]));
    const byFile = new Map<string, AgendaItem[]>();
    const words = new AgendaWords(today);
    for (const entry of this.index.entries()) {
      const items = itemsOf(entry, words, this.upcomingDays);
      byFile.set(items[0]!.file, items);
      for (const item of items) groups.get(item.group)!.push(item);
    }
    for (const list of groups.values()) list.sort(compareItems);
    this.model = { day, groups, byFile, views: new Map(), words };
    this.dirty.clear();
  }

  private applyDirty() {
    const model = this.model!;
    for (const path of this.dirty) {
      for (const old of model.byFile.get(path) ?? []) {
        removeSorted(model.groups.get(old.group)!, old);
        model.views.delete(old.group);
      }
      model.byFile.delete(path);
      const entry = this.index.get(path);
      if (!entry) continue;
      const items = itemsOf(entry, model.words, this.upcomingDays);
      model.byFile.set(path, items);
      for (const item of items) {
        insertSorted(model.groups.get(item.group)!, item);
        model.views.delete(item.group);
      }
    }
    this.dirty.clear();
  }
}

/** The first position whose item sorts at or after `item`. */
function lowerBound(list: readonly AgendaItem[], item: AgendaItem): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareItems(list[mid]!, item) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function insertSorted(list: AgendaItem[], item: AgendaItem): void {
  list.splice(lowerBound(list, item), 0, item);
}

export function removeSorted(list: AgendaItem[], item: AgendaItem): void {
  // The order is total (the file breaks ties) so the item sits at its lower bound; the scan
  // after it only guards against an item that compares equal yet is another object.
  for (let i = lowerBound(list, item); i < list.length; i++) {
    if (list[i] === item) {
      list.splice(i, 1);
      return;
    }
    if (compareItems(list[i]!, item) > 0) break;
  }
  const i = list.indexOf(item);
  if (i >= 0) list.splice(i, 1);
}

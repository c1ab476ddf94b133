import { AGENDA_GROUPS, type AgendaGroupId, type AgendaItem, AgendaWords, compareItems, itemsOf } from './agendaItem';
import { type LocalDate, dayNumber } from './dates/localDate';
import { type DiaryIndex, type Disposable } from './diaryIndex';
import { SortedChunks, flatten } from './sortedChunks';
import { type Pacing } from './pacing';

export { AGENDA_GROUPS, AgendaGroupId, AgendaItem, DueCause, goingCold, itemSummary, nextStepWords } from './agendaItem';

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
  /** Where cadences run from, and those of stages and tags (default: from the last conversation, none). */
  readonly pacing?: Pacing;
}

export const DEFAULT_UPCOMING_DAYS = 7;

/**
 * The agenda of an index on one day, computed from scratch (for one-off use, e.g. the command
 * line): the items sorted once, without the tracker's per-file map and chunks, which only pay
 * for themselves when the index changes afterwards.
 */
export function agenda(index: DiaryIndex, today: LocalDate, options?: AgendaOptions): Agenda {
  const upcomingDays = upcomingDaysOf(options);
  const lists = collectItems(index, new AgendaWords(today, options?.pacing), upcomingDays);
  const groups = AGENDA_GROUPS.map(({ id, label }): AgendaGroup => {
    const items = lists.get(id)!.sort(compareItems);
    return { id, label, count: items.length, items: Object.freeze(items) };
  });
  return { today, upcomingDays, groups };
}

function upcomingDaysOf(options: AgendaOptions | undefined): number {
  const days = options?.upcomingDays ?? DEFAULT_UPCOMING_DAYS;
  return Number.isFinite(days) && days >= 0 ? Math.floor(days) : DEFAULT_UPCOMING_DAYS;
}

/** Every item of the index on the words' day, by group, in no order; each file's items go in `byFile` when given. */
function collectItems(index: DiaryIndex, words: AgendaWords, upcomingDays: number, byFile?: Map<string, AgendaItem | AgendaItem[]>) {
  const lists = new Map<AgendaGroupId, AgendaItem[]>(AGENDA_GROUPS.map(({ id }) => [id, []]));
  for (const entry of index.entries()) {
    const items = itemsOf(entry, words, upcomingDays);
    if (Array.isArray(items)) {
      byFile?.set(items[0]!.file, items);
      for (const item of items) lists.get(item.group)!.push(item);
    } else {
      byFile?.set(items.file, items);
      lists.get(items.group)!.push(items);
    }
  }
  return lists;
}

interface Model {
  readonly day: number;
  readonly groups: Map<AgendaGroupId, SortedChunks<AgendaItem>>;
  /** The items of each file: one, or two for a contact that also needs attention. */
  readonly byFile: Map<string, AgendaItem | AgendaItem[]>;
  /** Groups handed out, per group, until that group changes. */
  readonly views: Map<AgendaGroupId, AgendaGroup>;
  readonly words: AgendaWords;
}

/**
 * Keeps the agenda of a live index up to date: one changed file removes its old items from their
 * sorted groups and inserts the new ones (binary search into small chunks), so a saved file costs
 * microseconds whatever the size of the diary. A new day rebuilds everything once. Call `at`
 * once before a first scan and the agenda fills as the scan goes: a scan's items are sorted in a
 * few large steps (see SortedChunks.pending), the last, of at most 8,192 items, when the agenda
 * is next asked for (~9 ms at 50,000 contacts).
 *
 * Groups handed out by `at` are snapshots: they stay as they were when the index changes. Their
 * `items` array is made on first access (a group of 50,000 isn't copied until someone looks).
 */
export class AgendaTracker implements Disposable {
  private model: Model | undefined;
  private readonly subscription: Disposable;
  private readonly upcomingDays: number;
  private readonly pacing: Pacing | undefined;

  constructor(private readonly index: DiaryIndex, options?: AgendaOptions) {
    this.upcomingDays = upcomingDaysOf(options);
    this.pacing = options?.pacing;
    // Changes are applied as they come, in the batch's own time: during a first scan the agenda
    // grows slice by slice instead of being built in one long step at the end.
    this.subscription = index.onDidChange((change) => {
      const model = this.model;
      if (!model) return;
      // The new items of the batch go in per group at once: a first scan's slice brings ~1,000.
      const added = new Map<AgendaGroupId, AgendaItem[]>();
      for (const p of change.removed) this.update(p, added);
      for (const p of change.updated) this.update(p, added);
      for (const [id, items] of added) {
        model.groups.get(id)!.insertMany(items);
        model.views.delete(id);
      }
    });
  }

  /** The agenda on `today`; call it again on a new day (the extension does at local midnight). */
  at(today: LocalDate): Agenda {
    const day = dayNumber(today);
    if (!this.model || this.model.day !== day) this.rebuild(today, day);
    const model = this.model!;
    const groups = AGENDA_GROUPS.map(({ id, label }): AgendaGroup => {
      let view = model.views.get(id);
      if (!view) {
        view = snapshotGroup(id, label, model.groups.get(id)!);
        model.views.set(id, view);
      }
      return view;
    });
    return { today, upcomingDays: this.upcomingDays, groups };
  }

  dispose(): void {
    this.subscription.dispose();
    this.model = undefined;
  }

  private rebuild(today: LocalDate, day: number) {
    const byFile = new Map<string, AgendaItem | AgendaItem[]>();
    const words = new AgendaWords(today, this.pacing);
    const groups = new Map<AgendaGroupId, SortedChunks<AgendaItem>>();
    for (const [id, list] of collectItems(this.index, words, this.upcomingDays, byFile)) groups.set(id, SortedChunks.from(list, compareItems));
    this.model = { day, groups, byFile, views: new Map(), words };
  }

  /** Takes a file's old items out of their groups and adds its new ones to `added`, by group. */
  private update(path: string, added: Map<AgendaGroupId, AgendaItem[]>) {
    const model = this.model!;
    const old = model.byFile.get(path);
    // A first scan's files are new: no old items, nothing to take out (a lookup saved per file).
    if (old !== undefined) {
      for (const item of Array.isArray(old) ? old : [old]) {
        model.groups.get(item.group)!.remove(item);
        model.views.delete(item.group);
      }
      model.byFile.delete(path);
    }
    const entry = this.index.get(path);
    if (!entry) return;
    const items = itemsOf(entry, model.words, this.upcomingDays);
    model.byFile.set(path, items);
    for (const item of Array.isArray(items) ? items : [items]) {
      const list = added.get(item.group);
      if (list) list.push(item);
      else added.set(item.group, [item]);
    }
  }
}

function snapshotGroup(id: AgendaGroupId, label: string, list: SortedChunks<AgendaItem>): AgendaGroup {
  const chunks = list.snapshot();
  let items: readonly AgendaItem[] | undefined;
  return {
    id,
    label,
    count: list.size,
    get items() {
      return (items ??= Object.freeze(flatten(chunks)));
    },
  };
}

/**
 * The follow-ups due, as the badge and the status bar count them: overdue, and today's without
 * the birthday and anniversary lines (a birthday is a reason to call, not a follow-up that is due).
 */
export function dueFollowUps(agenda: Agenda): { readonly overdue: number; readonly today: number } {
  const group = (id: AgendaGroupId) => agenda.groups.find((g) => g.id === id);
  const today = group('today');
  let followUps = 0;
  if (today) for (const item of today.items) if (item.kind === 'follow-up') followUps++;
  return { overdue: group('overdue')?.count ?? 0, today: followUps };
}

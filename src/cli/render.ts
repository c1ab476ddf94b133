import { type Agenda, type AgendaItem, type GroundInterest, type LocalDate, formatIsoDate, nextStepWords, paceDays, shortDate } from '../core';
import { type Style, clip, paint, table } from './format';

/** Names a file for the user: its path relative to the diary folder, forward slashes. */
export type RelativePath = (file: string) => string;

/** One agenda item as `agenda --json` prints it. Absent values are null, so every key is always there. */
export interface AgendaItemJson {
  /** `birthday` for a birthday or an anniversary (its own item), `follow-up` for every other item. */
  readonly kind: 'follow-up' | 'birthday';
  readonly file: string;
  readonly name: string;
  readonly company: string | null;
  readonly next: string | null;
  readonly nextAction: string | null;
  readonly last: string | null;
  readonly lastAction: string | null;
  readonly phone: string | null;
  readonly email: string | null;
  readonly description: string;
  readonly reason: string;
  /** The newest conversation on record (a call, a meeting…), or null. */
  readonly lastConversation: { readonly date: string; readonly action: string } | null;
  /** How many touches (emails, voicemails, messages…) came after it. */
  readonly touchesSince: number;
  /** The pace in days (a month counted from the last conversation, else from today), or null without a cadence. */
  readonly pace: { readonly min: number | null; readonly max: number } | null;
  /** Three or more touches inside the pace's least gap, and no conversation. */
  readonly pushing: boolean;
  /** The contact's interests, shared with the user first, rarest in the diary first (see `commonGround`). */
  readonly commonGround: readonly GroundInterest[];
  /** What the user waits on them for, and since when (`waiting_since`, null when not recorded); null when not waiting. */
  readonly waiting: { readonly what: string; readonly since: string | null } | null;
  /** Needs attention only: what can't be read. */
  readonly problem?: string;
  /** Needs attention only: the 1-based line of the problem, as editors and compilers count. */
  readonly line?: number;
}

/** `agenda --json`: every group, empty ones too, in display order. */
export interface AgendaJson {
  readonly today: string;
  readonly groups: ReadonlyArray<{ readonly id: string; readonly label: string; readonly count: number; readonly items: readonly AgendaItemJson[] }>;
}

const iso = (d: LocalDate | undefined) => (d ? formatIsoDate(d) : null);

/** An item's interests ranked for `commonGround` (none when not given). */
export type GroundOf = (item: AgendaItem) => readonly GroundInterest[];

export function agendaJson(agenda: Agenda, rel: RelativePath, ground: GroundOf = () => []): AgendaJson {
  return {
    today: formatIsoDate(agenda.today),
    groups: agenda.groups.map((g) => ({ id: g.id, label: g.label, count: g.count, items: g.items.map((i) => itemJson(i, rel, agenda.today, ground)) })),
  };
}

function itemJson(item: AgendaItem, rel: RelativePath, today: LocalDate, ground: GroundOf): AgendaItemJson {
  const base = {
    kind: item.kind, file: rel(item.file), name: item.name, company: item.company ?? null,
    next: iso(item.next), nextAction: item.nextAction ?? null, last: iso(item.last), lastAction: item.lastAction ?? null,
    phone: item.phone ?? null, email: item.email ?? null, description: item.description, reason: item.reason,
    lastConversation: item.lastConversation ? { date: formatIsoDate(item.lastConversation.date), action: item.lastConversation.action } : null,
    touchesSince: item.touchesSince,
    pace: item.pace ? paceDays(item.pace, item.lastConversation?.date ?? today) : null,
    pushing: item.pushing,
    commonGround: ground(item),
    waiting: item.waiting ? { what: item.waiting.what, since: iso(item.waiting.since) } : null,
  };
  return item.group === 'attention' ? { ...base, problem: item.problem ?? item.description, line: item.line + 1 } : base;
}

const GROUP_STYLE: Record<string, Style> = { overdue: 'red', today: 'yellow', upcoming: 'cyan', later: 'blue', unscheduled: 'magenta', attention: 'red' };

/**
 * The agenda as a person reads it in a terminal: a heading per non-empty group, then one aligned
 * row per item — name, when, company, file, and last (the longest) what to do or why it is there.
 * Files that need attention get their own columns: file:line and the reason.
 */
export function agendaText(agenda: Agenda, rel: RelativePath, color: boolean): string {
  const groups = agenda.groups.filter((g) => g.count > 0);
  const head = `${paint(color, 'bold', `Follow-ups for ${shortDate(agenda.today)}`)}\n`;
  if (groups.length === 0) return `${head}\nNo contacts in this folder: a contact is a Markdown file whose front-matter has a "next:" key.\n`;
  const contacts = table(groups.filter((g) => g.id !== 'attention').flatMap((g) => g.items.map((i) => contactRow(i, rel, color, agenda.today))), [], '  ');
  const attention = table(groups.filter((g) => g.id === 'attention').flatMap((g) => g.items.map((i) => attentionRow(i, rel, color))), [], '  ');
  let text = head;
  for (const g of groups) {
    const lines = g.id === 'attention' ? attention : contacts;
    text += `\n${paint(color, 'bold', paint(color, GROUP_STYLE[g.id] ?? 'bold', `${g.label} (${g.count})`))}\n`;
    text += lines.splice(0, g.items.length).map((l) => `${l}\n`).join('');
  }
  return text;
}

/** The widest a cell of the agenda's table gets, but the last: one long value must not widen every row. */
const CELL_MAX = 40;

function attentionRow(item: AgendaItem, rel: RelativePath, color: boolean): string[] {
  return [clip(item.name, CELL_MAX), paint(color, 'dim', `${rel(item.file)}:${item.line + 1}`), paint(color, 'red', item.problem ?? item.description)];
}

function contactRow(item: AgendaItem, rel: RelativePath, color: boolean, today: LocalDate): string[] {
  const time = item.group === 'today' && item.due?.time ? ` ${formatIsoDate(item.due).slice(11)}` : '';
  const when = item.description + time;
  return [clip(item.name, CELL_MAX), paint(color, GROUP_STYLE[item.group] ?? 'bold', when), clip(item.company ?? '', CELL_MAX), paint(color, 'dim', rel(item.file)), nextStepWords(item, today)];
}

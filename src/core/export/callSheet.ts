import { Agenda, AgendaItem } from '../agenda';
import { attentionOnly } from '../contactChoices';
import { describePast, plural, shortDate } from '../dates/describe';
import { formatIsoDate } from '../dates/localDate';
import { emailLink, escapeMarkdown, phoneLink } from './markdown';

export interface CallSheetOptions {
  /** How many contacts to work through today (default 5); the rest are listed as "also due". */
  readonly target?: number;
}

export const DEFAULT_DAILY_TARGET = 5;

/** Today's and the overdue contacts, most urgent first: overdue (most overdue first), then today. */
export function dueToday(agenda: Agenda): AgendaItem[] {
  const of = (id: string) => agenda.groups.find((g) => g.id === id)?.items ?? [];
  return [...of('overdue'), ...of('today')];
}

function card(item: AgendaItem, n: number, agenda: Agenda): string {
  const title = `${escapeMarkdown(item.name)}${item.company ? ` — ${escapeMarkdown(item.company)}` : ''}`;
  const why = item.nextAction ? escapeMarkdown(item.nextAction) : item.due && item.group === 'overdue' && !item.next ? 'Keep in touch' : 'Follow up';
  const lines = [`## ${n}. ${title}`, '', `- **Why now:** ${why} (${escapeMarkdown(item.description)}; ${escapeMarkdown(item.reason)})`];
  if (item.phone) lines.push(`- **Phone:** ${phoneLink(item.phone)}`);
  if (item.email) lines.push(`- **Email:** ${emailLink(item.email)}`);
  const last = item.last
    ? `${formatIsoDate(item.last)} (${describePast(item.last, agenda.today)})${item.lastAction ? ` — ${escapeMarkdown(item.lastAction)}` : ''}`
    : 'none recorded';
  lines.push(`- **Last contact:** ${last}`);
  return lines.join('\n');
}

/**
 * The morning's call sheet as Markdown: the most urgent contacts up to the daily target, each
 * with phone and email as links, the last contact and why to call now; the rest listed as
 * "also due". Pure: the command line prints it, the extension opens it in an editor.
 */
export function callSheet(agenda: Agenda, options: CallSheetOptions = {}): string {
  const raw = options.target ?? DEFAULT_DAILY_TARGET;
  const target = Number.isFinite(raw) && raw >= 0 ? Math.floor(raw) : DEFAULT_DAILY_TARGET;
  const due = dueToday(agenda);
  const overdue = due.filter((i) => i.group === 'overdue').length;
  const out = [`# Call sheet — ${shortDate(agenda.today)}`, ''];
  if (due.length === 0) {
    // Notes whose dates can't be read may be due: "nobody" alone would hide them.
    const unread = attentionOnly(agenda).length;
    out.push(unread === 0 ? 'Nobody is due today or overdue.'
      : `Nobody is due today or overdue, but ${plural(unread, 'note')} ${unread === 1 ? 'needs attention and may be due: its date' : 'need attention and may be due: their dates'} can't be read (see Needs attention).`);
    return out.join('\n') + '\n';
  }
  const now = due.slice(0, target);
  const counts = `${overdue} overdue, ${due.length - overdue} due today`;
  out.push(now.length < due.length ? `${now.length} of ${due.length} to call (${counts}).` : `${due.length} to call (${counts}).`, '');
  now.forEach((item, i) => out.push(card(item, i + 1, agenda), ''));
  const rest = due.slice(target);
  if (rest.length > 0) {
    out.push(`## Also due (${rest.length})`, '');
    for (const item of rest) {
      const company = item.company ? ` — ${escapeMarkdown(item.company)}` : '';
      const action = item.nextAction ? `: ${escapeMarkdown(item.nextAction)}` : '';
      out.push(`- ${escapeMarkdown(item.name)}${company} (${escapeMarkdown(item.description)})${action}`);
    }
    out.push('');
  }
  return out.join('\n');
}

import * as vscode from 'vscode';
import { AgendaGroupId, AgendaItem, LocalDate, describePast, emailLink, escapeMarkdown, monthName, phoneLink, shortDate } from '../core';
import { lineSelection } from './coreVscode';
import { Colors } from './ids';
import { toUri } from './workspaceHost';

const ICONS: Record<AgendaGroupId, { readonly icon: string; readonly color?: string }> = {
  overdue: { icon: 'warning', color: Colors.overdue },
  today: { icon: 'bell', color: Colors.today },
  upcoming: { icon: 'calendar', color: Colors.upcoming },
  later: { icon: 'calendar' },
  unscheduled: { icon: 'circle-large-outline' },
  attention: { icon: 'error', color: 'errorForeground' },
};

export function groupIcon(group: AgendaGroupId): vscode.ThemeIcon {
  const { icon, color } = ICONS[group];
  return new vscode.ThemeIcon(icon, color ? new vscode.ThemeColor(color) : undefined);
}

/** Opens the item's file at its `next:` line, or at the problem's line. */
export function openCommand(item: AgendaItem): vscode.Command {
  const options: vscode.TextDocumentShowOptions = { selection: lineSelection(item.line), preview: true };
  return { command: 'vscode.open', title: 'Open Contact', arguments: [toUri(item.file), options] };
}

/** `20 Nov` this year, `20 Nov 2025` another year. */
function dayMonth(date: LocalDate, today: LocalDate): string {
  const dm = `${date.day} ${monthName(date.month).slice(0, 3)}`;
  return date.year === today.year ? dm : `${dm} ${date.year}`;
}

/**
 * The tooltip: next step, last contact, why it is listed, and phone and email as links. What the
 * contact file says goes through core's Markdown escaper, as in the call sheet: `$(bug)` in a name
 * stays text, not an icon, and a line break in a value can't break the layout.
 */
export function itemTooltip(item: AgendaItem, today: LocalDate): vscode.MarkdownString {
  const head = `**${escapeMarkdown(item.name)}**${item.company ? ` — ${escapeMarkdown(item.company)}` : ''}\n\n`;
  if (item.problem) return new vscode.MarkdownString(`${head}$(error) ${escapeMarkdown(item.problem)}\n\n`, true);
  const next = item.next
    ? `${item.nextAction ? `${item.nextAction}, ` : ''}${shortDate(item.next)} — ${item.description}`
    : item.nextAction ? `${item.nextAction} (no date)` : 'not scheduled';
  const lines = [`**Next:** ${escapeMarkdown(next)}`];
  if (item.last) lines.push(`**Last contact:** ${escapeMarkdown(`${item.lastAction ? `${item.lastAction}, ` : ''}${dayMonth(item.last, today)} — ${describePast(item.last, today)}`)}`);
  if (item.reason) lines.push(`**Why:** ${escapeMarkdown(item.reason)}`);
  const links: string[] = [];
  if (item.phone) links.push(`$(call-outgoing) ${phoneLink(item.phone)}`);
  if (item.email) links.push(`$(mail) ${emailLink(item.email)}`);
  return new vscode.MarkdownString(`${head}${lines.map((l) => `${l}  \n`).join('')}${links.length ? `\n${links.join(' · ')}` : ''}`, true);
}

import * as vscode from 'vscode';
import { AgendaGroupId, AgendaItem, LocalDate, describePast, monthName, shortDate } from '../core';
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

/** The tooltip: next step, last contact, why it is listed, and phone and email as links. */
export function itemTooltip(item: AgendaItem, today: LocalDate): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.appendMarkdown('**').appendText(item.name).appendMarkdown('**');
  if (item.company) md.appendText(` — ${item.company}`);
  md.appendMarkdown('\n\n');
  if (item.problem) {
    md.appendMarkdown('$(error) ').appendText(item.problem).appendMarkdown('\n\n');
    return md;
  }
  if (item.next) {
    md.appendMarkdown('**Next:** ').appendText(`${item.nextAction ? `${item.nextAction}, ` : ''}${shortDate(item.next)} — ${item.description}`);
  } else {
    md.appendMarkdown('**Next:** ').appendText(item.nextAction ? `${item.nextAction} (no date)` : 'not scheduled');
  }
  md.appendMarkdown('  \n');
  if (item.last) {
    md.appendMarkdown('**Last contact:** ').appendText(`${item.lastAction ? `${item.lastAction}, ` : ''}${dayMonth(item.last, today)} — ${describePast(item.last, today)}`);
    md.appendMarkdown('  \n');
  }
  if (item.reason) md.appendMarkdown('**Why:** ').appendText(item.reason).appendMarkdown('  \n');
  const links: string[] = [];
  if (item.phone) links.push(`$(call-outgoing) [${escape(item.phone)}](tel:${item.phone.replace(/[^\d+]/g, '')})`);
  if (item.email) links.push(`$(mail) [${escape(item.email)}](mailto:${encodeURI(item.email.trim())})`);
  if (links.length) md.appendMarkdown(`\n${links.join(' · ')}`);
  return md;
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

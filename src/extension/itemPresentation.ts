import * as vscode from 'vscode';
import {
  type AgendaGroupId, type AgendaItem, type GroundReason, type LocalDate, dayMonth, describe, describePast, emailLink, escapeMarkdown, formatPace, itemSummary, lastSpoke, nextStepWords, phoneLink,
  pushingText, shortDate, waitingText,
} from '../core';
import { type LinkTable } from '../core/links';
import { lineSelection } from './coreVscode';
import { Colors } from './ids';
import { nameIsShared, toUri } from './workspaceHost';

const ICONS: Record<AgendaGroupId, { readonly icon: string; readonly color?: string }> = {
  overdue: { icon: 'warning', color: Colors.overdue },
  today: { icon: 'bell', color: Colors.today },
  upcoming: { icon: 'calendar', color: Colors.upcoming },
  later: { icon: 'calendar' },
  unscheduled: { icon: 'circle-large-outline' },
  attention: { icon: 'error', color: 'errorForeground' },
};

function groupIcon(group: AgendaGroupId): vscode.ThemeIcon {
  const { icon, color } = ICONS[group];
  return new vscode.ThemeIcon(icon, color ? new vscode.ThemeColor(color) : undefined);
}

/** An item's icon: its group's, but a contact going cold shows the time since the last contact, not a late step, and a birthday a gift. */
export function itemIcon(item: AgendaItem): vscode.ThemeIcon {
  if (item.cause === 'yearly') return new vscode.ThemeIcon('gift', new vscode.ThemeColor(Colors.today));
  return item.cause === 'cadence' ? new vscode.ThemeIcon('history', new vscode.ThemeColor(Colors.overdue)) : groupIcon(item.group);
}

/**
 * An item's description in the tree: when it is due, `pushing` when it is (too many touches, the
 * one warning that must not be cut off in a narrow view), then what to do or why (`itemSummary`:
 * a contact going cold says its cadence and its last conversation, not its next step, which may
 * be weeks away), then the company; last, when emails and messages have followed the last
 * conversation, since when (`last spoke 12 Oct · 3 emails since`): the news a glance needs.
 * The rest (the action of the conversation, none on record) is the tooltip's. A file that needs
 * attention says its problem.
 */
export function itemDescription(item: AgendaItem, today: LocalDate): string {
  if (item.cause === 'problem') return itemSummary(item);
  // A contact going cold already says it in its reason: "no conversation for 9 weeks · 4 emails since".
  const talk = item.cause !== 'cadence' && item.lastConversation && item.touchesSince > 0 ? lastSpoke(item, today, false) : undefined;
  return [item.description, nextStepWords(item, today), item.company, talk]
    .filter((s): s is string => s !== undefined && s.trim() !== '').join(' · ');
}

/** Opens the item's file at its `next:` line, or at the problem's line. */
export function openCommand(item: AgendaItem): vscode.Command {
  const options: vscode.TextDocumentShowOptions = { selection: lineSelection(item.line), preview: true };
  return { command: 'vscode.open', title: 'Open Contact', arguments: [toUri(item.file), options] };
}

/**
 * The workspace folder to name beside a file: the one that holds it, when the workspace has more
 * than one (with one folder, naming it would only be noise). VS Code names it the same way in the
 * Explorer and Quick Open.
 */
export function folderToName(file: string): vscode.WorkspaceFolder | undefined {
  if ((vscode.workspace.workspaceFolders?.length ?? 0) < 2) return undefined;
  return vscode.workspace.getWorkspaceFolder(toUri(file));
}

/**
 * A description with the contact's folder (`folderToName`) after it, `today · Acme Print • work`, as
 * Quick Open writes `jane-doe.md • work` in a multi-root workspace: two contacts of one name in
 * two diaries then tell apart. Unchanged with one folder.
 */
export function withFolder(description: string, folder: vscode.WorkspaceFolder | undefined): string {
  if (!folder) return description;
  return description ? `${description} • ${folder.name}` : folder.name;
}

/**
 * The tooltip's line that names the file and its folder in full, in a multi-root workspace; where
 * two open folders share a name, the folder's location tells them apart.
 */
function fileLine(file: string): string | undefined {
  const folder = folderToName(file);
  if (!folder) return undefined;
  const relative = vscode.workspace.asRelativePath(toUri(file), false);
  // A remote or virtual folder's path is what its user knows it by; the URI would add a scheme and host.
  const where = nameIsShared(folder) ? ` (${folder.uri.scheme === 'file' ? folder.uri.fsPath : folder.uri.path})` : '';
  return `**File:** ${escapeMarkdown(`${relative} in the ${folder.name} folder${where}`)}`;
}

/** `**Common ground:** opera (you and 3 of 412 contacts)`, or `**Ask about:** falconry (only contact)`: a reason to call. */
function groundLine(ground: GroundReason): string {
  return `**${ground.label.charAt(0).toUpperCase()}${ground.label.slice(1)}:** ${escapeMarkdown(ground.text)}`;
}

/** `**Introduced you to:** Jane Doe · **Known by:** Gita Rao, Frank Hale`: the links to this contact, one line (none without any). */
export function reverseLinksLine(links: LinkTable, file: string): string | undefined {
  const names = (cs: readonly { name: string }[]) => escapeMarkdown(cs.map((c) => c.name).join(', '));
  const introduced = links.introducedYouTo(file);
  const knownBy = links.knownBy(file);
  const parts = [...(introduced.length ? [`**Introduced you to:** ${names(introduced)}`] : []), ...(knownBy.length ? [`**Known by:** ${names(knownBy)}`] : [])];
  return parts.length ? parts.join(' · ') : undefined;
}

/**
 * The tooltip: next step, last contact, the last conversation and the touches since, the pace
 * (and a warning when the user is pushing), why it is listed, the common ground (`ground`), and
 * phone and email as links. What the contact file says goes through core's Markdown escaper, as
 * in the call sheet: `$(bug)` in a name stays text, not an icon, and a line break in a value
 * can't break the layout.
 */
export function itemTooltip(item: AgendaItem, today: LocalDate, ground?: GroundReason, linkTable?: LinkTable): vscode.MarkdownString {
  const head = `**${escapeMarkdown(item.name)}**${item.company ? ` — ${escapeMarkdown(item.company)}` : ''}\n\n`;
  const file = fileLine(item.file);
  if (item.problem) return new vscode.MarkdownString(`${head}$(error) ${escapeMarkdown(item.problem)}\n\n${file ? `${file}\n\n` : ''}`, true);
  // The distance of the next date itself: the item's description is the due day's, which for a
  // contact going cold is the day its cadence ran out ("5 days overdue" beside a date in January);
  // the Why line says that.
  const next = item.next
    ? `${item.nextAction ? `${item.nextAction}, ` : ''}${shortDate(item.next)} — ${describe(item.next, today)}`
    : item.nextAction ? `${item.nextAction} (no date)` : 'not scheduled';
  const lines = [`**Next:** ${escapeMarkdown(next)}`];
  if (item.waiting) lines.push(`$(watch) **Waiting:** ${escapeMarkdown(waitingText(item.waiting, today).replace(/^waiting /, ''))}`);
  if (item.last) {
    // An action no word classifies counts as a touch: said, never guessed silently.
    const action = item.lastAction ? `${item.lastAction}${item.lastActionUnclassified ? ' (counted as a touch: no word says which)' : ''}, ` : '';
    lines.push(`**Last contact:** ${escapeMarkdown(`${action}${dayMonth(item.last, today)} — ${describePast(item.last, today)}`)}`);
  }
  const talk = lastSpoke(item, today);
  if (talk) lines.push(`**Conversations:** ${escapeMarkdown(talk)}`);
  if (item.pace) lines.push(`**Pace:** ${escapeMarkdown(formatPace(item.pace))}`);
  if (item.pushing) lines.push(`$(warning) **Pushing:** ${escapeMarkdown(pushingText(item.pace))}`);
  if (item.reason) lines.push(`**Why:** ${escapeMarkdown(item.reason)}`);
  if (ground) lines.push(groundLine(ground));
  const reverse = linkTable && reverseLinksLine(linkTable, item.file);
  if (reverse) lines.push(reverse);
  if (file) lines.push(file);
  const links: string[] = [];
  if (item.phone) links.push(`$(call-outgoing) ${phoneLink(item.phone)}`);
  if (item.email) links.push(`$(mail) ${emailLink(item.email)}`);
  return new vscode.MarkdownString(`${head}${lines.map((l) => `${l}  \n`).join('')}${links.length ? `\n${links.join(' · ')}` : ''}`, true);
}

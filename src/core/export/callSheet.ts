import { type Agenda } from '../agenda';
import { adviceLine } from '../conversationWords';
import { type CallSheetEntry, type CallSheetModel, type CallSheetOptions, callSheetModel, callSummary, groundLabel, nobodyDue, progressLine } from './callSheetModel';
import { escapeMarkdown, linkMarkdown } from './markdown';

export { CallSheetOptions, DEFAULT_DAILY_TARGET, dueToday } from './callSheetModel';

function card(entry: CallSheetEntry, n: number): string {
  const { item } = entry;
  const title = `${escapeMarkdown(item.name)}${item.company ? ` — ${escapeMarkdown(item.company)}` : ''}`;
  const lines = [
    `## ${n}. ${title}`,
    '',
    `- **Why now:** ${escapeMarkdown(entry.why)} (${escapeMarkdown(item.description)}; ${escapeMarkdown(item.reason)})`,
    `- **${escapeMarkdown(entry.advice.action)}:** ${escapeMarkdown(entry.advice.why)}`,
  ];
  if (entry.phone) lines.push(`- **Phone:** ${linkMarkdown(entry.phone)}`);
  if (entry.email) lines.push(`- **Email:** ${linkMarkdown(entry.email)}`);
  const last = entry.last
    ? `${entry.last.date} (${entry.last.ago})${entry.last.action ? ` — ${escapeMarkdown(entry.last.action)}` : ''}`
    : 'none recorded';
  lines.push(`- **Last contact:** ${last}`);
  if (entry.ground) lines.push(`- **${groundLabel(entry)}:** ${escapeMarkdown(entry.ground.text)}`);
  return lines.join('\n');
}

/** The call sheet's model as Markdown (see `callSheet`). */
function callSheetMarkdown(model: CallSheetModel): string {
  // How the day is going, as the extension's page says it at its top.
  const out = [`# ${model.title}`, '', `${escapeMarkdown(progressLine(model))}.`, ''];
  if (model.now.length + model.rest.length === 0) {
    out.push(nobodyDue(model));
    return out.join('\n') + '\n';
  }
  out.push(callSummary(model), '');
  model.now.forEach((entry, i) => out.push(card(entry, i + 1), ''));
  if (model.rest.length > 0) {
    out.push(`## Also due (${model.rest.length})`, '');
    for (const { item, advice, ground } of model.rest) {
      const company = item.company ? ` — ${escapeMarkdown(item.company)}` : '';
      const action = item.nextAction ? `: ${escapeMarkdown(item.nextAction)}` : '';
      const talk = ground ? ` · ${escapeMarkdown(`${ground.label}: ${ground.text}`)}` : '';
      out.push(`- ${escapeMarkdown(item.name)}${company} (${escapeMarkdown(item.description)})${action} — ${escapeMarkdown(adviceLine(advice))}${talk}`);
    }
    out.push('');
  }
  return out.join('\n');
}

/**
 * The morning's call sheet as Markdown: the most urgent contacts up to the daily target, each
 * with phone and email as links, the last contact, why to call now and what to do (a call, not
 * another email, and why); the rest listed as "also due". Pure: the command-line tool prints it (the extension shows the same model as a page).
 */
export function callSheet(agenda: Agenda, options: CallSheetOptions = {}): string {
  return callSheetMarkdown(callSheetModel(agenda, options));
}

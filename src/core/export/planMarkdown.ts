import { plural, shortDate } from '../dates/describe';
import { type LocalDate, formatIsoDate, sameDay } from '../dates/localDate';
import { type WeekPlan } from '../plan';
import { escapeMarkdown } from './markdown';

/** Where a planned contact's date comes from: `from 2026-11-10`, `no next date`, `already due then`. */
export function plannedFrom(from: LocalDate | null, day: LocalDate): string {
  return from === null ? 'no next date' : sameDay(from, day) && !from.time ? 'already due then' : `from ${formatIsoDate(from)}`;
}

/**
 * The plan as Markdown for a preview, day by day: each day's appointments kept as they are, then
 * the contacts proposed for it with the reason and the next action; those the user left out are
 * struck through. Every word from the notes is escaped.
 */
export function planMarkdown(week: WeekPlan, rel: (file: string) => string, left: ReadonlySet<string> = new Set()): string {
  const first = week.days[0];
  const last = week.days.at(-1);
  const kept = week.days.reduce((n, d) => n + d.items.filter((i) => !left.has(i.file)).length, 0);
  const out = [
    first && last ? `# Plan: ${shortDate(first.date)} to ${shortDate(last.date)}` : '# Plan',
    '',
    `${plural(kept, 'contact')} over ${plural(week.days.length, 'working day')}${left.size > 0 ? `, ${left.size} left out` : ''}. Pick a contact in the list to leave it out or take it back; Accept writes each \`next:\` date, and one Undo takes them all back.`,
  ];
  for (const day of week.days) {
    out.push('', `## ${shortDate(day.date)}`, '');
    for (const i of day.fixed) out.push(`- ${formatIsoDate(i.from ?? day.date).slice(11) || 'fixed'}: **${escapeMarkdown(i.name)}** — ${escapeMarkdown(i.reason)} (kept as it is)`);
    for (const i of day.items) {
      const line = `**${escapeMarkdown(i.name)}** — ${escapeMarkdown(i.reason)}${i.nextAction ? ` · ${escapeMarkdown(i.nextAction)}` : ''} (${escapeMarkdown(rel(i.file))}, ${plannedFrom(i.from, day.date)})`;
      out.push(left.has(i.file) ? `- ~~${line}~~ left out` : `- ${line}`);
    }
    if (day.fixed.length + day.items.length === 0) out.push('- nobody');
  }
  if (week.leftOver > 0) out.push('', `${plural(week.leftOver, 'more contact')} found no room and keep their dates.`);
  return `${out.join('\n')}\n`;
}

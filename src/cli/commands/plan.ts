import {
  DEFAULT_PLAN_DAYS, type PlannedItem, type WeekPlan, agenda, filterAgenda, formatIsoDate, ok, planWeek, plannedFrom, plannedNext, reschedule, shortDate,
} from '../../core';
import { SIZE_LIMIT_OPTION, countOption, parseCommandArgs, sizeLimitOption, todayOption, usageError } from '../args';
import { type RelativePath } from '../render';
import { folderPath, loadDiary } from '../diary';
import { editContact } from '../editContact';
import { type CliIo, type Command, EXIT_OK, EXIT_PROBLEMS } from '../io';
import { OWNER_OPTIONS, OWNER_USAGE, ownerOption } from '../owner';
import { diarySettings, readingOf } from '../settings';

const OPTIONS = {
  days: { type: 'string' }, target: { type: 'string' }, start: { type: 'string' }, today: { type: 'string' },
  json: { type: 'boolean' }, apply: { type: 'boolean' }, ...OWNER_OPTIONS, ...SIZE_LIMIT_OPTION,
} as const;

/** The most working days one plan covers: a month of them. */
const MAX_PLAN_DAYS = 31;

/**
 * `plan [DIR]`: who to contact on each working day of the coming days, up to the daily target a
 * day; prints the plan, and with `--apply` writes each planned contact's `next:` (only that value).
 */
export const plan: Command = {
  usage: `plan [DIR] [--days N] [--target N] [--start YYYY-MM-DD] [--json] [--apply] ${OWNER_USAGE} [--max-file-size BYTES]`,
  summary: `plan the coming working days (default ${DEFAULT_PLAN_DAYS}, contactDiary.workingDays): up to the daily target a day, overdue first, then going cold, due, and prospects (yours and nobody's when contactDiary.me is set); --apply writes each planned next date`,
  async run(args, io) {
    const parsed = parseCommandArgs(args, OPTIONS, { min: 0, max: 1, names: ['DIR'] });
    if (!parsed.ok) return usageError(io, 'plan', parsed.error);
    const { values, positionals } = parsed.value;
    // --apply prints the edits as it writes them, one a line: no JSON to give.
    if (values.apply && values.json) return usageError(io, 'plan', '--json prints the plan and --apply writes it: give one of them (plan --json, then plan --apply)');
    // --start names the plan's first day; --today, as elsewhere, is the same thing.
    const start = todayOption(values.start ?? values.today, io);
    if (!start.ok) return usageError(io, 'plan', start.error.replace('--today', values.start !== undefined ? '--start' : '--today'));
    const days = countOption('days', values.days, DEFAULT_PLAN_DAYS, 1);
    if (!days.ok) return usageError(io, 'plan', days.error);
    if (days.value > MAX_PLAN_DAYS) return usageError(io, 'plan', `--days plans at most ${MAX_PLAN_DAYS} working days, not ${days.value}`);
    const settings = diarySettings(io, 'plan', folderPath(io, positionals[0]));
    const target = values.target !== undefined ? countOption('target', values.target, 0, 1) : ok(settings.dailyTarget());
    if (!target.ok) return usageError(io, 'plan', target.error);
    const owners = ownerOption(values, settings);
    if (!owners.ok) return usageError(io, 'plan', owners.error);
    const limit = sizeLimitOption(values['max-file-size'], values['max-file-size'] === undefined ? settings.maxFileSize() : undefined);
    if (!limit.ok) return usageError(io, 'plan', limit.error);
    const reading = readingOf(settings);
    const diary = await loadDiary(io, positionals[0], limit.value, reading, 'plan');
    if (!diary.ok) return usageError(io, 'plan', diary.error);
    const { index, rel, root } = diary.value;
    const week = planWeek(filterAgenda(agenda(index, start.value, { pacing: settings.pacing() }), owners.value), {
      start: start.value,
      days: days.value,
      target: target.value,
      workingDays: settings.workingDays(),
      stageOf: (file) => { const e = index.get(file); return e?.kind === 'contact' ? e.contact.stage : undefined; },
    });
    if (!values.apply) {
      io.out(values.json ? `${JSON.stringify(planJson(week, rel))}\n` : planText(week, rel));
      return EXIT_OK;
    }
    // Each file is read again and edited on its own: one that changed or can't be read is refused, the others go on.
    const inRoot: CliIo = { ...io, cwd: root };
    let refused = 0;
    for (const day of week.days) {
      for (const item of day.items) {
        const next = plannedNext(item, day.date);
        if (!next) continue;
        const code = await editContact(inRoot, 'plan', rel(item.file), { ...limit.value, ...reading }, (text, contact) => {
          const edits = reschedule(text, next);
          if (!edits.ok) return edits;
          return ok({ edits: edits.value, done: `${contact.name}: next ${contact.next ? formatIsoDate(contact.next) : 'unscheduled'} → ${formatIsoDate(next)}` });
        });
        if (code !== EXIT_OK) refused++;
      }
    }
    return refused > 0 ? EXIT_PROBLEMS : EXIT_OK;
  },
};

const itemJson = (item: PlannedItem, rel: RelativePath) => ({ file: rel(item.file), name: item.name, reason: item.reason, from: item.from ? formatIsoDate(item.from) : null });

/** `{ days: [{ date, items: [{ file, name, reason, from }], fixed: […] }], leftOver }`: `items` are what `--apply` writes. */
export function planJson(week: WeekPlan, rel: RelativePath): unknown {
  return {
    days: week.days.map((d) => ({ date: formatIsoDate(d.date), items: d.items.map((i) => itemJson(i, rel)), fixed: d.fixed.map((i) => itemJson(i, rel)) })),
    leftOver: week.leftOver,
  };
}

/** The plan day by day: appointments kept, then each planned contact with why and where from. */
export function planText(week: WeekPlan, rel: RelativePath): string {
  const out: string[] = [];
  for (const day of week.days) {
    const count = day.fixed.length + day.items.length;
    out.push(`${shortDate(day.date)} (${count})`);
    for (const i of day.fixed) out.push(`  = ${i.name} — ${i.reason} (${rel(i.file)})`);
    for (const i of day.items) out.push(`  - ${i.name} — ${i.reason}${i.nextAction ? ` · ${i.nextAction}` : ''} (${rel(i.file)}, ${plannedFrom(i.from, day.date)})`);
    if (count === 0) out.push('  (nobody)');
  }
  if (week.days.length === 0) out.push('No working days to plan.');
  if (week.leftOver > 0) out.push(`${week.leftOver} more found no room and keep their dates.`);
  return `${out.join('\n')}\n`;
}

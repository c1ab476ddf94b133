import { agenda as agendaOf } from '../../core';
import { SIZE_LIMIT_OPTION, countOption, parseCommandArgs, sizeLimitOption, todayOption, usageError } from '../args';
import { loadDiary } from '../diary';
import { type Command, EXIT_OK } from '../io';
import { agendaJson, agendaText } from '../render';

const OPTIONS = { today: { type: 'string' }, days: { type: 'string' }, json: { type: 'boolean' }, ...SIZE_LIMIT_OPTION } as const;

/** `agenda [DIR]`: who to contact, grouped as the Follow-ups view groups them. */
export const agenda: Command = {
  usage: 'agenda [DIR] [--today YYYY-MM-DD] [--days N] [--json] [--max-file-size BYTES]',
  summary: 'who is overdue, due today, upcoming (next N days, default 7), later, unscheduled, and files that need attention',
  async run(args, io) {
    const parsed = parseCommandArgs(args, OPTIONS, { min: 0, max: 1, names: ['DIR'] });
    if (!parsed.ok) return usageError(io, 'agenda', parsed.error);
    const { values, positionals } = parsed.value;
    const today = todayOption(values.today, io);
    if (!today.ok) return usageError(io, 'agenda', today.error);
    const days = countOption('days', values.days, 7, 0);
    if (!days.ok) return usageError(io, 'agenda', days.error);
    const limit = sizeLimitOption(values['max-file-size']);
    if (!limit.ok) return usageError(io, 'agenda', limit.error);
    const diary = await loadDiary(io, positionals[0], limit.value);
    if (!diary.ok) return usageError(io, 'agenda', diary.error);
    const result = agendaOf(diary.value.index, today.value, { upcomingDays: days.value });
    io.out(values.json ? `${JSON.stringify(agendaJson(result, diary.value.rel))}\n` : agendaText(result, diary.value.rel, io.color));
    return EXIT_OK;
  },
};

import { DEFAULT_DAILY_TARGET, agenda, callSheet } from '../../core';
import { countOption, parseCommandArgs, todayOption, usageError } from '../args';
import { loadDiary } from '../diary';
import { Command, EXIT_OK } from '../io';

/** `calls [DIR]`: the morning's call sheet as Markdown, most urgent first, up to the daily target. */
export const calls: Command = {
  usage: 'calls [DIR] [--today YYYY-MM-DD] [--target N]',
  summary: `today's call sheet as Markdown: overdue and due contacts, most urgent first, up to N (default ${DEFAULT_DAILY_TARGET})`,
  async run(args, io) {
    const options = { today: { type: 'string' }, target: { type: 'string' } } as const;
    const parsed = parseCommandArgs(args, options, { min: 0, max: 1, names: ['DIR'] });
    if (!parsed.ok) return usageError(io, 'calls', parsed.error);
    const today = todayOption(parsed.value.values.today, io);
    if (!today.ok) return usageError(io, 'calls', today.error);
    const target = countOption('target', parsed.value.values.target, DEFAULT_DAILY_TARGET, 1);
    if (!target.ok) return usageError(io, 'calls', target.error);
    const diary = await loadDiary(io, parsed.value.positionals[0]);
    if (!diary.ok) return usageError(io, 'calls', diary.error);
    io.out(callSheet(agenda(diary.value.index, today.value), { target: target.value }));
    return EXIT_OK;
  },
};

import { DEFAULT_DAILY_TARGET, agenda, callSheet, commonGround, filterAgenda, interestsIn, ok } from '../../core';
import { SIZE_LIMIT_OPTION, countOption, parseCommandArgs, sizeLimitOption, todayOption, usageError } from '../args';
import { folderPath, loadDiary } from '../diary';
import { OWNER_OPTIONS, OWNER_USAGE, ownerOption } from '../owner';
import { diarySettings, readingOf } from '../settings';
import { type Command, EXIT_OK } from '../io';

/** `calls [DIR]`: the morning's call sheet as Markdown, most urgent first, up to the daily target. */
export const calls: Command = {
  usage: `calls [DIR] [--today YYYY-MM-DD] [--target N] ${OWNER_USAGE} [--max-file-size BYTES]`,
  summary: `today's call sheet as Markdown: overdue and due contacts, most urgent first, up to N (default ${DEFAULT_DAILY_TARGET} or contactDiary.dailyTarget); yours and nobody's when contactDiary.me is set`,
  async run(args, io) {
    const options = { today: { type: 'string' }, target: { type: 'string' }, ...OWNER_OPTIONS, ...SIZE_LIMIT_OPTION } as const;
    const parsed = parseCommandArgs(args, options, { min: 0, max: 1, names: ['DIR'] });
    if (!parsed.ok) return usageError(io, 'calls', parsed.error);
    const today = todayOption(parsed.value.values.today, io);
    if (!today.ok) return usageError(io, 'calls', today.error);
    const { values, positionals } = parsed.value;
    const settings = diarySettings(io, 'calls', folderPath(io, positionals[0]));
    const target = values.target !== undefined ? countOption('target', values.target, 0, 1) : ok(settings.dailyTarget());
    if (!target.ok) return usageError(io, 'calls', target.error);
    const owners = ownerOption(values, settings);
    if (!owners.ok) return usageError(io, 'calls', owners.error);
    const limit = sizeLimitOption(values['max-file-size'], values['max-file-size'] === undefined ? settings.maxFileSize() : undefined);
    if (!limit.ok) return usageError(io, 'calls', limit.error);
    const diary = await loadDiary(io, positionals[0], limit.value, readingOf(settings), 'calls');
    if (!diary.ok) return usageError(io, 'calls', diary.error);
    const { index } = diary.value;
    const ground = commonGround(index.contacts(), settings.myInterests());
    io.out(callSheet(filterAgenda(agenda(index, today.value, { pacing: settings.pacing() }), owners.value), { target: target.value, groundOf: (item) => ground.reason(interestsIn(index, item.file)) }));
    return EXIT_OK;
  },
};

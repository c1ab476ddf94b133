import { agenda as agendaOf, commonGround, filterAgenda, interestsIn, ok } from '../../core';
import { SIZE_LIMIT_OPTION, countOption, parseCommandArgs, sizeLimitOption, todayOption, usageError } from '../args';
import { folderPath, loadDiary } from '../diary';
import { diarySettings, readingOf } from '../settings';
import { type Command, EXIT_OK } from '../io';
import { OWNER_OPTIONS, OWNER_USAGE, ownerOption } from '../owner';
import { agendaJson, agendaText } from '../render';

const OPTIONS = { today: { type: 'string' }, days: { type: 'string' }, json: { type: 'boolean' }, ...OWNER_OPTIONS, ...SIZE_LIMIT_OPTION } as const;

/** `agenda [DIR]`: who to contact, grouped as the Follow-ups view groups them. */
export const agenda: Command = {
  usage: `agenda [DIR] [--today YYYY-MM-DD] [--days N] [--json] ${OWNER_USAGE} [--max-file-size BYTES]`,
  summary: 'who is overdue, due today, upcoming (next N days, default 7 or contactDiary.upcomingDays), later, unscheduled, and files that need attention; yours and nobody\'s when contactDiary.me is set (--owner NAME: NAME\'s alone, --all: everyone\'s)',
  async run(args, io) {
    const parsed = parseCommandArgs(args, OPTIONS, { min: 0, max: 1, names: ['DIR'] });
    if (!parsed.ok) return usageError(io, 'agenda', parsed.error);
    const { values, positionals } = parsed.value;
    const today = todayOption(values.today, io);
    if (!today.ok) return usageError(io, 'agenda', today.error);
    const settings = diarySettings(io, 'agenda', folderPath(io, positionals[0]));
    // An option given wins, and the setting it overrides is not read.
    const days = values.days !== undefined ? countOption('days', values.days, 0, 0) : ok(settings.upcomingDays());
    if (!days.ok) return usageError(io, 'agenda', days.error);
    const owners = ownerOption(values, settings);
    if (!owners.ok) return usageError(io, 'agenda', owners.error);
    const limit = sizeLimitOption(values['max-file-size'], values['max-file-size'] === undefined ? settings.maxFileSize() : undefined);
    if (!limit.ok) return usageError(io, 'agenda', limit.error);
    const diary = await loadDiary(io, positionals[0], limit.value, readingOf(settings), 'agenda');
    if (!diary.ok) return usageError(io, 'agenda', diary.error);
    const result = filterAgenda(agendaOf(diary.value.index, today.value, { upcomingDays: days.value, pacing: settings.pacing() }), owners.value);
    if (!values.json) {
      io.out(agendaText(result, diary.value.rel, io.color));
      return EXIT_OK;
    }
    // The diary's interests are counted once, then each item only looks up.
    const { index } = diary.value;
    const ground = commonGround(index.contacts(), settings.myInterests());
    io.out(`${JSON.stringify(agendaJson(result, diary.value.rel, (item) => ground.rank(interestsIn(index, item.file))))}\n`);
    return EXIT_OK;
  },
};

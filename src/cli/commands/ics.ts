import { readFile } from 'node:fs/promises';
import { type Result, exportIcs, fail, icsContents, matchesOwner, ok, plural } from '../../core';
import { SIZE_LIMIT_OPTION, parseCommandArgs, sizeLimitOption, todayOption, usageError } from '../args';
import { writeFileAtomic } from '../atomicWrite';
import { folderPath, hostPath, loadDiary } from '../diary';
import { OWNER_OPTIONS, OWNER_USAGE, ownerOption } from '../owner';
import { diarySettings, readingOf } from '../settings';
import { type Command, EXIT_OK, EXIT_PROBLEMS } from '../io';

/**
 * `ics [DIR]`: the scheduled follow-ups as an iCalendar file, to stdout (also `-o -`) or to
 * `-o FILE`. Each contact file keeps its UID, so a calendar subscribed to the file follows each
 * follow-up as it moves.
 * Overdue follow-ups go on today (a past date is out of sight in a calendar) unless `--keep-overdue-dates`.
 */
export const ics: Command = {
  usage: `ics [DIR] [--today YYYY-MM-DD] [-o FILE] [--keep-overdue-dates] ${OWNER_USAGE} [--max-file-size BYTES]`,
  summary: 'the scheduled follow-ups as an iCalendar (.ics) file for your calendar, overdue ones on today unless --keep-overdue-dates (or contactDiary.calendarOverdue is "ownDate"); --today fixes the day and the time stamp',
  async run(args, io) {
    const options = { today: { type: 'string' }, output: { type: 'string', short: 'o' }, 'keep-overdue-dates': { type: 'boolean' }, ...OWNER_OPTIONS, ...SIZE_LIMIT_OPTION } as const;
    const parsed = parseCommandArgs(args, options, { min: 0, max: 1, names: ['DIR'] });
    if (!parsed.ok) return usageError(io, 'ics', parsed.error);
    const { values, positionals } = parsed.value;
    const today = todayOption(values.today, io);
    if (!today.ok) return usageError(io, 'ics', today.error);
    const settings = diarySettings(io, 'ics', folderPath(io, positionals[0]));
    const owners = ownerOption(values, settings);
    if (!owners.ok) return usageError(io, 'ics', owners.error);
    const limit = sizeLimitOption(values['max-file-size'], values['max-file-size'] === undefined ? settings.maxFileSize() : undefined);
    if (!limit.ok) return usageError(io, 'ics', limit.error);
    const diary = await loadDiary(io, positionals[0], limit.value, readingOf(settings), 'ics');
    if (!diary.ok) return usageError(io, 'ics', diary.error);
    // A given --today stamps the file at that day's start (UTC), so the same diary gives the same bytes.
    const t = today.value;
    const now = typeof values.today === 'string' ? new Date(Date.UTC(t.year, t.month - 1, t.day)) : io.now();
    const contacts = [...diary.value.index.contacts()].filter((c) => matchesOwner(c.owners ?? [], owners.value));
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const exportOptions = { now, relativePath: diary.value.rel, today: t, keepOverdueDates: values['keep-overdue-dates'] === true || settings.keepOverdueDates(), timeZone };
    // `-o -` is stdout, as for most tools that write a file.
    if (typeof values.output !== 'string' || values.output === '-') {
      io.out(exportIcs(contacts, exportOptions));
      return EXIT_OK;
    }
    // `-o out/` names a folder, which path.resolve would make the file `out`.
    if (/[\\/]$/.test(values.output)) return usageError(io, 'ics', `-o ${values.output} names a folder: give the calendar file's name, as in ${values.output}follow-ups.ics`);
    // A calendar file is replaced whole: from a diary read in part (a folder without permission,
    // a drive not mounted), its events would go for good.
    if (diary.value.unlisted > 0) {
      io.err(`contact-diary ics: ${values.output}: not replaced, as ${plural(diary.value.unlisted, 'folder')} of the diary couldn't be read (said above)\n`);
      return EXIT_PROBLEMS;
    }
    const path = hostPath(io, values.output);
    const existing = await replaceableCalendar(path);
    // The file it replaces gives each event's version: a follow-up moved since gets the next one.
    const calendar = exportIcs(contacts, { ...exportOptions, previous: existing.ok && existing.value ? Buffer.from(existing.value).toString('utf8') : undefined });
    const written = existing.ok ? await writeFileAtomic(path, calendar, existing.value ? { ifUnchanged: existing.value } : {}) : existing;
    if (!written.ok) {
      io.err(`contact-diary ics: ${values.output}: ${written.error.replace(path, 'the file')}\n`);
      return EXIT_PROBLEMS;
    }
    io.out(`Wrote ${icsContents(calendar)} to ${values.output}\n`);
    return EXIT_OK;
  },
};

/**
 * The bytes of the file `-o` would replace, when it is empty or a calendar; undefined when there
 * is no file yet. Anything else (a contact named by mistake, a note) is refused: the calendar is
 * written over an .ics file only, never over the user's text.
 */
async function replaceableCalendar(path: string): Promise<Result<Uint8Array | undefined>> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return ok(undefined); // no file (or a folder, or unreadable): writeFileAtomic says what is wrong
  }
  const start = bytes.subarray(0, 64).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (bytes.length === 0 || start.toUpperCase().startsWith('BEGIN:VCALENDAR')) return ok(bytes);
  return fail('is not an iCalendar file, so it is not replaced; nothing was written (name a new file or an .ics file)');
}

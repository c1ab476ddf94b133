import { dirname } from 'node:path';
import { type Result, fail, formatIsoDate, ok, previewReading, reschedule as rescheduleEdits, resolveDate } from '../../core';
import { SIZE_LIMIT_OPTION, parseCommandArgs, phraseWords, sizeLimitOption, todayOption, usageError } from '../args';
import { hostPath } from '../diary';
import { type PlannedEdit, editContact } from '../editContact';
import { type Command } from '../io';
import { diarySettings, readingOf } from '../settings';
import { tooSoonWarning } from '../tooSoon';

/**
 * `reschedule FILE PHRASE…`: moves the contact's next date; only the `next:` value changes.
 * The phrase may come unquoted (`reschedule jane.md next fri`).
 */
export const reschedule: Command = {
  usage: 'reschedule FILE PHRASE… [--today YYYY-MM-DD] [--max-file-size BYTES]',
  summary: 'move the next contact to the date a phrase means ("next tue", "in 2 weeks", "+3d", 2026-12-01); a date too soon for the contact\'s pace is kept, with a warning',
  run(args, io) {
    const options = { today: { type: 'string' }, ...SIZE_LIMIT_OPTION } as const;
    // `reschedule jane.md -2d`: a phrase, as `when -2d` takes it.
    const parsed = parseCommandArgs(phraseWords(args, options), options, { min: 2, max: Infinity, names: ['FILE', 'PHRASE'] });
    if (!parsed.ok) return usageError(io, 'reschedule', parsed.error);
    const today = todayOption(parsed.value.values.today, io);
    if (!today.ok) return usageError(io, 'reschedule', today.error);
    const [given, ...words] = parsed.value.positionals as [string, ...string[]];
    // (phraseWords keeps a `-2d` positional with a leading blank: a file so named gets its name back.)
    const file = given.trimStart();
    const option = parsed.value.values['max-file-size'];
    const settings = diarySettings(io, 'reschedule', dirname(hostPath(io, file)));
    const limit = sizeLimitOption(option, option === undefined ? settings.maxFileSize() : undefined);
    if (!limit.ok) return usageError(io, 'reschedule', limit.error);
    const warn = tooSoonWarning(file, today.value, settings.pacing());
    return editContact(io, 'reschedule', file, { ...limit.value, ...readingOf(settings) }, (text, contact): Result<PlannedEdit> => {
      const when = resolveDate(words.join(' '), today.value);
      if (!when.ok) return fail(`${when.error} Nothing was changed.`);
      const edits = rescheduleEdits(text, when.value.date);
      if (!edits.ok) return edits;
      // A next date that can't be read is not the same as none: say which one is replaced.
      const unreadable = contact.problems.some((p) => p.line === contact.nextLine);
      const from = contact.next ? formatIsoDate(contact.next) : unreadable ? 'unreadable' : 'unscheduled';
      // As `when` shows it: the reading of the phrase, and a weekend said.
      const done = `${contact.name}: next ${from} → ${formatIsoDate(when.value.date)} (${previewReading(when.value, today.value)})`;
      return ok({ edits: edits.value, done, warn });
    });
  },
};

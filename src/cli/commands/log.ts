import { dirname } from 'node:path';
import { type LocalDate, type Result, fail, formatIsoDate, logContact, ok, nextOrProposed, previewLine, previewReading, resolveDate } from '../../core';
import { SIZE_LIMIT_OPTION, parseCommandArgs, sizeLimitOption, todayOption, usageError } from '../args';
import { type PlannedEdit, editContact } from '../editContact';
import { hostPath } from '../diary';
import { type Command } from '../io';
import { diarySettings, readingOf } from '../settings';
import { tooSoonWarning } from '../tooSoon';

const OPTIONS = {
  action: { type: 'string' }, note: { type: 'string' }, next: { type: 'string' }, 'next-action': { type: 'string' }, today: { type: 'string' }, answered: { type: 'boolean' }, ...SIZE_LIMIT_OPTION,
} as const;

/**
 * `log FILE --action TEXT`: records a contact made today — `last`, `last_action`, the next step
 * and its date, and a log line — as one edit of only those values.
 */
export const log: Command = {
  usage: 'log FILE --action TEXT [--note TEXT] [--next PHRASE] [--next-action TEXT] [--answered] [--today YYYY-MM-DD] [--max-file-size BYTES]',
  summary: 'record a contact made today and the next step (its date: --next, else the next date when it is still ahead and no new step is given (--next-action, --answered), else today + cadence, else contactDiary.defaultFollowUp, else in 1 week); --answered: they answered, so waiting and waiting_since are cleared; a date too soon for the pace is kept, with a warning',
  run(args, io) {
    const parsed = parseCommandArgs(args, OPTIONS, { min: 1, max: 1, names: ['FILE'] });
    if (!parsed.ok) return usageError(io, 'log', parsed.error);
    const v = parsed.value.values as Partial<Record<Exclude<keyof typeof OPTIONS, 'answered'>, string>>;
    const answered = parsed.value.values['answered'] === true;
    if (v.action === undefined) return usageError(io, 'log', 'missing --action (what happened, e.g. --action "Phone call")');
    const today = todayOption(v.today, io);
    if (!today.ok) return usageError(io, 'log', today.error);
    const file = parsed.value.positionals[0]!;
    const settings = diarySettings(io, 'log', dirname(hostPath(io, file)));
    const limit = sizeLimitOption(v['max-file-size'], v['max-file-size'] === undefined ? settings.maxFileSize() : undefined);
    if (!limit.ok) return usageError(io, 'log', limit.error);
    const action = v.action;
    const reading = readingOf(settings);
    // Judged on the file as the log leaves it: a conversation logged today is the last one.
    const warn = tooSoonWarning(file, today.value, settings.pacing());
    return editContact(io, 'log', file, { ...limit.value, ...reading }, (text, contact): Result<PlannedEdit> => {
      let next: LocalDate;
      let because = '';
      let shown: string | undefined;
      if (v.next !== undefined) {
        const when = resolveDate(v.next, today.value);
        if (!when.ok) return fail(`--next: ${when.error} Nothing was changed.`);
        next = when.value.date;
        // As `when` shows it: the reading of the phrase, and a weekend said.
        shown = previewReading(when.value, today.value);
      } else {
        // A next date still ahead stays (a demo booked for Friday); else today + the cadence. A new
        // next step, or an answer to what they were waiting on, is a step of its own: not the booked one's date.
        const booked = v['next-action'] === undefined && !answered ? contact.next : undefined;
        const proposed = nextOrProposed(booked, today.value, contact.cadence, settings.defaultFollowUp());
        next = proposed.date;
        because = proposed.kept ? `, ${proposed.because}: --next to change it` : `, ${proposed.because}`;
      }
      const edits = logContact(text, {
        today: today.value, action, next,
        ...(v.note !== undefined ? { note: v.note } : {}), ...(v['next-action'] !== undefined ? { nextAction: v['next-action'] } : {}),
        answered,
      }, { logHeading: reading.logHeading });
      if (!edits.ok) return edits;
      const step = v['next-action']?.trim() || contact.nextAction;
      const done = `${contact.name}: logged "${action.trim()}" on ${formatIsoDate(today.value)}; ` +
        `next ${formatIsoDate(next)} (${shown ?? previewLine(next, today.value)}${because})${step ? `: ${step}` : ''}` +
        (answered && contact.waiting !== undefined ? `; no longer waiting for ${contact.waiting}` : '');
      return ok({ edits: edits.value, done, warn });
    });
  },
};

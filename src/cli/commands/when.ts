import { formatIsoDate } from '../../core/dates/localDate';
import { previewPhrase, resolveDate } from '../../core/dates/naturalDate';
import { parseCommandArgs, phraseWords, todayOption, usageError } from '../args';
import { type Command, EXIT_OK, EXIT_PROBLEMS } from '../io';

/**
 * `contact-diary when PHRASE…`: the date a phrase means, as the diary would write it. The words
 * may come unquoted (`when next fri`), offsets too (`when -2d`).
 * stdout holds only the ISO date, for scripts; notes and explanations go to stderr.
 */
export const when: Command = {
  usage: 'when PHRASE… [--today YYYY-MM-DD] [--past] [--explain]',
  summary: 'print the date a phrase means ("next fri", "in 2 weeks", "+3d"); --past leans backwards, as for a last contact',
  run(args, io) {
    const options = { today: { type: 'string' }, past: { type: 'boolean' }, explain: { type: 'boolean' } } as const;
    // `-2d` is a phrase, not an option; after --today it is that option's value.
    const parsed = parseCommandArgs(phraseWords(args, options), options, { min: 1, max: Infinity, names: ['PHRASE'] });
    if (!parsed.ok) return usageError(io, 'when', parsed.error);
    const today = todayOption(parsed.value.values.today, io);
    if (!today.ok) return usageError(io, 'when', today.error);
    const phrase = parsed.value.positionals.join(' ');
    const direction = parsed.value.values.past ? { direction: 'past' as const } : {};
    const r = resolveDate(phrase, today.value, direction);
    if (!r.ok) {
      io.err(`contact-diary when: ${r.error}\n`);
      return EXIT_PROBLEMS;
    }
    io.out(`${formatIsoDate(r.value.date)}\n`);
    const preview = previewPhrase(phrase, today.value, direction);
    if (parsed.value.values.explain && preview.ok) io.err(`${preview.value}\n`);
    if (r.value.warning) io.err(`note: ${r.value.warning}\n`);
    return EXIT_OK;
  },
};

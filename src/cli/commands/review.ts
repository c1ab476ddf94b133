import { readFileSync } from 'node:fs';
import {
  type ColdSpell, DEFAULT_REVIEW_WEEKS, type LocalDate, MAX_REVIEW_WEEKS, type ReviewContact, type ReviewSection, type SizeLimit, type WeeklyReview,
  type OwnerFilter, addDays, decodeFile, formatIsoDate, matchesOwner, reviewContact, reviewWords, weeklyChartText, weeklyReview,
} from '../../core';
import { OWNER_OPTIONS, OWNER_USAGE, ownerOption } from '../owner';
import { SIZE_LIMIT_OPTION, countOption, parseCommandArgs, sizeLimitOption, todayOption, usageError } from '../args';
import { type LoadedDiary, folderPath, loadDiary } from '../diary';
import { readNextHistory } from '../../node/gitHistory';
import { type Command, EXIT_OK } from '../io';
import { type RelativePath } from '../render';
import { diarySettings, readingOf } from '../settings';

const OPTIONS = { weeks: { type: 'string' }, today: { type: 'string' }, json: { type: 'boolean' }, ...SIZE_LIMIT_OPTION, ...OWNER_OPTIONS } as const;

/**
 * `review [DIR]`: the weekly review. Contacts made per week over the last weeks, conversations and
 * touches, against the daily target; the contacts that went cold and those brought back; and,
 * where the folder is in a git repository, the contacts rescheduled most often (from the history
 * of `next:`). `--json` gives the same figures as data (see `reviewJson`).
 */
export const review: Command = {
  usage: `review [DIR] [--weeks N] [--today YYYY-MM-DD] [--json] ${OWNER_USAGE} [--max-file-size BYTES]`,
  summary: `the weekly review: contacts made per week over the last N weeks (default ${DEFAULT_REVIEW_WEEKS}), conversations and touches against contactDiary.dailyTarget, contacts gone cold and brought back, and the most rescheduled (needs git); --json gives { today, start, weeks: [{ start, conversations, touches, unclassified }], weeklyTarget, totals, cold: { paced, wentCold, broughtBack }, rescheduled: { state, contacts | message }, ignored }`,
  async run(args, io) {
    const parsed = parseCommandArgs(args, OPTIONS, { min: 0, max: 1, names: ['DIR'] });
    if (!parsed.ok) return usageError(io, 'review', parsed.error);
    const { values, positionals } = parsed.value;
    const today = todayOption(values.today, io);
    if (!today.ok) return usageError(io, 'review', today.error);
    const weeks = countOption('weeks', values.weeks, DEFAULT_REVIEW_WEEKS, 1);
    if (!weeks.ok) return usageError(io, 'review', weeks.error);
    if (weeks.value > MAX_REVIEW_WEEKS) return usageError(io, 'review', `--weeks reviews at most ${MAX_REVIEW_WEEKS} weeks (two years), not ${weeks.value}`);
    const settings = diarySettings(io, 'review', folderPath(io, positionals[0]));
    const owners = ownerOption(values, settings);
    if (!owners.ok) return usageError(io, 'review', owners.error);
    const limit = sizeLimitOption(values['max-file-size'], values['max-file-size'] === undefined ? settings.maxFileSize() : undefined);
    if (!limit.ok) return usageError(io, 'review', limit.error);
    const reading = readingOf(settings);
    const diary = await loadDiary(io, positionals[0], limit.value, reading, 'review');
    if (!diary.ok) return usageError(io, 'review', diary.error);
    // A week's margin before the first Monday: git's --since reads the commit's date, the review the author's.
    const history = await readNextHistory(diary.value.root, addDays(today.value, -7 * (weeks.value + 1)));
    const result = weeklyReview(contactsWithLogs(diary.value, limit.value, reading.logHeading, owners.value), {
      today: today.value,
      weeks: weeks.value,
      dailyTarget: settings.dailyTarget(),
      workingDays: settings.workingDays(),
      pacing: settings.pacing(),
      vocabulary: reading.vocabulary,
      history,
    });
    io.out(values.json ? `${JSON.stringify(reviewJson(result, diary.value.rel))}\n` : reviewText(result, diary.value.rel));
    return EXIT_OK;
  },
};

/** Each contact of the diary with its whole log, read again from its file (the index keeps only the newest events). */
function* contactsWithLogs(diary: LoadedDiary, limit: SizeLimit, logHeading: string, owners: OwnerFilter): Generator<ReviewContact> {
  for (const contact of diary.index.contacts()) {
    if (!matchesOwner(contact.owners ?? [], owners)) continue;
    let text: string | undefined;
    try {
      const decoded = decodeFile(readFileSync(contact.file), limit);
      text = decoded.ok ? decoded.value : undefined;
    } catch {
      // Gone since the scan: its `last` still counts.
      text = undefined;
    }
    yield reviewContact(contact, text, logHeading);
  }
}

const iso = (d: LocalDate) => formatIsoDate(d, false);
const spellJson = (s: ColdSpell, rel: RelativePath) => ({ file: rel(s.file), name: s.name, since: iso(s.since), until: s.until ? iso(s.until) : null });

/**
 * The review as data: `{ today, start, weeks: [{ start, conversations, touches, unclassified }],
 * dailyTarget, workingDays, weeklyTarget, totals: { conversations, touches }, cold: { paced,
 * wentCold: [{ file, name, since, until }], broughtBack: […] }, rescheduled: { state: "counted",
 * contacts: [{ file, name, count, last }] } or { state: "needs-git", message }, ignored: {
 * futureEvents, unreadableLines } }`; dates `YYYY-MM-DD`, files relative to the folder, `until`
 * null while still cold.
 */
export function reviewJson(r: WeeklyReview, rel: RelativePath): unknown {
  return {
    today: iso(r.today),
    start: iso(r.start),
    weeks: r.weeks.map((w) => ({ start: iso(w.start), conversations: w.conversations, touches: w.touches, unclassified: w.unclassified })),
    dailyTarget: r.dailyTarget,
    workingDays: r.workingDays,
    weeklyTarget: r.weeklyTarget,
    totals: r.totals,
    cold: { paced: r.cold.paced, wentCold: r.cold.wentCold.map((s) => spellJson(s, rel)), broughtBack: r.cold.broughtBack.map((s) => spellJson(s, rel)) },
    rescheduled: r.rescheduled.state === 'counted'
      ? { state: 'counted', contacts: r.rescheduled.contacts.map((c) => ({ file: rel(c.file), name: c.name, count: c.count, last: iso(c.last) })) }
      : { state: 'needs-git', message: r.rescheduled.message },
    ignored: r.ignored,
  };
}

/** The review for a terminal: the period, the totals, the chart, going cold, the reschedules, and what was left out. */
export function reviewText(r: WeeklyReview, rel: RelativePath): string {
  const words = reviewWords(r, rel);
  const section = (s: ReviewSection) => [s.heading, ...s.lines.map((l) => `  ${l}`)];
  const out = [words.title, words.made, '', ...weeklyChartText(r), '', ...section(words.cold), ...section(words.back), ...section(words.rescheduled)];
  if (words.leftOut) out.push(words.leftOut);
  return `${out.join('\n')}\n`;
}

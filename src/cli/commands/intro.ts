import { plural } from '../../core';
import { formatIsoDate } from '../../core/dates/localDate';
import { type IntroPath, type IntroTarget, introPaths, introTarget, introTargetName } from '../../core/intro';
import { linkTableOf } from '../../core/links';
import { SIZE_LIMIT_OPTION, parseCommandArgs, sizeLimitOption, todayOption, usageError } from '../args';
import { folderPath, loadDiary } from '../diary';
import { paint } from '../format';
import { type Command, EXIT_OK, EXIT_PROBLEMS } from '../io';
import { type RelativePath } from '../render';
import { diarySettings, readingOf } from '../settings';

const OPTIONS = { today: { type: 'string' }, json: { type: 'boolean' }, ...SIZE_LIMIT_OPTION } as const;

/**
 * `intro TARGET [DIR]`: who in the diary could introduce the user to a contact or a company,
 * warmest first. Exit 1 when the diary knows no such contact or company.
 */
export const intro: Command = {
  usage: 'intro TARGET [DIR] [--today YYYY-MM-DD] [--json] [--max-file-size BYTES]',
  summary: 'who can introduce you to TARGET (a contact: jane-doe, "Jane Doe"; or a company), warmest first',
  async run(args, io) {
    const parsed = parseCommandArgs(args, OPTIONS, { min: 1, max: 2, names: ['TARGET', 'DIR'] });
    if (!parsed.ok) return usageError(io, 'intro', parsed.error);
    const { values, positionals } = parsed.value;
    const [text, dir] = positionals as [string, string | undefined];
    const today = todayOption(values.today, io);
    if (!today.ok) return usageError(io, 'intro', today.error);
    const settings = diarySettings(io, 'intro', folderPath(io, dir));
    const limit = sizeLimitOption(values['max-file-size'], values['max-file-size'] === undefined ? settings.maxFileSize() : undefined);
    if (!limit.ok) return usageError(io, 'intro', limit.error);
    const diary = await loadDiary(io, dir, limit.value, readingOf(settings), 'intro');
    if (!diary.ok) return usageError(io, 'intro', diary.error);
    const table = linkTableOf(diary.value.index.entries(), diary.value.index.notes());
    const target = introTarget(text, table);
    if (!target) return usageError(io, 'intro', 'TARGET is blank: give a contact (jane-doe, "Jane Doe") or a company');
    const paths = introPaths(target, table, { today: today.value, pacing: settings.pacing() });
    const { rel } = diary.value;
    // A company nobody works at and nobody knows is most likely a typo: said on stderr, exit 1.
    const unknown = target.kind === 'company' && paths.length === 0;
    if (values.json) io.out(`${JSON.stringify(introJson(target, paths, rel))}\n`);
    else if (!unknown) io.out(introText(target, paths, rel, io.color));
    if (unknown) {
      io.err(`contact-diary intro: no contact named "${text}", and nobody in the diary works at or knows a company of that name\n`);
      return EXIT_PROBLEMS;
    }
    return EXIT_OK;
  },
};

/** The answer as `--json` gives it: the target, and the paths ranked. */
export function introJson(target: IntroTarget, paths: readonly IntroPath[], rel: RelativePath): unknown {
  const t = target.kind === 'contact'
    ? { kind: 'contact', file: rel(target.contact.file), name: target.contact.name, ...(target.contact.company ? { company: target.contact.company } : {}) }
    : { kind: 'company', name: target.name };
  return {
    target: t,
    paths: paths.map((p) => ({
      file: rel(p.contact.file),
      name: p.contact.name,
      via: p.via,
      lastContact: p.lastContact ? formatIsoDate(p.lastContact) : null,
      score: p.score,
      goingCold: p.cold !== undefined,
      why: p.why,
    })),
  };
}

function introText(target: IntroTarget, paths: readonly IntroPath[], rel: RelativePath, color: boolean): string {
  const whom = introTargetName(target);
  if (paths.length === 0) return `Nobody in the diary can introduce you to ${whom} yet.\n`;
  const lines = [`Who can introduce you to ${whom}: ${plural(paths.length, 'path')}, warmest first`];
  paths.forEach((p, i) => {
    const company = p.contact.company ? `, ${p.contact.company}` : '';
    const cold = p.cold ? ` ${paint(color, 'yellow', 'going cold')}` : '';
    lines.push(`${i + 1}. ${paint(color, 'bold', p.contact.name)}${company} — ${p.via}, score ${p.score}${cold}`);
    lines.push(`   ${p.why}`);
    lines.push(`   ${rel(p.contact.file)}`);
  });
  return `${lines.join('\n')}\n`;
}

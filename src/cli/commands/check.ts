import { readFileSync } from 'node:fs';
import { type Contact, type Problem, plural } from '../../core';
import { type LinkTable, linkTableOf } from '../../core/links';
import { diagnostics } from '../../core/editor/diagnostics';
import { SIZE_LIMIT_OPTION, parseCommandArgs, sizeLimitOption, usageError } from '../args';
import { folderPath, loadDiary } from '../diary';
import { diarySettings, readingOf } from '../settings';
import { paint } from '../format';
import { type Command, EXIT_OK, EXIT_PROBLEMS } from '../io';

/**
 * `check [DIR]`: every problem in every diary file, one per line as compilers print them
 * (`file:line:column: error: message`, 1-based), for editors, CI and git hooks. Exit 1 if any.
 */
export const check: Command = {
  usage: 'check [DIR] [--max-file-size BYTES]',
  summary: 'list the problems of every contact file (file:line:column: error: message, or warning:), then their count; exit 1 if there are any',
  async run(args, io) {
    const parsed = parseCommandArgs(args, SIZE_LIMIT_OPTION, { min: 0, max: 1, names: ['DIR'] });
    if (!parsed.ok) return usageError(io, 'check', parsed.error);
    const option = parsed.value.values['max-file-size'];
    const settings = diarySettings(io, 'check', folderPath(io, parsed.value.positionals[0]));
    const limit = sizeLimitOption(option, option === undefined ? settings.maxFileSize() : undefined);
    if (!limit.ok) return usageError(io, 'check', limit.error);
    const diary = await loadDiary(io, parsed.value.positionals[0], limit.value, readingOf(settings));
    if (!diary.ok) return usageError(io, 'check', diary.error);
    const { index, rel, skipped } = diary.value;
    const found: Array<{ file: string; problem: Problem }> = [];
    let contacts = 0;
    const links = linkTableOf(index.entries(), index.notes());
    const logHeading = settings.logHeading();
    for (const entry of index.entries()) {
      if (entry.kind === 'attention') found.push({ file: rel(entry.file), problem: entry.problem });
      else {
        contacts++;
        for (const problem of contactProblems(entry.contact, links, logHeading)) found.push({ file: rel(entry.contact.file), problem });
      }
    }
    found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.problem.line - b.problem.line || a.problem.column - b.problem.column));
    for (const { file, problem: p } of found) {
      const severity = paint(io.color, p.severity === 'error' ? 'red' : 'yellow', p.severity);
      io.out(`${file}:${p.line + 1}:${p.column + 1}: ${severity}: ${p.message.replace(/\s*[\r\n]+\s*/g, ' ')}${phraseHint(p, file)}\n`);
    }
    // Passed over on purpose (link loops, folders too deep): worth knowing, not a problem of a file.
    // A folder that can't be listed is one: its contacts went unchecked.
    for (const s of skipped) {
      if (s.code === 'unlisted') io.out(`${rel(s.path)}: ${paint(io.color, 'red', 'error')}: ${s.reason}; its contacts were not checked\n`);
      else io.err(`${rel(s.path)}: note: ${s.reason}\n`);
    }
    const files = new Set(found.map((f) => f.file)).size;
    const { unlisted } = diary.value;
    const summary = `${plural(contacts, 'contact')} checked (${plural(index.size - contacts, 'unreadable file')}${unlisted > 0 ? `, ${plural(unlisted, 'unreadable folder')}` : ''}): `;
    const where = [files > 0 ? plural(files, 'file') : '', unlisted > 0 ? plural(unlisted, 'folder') : ''].filter(Boolean).join(' and ');
    const count = found.length + unlisted;
    io.out(count === 0 ? `${summary}no problems\n` : `${summary}${plural(count, 'problem')} in ${where}\n`);
    return count === 0 ? EXIT_OK : EXIT_PROBLEMS;
  },
};

/**
 * For a `next:` written as a phrase (`next: next friday`), which the editor's quick fix turns into
 * its date: how the tool does it. A phrase is read where a date is typed, not in the note.
 */
function phraseHint(p: Problem, file: string): string {
  if (p.code !== 'natural-date' || !p.message.startsWith('next:')) return '';
  const phrase = /^next: "(.*)" is not a date/.exec(p.message)?.[1];
  return phrase === undefined ? '' : ` It reads as a phrase, which is read where a date is typed: contact-diary reschedule ${quoteArg(file)} ${phrase} writes its date.`;
}

/** A file name as a shell takes it: quoted where it holds anything but the usual characters. */
function quoteArg(arg: string): string {
  return /^[\w./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/**
 * A contact's problems as the editor's Problems panel shows them: its own, and those only its text
 * tells (a log line's date, two log headings, `next` before `last`, a link to no note). The file
 * is read again; one that can't be read by now keeps the problems the scan found.
 */
function contactProblems(contact: Contact, links: LinkTable, logHeading: string): Problem[] {
  let text: string;
  try {
    text = readFileSync(contact.file, 'utf8');
  } catch {
    return [...contact.problems];
  }
  return diagnostics(text, { logHeading, links }).map((d) => ({
    message: d.message, line: d.range.start.line, column: d.range.start.character, endLine: d.range.end.line, endColumn: d.range.end.character, severity: d.severity, code: d.code,
  }));
}

import { type ReadResult } from '../contact';
import { type LocalDate, diffDays, parseIsoDate } from '../dates/localDate';
import { resolveDate } from '../dates/naturalDate';
import { parseFrontMatter } from '../file/frontMatter';
import { type LinkTable, type LinkedContact } from '../links';
import { linkProblems } from '../linkProblems';
import { DEFAULT_LOG_HEADING, parseLog } from '../logSection';
import { type Problem } from '../types';
import { type ContactView, type EditorInput, type KeyLine, documentOf, keyOf } from './contactText';
import { dateDirection } from './keys';
import { type Range, range } from './types';

/** A problem to show in the editor (the Problems panel, a squiggle). */
export interface EditorDiagnostic {
  readonly range: Range;
  readonly message: string;
  readonly severity: 'error' | 'warning';
  /** Stable, for quick fixes and tests: `yaml`, `duplicate-key`, `language`, `no-next`, `date`, `natural-date`, `next-before-last`, `cadence`, `log-date`, `link`… */
  readonly code: string;
}

export interface DiagnosticsOptions {
  /** The log heading's text (`contactDiary.logHeading`, `Log` by default). */
  readonly logHeading?: string;
  /** Today, to tell a natural-language date (which the quick fix writes as its date) from an unreadable one. */
  readonly today?: LocalDate;
  /** The diary's notes, to warn of an `introduced_by` or `knows` link that points at none (code `link`); without it links aren't checked. */
  readonly links?: LinkTable<LinkedContact>;
}

/**
 * What is wrong in a contact file, as the diary reads it: invalid YAML (with its position), a
 * duplicate key, a refused `---js` block, a date or cadence that can't be read, `next` before
 * `last`, a log line with a bad date. Files that are not contacts get none. Never throws.
 */
export function diagnostics(input: EditorInput, options: DiagnosticsOptions = {}): EditorDiagnostic[] {
  const doc = documentOf(input);
  if (!doc.isContact) return [];
  const { read, view, text } = doc;
  if (read.kind === 'none') return [];
  if (read.kind === 'attention') return blockProblems(view, read.problem).map((p) => fromProblem(view, p));
  const out = read.contact.problems.map((p) => dateHint(view, fromProblem(view, p), options.today));
  const { next, last } = read.contact;
  const nextKey = keyOf(view, 'next');
  if (next && last && nextKey && diffDays(last, next) < 0) {
    out.push({
      range: nonEmpty(view, nextKey.valueRange), severity: 'warning', code: 'next-before-last',
      message: `next (${nextKey.value}) is before last (${keyOf(view, 'last')?.value ?? ''}): the next contact should come after the last one.`,
    });
  }
  const log = parseLog(text, options.logHeading);
  for (const p of log.problems) out.push(fromProblem(view, p));
  // A heading that looks like the log's but isn't read as it: logging a contact would add another.
  const near = log.headings.length === 0 ? log.nearHeadings[0] : undefined;
  if (near) {
    const title = `## ${(options.logHeading ?? DEFAULT_LOG_HEADING).trim()}`;
    out.push({
      range: nonEmpty(view, range(near.line, 0, near.line, 0)), severity: 'warning', code: 'log-heading',
      message: `"${'#'.repeat(near.level)} ${near.text}" is not read as the log: the diary reads a level-2 heading, "${title}", and logging a contact is refused until there is one. Make this heading level 2, or set contactDiary.logHeading.`,
    });
  }
  // Log Contact… and `contact-diary log` refuse a note with two log headings: said before they are asked.
  const [, second] = log.headings;
  if (second) {
    const lines = log.headings.map((h) => h.line + 1).join(', ');
    const title = `## ${(options.logHeading ?? DEFAULT_LOG_HEADING).trim()}`;
    out.push({
      range: nonEmpty(view, range(second.line, 0, second.line, 0)), severity: 'warning', code: 'log-headings',
      message: `This note has ${log.headings.length} "${title}" headings (lines ${lines}): keep one, so that logging a contact knows where to write.`,
    });
  }
  if (options.links) for (const p of linkProblems(text, read.contact, options.links)) out.push(fromProblem(view, p));
  return out;
}

/** Every YAML problem of the block, not only the first one the reader stops at. */
function blockProblems(view: ContactView, first: Problem): readonly Problem[] {
  const b = view.block;
  if (first.code !== 'yaml' && first.code !== 'duplicate-key') return [first];
  if (!b) return [first];
  const all = parseFrontMatter(view.text.slice(b.contentStart, b.contentEnd), view.contentLines[0]).problems;
  return all.length ? all : [first];
}

function fromProblem(view: ContactView, p: Problem): EditorDiagnostic {
  return { range: nonEmpty(view, problemRange(p)), message: p.message, severity: p.severity, code: p.code };
}

function problemRange(p: Problem): Range {
  const endLine = Math.max(p.line, p.endLine ?? p.line);
  const end = p.endColumn ?? p.column;
  return range(p.line, p.column, endLine, endLine === p.line ? Math.max(end, p.column) : end);
}

/**
 * The problems of a note as the diary read it (not open in an editor): a file that can't be read
 * as a contact, or a contact's own problems. The same problems in the same words as its Needs
 * attention item, where the reader put them (without the text, a zero-width range stays one).
 * None for a contact without problems.
 */
export function readDiagnostics(read: ReadResult): EditorDiagnostic[] {
  const problems = read.kind === 'attention' ? [read.problem] : read.kind === 'contact' ? read.contact.problems : [];
  return problems.map((p) => ({ range: problemRange(p), message: p.message, severity: p.severity, code: p.code }));
}

/** A zero-width range would show as a dot: widen it to the rest of its line, or its last character (an empty line stays as it is). */
function nonEmpty(view: ContactView, r: Range): Range {
  if (r.start.line !== r.end.line || r.start.character !== r.end.character) return r;
  const length = view.lines.lineText(r.start.line).length;
  if (length === 0) return r;
  if (r.start.character < length) return range(r.start.line, r.start.character, r.start.line, length);
  return range(r.start.line, length - 1, r.start.line, length);
}

/**
 * An unreadable `next`/`last` that is natural language gets its own code, so the quick fix that
 * writes its date finds it. The message stays the reader's: the Follow-ups view's Needs attention
 * item and the Problems panel say the same words (the fix's title says what the phrase means).
 */
function dateHint(view: ContactView, d: EditorDiagnostic, today: LocalDate | undefined): EditorDiagnostic {
  if (d.code !== 'date') return d;
  const k = view.keys.find((k) => k.line === d.range.start.line && dateDirection(k.key));
  return k && naturalDate(k, today ?? ANY_DAY) ? { ...d, code: 'natural-date' } : d;
}

// Whether a phrase reads as a date hardly depends on the day; any day will do to tell.
const ANY_DAY: LocalDate = { year: 2026, month: 1, day: 1 };

/** The date a `next`/`last` value means when it is a phrase the date parser reads, not an ISO date. */
export function naturalDate(k: KeyLine, today: LocalDate): LocalDate | undefined {
  if (k.value.trim() === '' || parseIsoDate(k.value).ok) return undefined;
  const r = resolveDate(k.value, today, { direction: dateDirection(k.key) ?? 'future' });
  return r.ok ? r.value.date : undefined;
}

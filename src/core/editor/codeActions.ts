import { shortDate } from '../dates/describe';
import { type LocalDate, diffDays } from '../dates/localDate';
import { type TextEdit } from '../types';
import { planEdits } from '../file/edit';
import { type ContactDocument, type EditorInput, type KeyLine, dateTextOver, documentOf, keyOf } from './contactText';
import { naturalDate } from './diagnostics';
import { dateDirection } from './keys';
import { type EditorCommand, type Range, overlaps, range } from './types';

/** A quick fix: an edit to apply, or a command to run on this contact. */
export interface EditorCodeAction {
  readonly title: string;
  readonly kind: 'quickfix';
  /** The diagnostic code it fixes, when it fixes one (`natural-date`), and the line of that diagnostic. */
  readonly diagnosticCode?: string;
  readonly line?: number;
  /** A replacement in the text the action was computed on. */
  readonly edit?: TextEdit;
  readonly command?: EditorCommand;
  readonly isPreferred?: boolean;
}

/** A line of commands shown above the front-matter. */
export interface EditorCodeLens {
  /** The opening `---` line. */
  readonly range: Range;
  readonly commands: ReadonlyArray<{ readonly title: string; readonly command: EditorCommand }>;
}

/**
 * Quick fixes for the lines `selection` touches. A `next:`/`last:` the diary can't read gets, when
 * it is a phrase the date parser reads (`next tuesday`), its ISO date (quotes and comment kept);
 * an unreadable `next:` also gets Reschedule… (the date input) and Clear (unscheduled). A `next`
 * date in the past offers Reschedule…; a diary key written with a capital (`Last:`) its name in
 * lower case; a note with diary keys but no `next:` gets one. None in files that are not contacts.
 */
export function codeActions(input: EditorInput, selection: Range, today: LocalDate): EditorCodeAction[] {
  const doc = documentOf(input);
  if (!doc.isContact) return [];
  const { view } = doc;
  const actions: EditorCodeAction[] = [];
  for (const k of view.keys) {
    if (!dateDirection(k.key) || !overlaps(range(k.line, 0, k.line, Number.MAX_SAFE_INTEGER), selection)) continue;
    if (isUnreadable(doc, k)) actions.push(...unreadableDateFixes(doc, k, today));
    else if (k.key === 'next' && isPastNext(doc, today)) actions.push({ title: 'Reschedule…', kind: 'quickfix', command: 'reschedule' });
  }
  actions.push(...lowerCaseKeys(doc, selection));
  const missing = addNext(doc, selection);
  if (missing) actions.push(missing);
  return actions;
}

/**
 * `Last:`, `Next:`: a diary key written with a capital, which the diary doesn't read (`key-case`,
 * and `no-next` for `Next:`), gets its name in lower case; only the key's letters change.
 */
function lowerCaseKeys(doc: ContactDocument, selection: Range): EditorCodeAction[] {
  const { read, view, text } = doc;
  const problems = read.kind === 'contact' ? read.contact.problems : read.kind === 'attention' ? [read.problem] : [];
  const out: EditorCodeAction[] = [];
  for (const p of problems) {
    const end = p.endLine === p.line ? p.endColumn ?? p.column : p.column;
    if ((p.code !== 'key-case' && p.code !== 'no-next') || end <= p.column) continue;
    if (!overlaps(range(p.line, 0, p.line, Number.MAX_SAFE_INTEGER), selection)) continue;
    // The key as the view read its line, quoted or not (`"Last": …`): its range holds the quotes.
    const k = view.keys.find((x) => x.line === p.line);
    if (!k) continue;
    const quotes = k.keyRange.end.character - k.keyRange.start.character - k.key.length;
    const offset = view.lines.offsetAt(k.keyRange.start) + quotes / 2;
    const key = k.key;
    // (`no-next` is also a note with no `next` at all, whose range is no key.)
    if (key.toLowerCase() === key || text.slice(offset, offset + key.length) !== key) continue;
    out.push({
      title: `Write ${key.toLowerCase()}: in lower case`, kind: 'quickfix', diagnosticCode: p.code, line: p.line, isPreferred: true,
      edit: { offset, length: key.length, newText: key.toLowerCase(), expected: key },
    });
  }
  return out;
}

/** Whether the diary reads the contact with a date problem on this key's line (a `date` problem: the tree lists it under Needs attention). */
function isUnreadable(doc: ContactDocument, k: KeyLine): boolean {
  const read = doc.read;
  return read.kind === 'contact' && read.contact.problems.some((p) => p.code === 'date' && p.line === k.line);
}

/**
 * The fixes of a date the diary can't read, attached to its diagnostic (`natural-date` when it is
 * a phrase, else `date`): the phrase's ISO date; on `next:` Reschedule… and Clear, the latter the
 * core edit op's own (only the value's bytes go), and neither where the value can't be set
 * (a list or a mapping, to be edited by hand).
 */
function unreadableDateFixes(doc: ContactDocument, k: KeyLine, today: LocalDate): EditorCodeAction[] {
  const { view, text } = doc;
  const out: EditorCodeAction[] = [];
  const date = naturalDate(k, today);
  const code = date ? 'natural-date' : 'date';
  if (date) {
    const iso = dateTextOver(view, k, date);
    const offset = view.lines.offsetAt(k.valueRange.start);
    const length = k.valueRange.end.character - k.valueRange.start.character;
    out.push({
      title: `Change to ${iso} (${shortDate(date)})`, kind: 'quickfix', diagnosticCode: code, line: k.line, isPreferred: true,
      edit: { offset, length, newText: iso, expected: text.slice(offset, offset + length) },
    });
  }
  if (k.key !== 'next') return out;
  const clear = planEdits(text, [{ kind: 'clear', key: 'next' }]);
  const [edit, ...more] = clear.ok ? clear.value : [];
  if (!edit || more.length > 0) return out;
  out.push({ title: 'Reschedule…', kind: 'quickfix', diagnosticCode: code, line: k.line, command: 'reschedule' });
  out.push({ title: 'Clear (unscheduled)', kind: 'quickfix', diagnosticCode: code, line: k.line, edit });
  return out;
}

/**
 * A note with diary keys but no `next` (see NO_NEXT_MESSAGE in read.ts) gets a blank `next:` line, before its
 * `next_action` where it has one, else at the end of the block, in the block's line ending.
 */
function addNext(doc: ContactDocument, selection: Range): EditorCodeAction | undefined {
  const { read, view } = doc;
  const block = view.block;
  if (read.kind !== 'attention' || read.problem.code !== 'no-next' || !block?.close) return undefined;
  // `Next:` written with a capital: its fix is the lower case, and a blank next: beside it would
  // leave the date it holds unread, without a word.
  if ((read.problem.endColumn ?? 0) > read.problem.column) return undefined;
  const close = view.lines.positionAt(block.contentEnd).line;
  if (!overlaps(range(0, 0, close, Number.MAX_SAFE_INTEGER), selection)) return undefined;
  const before = keyOf(view, 'next_action');
  const offset = before ? view.lines.offsetAt({ line: before.line, character: 0 }) : block.contentEnd;
  return {
    title: 'Add next: (blank = unscheduled)', kind: 'quickfix', diagnosticCode: 'no-next', line: view.lines.positionAt(offset).line, isPreferred: true,
    edit: { offset, length: 0, newText: `next:${block.eol}`, expected: '' },
  };
}

/** The file reads as a contact whose `next` is before today (read only once the line is known to matter). */
function isPastNext(doc: ContactDocument, today: LocalDate): boolean {
  const read = doc.read;
  return read.kind === 'contact' && !!read.contact.next && diffDays(today, read.contact.next) < 0;
}

/**
 * The CodeLens of a contact: `Log Contact… · Reschedule… · Snooze 1 Day` on its opening `---` line,
 * titled as the commands are in the palette and the Follow-ups view.
 */
export function codeLenses(input: EditorInput): EditorCodeLens[] {
  const doc = documentOf(input);
  if (!doc.isContact) return [];
  const view = doc.view;
  if (!view.block || doc.read.kind !== 'contact') return [];
  const open = view.lines.positionAt(view.block.open.start);
  return [{
    range: range(open.line, open.character, open.line, open.character + 3),
    commands: [
      { title: 'Log Contact…', command: 'logContact' },
      { title: 'Reschedule…', command: 'reschedule' },
      { title: 'Snooze 1 Day', command: 'snooze1Day' },
    ],
  }];
}

import { shortDate } from '../dates/describe';
import { LocalDate, diffDays } from '../dates/localDate';
import { TextEdit } from '../types';
import { ContactDocument, EditorInput, dateTextOver, documentOf, keyOf } from './contactText';
import { naturalDate } from './diagnostics';
import { dateDirection } from './keys';
import { EditorCommand, Range, overlaps, range } from './types';

/** A quick fix: an edit to apply, or a command to run on this contact. */
export interface EditorCodeAction {
  readonly title: string;
  readonly kind: 'quickfix';
  /** The diagnostic code it fixes, when it fixes one (`natural-date`). */
  readonly diagnosticCode?: string;
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
 * Quick fixes for the lines `selection` touches: a `next:`/`last:` written as a phrase (`next
 * tuesday`) becomes its ISO date (quotes and comment kept); a `next` date in the past offers
 * Reschedule…; a note with diary keys but no `next:` gets one. None in files that are not contacts.
 */
export function codeActions(input: EditorInput, selection: Range, today: LocalDate): EditorCodeAction[] {
  const doc = documentOf(input);
  if (!doc.isContact) return [];
  const { view, text } = doc;
  const actions: EditorCodeAction[] = [];
  for (const k of view.keys) {
    if (!dateDirection(k.key) || !overlaps(range(k.line, 0, k.line, Number.MAX_SAFE_INTEGER), selection)) continue;
    const date = naturalDate(k, today);
    if (!date) continue;
    const iso = dateTextOver(view, k, date);
    const offset = view.lines.offsetAt(k.valueRange.start);
    const length = k.valueRange.end.character - k.valueRange.start.character;
    actions.push({
      title: `Write ${k.key} as ${iso} (${shortDate(date)})`, kind: 'quickfix', diagnosticCode: 'natural-date', isPreferred: true,
      edit: { offset, length, newText: iso, expected: text.slice(offset, offset + length) },
    });
  }
  const missing = addNext(doc, selection);
  if (missing) actions.push(missing);
  const next = keyOf(view, 'next');
  if (next && overlaps(range(next.line, 0, next.line, Number.MAX_SAFE_INTEGER), selection) && isPastNext(doc, today)) {
    actions.push({ title: 'Reschedule…', kind: 'quickfix', command: 'reschedule' });
  }
  return actions;
}

/**
 * A note with diary keys but no `next` (see NO_NEXT_MESSAGE) gets a blank `next:` line, before its
 * `next_action` where it has one, else at the end of the block, in the block's line ending.
 */
function addNext(doc: ContactDocument, selection: Range): EditorCodeAction | undefined {
  const { read, view } = doc;
  const block = view.block;
  if (read.kind !== 'attention' || read.problem.code !== 'no-next' || !block?.close) return undefined;
  const close = view.lines.positionAt(block.contentEnd).line;
  if (!overlaps(range(0, 0, close, Number.MAX_SAFE_INTEGER), selection)) return undefined;
  const before = keyOf(view, 'next_action');
  const offset = before ? view.lines.offsetAt({ line: before.line, character: 0 }) : block.contentEnd;
  return {
    title: 'Add next: (blank = unscheduled)', kind: 'quickfix', diagnosticCode: 'no-next', isPreferred: true,
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

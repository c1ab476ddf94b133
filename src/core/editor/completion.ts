import { shortDate } from '../dates/describe';
import { type LocalDate, parseIsoDate } from '../dates/localDate';
import { type ResolvedDate, resolveDate } from '../dates/naturalDate';
import { type ContactView, type EditorInput, type KeyLine, dateTextOver, documentOf, inFrontMatter } from './contactText';
import { DIARY_KEYS, dateDirection } from './keys';
import { type Position, type Range, range } from './types';

/** What completion knows of the rest of the diary. */
export interface CompletionContext {
  /** The stages used in this diary (duplicates and blanks are dropped). */
  readonly stages: readonly string[];
  /** The other contacts, for `introduced_by` links: `slug` is the file name without `.md`. */
  readonly contacts: ReadonlyArray<{ readonly slug: string; readonly name: string }>;
}

/** One completion item. `range` is the text it replaces; the editor filters on `filterText` (else `label`). */
export interface EditorCompletion {
  readonly label: string;
  readonly kind: 'key' | 'date' | 'stage' | 'contact';
  readonly insertText: string;
  readonly range: Range;
  readonly detail?: string;
  readonly documentation?: string;
  readonly filterText?: string;
  /** Orders items as listed here. */
  readonly sortText: string;
  readonly preselect?: boolean;
}

const QUICK: Readonly<Record<'future' | 'past', readonly string[]>> = {
  future: ['tomorrow', 'in 3 days', 'next week', 'in 2 weeks', 'next month'],
  past: ['today', 'yesterday', '2 days ago', '1 week ago'],
};

const KEY_LINE = /^(["']?)([A-Za-z_][\w-]*)\1[ \t]*:[ \t]*/;

/**
 * Completions at `position` in a contact's front-matter: diary keys at the start of a line (not
 * those already there); after `next:`/`last:` the quick choices and the phrase being typed, each
 * inserting its ISO date; after `stage:` the diary's stages; after `introduced_by:` links to
 * other contacts. None elsewhere or in files that are not contacts.
 */
export function completionsAt(input: EditorInput, position: Position, today: LocalDate, context: CompletionContext): EditorCompletion[] {
  const doc = documentOf(input);
  if (!doc.isContact) return [];
  const view = doc.view;
  if (!inFrontMatter(view, position.line)) return [];
  const line = view.lines.lineText(position.line);
  const before = line.slice(0, position.character);
  if (/^[A-Za-z_]*$/.test(before) && !line.includes(':')) return keyItems(view, position, line);
  const m = KEY_LINE.exec(before);
  const key = m && view.keys.find((k) => k.line === position.line);
  if (!m || !key) return [];
  // Past the value's closing quote or in its comment, nothing is completed: an item would replace them.
  if (line.slice(key.valueRange.end.character, position.character).trim() !== '') return [];
  const value = valueRange(key, position);
  const typed = line.slice(value.start.character, position.character);
  const direction = dateDirection(key.key);
  // A quote being typed (`next: "fri`) is closed by the date that replaces the phrase.
  const write = (date: LocalDate) => `${dateTextOver(view, key, date)}${key.unclosed ? key.quote : ''}`;
  const items = direction ? dateItems(typed, value, today, direction, write)
    : key.key === 'stage' ? stageItems(context.stages, value)
    : key.key === 'introduced_by' ? contactItems(context.contacts, value, key, typed)
    : [];
  // Right after the colon, YAML needs a blank before the value (`next:2026-…` would be one word).
  return line[value.start.character - 1] === ':' ? items.map((i) => ({ ...i, insertText: ` ${i.insertText}` })) : items;
}

/**
 * Whether the character just typed, before `position`, should open completion: VS Code leaves
 * quick suggestions off in Markdown, so without this only Ctrl+Space shows the dates of a phrase
 * typed after `next:`/`last:`. True in a contact's `next:`/`last:` value once what is typed of it
 * holds a letter or a `+` (`fri`, `+3d`), not for an ISO date typed digit by digit, nor after the
 * value (its comment) or in the body.
 */
export function completesAsTyped(input: EditorInput, position: Position): boolean {
  const doc = documentOf(input);
  if (!doc.isContact) return false;
  const view = doc.view;
  if (!inFrontMatter(view, position.line)) return false;
  const key = view.keys.find((k) => k.line === position.line);
  if (!key || !dateDirection(key.key)) return false;
  const { start, end } = key.valueRange;
  if (position.character <= start.character || position.character > end.character) return false;
  return /[A-Za-z+]/.test(view.lines.lineText(position.line).slice(start.character, position.character));
}

function keyItems(view: ContactView, position: Position, line: string): EditorCompletion[] {
  const present = new Set(view.keys.filter((k) => k.line !== position.line).map((k) => k.key));
  const word = /^[A-Za-z_]*/.exec(line)![0].length;
  const r = range(position.line, 0, position.line, Math.max(word, position.character));
  return DIARY_KEYS.filter((k) => !present.has(k.key)).map((k, i) => ({
    label: k.key, kind: 'key', insertText: `${k.key}: `, range: r, detail: 'Contact Diary', documentation: k.description, sortText: sort(i),
  }));
}

/** The whole value is replaced (the cursor may be in its middle); inside quotes, only what is between them. */
function valueRange(key: KeyLine, position: Position): Range {
  const r = key.valueRange;
  const start = Math.min(r.start.character, position.character);
  return range(position.line, start, position.line, Math.max(r.end.character, position.character));
}

function dateItems(typed: string, r: Range, today: LocalDate, direction: 'future' | 'past', write: (date: LocalDate) => string): EditorCompletion[] {
  const items: EditorCompletion[] = [];
  const phrase = typed.trim();
  if (phrase !== '' && !parseIsoDate(phrase).ok) {
    const read = resolveDate(phrase, today, { direction });
    if (read.ok) items.push(dateItem(phrase, read.value, write(read.value.date), r, items.length, phrase, true));
  }
  for (const choice of QUICK[direction]) {
    if (choice === phrase.toLowerCase()) continue;
    const read = resolveDate(choice, today, { direction });
    if (read.ok) items.push(dateItem(choice, read.value, write(read.value.date), r, items.length));
  }
  return items;
}

function dateItem(label: string, read: ResolvedDate, iso: string, r: Range, i: number, filterText?: string, preselect?: boolean): EditorCompletion {
  return {
    label: `${label} → ${iso}`, kind: 'date', insertText: iso, range: r, detail: shortDate(read.date),
    // How an open phrase was read (`next week = Monday of next week`), or that it lies the other side of today.
    ...(read.meaning || read.warning ? { documentation: [read.meaning, read.warning].filter(Boolean).join('; ') } : {}),
    filterText: filterText ?? label, sortText: sort(i), ...(preselect ? { preselect } : {}),
  };
}

function stageItems(stages: readonly string[], r: Range): EditorCompletion[] {
  const seen = new Set<string>();
  const unique = stages.map((s) => s.trim()).filter((s) => s !== '' && !seen.has(s.toLowerCase()) && seen.add(s.toLowerCase()));
  return unique.sort((a, b) => a.localeCompare(b)).map((s, i) => ({ label: s, kind: 'stage', insertText: s, range: r, detail: 'stage used in this diary', sortText: sort(i) }));
}

function contactItems(contacts: CompletionContext['contacts'], r: Range, key: KeyLine, typed: string): EditorCompletion[] {
  const sorted = [...contacts].sort((a, b) => a.name.localeCompare(b.name) || a.slug.localeCompare(b.slug));
  return sorted.map((c, i) => {
    // Unquoted, [[x]] is YAML for a nested list: the link goes in quotes unless they are already there.
    const insertText = key.quote ? `[[${c.slug}]]` : `"[[${c.slug}]]"`;
    const filterText = /^["[]/.test(typed) ? insertText : `${c.name} ${c.slug}`;
    return { label: c.name, kind: 'contact', insertText, range: r, detail: `[[${c.slug}]]`, filterText, sortText: sort(i) };
  });
}

const sort = (i: number) => String(i).padStart(4, '0');

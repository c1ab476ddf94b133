import { applyEdits } from '../file/applyEdits';
import { type EditOp, planEdits } from '../file/edit';
import { renderKey, renderScalar } from '../file/quote';
import { blockListIndent, blockListLines, indentOf, planAdditions, planFillEmptyList } from '../file/setValue';
import { readYamlBlock } from '../file/yamlBlock';
import { type Result, type TextEdit, fail, ok } from '../types';
import { samePhone } from './phone';

/** What an import knows of a person, as the keys of a note. */
export interface NoteFields {
  readonly company?: string;
  readonly role?: string;
  readonly emails: readonly string[];
  readonly phones: readonly string[];
  readonly birthday?: string;
  readonly introducedBy?: string;
  readonly tags: readonly string[];
}

const SCALARS = ['company', 'role', 'birthday', 'introduced_by'] as const;

/**
 * The edits that give an existing note the fields it lacks, and their names: a key absent or
 * blank (`email:` as New Contact… leaves it) gets the imported value; a list (`emails`,
 * `phones`, `tags`) is added only where the note has no such key. Nothing present is changed:
 * the scalars go through `planEdits` (which checks its work), the lists are added after them,
 * and the whole is read back before it is returned.
 */
export function planMerge(text: string, fields: NoteFields, logHeading?: string): Result<{ edits: TextEdit[]; fields: string[] }> {
  const block = readYamlBlock(text);
  if (!block.ok) return block;
  const data = block.value.doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown> | null ?? {};
  const lacks = (key: string) => !(key in data) || data[key] === null || data[key] === '';
  const absent = (key: string) => !(key in data);
  // A list the note has but left empty (`tags: []`, as an import writes it, or `tags:`) is filled in its place.
  const emptyList = (key: string) => key in data && (data[key] === null || (Array.isArray(data[key]) && data[key].length === 0));
  const scalars: Record<string, string | undefined> = {
    company: fields.company, role: fields.role, birthday: fields.birthday, introduced_by: fields.introducedBy,
  };
  const ops: EditOp[] = SCALARS.filter((k) => scalars[k] && lacks(k)).map((key) => ({ kind: 'set', key, value: scalars[key]! }));
  const lists: [string, readonly string[]][] = [];
  for (const [key, listKey, values, same] of [['email', 'emails', fields.emails, sameEmail], ['phone', 'phones', fields.phones, samePhone]] as const) {
    const [first, ...rest] = values;
    if (first === undefined) continue;
    // A number written bare (`phone: 4255550177`) is a number to YAML, and the same phone all the same.
    const has = typeof data[key] === 'number' ? String(data[key]) : data[key];
    if (lacks(key)) ops.push({ kind: 'set', key, value: first });
    const others = (lacks(key) ? rest : values).filter((v) => typeof has !== 'string' || !same(v, has));
    if (others.length > 0 && (absent(listKey) || emptyList(listKey))) lists.push([listKey, others]);
  }
  if (fields.tags.length > 0 && (absent('tags') || emptyList('tags'))) lists.push(['tags', fields.tags]);
  if (block.value.map?.type === 'flow-collection') lists.length = 0; // `{ }` front-matter: only single values are added
  const planned = planEdits(text, ops, { logHeading });
  if (!planned.ok) return planned;
  const fills: TextEdit[] = [];
  const added: string[] = [];
  const written: typeof lists = [];
  // Lists are written as the note writes its own: across lines (`tags:` then `  - a`, as
  // Obsidian's Properties editor does) where one of its lists is so written, else `[a, b]`.
  const indent = blockListIndent(block.value);
  const keyIndent = indentOf(block.value);
  const lines = (v: readonly string[]) => blockListLines(v, keyIndent, indent!, block.value.eol);
  for (const [k, v] of lists) {
    const fill = emptyList(k) ? planFillEmptyList(text, block.value, k, flowList(v), indent === undefined ? undefined : lines(v)) : undefined;
    if (fill) fills.push(fill);
    else if (absent(k)) added.push(indent !== undefined ? `${renderKey(k)}:${lines(v)}` : listPair(k, v));
    // An empty list this can't fill in place (written twice, say) is left as it is.
    else continue;
    written.push([k, v]);
  }
  const edits = [...withLists(planned.value, added.length > 0 ? planAdditions(block.value, added) : undefined), ...fills].sort((a, b) => a.offset - b.offset);
  const names = [...ops.map((op) => (op.kind === 'set' ? op.key : '')), ...written.map(([k]) => k)];
  const checked = readsBack(text, edits, data, ops, written);
  return checked.ok ? ok({ edits, fields: names }) : checked;
}

const sameEmail = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function listPair(key: string, values: readonly string[]): string {
  return `${renderKey(key)}: ${flowList(values)}`;
}

function flowList(values: readonly string[]): string {
  return `[${values.map((v) => renderScalar(v, 'plain', false, true)).join(', ')}]`;
}

/** The scalars' edits with the lists' new lines after any new lines of theirs (one insertion, not two at one place). */
function withLists(edits: TextEdit[], lists: TextEdit | undefined): TextEdit[] {
  if (!lists) return edits;
  const at = edits.findIndex((e) => e.offset === lists.offset && e.length === 0);
  if (at < 0) return [...edits, lists].sort((a, b) => a.offset - b.offset);
  return edits.map((e, i) => (i === at ? { ...e, newText: e.newText + lists.newText } : e));
}

/** Applies the edits and checks that the old keys read as before and the new ones as asked. */
function readsBack(text: string, edits: TextEdit[], before: Record<string, unknown>, ops: readonly EditOp[], lists: readonly [string, readonly string[]][]): Result<void> {
  const after = applyEdits(text, edits);
  if (!after.ok) return after;
  const block = readYamlBlock(after.value);
  if (!block.ok) return fail(`adding the fields would break the front-matter (${block.error})`);
  const data = block.value.doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
  const expected: Record<string, unknown> = { ...before };
  for (const op of ops) if (op.kind === 'set') expected[op.key] = op.value;
  for (const [key, values] of lists) expected[key] = [...values];
  const same = JSON.stringify(Object.keys(expected).sort().map((k) => [k, expected[k]])) === JSON.stringify(Object.keys(data).sort().map((k) => [k, data[k]]));
  return same ? ok(undefined) : fail('the fields would not read back as imported, so nothing was added');
}

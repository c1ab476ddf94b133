import { type Document, isMap, isScalar } from 'yaml';
import { dateTextFor } from '../dates/dateTimeForm';
import { type LocalDate, formatIsoDate } from '../dates/localDate';
import { type Result, type TextEdit, fail, ok } from '../types';
import { applyEdits } from './applyEdits';
import { DEFAULT_LOG_HEADING, parseLog } from '../logSection';
import { logHeadingText, planLogLine } from './logLine';
import { type KeyChange, planAdditions, planClear, planSet } from './setValue';
import { type YamlBlock, readYamlBlock } from './yamlBlock';

/**
 * One change to a contact file, as the diary's actions ask for it. `date` sets a key to a date
 * written as the file writes its dates (see `dateTextFor`): a date-time keeps its `T` form.
 */
export type EditOp =
  | { readonly kind: 'set'; readonly key: string; readonly value: string }
  | { readonly kind: 'date'; readonly key: string; readonly date: LocalDate }
  | { readonly kind: 'clear'; readonly key: string }
  | { readonly kind: 'log'; readonly date: LocalDate; readonly action: string; readonly note?: string };

export interface EditOptions {
  /** The log section's heading, `Log` (or `## Log`) by default. */
  readonly logHeading?: string;
  /** Bound on alias expansion when the result is read back (billion-laughs guard). */
  readonly maxAliasCount?: number;
}

/**
 * Plans `ops` on a file's text as minimal replacements: only the bytes of the values asked for
 * change, new keys go at the end of the block and a log line goes under the log heading. The
 * plan is applied and read back before it is returned: every key must read as asked and every
 * other key as before, or nothing is returned but the reason.
 */
export function planEdits(text: string, ops: readonly EditOp[], options: EditOptions = {}): Result<TextEdit[]> {
  const read = readYamlBlock(text);
  if (!read.ok) return read;
  const block = read.value;
  const planned = ops.map((op) => (op.kind === 'date' ? { kind: 'set', key: op.key, value: dateText(block, op.key, op.date) } as const : op));
  // Aliases are expanded (within the bound) before anything is planned: an alias bomb is refused
  // even by a plan that would change nothing.
  const data = toData(block.doc, options);
  if (!data.ok) return fail(`The front-matter can't be edited: ${data.error}. Nothing was changed.`);
  const keys = new Set<string>();
  const edits: TextEdit[] = [];
  const added: string[] = [];
  if (planned.filter((op) => op.kind === 'log').length > 1) return fail('One log line per edit; nothing was changed.');
  for (const op of planned) {
    if (op.kind === 'log') {
      const log = planLogLine(text, op, options.logHeading ?? DEFAULT_LOG_HEADING);
      if (!log.ok) return log;
      edits.push(log.value);
      continue;
    }
    if (keys.has(op.key)) return fail(`"${op.key}" is changed twice in one edit; nothing was changed.`);
    keys.add(op.key);
    const change: Result<KeyChange> = op.kind === 'set' ? planSet(text, block, op.key, op.value) : planClear(text, block, op.key);
    if (!change.ok) return change;
    if (change.value.kind === 'replace') edits.push(change.value.edit);
    if (change.value.kind === 'add') added.push(change.value.pair);
  }
  if (added.length > 0) edits.push(planAdditions(block, added));
  edits.sort((a, b) => a.offset - b.offset);
  if (edits.length === 0) return ok(edits);
  const verified = verify(text, block, data.value, edits, planned, options);
  return verified.ok ? ok(edits) : verified;
}

/** `date` as the text to write in `key`, from the key's value and the other top-level values as written. */
function dateText(block: YamlBlock, key: string, date: LocalDate): string {
  const values = new Map<unknown, string>();
  if (isMap(block.doc.contents)) {
    for (const item of block.doc.contents.items) {
      if (isScalar(item.key) && isScalar(item.value) && typeof item.value.value === 'string') values.set(item.key.value, item.value.value);
    }
  }
  const current = values.get(key);
  values.delete(key);
  return dateTextFor(date, current, values.values());
}

type PlannedOp = Exclude<EditOp, { kind: 'date' }>;

/** Applies the plan and reads the result back, so a wrong guess is refused rather than written. */
function verify(text: string, before: YamlBlock, old: Map<unknown, unknown>, edits: TextEdit[], ops: readonly PlannedOp[], options: EditOptions): Result<void> {
  const applied = applyEdits(text, edits);
  if (!applied.ok) return applied;
  const after = readYamlBlock(applied.value);
  const refuse = (why: string) => fail<void>(`The edit was not made: ${why}. Nothing was changed.`);
  if (!after.ok) return refuse(`the result would not read back (${after.error.replace(/[;.]?\s*[Nn]othing was changed\.$/, '')})`);
  const blockEdits = edits.filter((e) => e.offset < before.parts.bodyStart);
  const shift = blockEdits.reduce((n, e) => n + e.newText.length - e.length, 0);
  // A closing fence that ended the file gains the line break the first body line needs.
  const close = before.parts.frontMatter?.close;
  const completed = close && close.next === close.end ? /^\r?\n/.exec(edits.find((e) => e.offset === close.end)?.newText ?? '')?.[0].length ?? 0 : 0;
  if (after.value.parts.bodyStart !== before.parts.bodyStart + shift + completed || after.value.parts.bom !== before.parts.bom) {
    return refuse('it would move the end of the front-matter');
  }
  if (ops.some((op) => op.kind === 'log')) {
    const title = logHeadingText(options.logHeading ?? DEFAULT_LOG_HEADING);
    const [was, now] = [parseLog(text, title), parseLog(applied.value, title)];
    const entry = ops.find((op) => op.kind === 'log');
    const first = now.entries[0];
    if (now.headings.length !== 1 || now.entries.length !== was.entries.length + 1 || !first || !entry ||
      formatIsoDate(first.date) !== formatIsoDate(entry.date)) return refuse('the log line would not read back as one new entry');
  }
  const now = toData(after.value.doc, options);
  if (!now.ok) return refuse(now.error);
  const expected = [...old.entries()];
  for (const op of ops) {
    if (op.kind === 'log') continue;
    const at = expected.findIndex(([k]) => k === op.key);
    if (op.kind === 'set') at < 0 ? expected.push([op.key, op.value]) : (expected[at] = [op.key, op.value]);
    else if (at >= 0) expected[at] = [op.key, null];
  }
  const actual = [...now.value.entries()];
  if (actual.length !== expected.length) return refuse('the front-matter would gain or lose a key it should not');
  for (const [i, [key, value]] of expected.entries()) {
    const [nowKey, nowValue] = actual[i]!;
    if (!sameData(nowKey, key)) return refuse(`the key "${String(key)}" would change too`);
    if (!sameData(nowValue, value)) {
      const asked = ops.some((op) => op.kind !== 'log' && op.key === key);
      return refuse(asked ? `"${String(key)}" would not read back as the value asked for` : `"${String(key)}" would change too`);
    }
  }
  return ok(undefined);
}

/** The top-level keys and their values, aliases expanded within the bound. */
function toData(doc: Document, options: EditOptions): Result<Map<unknown, unknown>> {
  try {
    const data: unknown = doc.toJS({ mapAsMap: true, maxAliasCount: options.maxAliasCount ?? 100 });
    if (data === null || data === undefined) return ok(new Map());
    return data instanceof Map ? ok(data) : fail('the front-matter is not a mapping');
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    if (/alias/i.test(why)) return fail(`its aliases expand too far (over ${options.maxAliasCount ?? 100}), as in an alias bomb`);
    return fail(`its front-matter can't be read back (${why})`);
  }
}

function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a instanceof Map && b instanceof Map) {
    if (a.size !== b.size) return false;
    const bEntries = [...b.entries()];
    return [...a.entries()].every(([k, v], i) => sameData(k, bEntries[i]![0]) && sameData(v, bEntries[i]![1]));
  }
  if (a instanceof Set && b instanceof Set) return sameData([...a], [...b]);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameData(v, b[i]));
  if (a instanceof Date && b instanceof Date) return Object.is(a.getTime(), b.getTime());
  if (a instanceof Uint8Array && b instanceof Uint8Array) return a.length === b.length && a.every((v, i) => v === b[i]);
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}

import { strict as assert } from 'node:assert';
import { parseDocument } from 'yaml';
import { applyEdits } from '../../../src/core/file/applyEdits';
import { type EditOp, type EditOptions, planEdits } from '../../../src/core/file/edit';
import { splitFile } from '../../../src/core/file/split';
import { type TextEdit } from '../../../src/core/types';

/** Plans and applies `ops`, failing the test with the refusal's message if there is one. */
export function edit(text: string, ops: readonly EditOp[], options?: EditOptions): string {
  const plan = planEdits(text, ops, options);
  if (!plan.ok) assert.fail(`refused: ${plan.error}`);
  const applied = applyEdits(text, plan.value);
  if (!applied.ok) assert.fail(`not applied: ${applied.error}`);
  return applied.value;
}

/** The refusal's message; fails the test when the plan is accepted. */
export function refusal(text: string, ops: readonly EditOp[], options?: EditOptions): string {
  const plan = planEdits(text, ops, options);
  if (plan.ok) assert.fail(`expected a refusal, got edits ${JSON.stringify(plan.value)}`);
  return plan.error;
}

/** The front-matter's values as yaml reads them (core schema). */
export function frontMatter(text: string): Record<string, unknown> {
  const fm = splitFile(text).frontMatter!;
  return parseDocument(text.slice(fm.contentStart, fm.contentEnd)).toJS() ?? {};
}

/**
 * The promise of every edit: outside the edited ranges, `after` holds `before`'s bytes, in
 * order. Walks the edits and compares each untouched stretch.
 */
export function assertOnlyEditsChanged(before: string, after: string, edits: readonly TextEdit[]): void {
  let from = 0;
  let shift = 0;
  for (const e of [...edits].sort((a, b) => a.offset - b.offset)) {
    assert.equal(after.slice(from + shift, e.offset + shift), before.slice(from, e.offset), `bytes before offset ${e.offset} changed`);
    assert.equal(after.slice(e.offset + shift, e.offset + shift + e.newText.length), e.newText);
    shift += e.newText.length - e.length;
    from = e.offset + e.length;
  }
  assert.equal(after.slice(from + shift), before.slice(from), 'bytes after the last edit changed');
}

/** The edits that undo `edits` once applied (each new text replaced back by what it replaced). */
export function inverse(edits: readonly TextEdit[]): TextEdit[] {
  let shift = 0;
  return [...edits].sort((a, b) => a.offset - b.offset).map((e) => {
    const undo = { offset: e.offset + shift, length: e.newText.length, newText: e.expected, expected: e.newText };
    shift += e.newText.length - e.length;
    return undo;
  });
}

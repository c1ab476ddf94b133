import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits } from '../../../src/core/file/applyEdits';
import { type EditOp, planEdits } from '../../../src/core/file/edit';
import { renderScalar } from '../../../src/core/file/quote';
import { parseLog } from '../../../src/core/logSection';
import { type TextEdit } from '../../../src/core/types';
import { assertOnlyEditsChanged, frontMatter, inverse } from './helpers';

const DIR = join(__dirname, '..', '..', 'fixtures');

/** Fixtures no edit may touch, and the reason the refusal must give. */
const REFUSED: Record<string, RegExp> = {
  'billion-laughs.md': /can't be edited: its aliases expand too far \(over 100\)/,
  'coffee-front-matter.md': /marked "---coffee", not YAML/,
  'custom-tag.md': /uses the tag tag:yaml.org,2002:js\/function/,
  'directive.md': /YAML error on line 3/,
  'duplicate-keys.md': /The key "next" appears twice/,
  'empty.md': /no front-matter/,
  'invalid-yaml.md': /YAML error on line \d+/,
  'javascript-front-matter.md': /marked "---javascript", not YAML/,
  'js-front-matter.md': /marked "---js", not YAML/,
  'local-tag.md': /uses the tag !date/,
  'no-closing-fence.md': /never closes/,
  'not-a-mapping.md': /is a list, not a list of "key: value" lines/,
  'plain-markdown.md': /no front-matter/,
  'quoting-plain.md': /YAML error on line 5/,
  'scalar-block-with-next.md': /YAML error on line 3/,
  'tabs-indent.md': /YAML error on line 4/,
  'thematic-break-start.md': /no front-matter/,
  'toml-front-matter.md': /marked "---toml", not YAML/,
  'toml-note.md': /marked "---toml", not YAML/,
  'unclosed-quote.md': /YAML error on line 4/,
};

/** Single operations refused on otherwise editable fixtures. */
const REFUSED_OP: Record<string, Partial<Record<string, RegExp>>> = {
  'next-nested.md': { 'set next': /"next" holds a nested mapping/, 'clear next': /"next" holds a nested mapping/ },
  'two-log-headings.md': { 'log a contact': /2 "## Log" headings \(lines 6, 9\)/ },
};

const OPS: Record<string, EditOp> = {
  'set next': { kind: 'set', key: 'next', value: '2026-12-24' },
  'set next_action': { kind: 'set', key: 'next_action', value: "Ask: 'which run?' #2 — \"soon\"" },
  'set a new key': { kind: 'set', key: 'diary_probe', value: 'No' },
  'clear next': { kind: 'clear', key: 'next' },
  'log a contact': { kind: 'log', date: { year: 2026, month: 11, day: 23 }, action: 'Phone call', note: 'asked for "a quote" — soon' },
};

/** The keys the diary's actions write, changed and set back on every fixture that has them. */
const DIARY_TEXT_KEYS = new Set(['name', 'next', 'next_action', 'last', 'last_action', 'company', 'stage']);

const files = readdirSync(DIR).filter((f) => f.endsWith('.md') && f !== 'README.md').sort();
const decoded = files.map((f) => {
  try {
    return { file: f, text: new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(join(DIR, f))) };
  } catch {
    return { file: f, text: undefined };
  }
});
const notUtf8 = decoded.filter((d) => d.text === undefined).map((d) => d.file);
const editable = decoded.filter((d): d is { file: string; text: string } => d.text !== undefined && !REFUSED[d.file]);
const refused = decoded.filter((d): d is { file: string; text: string } => d.text !== undefined && !!REFUSED[d.file]);

describe(`edits on the fixture corpus: ${editable.length} editable, ${refused.length} refused, ${notUtf8.length} skipped as not UTF-8 (the reader refuses them before any edit)`, function () {
  // Many small edits: generous under a loaded machine, never a measure of speed.
  this.timeout(20_000);
  it('covers the whole corpus', () => {
    assert.ok(files.length >= 40, `only ${files.length} fixtures`);
    assert.deepEqual(notUtf8, ['latin1-body.md', 'latin1-note.md', 'latin1.md']);
    for (const name of [...Object.keys(REFUSED), ...Object.keys(REFUSED_OP)]) assert.ok(files.includes(name), `${name} is gone`);
  });

  for (const { file, text } of refused) {
    it(`${file}: every edit is refused with the reason`, () => {
      for (const op of Object.values(OPS)) {
        const plan = planEdits(text, [op]);
        assert.equal(plan.ok, false);
        if (!plan.ok) assert.match(plan.error, REFUSED[file]!);
        if (!plan.ok) assert.match(plan.error, /[Nn]othing was changed/);
      }
    });
  }

  for (const { file, text } of editable) {
    for (const [name, op] of Object.entries(OPS)) {
      it(`${file}: ${name} changes only the value's bytes, reads back, and undoes to the same bytes`, () => {
        const plan = planEdits(text, [op]);
        const expectRefusal = REFUSED_OP[file]?.[name];
        if (expectRefusal) {
          assert.equal(plan.ok, false);
          if (!plan.ok) assert.match(plan.error, expectRefusal);
          return;
        }
        if (!plan.ok) return assert.fail(plan.error);
        const after = applyEdits(text, plan.value);
        if (!after.ok) return assert.fail(after.error);
        assertOnlyEditsChanged(text, after.value, plan.value);
        const before = frontMatter(text);
        const now = frontMatter(after.value);
        if (op.kind === 'log') {
          assert.deepEqual(now, before, 'the front-matter changed');
          assert.equal(parseLog(after.value).entries.length, parseLog(text).entries.length + 1);
          assert.deepEqual(parseLog(after.value).entries[0], { date: op.date, action: op.action, note: op.note, line: parseLog(after.value).entries[0]!.line });
        } else {
          const expected = op.kind === 'set' ? op.value : op.key in before ? null : undefined;
          assert.deepEqual({ ...now, [op.key]: undefined }, { ...before, [op.key]: undefined }, 'another key changed');
          assert.equal(now[op.key], expected);
        }
        if (/\r\n/.test(text) && !/[^\r]\n/.test(text)) assert.doesNotMatch(after.value, /[^\r]\n/, 'a bare LF in a CRLF file');
        assert.deepEqual(applyEdits(after.value, inverse(plan.value)), { ok: true, value: text });
        if (op.kind === 'set') assert.deepEqual(planEdits(after.value, [op]), { ok: true, value: [] }, 'setting it again is not a no-op');
      });
    }

    it(`${file}: setting every text key to its current value changes nothing, and a change to a diary key sets back byte for byte`, () => {
      for (const [key, value] of Object.entries(frontMatter(text))) {
        if (typeof value !== 'string') continue;
        assert.deepEqual(planEdits(text, [{ kind: 'set', key, value }]), { ok: true, value: [] }, key);
        if (!DIARY_TEXT_KEYS.has(key)) continue;
        const changed = planEdits(text, [{ kind: 'set', key, value: `${value} (changed)` }]);
        if (!changed.ok && /would change too/.test(changed.error)) {
          assert.match(text, /\*\w/, `${key}: refused as aliased, but there is no alias`);
          continue;
        }
        if (!changed.ok) return assert.fail(`${key}: ${changed.error}`);
        const after = applyEdits(text, changed.value);
        assert.ok(after.ok);
        const back = planEdits(after.value, [{ kind: 'set', key, value }]);
        if (!back.ok) return assert.fail(`${key} back: ${back.error}`);
        const restored = applyEdits(after.value, back.value);
        assert.ok(restored.ok);
        assertRestored(text, restored.value, changed.value, key, value);
      }
    });
  }
});

/**
 * Setting a value back gives the original bytes whenever the original was written the way we
 * write that value (same quoting, one line, no escape we would not use). Otherwise only the
 * original value's bytes differ, and the value reads the same.
 */
function assertRestored(original: string, restored: string, firstPlan: readonly TextEdit[], key: string, value: string): void {
  assert.equal(firstPlan.length, 1);
  const { offset, length, expected: raw } = firstPlan[0]!;
  const style = raw.startsWith("'") ? 'single' : raw.startsWith('"') ? 'double' : 'plain';
  if (renderScalar(value, style, key === 'next' || key === 'last') === raw) return assert.equal(restored, original, key);
  assert.equal(restored.slice(0, offset), original.slice(0, offset), `${key}: bytes before the value changed`);
  assert.equal(restored.slice(restored.length - (original.length - offset - length)), original.slice(offset + length), `${key}: bytes after the value changed`);
  assert.deepEqual(frontMatter(restored), frontMatter(original), `${key}: reads differently`);
}

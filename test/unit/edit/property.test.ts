import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { applyEdits } from '../../../src/core/file/applyEdits';
import { type EditOp, planEdits } from '../../../src/core/file/edit';
import { parseLog } from '../../../src/core/logSection';
import { assertOnlyEditsChanged, frontMatter, inverse } from './helpers';

/** A text value in the three quoting styles, as a person might have written it. */
const text = fc.string({ unit: fc.constantFrom(...[...'abc xyz:#-\'"\\,[]{}&*!|>%@`é中🎉']), maxLength: 12 });
const scalar = fc.oneof(
  fc.constantFrom('Acme Print', 'prospect', "O'Brien", 'Jane Doe', '2026-11-27', '2026-11-27 14:30', '~', 'null', '3 weeks'),
  text.map((s) => `'${s.replace(/'/g, "''")}'`),
  text.map((s) => JSON.stringify(s)),
  fc.constant(''),
);
const list = fc.constantFrom('[printing, met-at-expo]', '[]', '\n  - a\n  - b', '\n- a\n- b');
const KEYS = ['name', 'company', 'next', 'next_action', 'last', 'last_action', 'stage', 'cadence'];

interface Entry { key: string; value: string; comment: boolean; trailing: string; blankBefore: boolean; commentBefore: boolean }

const entry = (key: string) => fc.record({
  key: fc.constant(key),
  value: key === 'tags' ? list : scalar,
  comment: fc.boolean(),
  trailing: fc.constantFrom('', ' ', '  \t'),
  blankBefore: fc.boolean(),
  commentBefore: fc.boolean(),
});

const file = fc.record({
  entries: fc.shuffledSubarray([...KEYS, 'tags'], { minLength: 1 }).chain((keys) => fc.tuple(...keys.map(entry))),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  body: fc.constantFrom('', '# Ann\n', '# Ann\n\nNotes --- here.\n', '# Ann\n\n## Log\n- 2026-11-20 Call — ok\n', '## Log\n', '```\n## Log\n```\n', 'Text'),
}).map(({ entries, crlf, bom, body }) => {
  const eol = crlf ? '\r\n' : '\n';
  const lines = (entries as Entry[]).map((e) => {
    const head = `${e.blankBefore ? '\n' : ''}${e.commentBefore ? '# about it\n' : ''}${e.key}:`;
    const multiline = e.value.startsWith('\n');
    const value = e.value === '' ? '' : multiline ? e.value : ` ${e.value}`;
    const after = multiline ? '' : `${e.comment ? ' # note' : ''}${e.trailing}`;
    return `${head}${multiline ? `${after}${value}` : `${value}${after}`}\n`;
  });
  return `${bom ? '\uFEFF' : ''}${`---\n${lines.join('')}---\n${body}`.replace(/\n/g, eol)}`;
});

const op: fc.Arbitrary<EditOp> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), key: fc.constantFrom(...KEYS, 'tags', 'new_key'), value: fc.oneof(text, fc.string({ maxLength: 10 }), fc.constantFrom('No', '2026-12-01', '- call back', '#3 follow-up', '[[Acme]]', ' padded ', 'a\nb')) }),
  fc.record({ kind: fc.constant('clear' as const), key: fc.constantFrom(...KEYS, 'tags') }),
  fc.record({ kind: fc.constant('log' as const), date: fc.constant({ year: 2026, month: 11, day: 23 }), action: fc.constantFrom('Call', 'Sent proposal'), note: fc.option(text, { nil: undefined }) }),
);

describe('planEdits on random contact files (fast-check)', () => {
  it('changes only the edited bytes, reads back as asked, and undoes to the same bytes', function () {
    this.timeout(20_000);
    fc.assert(fc.property(file, fc.uniqueArray(op, { maxLength: 3, selector: (o) => (o.kind === 'log' ? 'log' : o.key) }), (text, ops) => {
      const plan = planEdits(text, ops);
      if (!plan.ok) {
        // The only refusals a well-formed contact may get: a scalar edit of the list, a value that is not text.
        assert.ok(ops.some((o) => o.kind !== 'log' && o.key === 'tags' && typeof frontMatter(text)['tags'] === 'object'), plan.error);
        assert.match(plan.error, /"tags" holds a list/);
        return;
      }
      const after = applyEdits(text, plan.value);
      if (!after.ok) return assert.fail(after.error);
      assertOnlyEditsChanged(text, after.value, plan.value);
      if (text.includes('\r\n')) assert.doesNotMatch(after.value, /[^\r]\n/, 'a bare LF in a CRLF file');
      const before = frontMatter(text);
      const expected = { ...before };
      for (const o of ops) {
        if (o.kind === 'set') expected[o.key] = o.value;
        if (o.kind === 'clear' && o.key in before) expected[o.key] = null;
      }
      assert.deepEqual(frontMatter(after.value), expected);
      if (ops.some((o) => o.kind === 'log')) assert.equal(parseLog(after.value).entries.length, parseLog(text).entries.length + 1);
      assert.deepEqual(applyEdits(after.value, inverse(plan.value)), { ok: true, value: text });
      const noOps = ops.filter((o) => o.kind === 'set');
      assert.deepEqual(planEdits(after.value, noOps), { ok: true, value: [] }, 'setting the same values again changed bytes');
    }), { numRuns: 100 });
  });
});

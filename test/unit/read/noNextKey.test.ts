// Regression: a contact can vanish without a word. Editing a note broke its `next:` key; the note
// still had name, last, cadence and next_action, and it left every group with no diagnostic.
import { strict as assert } from 'node:assert';
import { agenda } from '../../../src/core/agenda';
import { localDate } from '../../../src/core/dates/localDate';
import { createDiaryIndex } from '../../../src/core/diaryIndex';
import { codeActions, diagnostics, isContactText } from '../../../src/core/editor';
import { applyEdits } from '../../../src/core/file/applyEdits';
import { readContact, readContactText } from '../../../src/core/read';

const TODAY = localDate(2026, 11, 23);
const whole = { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } };
const note = (...frontMatter: string[]) => ['---', ...frontMatter, '---', '# Isla', ''].join('\n');
// `next:` typed over as `nxt:`, the rest as it was.
const BROKEN = note('name: Isla McDonald', 'nxt: 2027-01-11', 'next_action: Burns Night labels debrief', 'last: 2026-10-20', 'cadence: 3 weeks');

describe('a note with diary keys but no next (regression: a contact can vanish without a word)', () => {
  it('needs attention, saying what to add, at the line where next: belongs', () => {
    const r = readContactText('isla.md', BROKEN);
    assert.equal(r.kind, 'attention');
    if (r.kind !== 'attention') return;
    assert.equal(r.name, 'Isla McDonald');
    assert.equal(r.problem.message, 'no next: key; add one (blank = unscheduled)');
    assert.equal(r.problem.code, 'no-next');
    assert.equal(r.problem.line, 3, 'the next_action line');
    // Read from bytes (the scan) the same way.
    assert.deepEqual(readContact('isla.md', new TextEncoder().encode(BROKEN)), r);
  });

  it('is listed under Needs attention, not in no group at all', () => {
    const index = createDiaryIndex({ read: readContact });
    index.upsert('isla.md', BROKEN);
    const a = agenda(index, TODAY);
    const listed = a.groups.flatMap((g) => g.items.map((i) => [g.id, i.name, i.line]));
    assert.deepEqual(listed, [['attention', 'Isla McDonald', 3]]);
  });

  it('counts each of the diary keys, alone, and puts the problem on the closing --- without next_action', () => {
    for (const key of ['next_action: Call', 'last: 2026-10-20', 'last_action: Phone call', 'cadence: 3 weeks', '"last": 2026-10-20']) {
      const r = readContactText('n.md', note('name: N', key));
      assert.equal(r.kind === 'attention' && r.problem.code, 'no-next', key);
      if (!key.startsWith('next_action')) assert.equal(r.kind === 'attention' && r.problem.line, 3, key);
    }
  });

  it("regression: a team page's last: Roe (a surname) needed attention as a contact missing next:", () => {
    for (const text of [note('title: Team', 'first: Jane', 'last: Roe'), note('first: Jane', 'last: "Roe"', 'tags: [a'), note('last: O\'Brien')]) {
      assert.deepEqual(readContactText('team.md', text), { kind: 'none' }, text);
      assert.deepEqual(readContact('team.md', new TextEncoder().encode(text)), { kind: 'none' }, text);
    }
    // A date, a daily note's link or nothing after last: is a contact's, as before.
    for (const last of ['last: 2026-10-20', 'last: "2026-10-20"', 'last: "[[2026-10-20]]"', 'last:', 'last: # when?']) {
      assert.equal(readContactText('n.md', note('name: N', last)).kind, 'attention', last);
    }
  });

  it('changes nothing else about which notes are contacts', () => {
    for (const text of [
      note('name: N', 'tags: [a, b]'),
      note('title: Last things', 'lastly: x', 'cadences: 3'),
      '# Notes\n\nlast: 2026-10-20\n',
      note('name: N', 'meta:', '  last: 2026-10-20'),
    ]) {
      assert.deepEqual(readContactText('n.md', text), { kind: 'none' }, text);
      assert.equal(isContactText(text), false, text);
      assert.deepEqual(diagnostics(text), [], text);
    }
    // With next, blank or not, a contact as before.
    assert.equal(readContactText('n.md', note('name: N', 'next:', 'last: 2026-10-20')).kind, 'contact');
  });

  it('a block that is not valid YAML, with diary keys but no next line, needs attention for its YAML', () => {
    const r = readContactText('n.md', note('name: N', 'next 2027-01-11', 'last: 2026-10-20'));
    assert.equal(r.kind === 'attention' && r.problem.code, 'yaml');
  });

  it('the editor shows the problem, with a quick fix that adds next:', () => {
    const [d, ...rest] = diagnostics(BROKEN, { today: TODAY });
    assert.deepEqual(rest, []);
    assert.equal(d!.message, 'no next: key; add one (blank = unscheduled)');
    assert.equal(d!.code, 'no-next');
    assert.equal(d!.range.start.line, 3);
    const fixes = codeActions(BROKEN, d!.range, TODAY).filter((a) => a.diagnosticCode === 'no-next');
    assert.equal(fixes.length, 1);
    const fixed = applyEdits(BROKEN, [fixes[0]!.edit!]);
    assert.ok(fixed.ok);
    assert.equal(fixed.value, BROKEN.replace('next_action:', 'next:\nnext_action:'));
    // Fixed, it is a contact again, unscheduled, with no problems.
    const read = readContactText('isla.md', fixed.value);
    assert.equal(read.kind === 'contact' && read.contact.problems.length, 0);
    assert.deepEqual(diagnostics(fixed.value, { today: TODAY }), []);
  });

  it('the quick fix writes the block\'s line ending, at its end when there is no next_action', () => {
    const crlf = note('name: N', 'last: 2026-10-20').replace(/\n/g, '\r\n');
    const [fix] = codeActions(crlf, whole, TODAY);
    const fixed = applyEdits(crlf, [fix!.edit!]);
    assert.ok(fixed.ok);
    assert.equal(fixed.value, crlf.replace('last: 2026-10-20\r\n', 'last: 2026-10-20\r\nnext:\r\n'));
    // Away from the block, no fix.
    assert.deepEqual(codeActions(crlf, { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, TODAY), []);
  });
});

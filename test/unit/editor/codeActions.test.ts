import { strict as assert } from 'node:assert';
import { formatIsoDate } from '../../../src/core/dates/localDate';
import { resolveDate } from '../../../src/core/dates/naturalDate';
import { applyEdits } from '../../../src/core/file/applyEdits';
import { codeActions, codeLenses } from '../../../src/core/editor';
import { CONTACT, TODAY, lines } from './helpers';

const lineRange = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 0 } });
const iso = (phrase: string, direction: 'future' | 'past' = 'future') => {
  const r = resolveDate(phrase, TODAY, { direction });
  assert.ok(r.ok, phrase);
  return formatIsoDate(r.value.date);
};

describe('codeActions', () => {
  it('rewrites a natural-language next as its ISO date, keeping quotes and comment', () => {
    const text = lines('---', "next: 'next tuesday'   # after the expo", 'last: yesterday', '---', 'body');
    const [fix] = codeActions(text, lineRange(1), TODAY);
    assert.equal(fix?.diagnosticCode, 'natural-date');
    assert.equal(fix?.isPreferred, true);
    const after = applyEdits(text, [fix.edit!]);
    assert.ok(after.ok);
    assert.equal(after.value, text.replace('next tuesday', iso('next tuesday')));
    const [lastFix] = codeActions(text, lineRange(2), TODAY);
    assert.equal(lastFix!.edit!.newText, iso('yesterday', 'past'));
  });

  it('offers Reschedule… on a next date in the past, and nothing on one ahead', () => {
    const past = lines('---', 'next: 2026-11-20', '---');
    assert.deepEqual(codeActions(past, lineRange(1), TODAY).map((a) => [a.title, a.command]), [['Reschedule…', 'reschedule']]);
    assert.deepEqual(codeActions(CONTACT, lineRange(4), TODAY), []);
  });

  it('writes a diary key written with a capital in lower case, only its letters changing (Last:, and Next: in a note without next:)', () => {
    const text = lines('---', 'name: Jane', 'next: 2026-12-01', 'Last: 2026-11-20   # the call', 'Title: kept', '---');
    const [fix, ...more] = codeActions(text, lineRange(3), TODAY);
    assert.deepEqual(more, []);
    assert.deepEqual([fix?.title, fix?.diagnosticCode, fix?.isPreferred], ['Write last: in lower case', 'key-case', true]);
    const after = applyEdits(text, [fix!.edit!]);
    assert.ok(after.ok);
    assert.equal(after.value, text.replace('Last:', 'last:'));
    // A key not the diary's is the note's own.
    assert.deepEqual(codeActions(text, lineRange(4), TODAY), []);
    // A quoted key keeps its quotes (regression: no fix was offered for "Last":).
    const quoted = lines('---', 'name: Jane', 'next: 2026-12-01', '"Last": 2026-11-20', '---');
    const [q] = codeActions(quoted, lineRange(3), TODAY);
    const mended = applyEdits(quoted, [q!.edit!]);
    assert.ok(mended.ok && mended.value === quoted.replace('"Last"', '"last"'));
    const capital = lines('---', 'name: Jane', 'Next: 2026-12-01', '---');
    const titles = codeActions(capital, lineRange(2), TODAY).map((a) => a.title);
    // Only the lower case: a blank next: beside Next: would leave its date unread (regression: both were offered, both preferred).
    assert.deepEqual(titles, ['Write next: in lower case']);
    const renamed = applyEdits(capital, [codeActions(capital, lineRange(2), TODAY).find((a) => a.title === 'Write next: in lower case')!.edit!]);
    assert.ok(renamed.ok && renamed.value === capital.replace('Next:', 'next:'));
  });

  it('offers nothing off those lines, for ISO dates, or in a non-contact', () => {
    const text = lines('---', 'name: Jane', 'next: someday', 'last: 2026-11-20', '---');
    assert.deepEqual(codeActions(text, lineRange(1), TODAY), []);
    assert.deepEqual(codeActions(text, lineRange(3), TODAY), []);
    assert.deepEqual(codeActions('# Notes\nnext: tomorrow\n', lineRange(1), TODAY), []);
  });

  it('a selection over several lines gets every fix it touches', () => {
    const text = lines('---', 'next: tomorrow', 'last: yesterday', '---');
    const all = codeActions(text, { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } }, TODAY);
    assert.deepEqual(all.map((a) => a.title.replace(/ \(.*/, '')), [`Change to ${iso('tomorrow')}`, 'Reschedule…', 'Clear', `Change to ${iso('yesterday', 'past')}`]);
  });
});

describe('codeActions on a date the diary cannot read', () => {
  const titles = (text: string, line: number) => codeActions(text, lineRange(line), TODAY).map((a) => a.title);

  it('offers Reschedule… and Clear (unscheduled) on a next: that is no date, for the diagnostic on its line', () => {
    for (const value of ['sometime soonish', '2026-13-45', '"2026-02-30"', "'2026-11-27 25:00'"]) {
      const text = lines('---', 'name: Jane', `next: ${value}`, 'next_action: Call', '---');
      const fixes = codeActions(text, lineRange(2), TODAY);
      assert.deepEqual(fixes.map((a) => [a.title, a.command, a.diagnosticCode, a.line]), [
        ['Reschedule…', 'reschedule', 'date', 2], ['Clear (unscheduled)', undefined, 'date', 2],
      ], value);
    }
  });

  it('Clear (unscheduled) blanks the value alone, keeping the comment and every other byte, CRLF too', () => {
    const text = '---\r\nname: Jane\r\nnext: sometime soonish   # after the expo\r\nnext_action: Call\r\n---\r\nbody\r\n';
    const clear = codeActions(text, lineRange(2), TODAY).find((a) => a.title === 'Clear (unscheduled)');
    const after = applyEdits(text, [clear!.edit!]);
    assert.ok(after.ok);
    assert.equal(after.value, text.replace('next: sometime soonish', 'next:'));
  });

  it('puts the phrase\'s date first, computed from today, then Reschedule… and Clear', () => {
    const text = lines('---', 'name: Jane', 'next: next friday', '---');
    const fixes = codeActions(text, lineRange(2), TODAY);
    assert.deepEqual(fixes.map((a) => [a.title, a.diagnosticCode, a.isPreferred]), [
      [`Change to ${iso('next friday')} (Fri 4 Dec 2026)`, 'natural-date', true], ['Reschedule…', 'natural-date', undefined], ['Clear (unscheduled)', 'natural-date', undefined],
    ]);
    const monday = codeActions(text, lineRange(2), { year: 2026, month: 11, day: 30 })[0]!;
    assert.equal(monday.edit!.newText, '2026-12-11', 'another today, another Friday');
  });

  it('offers on last: only the date of a phrase it reads: neither Reschedule… (which sets next) nor Clear', () => {
    assert.deepEqual(titles(lines('---', 'next: 2026-11-27', 'last: yesterday-ish', '---'), 2), []);
    assert.deepEqual(titles(lines('---', 'next: 2026-11-27', 'last: 2 days ago', '---'), 2), [`Change to ${iso('2 days ago', 'past')} (Sat 21 Nov 2026)`]);
  });

  it('offers neither Reschedule… nor Clear where next: holds a list or mapping, which no edit can set', () => {
    assert.deepEqual(titles(lines('---', 'next: [2026-11-27, 2026-11-30]', '---'), 1), []);
    assert.deepEqual(titles(lines('---', 'next:', '  when: soon', '---'), 1), []);
  });

  it('offers nothing for a date when the front-matter is not valid YAML (the YAML comes first)', () => {
    assert.deepEqual(titles(lines('---', 'next: someday', 'tags: [a', '---'), 1), []);
  });

  it('an edit refuses to land on text changed since', () => {
    const text = lines('---', 'next: tomorrow', '---');
    const [fix] = codeActions(text, lineRange(1), TODAY);
    assert.equal(applyEdits(text.replace('tomorrow', 'tomorrOw'), [fix!.edit!]).ok, false);
  });
});

describe('codeLenses', () => {
  it('puts Log Contact… · Reschedule… · Snooze 1 Day on the opening fence of a contact, titled as the commands are', () => {
    const [lens, ...rest] = codeLenses(CONTACT);
    assert.equal(rest.length, 0);
    assert.deepEqual(lens!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
    assert.deepEqual(lens!.commands.map((c) => [c.title, c.command]), [['Log Contact…', 'logContact'], ['Reschedule…', 'reschedule'], ['Snooze 1 Day', 'snooze1Day']]);
  });

  it('after a BOM, starts after it', () => {
    assert.deepEqual(codeLenses('\uFEFF' + CONTACT)[0]!.range.start, { line: 0, character: 1 });
  });

  it('none for files that are not contacts or cannot be read', () => {
    assert.deepEqual(codeLenses('# Notes\n'), []);
    assert.deepEqual(codeLenses(lines('---js', '{ next: 1 }', '---')), []);
    assert.deepEqual(codeLenses(lines('---', 'next: [', '---')), []);
  });
});

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
    const after = applyEdits(text, [fix!.edit!]);
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

  it('offers nothing off those lines, for ISO or unreadable dates, or in a non-contact', () => {
    const text = lines('---', 'name: Jane', 'next: someday', '---');
    assert.deepEqual(codeActions(text, lineRange(1), TODAY), []);
    assert.deepEqual(codeActions(text, lineRange(2), TODAY), []);
    assert.deepEqual(codeActions('# Notes\nnext: tomorrow\n', lineRange(1), TODAY), []);
  });

  it('a selection over several lines gets every fix it touches', () => {
    const text = lines('---', 'next: tomorrow', 'last: yesterday', '---');
    const all = codeActions(text, { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } }, TODAY);
    assert.deepEqual(all.map((a) => a.edit?.newText), [iso('tomorrow'), iso('yesterday', 'past')]);
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

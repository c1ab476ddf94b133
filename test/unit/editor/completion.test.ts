import { strict as assert } from 'node:assert';
import { formatIsoDate } from '../../../src/core/dates/localDate';
import { resolveDate } from '../../../src/core/dates/naturalDate';
import { DIARY_KEYS, type EditorCompletion, completesAsTyped, completionsAt } from '../../../src/core/editor';
import { CONTACT, TODAY, at, lines, textOf } from './helpers';

const context = {
  stages: ['prospect', 'customer', ' prospect ', '', 'Customer', 'suspect'],
  contacts: [{ slug: 'bob-smith', name: 'Bob Smith' }, { slug: 'ada-lee', name: 'Ada Lee' }],
};
const iso = (phrase: string, direction: 'future' | 'past' = 'future') => {
  const r = resolveDate(phrase, TODAY, { direction });
  assert.ok(r.ok, phrase);
  return formatIsoDate(r.value.date);
};
/** The text after applying an item. */
function apply(text: string, item: EditorCompletion): string {
  const rows = text.split('\n');
  const row = rows[item.range.start.line]!;
  rows[item.range.start.line] = row.slice(0, item.range.start.character) + item.insertText + row.slice(item.range.end.character);
  return rows.join('\n');
}

describe('completionsAt', () => {
  it('offers the diary keys not yet present at the start of a front-matter line, with what each means', () => {
    const text = lines('---', 'name: Jane', 'next: 2026-11-27', '', '---');
    const items = completionsAt(text, { line: 3, character: 0 }, TODAY, context);
    const expected = DIARY_KEYS.map((k) => k.key).filter((k) => k !== 'name' && k !== 'next');
    assert.deepEqual(items.map((i) => i.label), expected);
    assert.ok(items.every((i) => i.kind === 'key' && i.insertText === `${i.label}: ` && (i.documentation ?? '').length > 10));
    // The keys the diary has come to read are offered too (regression: knows, birthday and waiting were not).
    for (const key of ['knows', 'aliases', 'birthday', 'anniversary', 'waiting', 'waiting_since']) assert.ok(items.some((i) => i.label === key), key);
  });

  it('replaces the word being typed as a key', () => {
    const text = lines('---', 'next: 2026-11-27', 'cad', '---');
    const items = completionsAt(text, { line: 2, character: 3 }, TODAY, context);
    const cadence = items.find((i) => i.label === 'cadence')!;
    assert.equal(apply(text, cadence).split('\n')[2], 'cadence: ');
  });

  it('after next:, the quick choices each insert their ISO date', () => {
    const text = lines('---', 'next: ', '---');
    const items = completionsAt(text, { line: 1, character: 6 }, TODAY, context);
    assert.deepEqual(items.map((i) => i.filterText), ['tomorrow', 'in 3 days', 'next week', 'in 2 weeks', 'next month']);
    for (const i of items) assert.equal(apply(text, i).split('\n')[1], `next: ${iso(i.filterText!)}`);
    assert.deepEqual(items.map((i) => i.kind), items.map(() => 'date'));
    const nextWeek = items.find((i) => i.filterText === 'next week')!;
    assert.match(nextWeek.documentation ?? '', /Monday/);
  });

  it('after last:, choices that lean into the past', () => {
    const text = lines('---', 'next:', 'last: ', '---');
    const items = completionsAt(text, { line: 2, character: 6 }, TODAY, context);
    assert.deepEqual(items.map((i) => [i.filterText, i.insertText]), [
      ['today', iso('today', 'past')], ['yesterday', iso('yesterday', 'past')], ['2 days ago', iso('2 days ago', 'past')], ['1 week ago', iso('1 week ago', 'past')],
    ]);
  });

  it('offers the phrase being typed as its ISO date, first and preselected, replacing the whole phrase', () => {
    const text = lines('---', 'next: next tue   # soon', '---');
    const items = completionsAt(text, at(text, 'tue', 3), TODAY, context);
    assert.equal(items[0]!.label, `next tue → ${iso('next tue')}`);
    assert.equal(items[0]!.insertText, iso('next tue'));
    assert.equal(items[0]!.preselect, true);
    assert.equal(items[0]!.filterText, 'next tue');
    assert.equal(apply(text, items[0]!).split('\n')[1], `next: ${iso('next tue')}   # soon`);
  });

  it('inserts a blank after a bare colon, so YAML reads a value', () => {
    const text = lines('---', 'next:', '---');
    const items = completionsAt(text, { line: 1, character: 5 }, TODAY, context);
    assert.equal(apply(text, items[0]!).split('\n')[1], `next: ${iso('tomorrow')}`);
  });

  it('keeps quotes around a quoted date', () => {
    const text = lines('---', 'next: "tomorrow"', '---');
    const items = completionsAt(text, at(text, 'tomorrow', 8), TODAY, context);
    assert.equal(apply(text, items[0]!).split('\n')[1], `next: "${iso('tomorrow')}"`);
  });

  it('closes a quote being typed, and offers nothing past a closing quote or in a comment (regression: the note was left unreadable, the quote or the comment eaten)', () => {
    const open = lines('---', 'next: "fri', '---');
    const [first] = completionsAt(open, at(open, 'fri', 3), TODAY, context);
    assert.equal(apply(open, first!).split('\n')[1], `next: "${iso('fri')}"`);
    const closed = lines('---', 'next: "fri"', '---');
    assert.deepEqual(completionsAt(closed, at(closed, 'fri"', 4), TODAY, context), []);
    const commented = lines('---', 'next: fri # chase', '---');
    assert.deepEqual(completionsAt(commented, at(commented, 'chase', 5), TODAY, context), []);
    // A blank typed after the phrase is still the value's place.
    const spaced = lines('---', 'next: fri ', '---');
    assert.equal(apply(spaced, completionsAt(spaced, { line: 1, character: 10 }, TODAY, context)[0]!).split('\n')[1], `next: ${iso('fri')}`);
  });

  it('offers nothing for a phrase it cannot read, beyond the quick choices', () => {
    const text = lines('---', 'next: someday', '---');
    const items = completionsAt(text, at(text, 'someday', 7), TODAY, context);
    assert.equal(items.length, 5);
    assert.ok(!items.some((i) => i.filterText === 'someday'));
  });

  it('after stage:, the stages of the diary, once each', () => {
    const text = lines('---', 'next:', 'stage: ', '---');
    const items = completionsAt(text, { line: 2, character: 7 }, TODAY, context);
    assert.deepEqual(items.map((i) => i.insertText), ['customer', 'prospect', 'suspect']);
    assert.ok(items.every((i) => i.kind === 'stage' && textOf(text, i.range) === ''));
  });

  it('after introduced_by:, quoted links to the other contacts (plain links inside quotes)', () => {
    const text = lines('---', 'next:', 'introduced_by: ', '---');
    const items = completionsAt(text, { line: 2, character: 15 }, TODAY, context);
    assert.deepEqual(items.map((i) => [i.label, i.insertText]), [['Ada Lee', '"[[ada-lee]]"'], ['Bob Smith', '"[[bob-smith]]"']]);
    const quoted = lines('---', 'next:', 'introduced_by: "[[b"', '---');
    const inside = completionsAt(quoted, at(quoted, '[[b', 3), TODAY, context);
    const bob = inside.find((i) => i.label === 'Bob Smith')!;
    assert.equal(apply(quoted, bob).split('\n')[2], 'introduced_by: "[[bob-smith]]"');
    assert.equal(bob.filterText, '[[bob-smith]]');
  });

  it('offers nothing in the body, on other keys, or in a file that is not a contact', () => {
    assert.deepEqual(completionsAt(CONTACT, at(CONTACT, 'Met on'), TODAY, context), []);
    assert.deepEqual(completionsAt(CONTACT, at(CONTACT, 'Acme', 4), TODAY, context), []);
    const note = lines('---', 'title: x', '', '---');
    assert.deepEqual(completionsAt(note, { line: 2, character: 0 }, TODAY, context), []);
  });

  it('regression: a key named __proto__ or constructor is not a date key ("QUICK[direction] is not iterable")', () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const text = lines('---', 'next:', `${key}: `, '---');
      assert.deepEqual(completionsAt(text, { line: 2, character: key.length + 2 }, TODAY, context), [], key);
    }
  });

  it('bad input: positions off the file, empty context', () => {
    for (const p of [{ line: -3, character: 0 }, { line: 50, character: 0 }, { line: 1, character: 999 }, { line: 1, character: -1 }]) {
      assert.doesNotThrow(() => completionsAt(CONTACT, p, TODAY, { stages: [], contacts: [] }));
    }
    const text = lines('---', 'next:', 'stage: ', '---');
    assert.deepEqual(completionsAt(text, { line: 2, character: 7 }, TODAY, { stages: [], contacts: [] }), []);
  });
});

describe('completesAsTyped', () => {
  const note = (line: string) => lines('---', 'name: Jane', line, 'next_action: Call', '---', '', line, '');
  const after = (line: string, typed: string) => completesAsTyped(note(line), at(note(line), typed, typed.length));

  it('opens completion as a phrase is typed into next: or last:, in quotes too', () => {
    assert.equal(after('next: f', 'next: f'), true);
    assert.equal(after('next: fri', 'next: fri'), true);
    assert.equal(after('last: 2 days ago', 'last: 2 d'), true);
    assert.equal(after('next: +3d', 'next: +'), true);
    assert.equal(after('next: "in 2"', 'next: "in 2'), true);
    assert.equal(after('next: in 2 weeks # call', 'next: in'), true, 'in the middle of a value');
  });

  it('does not for an ISO date typed digit by digit, nor on the key, after the value, in the body or in other keys', () => {
    assert.equal(after('next: 2026-1', 'next: 2026-1'), false);
    assert.equal(after('next: 2', 'next: 2'), false);
    assert.equal(after('next: fri # call', 'next: fri # c'), false, 'in the comment');
    assert.equal(after('next: fri', 'nex'), false, 'on the key');
    assert.equal(after('stage: p', 'stage: p'), false);
    assert.equal(after('next_action: Call', 'next_action: C'), false);
    const text = note('next: fri');
    assert.equal(completesAsTyped(text, at(text, 'next: fri', 9, 1)), false, 'the same line in the body');
  });

  it('does not in a file that is not a contact', () => {
    const text = lines('---', 'title: Plans', 'date: fri', '---');
    assert.equal(completesAsTyped(text, at(text, 'date: fri', 9)), false);
    assert.equal(completesAsTyped('# Notes\nnext: fri\n', { line: 1, character: 9 }), false);
  });
});

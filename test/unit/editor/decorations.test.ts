import { strict as assert } from 'node:assert';
import { addDays } from '../../../src/core/dates/localDate';
import { agenda } from '../../../src/core/agenda';
import { dateDecorations } from '../../../src/core/editor';
import { type ContactSpec, fakeIndex } from '../agenda/fakeIndex';
import { CONTACT, TODAY, lines, textOf } from './helpers';

const withNext = (value: string) => lines('---', 'name: Jane', `next: ${value}`, '---', '');

describe('dateDecorations', () => {
  it('describes the next date after it, coloured by where it stands', () => {
    const cases: Array<[number, string, string]> = [
      [-3, '3 days overdue', 'overdue'], [-1, 'yesterday', 'overdue'], [0, 'today', 'today'],
      [1, 'tomorrow', 'upcoming'], [2, 'in 2 days', 'upcoming'], [7, 'in 7 days', 'upcoming'], [8, 'in 8 days', 'later'],
    ];
    for (const [days, words, state] of cases) {
      const d = addDays(TODAY, days);
      const iso = `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
      const text = withNext(iso);
      const decorations = dateDecorations(text, TODAY);
      assert.deepEqual(decorations.map((x) => [textOf(text, x.range), x.text, x.state]), [[iso, words, state]], `${days} days`);
    }
  });

  it('lets the upcoming window be set, as the view does', () => {
    assert.equal(dateDecorations(withNext('2026-11-26'), TODAY, { upcomingDays: 2 })[0]!.state, 'later');
  });

  it('covers the date, not its quotes or comment, so the words go right after it', () => {
    const text = lines('---', "next: '2026-11-27 10:30'   # call", '---');
    const [d] = dateDecorations(text, TODAY);
    assert.equal(textOf(text, d!.range), '2026-11-27 10:30');
    assert.equal(d!.text, 'in 4 days');
    // The words go after the closing quote, not inside the quotes (regression: '2026-11-27 10:30  in 4 days').
    assert.deepEqual(d!.after, { line: 1, character: text.split('\n')[1]!.indexOf("'   #") + 1 });
    const plain = lines('---', 'next: 2026-11-27', '---');
    assert.deepEqual(dateDecorations(plain, TODAY)[0]!.after, { line: 1, character: 16 });
  });

  it('says a contact past its cadence is going cold and colours it overdue, as the view lists it', () => {
    // Regression: the view listed a cold contact as overdue while the editor said "in 7 weeks".
    const text = lines('---', 'next: 2027-01-11', 'last: 2026-10-20', 'cadence: 3 weeks', '---');
    assert.deepEqual(dateDecorations(text, TODAY).map((x) => [x.text, x.state]), [
      ['in 7 weeks · going cold for 13 days', 'overdue'],
    ]);
    const warm = lines('---', 'next: 2026-12-01', 'last: 2026-11-20', 'cadence: 3 weeks', '---');
    assert.deepEqual(dateDecorations(warm, TODAY).map((x) => [x.text, x.state]), [['in 8 days', 'later']]);
  });

  it('colours and words each date as the agenda lists its contact (one decision, not two that drift)', () => {
    const specs: Record<string, ContactSpec> = {
      'late.md': { next: '2026-11-20' },
      'cold.md': { next: '2027-01-11', last: '2026-10-20', cadence: '3 weeks' },
      'warm.md': { next: '2026-11-26', last: '2026-11-20', cadence: '1 week' },
      'now.md': { next: '2026-11-23 09:30' },
      'far.md': { next: '2026-12-24' },
    };
    const text = (c: ContactSpec) => lines('---', `next: ${c.next}`, ...(c.last ? [`last: ${c.last}`] : []), ...(c.cadence ? [`cadence: ${c.cadence}`] : []), '---');
    for (const upcomingDays of [2, 7, 40]) {
      const items = agenda(fakeIndex(specs), TODAY, { upcomingDays }).groups.flatMap((g) => g.items);
      for (const [file, spec] of Object.entries(specs)) {
        const item = items.find((i) => i.file === file)!;
        const [d] = dateDecorations(text(spec), TODAY, { upcomingDays });
        assert.equal(d!.state, item.group, `${file}, ${upcomingDays} days`);
        assert.ok(d!.text.endsWith(item.description), `${file}: "${d!.text}" ends with "${item.description}"`);
      }
    }
  });

  it('only decorates next (not last) in the design example', () => {
    const d = dateDecorations(CONTACT, TODAY);
    assert.deepEqual(d.map((x) => [x.range.start.line, x.text]), [[4, 'in 4 days']]);
  });

  it('gives nothing for an unscheduled, unreadable or non-contact file', () => {
    for (const text of [withNext(''), withNext('~'), withNext('someday'), withNext('next tue'), '# Notes\nnext: 2026-11-27', lines('---', 'next: [', '---')]) {
      assert.deepEqual(dateDecorations(text, TODAY), [], text);
    }
  });
});

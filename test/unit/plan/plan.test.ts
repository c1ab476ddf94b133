import * as assert from 'node:assert/strict';
import { agenda } from '../../../src/core/agenda';
import { type LocalDate, formatIsoDate, localDate } from '../../../src/core/dates/localDate';
import { type WeekPlan, parseWorkingDays, planDates, planWeek } from '../../../src/core/plan';
import { type ContactSpec, fakeIndex } from '../agenda/fakeIndex';

// 2026-11-23 is a Monday.
const monday = localDate(2026, 11, 23);

function plan(specs: Record<string, ContactSpec>, options: { start?: LocalDate; target?: number; days?: number; workingDays?: number[] } = {}): WeekPlan {
  const index = fakeIndex(specs);
  const start = options.start ?? monday;
  return planWeek(agenda(index, start), {
    start,
    target: options.target ?? 2,
    days: options.days,
    workingDays: options.workingDays,
    stageOf: (file) => { const e = index.get(file); return e?.kind === 'contact' ? e.contact.stage : undefined; },
  });
}

/** Each day as `2026-11-23: Ann, Bob`, fixed appointments in brackets. */
const shape = (p: WeekPlan) => p.days.map((d) => `${formatIsoDate(d.date)}: ${[...d.fixed.map((i) => `[${i.name}]`), ...d.items.map((i) => i.name)].join(', ')}`);

describe('planWeek', () => {
  it('plans a full week, Monday to Friday, in the picking order', () => {
    const p = plan({
      'a.md': { name: 'Ann', next: '2026-11-10' },
      'b.md': { name: 'Bob', next: '2026-11-20' },
      'c.md': { name: 'Cid', last: '2026-09-01', cadence: '3 weeks', log: ['2026-09-01 Phone call'] },
      'd.md': { name: 'Dee', next: '2026-11-25' },
      'e.md': { name: 'Eve', stage: 'prospect', last: '2026-10-01' },
      'f.md': { name: 'Fay', stage: 'Prospect' },
      'g.md': { name: 'Gus', stage: 'customer' },
      'h.md': { name: 'Hal', next: '2026-12-20' },
      'i.md': { name: 'Ida', next: '2026-11-27' },
    }, { target: 2 });
    assert.deepEqual(shape(p), [
      '2026-11-23: Ann, Bob',
      '2026-11-24: Cid, Fay',
      '2026-11-25: Dee, Eve',
      '2026-11-26: ',
      '2026-11-27: Ida',
    ]);
    assert.equal(p.leftOver, 0);
    const ann = p.days[0]!.items[0]!;
    assert.deepEqual({ file: ann.file, from: ann.from && formatIsoDate(ann.from), reason: ann.reason }, { file: 'a.md', from: '2026-11-10', reason: '13 days overdue' });
    assert.equal(p.days[1]!.items[1]!.from, null);
    assert.match(p.days[1]!.items[1]!.reason, /^prospect, no next date · never contacted/);
    assert.match(p.days[1]!.items[0]!.reason, /cadence 3 weeks/);
  });

  it('leaves out a holiday through the working days, and runs on into the next week', () => {
    const p = plan({
      'a.md': { name: 'Ann', next: '2026-11-10' },
      'b.md': { name: 'Bob', next: '2026-11-11' },
      'c.md': { name: 'Cid', next: '2026-11-12' },
      'd.md': { name: 'Dee', next: '2026-11-13' },
    }, { target: 1, workingDays: [1, 2, 4, 5] });
    assert.deepEqual(shape(p).map((l) => l.slice(0, 10)), ['2026-11-23', '2026-11-24', '2026-11-26', '2026-11-27', '2026-11-30']);
    assert.deepEqual(shape(p).slice(0, 4), ['2026-11-23: Ann', '2026-11-24: Bob', '2026-11-26: Cid', '2026-11-27: Dee']);
  });

  it('plans no more than the target when more are due, and counts those left over', () => {
    const specs: Record<string, ContactSpec> = {};
    for (let i = 0; i < 30; i++) specs[`c${String(i).padStart(2, '0')}.md`] = { name: `C${String(i).padStart(2, '0')}`, next: '2026-11-01' };
    const p = plan(specs, { target: 5 });
    assert.deepEqual(p.days.map((d) => d.items.length), [5, 5, 5, 5, 5]);
    assert.equal(p.leftOver, 5);
    const all = p.days.flatMap((d) => d.items.map((i) => i.file));
    assert.equal(new Set(all).size, 25, 'nobody planned twice');
  });

  it('plans fewer when fewer are due, leaving the rest of the week empty', () => {
    const p = plan({ 'a.md': { name: 'Ann', next: '2026-11-20' }, 'g.md': { name: 'Gus', stage: 'customer' } }, { target: 5 });
    assert.deepEqual(shape(p), ['2026-11-23: Ann', '2026-11-24: ', '2026-11-25: ', '2026-11-26: ', '2026-11-27: ']);
  });

  it('keeps timed appointments on their day, counts them, and respects a full day', () => {
    const p = plan({
      'a.md': { name: 'Ann', next: '2026-11-20' },
      'b.md': { name: 'Bob', next: '2026-11-19' },
      'c.md': { name: 'Cid', next: '2026-11-18' },
      't1.md': { name: 'Tim', next: '2026-11-23 09:30' },
      't2.md': { name: 'Tom', next: '2026-11-23 14:00' },
      't3.md': { name: 'Tia', next: '2026-11-24 10:00' },
      's.md': { name: 'Sat', next: '2026-11-28 10:00' },
    }, { target: 2 });
    assert.deepEqual(shape(p), [
      '2026-11-23: [Tim], [Tom]',
      '2026-11-24: [Tia], Cid',
      '2026-11-25: Bob, Ann',
      '2026-11-26: ',
      '2026-11-27: ',
    ]);
    assert.equal(p.days[0]!.fixed[0]!.reason, 'appointment 09:30');
  });

  it('plans from a Friday: the Friday, then Monday to Thursday', () => {
    const friday = localDate(2026, 11, 27);
    const p = plan({
      'a.md': { name: 'Ann', next: '2026-11-20' },
      'b.md': { name: 'Bob', next: '2026-11-29' },
      'c.md': { name: 'Cid', next: '2026-12-01' },
      'd.md': { name: 'Dee', next: '2026-12-04' },
    }, { start: friday, target: 1 });
    assert.deepEqual(shape(p), ['2026-11-27: Ann', '2026-11-30: Bob', '2026-12-01: Cid', '2026-12-02: ', '2026-12-03: ']);
    assert.equal(p.leftOver, 0, 'Dee is due after the plan, not left over');
  });

  it('prefers, within a rank, those who need a conversation', () => {
    const p = plan({
      'a.md': { name: 'Ann', next: '2026-11-20', log: ['2026-11-10 Phone call'] },
      'b.md': { name: 'Bob', next: '2026-11-21', log: ['2026-11-12 Email sent', '2026-11-10 Phone call'] },
    }, { target: 1, days: 1 });
    assert.deepEqual(shape(p), ['2026-11-23: Bob']);
    assert.equal(p.leftOver, 1);
  });

  it('keeps a contact due on a plan day on that day while there is room', () => {
    const p = plan({
      'a.md': { name: 'Ann', next: '2026-11-20' },
      'd.md': { name: 'Dee', next: '2026-11-23' },
    }, { target: 5 });
    assert.deepEqual(shape(p)[0], '2026-11-23: Dee, Ann');
    assert.deepEqual(p.days[0]!.items[0]!.from, monday);
  });

  it('plans the longest silent prospect first', () => {
    const p = plan({
      'a.md': { name: 'Ann', stage: 'prospect', last: '2026-11-01' },
      'b.md': { name: 'Bob', stage: 'prospect', last: '2026-06-01' },
      'c.md': { name: 'Cid', stage: 'prospect', last: '2026-10-01' },
    }, { target: 1, days: 2 });
    assert.deepEqual(shape(p), ['2026-11-23: Bob', '2026-11-24: Cid']);
  });

  it('plans nothing with a target of 0 or no working days', () => {
    assert.deepEqual(plan({ 'a.md': { next: '2026-11-20' } }, { target: 0 }).days.map((d) => d.items.length), [0, 0, 0, 0, 0]);
    assert.deepEqual(plan({ 'a.md': { next: '2026-11-20' } }, { workingDays: [] }).days, []);
  });

  it('plans a contact whose birthday is in the agenda too (regression: the birthday item hid the follow-up)', () => {
    const p = plan({ 'r.md': { name: 'Ruth', next: '2026-11-25', birthday: '1980-11-23' }, 'a.md': { name: 'Ann', next: '2026-11-24' } }, { target: 2 });
    assert.deepEqual(shape(p).slice(0, 3), ['2026-11-23: ', '2026-11-24: Ann', '2026-11-25: Ruth']);
    assert.ok(p.days.every((d) => d.items.every((i) => !/birthday/i.test(i.reason))));
  });

  it('says a prospect\'s touches without "since" when there was never a conversation (regression: "1 message since")', () => {
    const p = plan({ 'f.md': { name: 'Fatima', stage: 'prospect', last: '2026-08-24', lastAction: 'LinkedIn message' }, 'g.md': { name: 'Gus', next: '2026-11-01', log: ['2026-11-10 Emailed', '2026-10-01 Phone call'] } }, { target: 2 });
    const reasons = Object.fromEntries(p.days.flatMap((d) => d.items).map((i) => [i.name, i.reason]));
    assert.match(reasons.Fatima ?? '', /last contact 91 days ago · 1 message$/);
    assert.match(reasons.Gus ?? '', /· 1 email since$/);
  });

  it('skips files that need attention', () => {
    const p = plan({ 'k.md': { attention: 'The front-matter is not valid YAML' }, 'a.md': { next: '2026-11-20', problems: ['bad email'] } }, { target: 5 });
    assert.deepEqual(p.days[0]!.items.map((i) => i.file), ['a.md']);
  });
});

describe('planDates', () => {
  it('starts on the next working day when the start is a day off', () => {
    assert.deepEqual(planDates(localDate(2026, 11, 28), 2, [1, 2, 3, 4, 5]).map((d) => formatIsoDate(d)), ['2026-11-30', '2026-12-01']);
  });
});

describe('parseWorkingDays', () => {
  it('reads names in any case, short names and numbers, Sunday as 0 or 7', () => {
    assert.deepEqual(parseWorkingDays(['Monday', 'tue', 'WEDNESDAY', 4, '5', 7]), { ok: true, value: [0, 1, 2, 3, 4, 5] });
  });

  it('refuses what is not a list of weekdays', () => {
    for (const bad of ['Monday', [], ['Mo'], ['Funday'], [8], [1.5], [null]]) {
      assert.equal(parseWorkingDays(bad).ok, false, JSON.stringify(bad));
    }
  });
});

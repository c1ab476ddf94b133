import * as assert from 'node:assert/strict';
import { type Agenda, AgendaTracker, agenda, itemSummary } from '../../../src/core/agenda';
import { addDays, localDate } from '../../../src/core/dates/localDate';
import { createDiaryIndex } from '../../../src/core/diaryIndex';
import { readContact } from '../../../src/core/read';
import { scanFolder } from '../../../src/core/scan';
import { memoryHost } from '../index/memoryHost';
import { fakeIndex, put } from './fakeIndex';

const today = localDate(2026, 11, 23);
const names = (a: Agenda, id: string) => a.groups.find((g) => g.id === id)!.items.map((i) => i.name);
const group = (a: Agenda, id: string) => a.groups.find((g) => g.id === id)!;

describe('agenda', () => {
  it('puts each contact in its group, in order, with counts', () => {
    const index = fakeIndex({
      'a.md': { name: 'Ann', next: '2026-11-20' },
      'b.md': { name: 'Bob', next: '2026-11-22' },
      'c.md': { name: 'Cid', next: '2026-11-10' },
      'd.md': { name: 'Dee', next: '2026-11-23 15:00' },
      'e.md': { name: 'eve', next: '2026-11-23 09:30' },
      'f.md': { name: 'Fay', next: '2026-11-23' },
      'g.md': { name: 'Gus', next: '2026-11-30' },
      'h.md': { name: 'Hal', next: '2026-11-24' },
      'i.md': { name: 'Ida', next: '2026-12-01' },
      'j.md': { name: 'Jon' },
      'k.md': { attention: 'The front-matter is not valid YAML' },
      'l.md': null,
    });
    const a = agenda(index, today);
    assert.deepEqual(a.groups.map((g) => g.id), ['overdue', 'today', 'upcoming', 'later', 'unscheduled', 'attention']);
    assert.deepEqual(a.groups.map((g) => g.label), ['Overdue', 'Today', 'Upcoming', 'Later', 'Unscheduled', 'Needs attention']);
    assert.deepEqual(names(a, 'overdue'), ['Cid', 'Ann', 'Bob']);
    assert.deepEqual(names(a, 'today'), ['eve', 'Dee', 'Fay']);
    assert.deepEqual(names(a, 'upcoming'), ['Hal', 'Gus']);
    assert.deepEqual(names(a, 'later'), ['Ida']);
    assert.deepEqual(names(a, 'unscheduled'), ['Jon']);
    assert.deepEqual(group(a, 'attention').items.map((i) => [i.file, i.problem, i.line]), [['k.md', 'The front-matter is not valid YAML', 2]]);
    assert.deepEqual(a.groups.map((g) => g.count), [3, 3, 2, 1, 1, 1]);
  });

  // Today's untimed follow-ups came before a 09:30 call, which is an appointment.
  it('puts timed follow-ups first on a day, in time order, then the untimed ones by name', () => {
    const index = fakeIndex({
      'a.md': { name: 'amy', next: '2026-11-23' },
      'b.md': { name: 'Bob', next: '2026-11-23 14:00' },
      'c.md': { name: 'Cy', next: '2026-11-23T09:30:00' },
      'd.md': { name: 'Al', next: '2026-11-23' },
      'e.md': { name: 'Eve', next: '2026-11-23 00:00' },
      'f.md': { name: 'Fay', next: '2026-11-23 23:59' },
      'g.md': { name: 'Gus', next: '2026-11-25' },
      'h.md': { name: 'Hal', next: '2026-11-25 08:00' },
      'i.md': { name: 'Ida', next: '2026-11-20' },
      'j.md': { name: 'Jon', next: '2026-11-20 17:00' },
    });
    const a = agenda(index, today);
    assert.deepEqual(names(a, 'today'), ['Eve', 'Cy', 'Bob', 'Fay', 'Al', 'amy']);
    assert.deepEqual(names(a, 'upcoming'), ['Hal', 'Gus']);
    assert.deepEqual(names(a, 'overdue'), ['Jon', 'Ida']);
    // The live tracker sorts as the one-off agenda does.
    assert.deepEqual(names(new AgendaTracker(index).at(today), 'today'), ['Eve', 'Cy', 'Bob', 'Fay', 'Al', 'amy']);
  });

  it('describes and explains each item, and carries the contact details', () => {
    const index = fakeIndex({
      'people/jane.md': {
        name: 'Jane Doe', company: 'Acme Print', phone: '+44 20 7946 0000', email: 'jane@acme.example',
        next: '2026-11-20', nextAction: 'Chase feedback', last: '2026-11-12', lastAction: 'Sent proposal',
      },
      'b.md': { name: 'Bob', next: '2026-11-25' },
    });
    const a = agenda(index, today);
    const jane = group(a, 'overdue').items[0]!;
    assert.equal(jane.file, 'people/jane.md');
    assert.equal(jane.company, 'Acme Print');
    assert.equal(jane.phone, '+44 20 7946 0000');
    assert.equal(jane.email, 'jane@acme.example');
    assert.deepEqual(jane.next, localDate(2026, 11, 20));
    assert.equal(jane.nextAction, 'Chase feedback');
    assert.deepEqual(jane.last, localDate(2026, 11, 12));
    assert.equal(jane.lastAction, 'Sent proposal');
    assert.equal(jane.description, '3 days overdue');
    assert.equal(jane.reason, 'next was 2026-11-20');
    assert.equal(jane.line, 3);
    assert.equal(group(a, 'upcoming').items[0]!.description, 'in 2 days');
  });

  it('sets why each item is due once, where the agenda is built, and words it in one place', () => {
    const index = fakeIndex({
      'late.md': { name: 'Late', next: '2026-11-20', nextAction: 'Chase feedback' },
      'cold.md': { name: 'Cold', cadence: '3 weeks', last: '2026-10-29', next: '2027-01-20', nextAction: 'Call back' },
      'soon.md': { name: 'Soon', next: '2026-11-25' },
      'none.md': { name: 'None' },
      'bad.md': { attention: 'The front-matter is not valid YAML' },
    });
    const expected = [
      ['Late', 'overdue', 'next', 'Chase feedback'],
      // Going cold: the cadence is why, not the next step (weeks away) as if it were late.
      ['Cold', 'overdue', 'cadence', 'cadence 3 weeks · last contact 25 days ago'],
      ['Soon', 'upcoming', 'next', ''],
      ['None', 'unscheduled', 'unscheduled', ''],
      ['bad.md', 'attention', 'problem', 'The front-matter is not valid YAML'],
    ];
    const rows = (a: Agenda) => a.groups.flatMap((g) => g.items).map((i) => [i.name, i.group, i.cause, itemSummary(i)]).sort((x, y) => (x[0]! < y[0]! ? -1 : 1));
    const sorted = [...expected].sort((x, y) => (x[0]! < y[0]! ? -1 : 1));
    assert.deepEqual(rows(agenda(index, today)), sorted);
    // The live tracker builds the same items.
    assert.deepEqual(rows(new AgendaTracker(index).at(today)), sorted);
  });

  it('upcoming covers the next N days and no more', () => {
    const index = fakeIndex({ 'a.md': { next: '2026-11-26' }, 'b.md': { next: '2026-11-27' } });
    assert.deepEqual(names(agenda(index, today, { upcomingDays: 3 }), 'upcoming'), ['a']);
    assert.deepEqual(names(agenda(index, today, { upcomingDays: 3 }), 'later'), ['b']);
    assert.deepEqual(names(agenda(index, today, { upcomingDays: 0 }), 'later'), ['a', 'b']);
    // Nonsense falls back to the default week rather than hiding everything.
    assert.deepEqual(names(agenda(index, today, { upcomingDays: -4 }), 'upcoming'), ['a', 'b']);
  });

  describe('cadence', () => {
    it('a contact whose last contact is older than its cadence is going cold, and overdue', () => {
      const index = fakeIndex({
        'cold.md': { name: 'Cold', cadence: '3 weeks', last: '2026-10-29', next: '2026-12-20' },
        'blank.md': { name: 'Blank', cadence: '3 weeks', last: '2026-10-29' },
        'late.md': { name: 'Late', next: '2026-11-22' },
      });
      const a = agenda(index, today);
      const cold = group(a, 'overdue').items.find((i) => i.name === 'Cold')!;
      assert.equal(cold.reason, 'cadence 3 weeks · last contact 25 days ago');
      assert.deepEqual(cold.due, localDate(2026, 11, 19));
      assert.equal(cold.description, 'going cold for 4 days');
      // Went cold on the 19th: more overdue than a follow-up due yesterday.
      assert.deepEqual(names(a, 'overdue'), ['Blank', 'Cold', 'Late']);
      // Views tell the two kinds of overdue apart: cold for its cadence, late for its next date.
      assert.deepEqual(group(a, 'overdue').items.map((i) => [i.name, i.cause]), [['Blank', 'cadence'], ['Cold', 'cadence'], ['Late', 'next']]);
      assert.equal(group(a, 'unscheduled').count, 0);
      assert.equal(group(a, 'later').count, 0);
    });
    it('is warm on the last day of its cadence, and when next falls within it', () => {
      const index = fakeIndex({
        edge: { name: 'Edge', cadence: '3 weeks', last: '2026-11-02', next: '2026-12-20' },
        within: { name: 'Within', cadence: '3 weeks', last: '2026-10-29', next: '2026-11-19' },
        none: { name: 'NoLast', cadence: '1 week', next: '2026-12-20' },
      });
      const a = agenda(index, today);
      assert.deepEqual(names(a, 'later'), ['Edge', 'NoLast']);
      const within = group(a, 'overdue').items[0]!;
      assert.equal(within.cause, 'next', 'overdue for its next date, which falls within the cadence');
      assert.ok(a.groups.flatMap((g) => g.items).every((i) => i.cause === 'next'));
      assert.equal(within.name, 'Within');
      assert.equal(within.reason, 'next was 2026-11-19');
    });
    it('a snoozed contact leaves Overdue until its new date (regression: Snooze does nothing on a contact that is going cold)', () => {
      // Isla: last contact 20 Oct, cadence 3 weeks, so cold since 10 Nov; her next date is in January.
      const isla = { name: 'Isla', cadence: '3 weeks', last: '2026-10-20', next: '2027-01-25' };
      const index = fakeIndex({ 'i.md': isla });
      const tracker = new AgendaTracker(index);
      const before = group(tracker.at(today), 'overdue').items[0]!;
      assert.equal(before.name, 'Isla');
      assert.equal(before.cause, 'cadence');
      // Snooze 1 Day writes tomorrow (from today, see snoozeOps): Upcoming, then Today, then overdue for that date.
      put(index, 'i.md', { ...isla, next: '2026-11-24' });
      assert.deepEqual(names(tracker.at(today), 'upcoming'), ['Isla']);
      assert.equal(group(tracker.at(today), 'overdue').count, 0);
      assert.deepEqual(names(tracker.at(addDays(today, 1)), 'today'), ['Isla']);
      const late = group(tracker.at(addDays(today, 2)), 'overdue').items[0]!;
      assert.equal(late.cause, 'next');
      assert.equal(late.description, 'yesterday');
      // Snooze 1 Week: the same, a week on.
      put(index, 'i.md', { ...isla, next: '2026-11-30' });
      assert.deepEqual(names(tracker.at(today), 'upcoming'), ['Isla']);
      // A week is in hand even when the cadence is shorter.
      put(index, 'i.md', { ...isla, cadence: '3 days', next: '2026-11-30' });
      assert.deepEqual(names(tracker.at(today), 'upcoming'), ['Isla']);
    });
    it('stays cold while the next date is further off than the cadence, and warms when it comes within it', () => {
      const index = fakeIndex({ 'i.md': { name: 'Isla', cadence: '3 weeks', last: '2026-10-20', next: '2026-12-20' } });
      // 20 Dec is 27 days ahead: beyond the cadence, so still cold.
      const cold = group(agenda(index, today), 'overdue').items[0]!;
      assert.equal(cold.cause, 'cadence');
      // From 29 Nov, 20 Dec is within three weeks: in hand.
      assert.equal(group(agenda(index, localDate(2026, 11, 28)), 'overdue').count, 1);
      assert.deepEqual(names(agenda(index, localDate(2026, 11, 29)), 'later'), ['Isla']);
      // A date past is overdue in its own right, by its date, not cold.
      const past = agenda(fakeIndex({ 'i.md': { name: 'Isla', cadence: '3 weeks', last: '2026-10-20', next: '2026-11-20' } }), today);
      assert.equal(group(past, 'overdue').items[0]!.description, '3 days overdue');
    });
    it('says "going cold", not "overdue", for a contact past its cadence (regression: the item did not say which kind of due it is)', () => {
      const index = fakeIndex({
        'i.md': { name: 'Isla', cadence: '3 weeks', last: '2026-10-20', next: '2027-01-25' },
        'b.md': { name: 'Blank', cadence: '3 weeks', last: '2026-11-01' },
        'l.md': { name: 'Late', next: '2026-11-10' },
      });
      const a = agenda(index, today);
      assert.deepEqual(group(a, 'overdue').items.map((i) => [i.name, i.description, i.cause]), [
        ['Isla', 'going cold for 13 days', 'cadence'],
        ['Late', '13 days overdue', 'next'],
        ['Blank', 'going cold for 1 day', 'cadence'],
      ]);
    });
    it('logging a contact (a new last date) makes it warm again', () => {
      const index = fakeIndex({ 'c.md': { name: 'C', cadence: 'monthly', last: '2026-09-01' } });
      const tracker = new AgendaTracker(index);
      assert.deepEqual(names(tracker.at(today), 'overdue'), ['C']);
      put(index, 'c.md', { name: 'C', cadence: 'monthly', last: '2026-11-23', next: '2026-12-23' });
      const a = tracker.at(today);
      assert.equal(group(a, 'overdue').count, 0);
      assert.deepEqual(names(a, 'later'), ['C']);
    });
  });

  it('lists a readable contact with problems in its group and under attention', () => {
    const index = fakeIndex({ 'p.md': { name: 'P', next: '2026-11-23', problems: ['Can\'t read "someday" as a date', 'second'] } });
    const a = agenda(index, today);
    assert.deepEqual(names(a, 'today'), ['P']);
    const att = group(a, 'attention').items[0]!;
    assert.equal(att.problem, 'Can\'t read "someday" as a date (and 1 more)');
    assert.equal(att.line, 10);
  });

  it('lists a contact whose next date cannot be read under attention only, never as unscheduled', () => {
    // Regression: `next: someday` showed twice, once as "no next contact" — but the user wrote one.
    const index = createDiaryIndex({ read: readContact });
    index.upsert('s.md', '---\nname: Sam\nnext: someday\n---\n');
    index.upsert('u.md', '---\nname: Una\nnext:\n---\n');
    const a = agenda(index, today);
    assert.deepEqual(names(a, 'unscheduled'), ['Una']);
    assert.deepEqual(group(a, 'attention').items.map((i) => [i.name, i.problem, i.line]), [
      ['Sam', 'next: "someday" is not a date — write it as YYYY-MM-DD or YYYY-MM-DD HH:mm.', 2],
    ]);
  });

  describe('tracker', () => {
    it('follows upserts, removals and renames, and matches a fresh agenda after each', () => {
      const index = fakeIndex({ 'a.md': { next: '2026-11-20' }, 'b.md': { next: '2026-11-23' }, 'c.md': {} });
      const tracker = new AgendaTracker(index);
      const check = () => assert.deepEqual(strip(tracker.at(today)), strip(agenda(index, today)));
      check();
      put(index, 'a.md', { next: '2026-11-30' });
      check();
      assert.deepEqual(names(tracker.at(today), 'upcoming'), ['a']);
      index.remove('b.md');
      check();
      index.rename('c.md', 'z/c2.md');
      check();
      assert.deepEqual(group(tracker.at(today), 'unscheduled').items.map((i) => i.file), ['z/c2.md']);
      put(index, 'z/c2.md', null);
      check();
      assert.equal(group(tracker.at(today), 'unscheduled').count, 0);
    });
    it('fills during a scan when asked for the day first, and ends equal to a fresh agenda', async () => {
      const files: Record<string, string> = {};
      for (let i = 0; i < 60; i++) files[`d${i % 3}/f${i}.md`] = JSON.stringify({ name: `N${i % 7}`, next: `2026-11-${String(1 + (i % 28)).padStart(2, '0')}` });
      const index = fakeIndex();
      const tracker = new AgendaTracker(index);
      assert.equal(tracker.at(today).groups.every((g) => g.count === 0), true);
      const counts: number[] = [];
      await scanFolder(memoryHost({ files }), '', index, {
        sliceMs: 0, concurrency: 1,
        yieldToHost: async () => void counts.push(tracker.at(today).groups.reduce((n, g) => n + g.count, 0)),
      });
      assert.ok(counts.some((n) => n > 0 && n < 60), `counts seen during the scan: ${counts.join()}`);
      assert.deepEqual(strip(tracker.at(today)), strip(agenda(index, today)));
    });
    it('keeps snapshots already handed out unchanged', () => {
      const index = fakeIndex({ 'a.md': { next: '2026-11-20' } });
      const tracker = new AgendaTracker(index);
      const before = tracker.at(today);
      put(index, 'a.md', { next: '2026-11-23' });
      assert.deepEqual(names(before, 'overdue'), ['a']);
      assert.deepEqual(names(tracker.at(today), 'today'), ['a']);
      assert.equal(Object.isFrozen(before.groups[0]!.items), true);
    });
    it('rolls over to a new day', () => {
      const index = fakeIndex({ 'a.md': { next: '2026-11-24' } });
      const tracker = new AgendaTracker(index);
      assert.deepEqual(names(tracker.at(today), 'upcoming'), ['a']);
      assert.deepEqual(names(tracker.at(addDays(today, 1)), 'today'), ['a']);
      assert.deepEqual(names(tracker.at(addDays(today, 2)), 'overdue'), ['a']);
      assert.equal(group(tracker.at(addDays(today, 2)), 'overdue').items[0]!.description, 'yesterday');
    });
    it('stays sorted through many random single-file changes (same as a full rebuild)', () => {
      const index = fakeIndex();
      const tracker = new AgendaTracker(index);
      tracker.at(today);
      let seed = 7;
      const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
      for (let step = 0; step < 400; step++) {
        const file = `f${rand(40)}.md`;
        const kind = rand(10);
        if (kind === 0) index.remove(file);
        else if (kind === 1) put(index, file, { name: `N${rand(5)}` });
        else {
          const d = addDays(today, rand(30) - 15);
          const time = rand(3) === 0 ? ` ${String(8 + rand(10)).padStart(2, '0')}:00` : '';
          put(index, file, { name: `N${rand(5)}`, next: `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}${time}` });
        }
        if (step % 7 === 0) assert.deepEqual(strip(tracker.at(today)), strip(agenda(index, today)));
      }
      assert.deepEqual(strip(tracker.at(today)), strip(agenda(index, today)));
    });
    it('stays equal to a full rebuild through batches of every size, merged or item by item', () => {
      const index = fakeIndex();
      const tracker = new AgendaTracker(index);
      tracker.at(today);
      let seed = 5;
      const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
      const held: Array<[Agenda, ReturnType<typeof strip>]> = [];
      for (let step = 0; step < 120; step++) {
        // From one file to most of the diary at once: both of the tracker's paths, and the switch between them.
        const size = [1, 2, 5, 20, 80][rand(5)]!;
        index.batch(() => {
          for (let k = 0; k < size; k++) {
            const file = `d${rand(3)}/f${rand(100)}.md`;
            const kind = rand(12);
            if (kind === 0) index.remove(file);
            else if (kind === 1) index.rename(file, `d${rand(3)}/f${rand(100)}.md`);
            else if (kind === 2) put(index, file, { name: `N${rand(5)}` });
            // A contact with a problem (two items, in two groups) and a file that is only a problem.
            else if (kind === 3) put(index, file, { name: `N${rand(5)}`, problems: ['a date that cannot be read'] });
            else if (kind === 4) put(index, file, { attention: 'broken front-matter' });
            else {
              const d = addDays(today, rand(30) - 15);
              put(index, file, { name: `N${rand(5)}`, next: `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` });
            }
          }
        });
        const now = tracker.at(today);
        assert.deepEqual(strip(now), strip(agenda(index, today)), `after step ${step} (a batch of ${size})`);
        if (step % 10 === 0) held.push([now, strip(now)]);
      }
      // Agendas handed out earlier never moved, whichever path changed the groups after them.
      for (const [agendaThen, seen] of held) assert.deepEqual(strip(agendaThen), seen);
    });
  });
});

/** Item identity aside, what a person sees. */
function strip(a: Agenda) {
  return a.groups.map((g) => [g.id, g.count, g.items.map((i) => `${i.file}|${i.name}|${i.description}|${i.reason}`)]);
}

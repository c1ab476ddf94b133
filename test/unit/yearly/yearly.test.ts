import * as assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { type Agenda, agenda } from '../../../src/core/agenda';
import { type Contact } from '../../../src/core/contact';
import { localDate } from '../../../src/core/dates/localDate';
import { nextOccurrence, parseYearly, yearsOn } from '../../../src/core/dates/yearly';
import { createDiaryIndex } from '../../../src/core/diaryIndex';
import { exportIcs } from '../../../src/core/export/ics';
import { readContact, readContactText } from '../../../src/core/read';

const note = (keys: string) => `---\nname: Jane Doe\nnext: 2027-03-01\nnext_action: Send samples\n${keys}\n---\n# Jane\n`;

function contact(keys: string): Contact {
  const r = readContactText('jane.md', note(keys));
  if (r.kind !== 'contact') throw new Error(r.kind);
  return r.contact;
}

function agendaOf(files: Record<string, string>, today: ReturnType<typeof localDate>): Agenda {
  const index = createDiaryIndex({ read: readContact });
  index.batch(() => {
    for (const [file, text] of Object.entries(files)) index.upsert(file, text);
  });
  return agenda(index, today);
}

const lines = (a: Agenda, id: string) => a.groups.find((g) => g.id === id)!.items.map((i) => `${i.kind} ${i.name}: ${i.description}`);

describe('birthdays and anniversaries', () => {
  describe('reading', () => {
    it('reads the three forms, and 1604 as no year', () => {
      assert.deepEqual(contact('birthday: 1980-05-14').birthday, { month: 5, day: 14, year: 1980 });
      assert.deepEqual(contact('birthday: --05-14').birthday, { month: 5, day: 14 });
      assert.deepEqual(contact('birthday: "--05-14"').birthday, { month: 5, day: 14 });
      assert.deepEqual(contact('birthday: 05-14').birthday, { month: 5, day: 14 });
      assert.deepEqual(contact('birthday: 1604-05-14').birthday, { month: 5, day: 14 });
      assert.deepEqual(contact('anniversary: 2016-06-30').anniversary, { month: 6, day: 30, year: 2016 });
      assert.deepEqual(contact('birthday: --02-29').birthday, { month: 2, day: 29 });
      assert.deepEqual(contact('birthday: 1604-02-29').birthday, { month: 2, day: 29 });
    });

    it('leaves absent and blank values absent, without a problem', () => {
      for (const keys of ['tags: []', 'birthday:', 'birthday: ~', 'birthday: ""']) {
        const c = contact(keys);
        assert.equal('birthday' in c, false, keys);
        assert.deepEqual(c.problems, [], keys);
      }
    });

    it('says what is wrong with a value it cannot read, as a warning on its line', () => {
      for (const [value, words] of [
        ['1981-02-29', 'February 1981 has 28 days'], ['--13-01', 'no month 13'], ['--04-31', 'April has 30 days'],
        ['May 14', 'write it as 1980-05-14, --05-14 or 05-14'], ['[1, 2]', 'write it as'], ['1980-05-14 09:00', 'write it as'],
      ] as const) {
        const c = contact(`birthday: ${value}`);
        assert.equal(c.birthday, undefined, value);
        assert.equal(c.problems.length, 1, value);
        assert.equal(c.problems[0]!.code, 'yearly');
        assert.equal(c.problems[0]!.severity, 'warning');
        assert.equal(c.problems[0]!.line, 4, value);
        assert.ok(c.problems[0]!.message.includes(words), `${value}: ${c.problems[0]!.message}`);
      }
    });

    it('falls 29 February on 28 February in other years', () => {
      const leap = parseYearly('1980-02-29');
      assert.ok(leap.ok);
      assert.deepEqual(nextOccurrence(leap.value, localDate(2027, 1, 10)), { year: 2027, month: 2, day: 28 });
      assert.deepEqual(nextOccurrence(leap.value, localDate(2028, 1, 10)), { year: 2028, month: 2, day: 29 });
      // Past 28 February in a common year: the next is next year's.
      assert.deepEqual(nextOccurrence(leap.value, localDate(2027, 3, 1)), { year: 2028, month: 2, day: 29 });
      assert.equal(yearsOn(leap.value, localDate(2027, 2, 28)), 47);
    });
  });

  describe('on the agenda', () => {
    it('shows a birthday today and one this week as lines of their own, the follow-up unchanged', () => {
      const a = agendaOf({
        'jane.md': note('birthday: 1980-11-23'),
        'bob.md': '---\nname: Bob\nnext: 2026-11-23\nbirthday: --11-27\n---\n',
        'ann.md': '---\nname: Ann\nnext:\nanniversary: 2016-11-24\nbirthday: 05-14\n---\n',
      }, localDate(2026, 11, 23));
      assert.deepEqual(lines(a, 'today'), ['follow-up Bob: today', 'birthday Jane Doe: birthday today, turns 46']);
      assert.deepEqual(lines(a, 'upcoming'), ['birthday Ann: anniversary tomorrow, 10 years', 'birthday Bob: birthday on Fri']);
      assert.deepEqual(lines(a, 'later'), ['follow-up Jane Doe: in 3 months']);
      assert.deepEqual(lines(a, 'unscheduled'), ['follow-up Ann: no next contact']);
      const jane = a.groups[1]!.items[1]!;
      assert.equal(jane.cause, 'yearly');
      assert.equal(jane.occasion, 'birthday');
      assert.equal(jane.reason, 'birthday 23 November 1980');
      assert.equal(jane.nextAction, 'Send samples');
    });

    it('sees 31 December and 2 January from Monday 28 December, the age in the year it falls', () => {
      const a = agendaOf({
        'eve.md': '---\nname: Eve\nnext:\nbirthday: 1990-12-31\n---\n',
        'nye.md': '---\nname: Ned\nnext:\nbirthday: 1990-01-02\n---\n',
        'far.md': '---\nname: Far\nnext:\nbirthday: --01-05\n---\n',
      }, localDate(2026, 12, 28));
      assert.deepEqual(lines(a, 'upcoming'), ['birthday Eve: birthday on Thu, turns 36', 'birthday Ned: birthday on Sat, turns 37']);
      assert.equal(a.groups[2]!.items[1]!.due!.year, 2027);
    });

    it('shows a birthday with the year 1604 without an age', () => {
      const a = agendaOf({ 'jane.md': note('birthday: 1604-11-23') }, localDate(2026, 11, 23));
      assert.deepEqual(lines(a, 'today'), ['birthday Jane Doe: birthday today']);
      assert.equal(a.groups[1]!.items[0]!.reason, 'birthday 23 November');
    });

    it('shows 29 February on 28 February in a common year, and on the 29th in a leap year', () => {
      const files = { 'leap.md': '---\nname: Lea\nnext:\nbirthday: 2000-02-29\n---\n' };
      assert.deepEqual(lines(agendaOf(files, localDate(2027, 2, 28)), 'today'), ['birthday Lea: birthday today, turns 27']);
      assert.deepEqual(lines(agendaOf(files, localDate(2028, 2, 28)), 'upcoming'), ['birthday Lea: birthday tomorrow, turns 28']);
    });

    it('lists a birthday beyond the upcoming days nowhere, and every follow-up as kind follow-up', () => {
      const a = agendaOf({ 'jane.md': note('birthday: 1980-12-25'), 'bad.md': '---\nnext: someday\nbirthday: 13-13\n---\n' }, localDate(2026, 11, 23));
      for (const g of a.groups) for (const i of g.items) assert.equal(i.kind, 'follow-up', `${g.id} ${i.name}`);
      assert.equal(a.groups.reduce((n, g) => n + g.count, 0), 2);
    });
  });

  describe('in the calendar export', () => {
    const now = new Date(Date.UTC(2026, 10, 23, 7, 5, 9));
    const expand = (ics: string, summary: string, n: number) => {
      const cal = new ICAL.Component(ICAL.parse(ics));
      const event = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)).find((e) => e.summary === summary)!;
      assert.ok(event, summary);
      const it = event.iterator();
      const out: string[] = [];
      for (let t = it.next(); t && out.length < n; t = it.next()) out.push(t.toString());
      return { event, dates: out };
    };

    it('writes a yearly all-day event for a birthday and an anniversary', () => {
      const c = { ...contact('birthday: 1980-05-14\nanniversary: --06-30'), file: 'people/jane.md' };
      const ics = exportIcs([c], { now });
      assert.match(ics, /RRULE:FREQ=YEARLY\r\n/);
      const { event, dates } = expand(ics, 'Jane Doe — birthday', 3);
      assert.equal(event.startDate.isDate, true);
      assert.deepEqual(dates, ['1980-05-14', '1981-05-14', '1982-05-14']);
      assert.equal(event.description, 'Born 1980');
      assert.equal(event.endDate.toString(), '1980-05-15');
      const anniversary = expand(ics, 'Jane Doe — anniversary', 2);
      assert.deepEqual(anniversary.dates, ['2000-06-30', '2001-06-30']);
      assert.equal(anniversary.event.description, null);
      assert.notEqual(event.uid, anniversary.event.uid);
      // The follow-up is still there.
      assert.equal(new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').length, 3);
    });

    it('repeats 29 February on 28 February in common years', () => {
      const c = { ...contact('birthday: 1980-02-29'), file: 'lea.md' };
      assert.deepEqual(expand(exportIcs([c], { now }), 'Jane Doe — birthday', 5).dates, ['1980-02-29', '1981-02-28', '1982-02-28', '1983-02-28', '1984-02-29']);
    });

    it('writes the year 1604 as no year', () => {
      const c = { ...contact('birthday: 1604-05-14'), file: 'a.md' };
      const { event, dates } = expand(exportIcs([c], { now }), 'Jane Doe — birthday', 2);
      assert.deepEqual(dates, ['2000-05-14', '2001-05-14']);
      assert.equal(event.description, null);
    });

    it('exports a birthday of a contact with no next date', () => {
      const r = readContactText('b.md', '---\nname: Bob\nnext:\nbirthday: --12-31\n---\n');
      assert.equal(r.kind, 'contact');
      if (r.kind === 'contact') assert.deepEqual(expand(exportIcs([r.contact], { now }), 'Bob — birthday', 1).dates, ['2000-12-31']);
    });
  });
});

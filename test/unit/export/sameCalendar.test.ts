import * as assert from 'node:assert/strict';
import { calendarFileUpdate, exportIcs, sameCalendar } from '../../../src/core/export/ics';
import { makeContact } from '../agenda/fakeIndex';

const jane = makeContact('/diary/jane.md', { name: 'Jane Doe', next: '2026-11-27', nextAction: 'Chase feedback' });
const bob = makeContact('/diary/bob.md', { name: 'Bob', next: '2026-11-24 09:30' });
const at = (h: number) => ({ now: new Date(Date.UTC(2026, 10, 23, h)) });

describe('sameCalendar (whether a kept-up-to-date .ics needs writing)', () => {
  it('sees two exports of the same follow-ups at different moments as the same', () => {
    const morning = exportIcs([jane, bob], at(7));
    const evening = exportIcs([jane, bob], at(19));
    assert.notEqual(morning, evening);
    assert.equal(sameCalendar(morning, evening), true);
  });

  it('sees a moved date, a new next step or a contact more or less as a change', () => {
    const before = exportIcs([jane, bob], at(7));
    assert.equal(sameCalendar(before, exportIcs([{ ...jane, next: { year: 2026, month: 11, day: 28 } }, bob], at(7))), false);
    assert.equal(sameCalendar(before, exportIcs([{ ...jane, nextAction: 'Send samples' }, bob], at(7))), false);
    assert.equal(sameCalendar(before, exportIcs([jane], at(7))), false);
  });

  it('does not take a file that is not the same calendar (empty, other text) for one', () => {
    const cal = exportIcs([jane], at(7));
    assert.equal(sameCalendar(cal, ''), false);
    assert.equal(sameCalendar(cal, cal.replace(/\r\n/g, '\n')), false);
    assert.equal(sameCalendar(cal, `${cal}X`), false);
  });
});

describe('calendarFileUpdate (the kept-up-to-date .ics)', () => {
  const calendar = exportIcs([jane, bob], at(7));

  it('writes a file that is missing or empty, and one whose follow-ups changed', () => {
    assert.deepEqual(calendarFileUpdate(undefined, calendar), { ok: true, value: true });
    assert.deepEqual(calendarFileUpdate('', calendar), { ok: true, value: true });
    assert.deepEqual(calendarFileUpdate(exportIcs([jane], at(7)), calendar), { ok: true, value: true });
  });

  it('leaves a file alone when only the export stamps differ', () => {
    assert.deepEqual(calendarFileUpdate(exportIcs([bob, jane], at(3)), calendar), { ok: true, value: false });
  });

  it('refuses to overwrite a file that is not a calendar (notes, a contact, a typo in the setting)', () => {
    for (const other of ['# Meeting notes\n', '---\nname: Jane\nnext: 2026-11-27\n---\n', 'BEGIN:VCARD\r\n']) {
      const r = calendarFileUpdate(other, calendar);
      assert.equal(r.ok, false, other);
      if (!r.ok) assert.match(r.error, /not a calendar/);
    }
  });
});

import { strict as assert } from 'node:assert';
import * as fc from 'fast-check';
import { type DateTimeForm, dateTimeFormOf, formatDateTime } from '../../../src/core/dates/dateTimeForm';
import { type LocalDate, fromDayNumber, parseIsoDate } from '../../../src/core/dates/localDate';
import { planEdits } from '../../../src/core/file/edit';
import { edit, frontMatter } from './helpers';

const AT_NINE: LocalDate = { year: 2026, month: 12, day: 1, time: { hour: 9, minute: 0 } };
const DAY: LocalDate = { year: 2026, month: 12, day: 1 };
const block = (...lines: string[]) => ['---', ...lines, '---', ''].join('\n');
const setNext = (text: string, date: LocalDate) => edit(text, [{ kind: 'date', key: 'next', date }]);

describe('planEdits: dates written as the file writes them', () => {
  it('keeps a date-time in its form: T, T with :00, or a space', () => {
    assert.equal(setNext(block('next: 2026-11-20T10:30:00'), AT_NINE), block('next: 2026-12-01T09:00:00'));
    assert.equal(setNext(block('next: 2026-11-20T10:30'), AT_NINE), block('next: 2026-12-01T09:00'));
    assert.equal(setNext(block('next: 2026-11-20 10:30'), AT_NINE), block('next: 2026-12-01 09:00'));
    // Quotes and comments stay; the value reads back as the string written, with the core schema.
    const quoted = setNext(block('next: "2026-11-20T10:30:00"   # call'), AT_NINE);
    assert.equal(quoted, block('next: "2026-12-01T09:00:00"   # call'));
    assert.equal(frontMatter(quoted)['next'], '2026-12-01T09:00:00');
  });

  it('writes an unquoted T date-time plain, though YAML 1.1 would read it as a timestamp', () => {
    const out = setNext(block('name: Ann', 'next:'), AT_NINE);
    assert.equal(setNext(block('created: 2026-11-01T08:00:00', 'next:'), AT_NINE), block('created: 2026-11-01T08:00:00', 'next: 2026-12-01T09:00:00'));
    assert.equal(out, block('name: Ann', 'next: 2026-12-01 09:00'));
  });

  it('gives a new date-time the form of the other date-times in the front-matter, else a space', () => {
    assert.equal(setNext(block('next: 2026-11-20', 'last: 2026-11-13T16:00'), AT_NINE), block('next: 2026-12-01T09:00', 'last: 2026-11-13T16:00'));
    assert.equal(setNext(block('name: Ann', 'last: 2026-11-13T16:00:00'), AT_NINE), block('name: Ann', 'last: 2026-11-13T16:00:00', 'next: 2026-12-01T09:00:00'));
    assert.equal(setNext(block('next: 2026-11-20', 'last: 2026-11-13'), AT_NINE), block('next: 2026-12-01 09:00', 'last: 2026-11-13'));
    // The first date-time in the block decides; a phrase being replaced has no form of its own.
    assert.equal(setNext(block('next: fri 3pm', 'a: 2026-01-01 10:00', 'b: 2026-01-01T10:00:00'), AT_NINE), block('next: 2026-12-01 09:00', 'a: 2026-01-01 10:00', 'b: 2026-01-01T10:00:00'));
    assert.equal(setNext('---\n{ last: 2026-11-13T16:00, next: 2026-11-20 }\n---\n', AT_NINE), '---\n{ last: 2026-11-13T16:00, next: 2026-12-01T09:00 }\n---\n');
  });

  it('writes a day over a daily note\'s link as a link to the new day\'s note, in its folder; a date-time as one', () => {
    assert.equal(setNext(block('next: "[[2026-11-20]]"'), DAY), block('next: "[[2026-12-01]]"'));
    assert.equal(setNext(block("next: '[[Daily/2026-11-20|Fri 20 Nov]]' # demo"), DAY), block("next: '[[Daily/2026-12-01]]' # demo"));
    assert.equal(frontMatter(setNext(block('next: "[[2026-11-20]]"'), DAY))['next'], '[[2026-12-01]]');
    // A daily note has no time; a date-time is written as the file's date-times are.
    assert.equal(setNext(block('next: "[[2026-11-20]]"'), AT_NINE), block('next: "2026-12-01 09:00"'));
  });

  it('writes a date without a time as YYYY-MM-DD, whatever it replaces', () => {
    assert.equal(setNext(block('next: 2026-11-20T10:30:00', 'last: 2026-11-13T16:00:00'), DAY), block('next: 2026-12-01', 'last: 2026-11-13T16:00:00'));
    assert.equal(setNext(block('next: 2026-11-20 10:30'), DAY), block('next: 2026-12-01'));
  });

  it('puts right a date-time the diary could not read, in the form it was meant to have', () => {
    assert.equal(setNext(block('next: 2026-11-20t10:30'), AT_NINE), block('next: 2026-12-01T09:00'));
    assert.equal(setNext(block('next: 2026-11-20T10:30:15'), AT_NINE), block('next: 2026-12-01T09:00:00'));
    assert.equal(setNext(block('next: 2026-11-20T25:00'), AT_NINE), block('next: 2026-12-01T09:00'));
  });

  it('changes nothing when the date-time is already there, in its own form', () => {
    for (const value of ['2026-12-01T09:00:00', '2026-12-01T09:00', '2026-12-01 09:00', "'2026-12-01T09:00:00'"]) {
      assert.deepEqual(planEdits(block(`next: ${value}`), [{ kind: 'date', key: 'next', date: AT_NINE }]), { ok: true, value: [] }, value);
    }
  });

  it('writes any date-time over any other in its form, and it reads back as that date-time (fast-check)', () => {
    const dateTime = fc.tuple(fc.integer({ min: -300000, max: 2900000 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([n, hour, minute]): LocalDate => ({ ...fromDayNumber(n), time: { hour, minute } }));
    const form = fc.constantFrom<DateTimeForm>('space', 'T', 'T:00');
    const quote = fc.constantFrom('', "'", '"');
    fc.assert(fc.property(dateTime, dateTime, form, quote, fc.boolean(), (was, date, f, q, withTime) => {
      const asked = withTime ? date : { year: date.year, month: date.month, day: date.day };
      const out = setNext(block(`next: ${q}${formatDateTime(was, f)}${q}`, 'name: Ann'), asked);
      const value = String(frontMatter(out)['next']);
      assert.deepEqual(parseIsoDate(value), { ok: true, value: asked });
      assert.equal(dateTimeFormOf(value), withTime ? f : undefined);
    }), { numRuns: 300 });
  });
});

import * as assert from 'node:assert/strict';
import { dateTextFor, dateTimeFormOf, formatDateTime } from '../../../src/core/dates/dateTimeForm';
import { type LocalDate } from '../../../src/core/dates/localDate';

const AT: LocalDate = { year: 2026, month: 11, day: 27, time: { hour: 9, minute: 5 } };
const DAY: LocalDate = { year: 2026, month: 11, day: 27 };

describe('date-time forms', () => {
  it('tells the form a value is written in, readable or not', () => {
    assert.equal(dateTimeFormOf('2026-11-27 10:30'), 'space');
    assert.equal(dateTimeFormOf('2026-11-27T10:30'), 'T');
    assert.equal(dateTimeFormOf(' 2026-11-27T10:30:00 '), 'T:00');
    assert.equal(dateTimeFormOf('2026-11-27t10:30'), 'T');
    assert.equal(dateTimeFormOf('2026-11-27T10:30:15Z'), 'T:00');
    assert.equal(dateTimeFormOf('2026-11-27T10:30+01:00'), 'T');
    for (const other of ['2026-11-27', '', 'fri 3pm', '2026-11-27 10:30 call', '2026-11-27T10', 'x2026-11-27T10:30']) assert.equal(dateTimeFormOf(other), undefined, other);
  });

  it('writes a date-time in each form, and a date alone as YYYY-MM-DD in all of them', () => {
    assert.equal(formatDateTime(AT, 'space'), '2026-11-27 09:05');
    assert.equal(formatDateTime(AT, 'T'), '2026-11-27T09:05');
    assert.equal(formatDateTime(AT, 'T:00'), '2026-11-27T09:05:00');
    for (const form of ['space', 'T', 'T:00'] as const) assert.equal(formatDateTime(DAY, form), '2026-11-27');
    assert.equal(formatDateTime({ year: 987, month: 1, day: 2, time: { hour: 0, minute: 0 } }, 'T:00'), '0987-01-02T00:00:00');
  });

  it('keeps the form of the value replaced, else takes the first other date-time\'s, else a space', () => {
    assert.equal(dateTextFor(AT, '2026-01-01T10:00:00', ['2026-01-01 10:00']), '2026-11-27T09:05:00');
    assert.equal(dateTextFor(AT, '2026-01-01 10:00', ['2026-01-01T10:00:00']), '2026-11-27 09:05');
    assert.equal(dateTextFor(AT, '2026-01-01', ['Ann', '2026-01-01', '2026-01-01T10:00', '2026-01-01 10:00']), '2026-11-27T09:05');
    assert.equal(dateTextFor(AT, undefined, ['2026-01-01T10:00:00']), '2026-11-27T09:05:00');
    assert.equal(dateTextFor(AT, 'next fri', []), '2026-11-27 09:05');
    assert.equal(dateTextFor(DAY, '2026-01-01T10:00:00', ['2026-01-01T10:00:00']), '2026-11-27');
  });
});

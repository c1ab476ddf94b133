import * as assert from 'node:assert/strict';
import { LocalDate } from '../../../src/core/dates/localDate';
import { ResolveOptions, ResolvedDate, previewPhrase, resolveDate } from '../../../src/core/dates/naturalDate';

const monday: LocalDate = { year: 2026, month: 11, day: 23 };
const resolve = (text: string, options?: ResolveOptions): ResolvedDate => {
  const r = resolveDate(text, monday, options);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const error = (text: string, options?: ResolveOptions): string => {
  const r = resolveDate(text, monday, options);
  assert.equal(r.ok, false, `"${text}" should be refused`);
  return r.ok ? '' : r.error;
};

describe('resolveDate', () => {
  it('names the text and shows examples when it cannot read it', () => {
    assert.equal(error('someday'), `Can't read "someday" as a date — try "fri", "in 2 weeks", "+3d" or 2026-12-01.`);
    assert.equal(error('Next Blursday'), `Can't read "Next Blursday" as a date — try "fri", "in 2 weeks", "+3d" or 2026-12-01.`);
    assert.match(error(''), /^A date can't be empty — try "fri"/);
  });

  it('says why a date-like text is not a day', () => {
    assert.match(error('2026-02-30'), /February 2026 has 28 days/);
    assert.match(error('2026-13-01'), /there is no month 13/);
    assert.match(error('32 Dec'), /^Can't read "32 Dec" as a date — December has 31 days/);
    assert.match(error('31 nov'), /November has 30 days/);
    assert.match(error('tomorrow 25:00'), /time of day/);
    assert.match(error('3/12/2026'), /either way round/);
  });

  it('rejects what chrono reads only in part (chrono would answer "tomorrow" here)', () => {
    assert.match(error('tomorrow or friday'), /Can't read/);
    assert.match(error('around tomorrow-ish'), /Can't read/);
  });

  it('refuses month-first 12/25, which chrono would take as US order', () => {
    assert.match(error('12/25'), /either way round/);
  });

  it('asks am or pm for a bare hour, which chrono would take as morning', () => {
    assert.equal(error('Today at 5'), `Can't read "Today at 5" as a date — say 5am or 5pm.`);
  });

  it('never reads a trailing Z as a UTC instant (that would move the day west of Greenwich)', () => {
    assert.match(error('2026-11-27T23:30:00Z'), /Can't read/);
  });

  it('ignores a time of day on today (it would ride along on every offset)', () => {
    const r = resolveDate('+3d', { ...monday, time: { hour: 23, minute: 55 } });
    assert.deepEqual(r.ok && r.value.date, { year: 2026, month: 11, day: 26 });
  });

  it('refuses dates beyond the calendar rather than wrapping them', () => {
    assert.match(error('+9999y'), /too far from today/);
    assert.match(error('0000-01-01'), /^Can't read "0000-01-01"/);
  });

  it('flags a next date in the past but keeps it', () => {
    const r = resolve('3 days ago');
    assert.deepEqual(r.date, { year: 2026, month: 11, day: 20 });
    assert.equal(r.inPast, true);
    assert.equal(r.warning, 'that is 3 days ago');
    assert.equal(resolve('tomorrow').warning, undefined);
    assert.equal(resolve('tomorrow').inPast, false);
  });

  it('flags a last date in the future, and not a past one', () => {
    assert.equal(resolve('tomorrow', { direction: 'past' }).warning, 'that is tomorrow, not in the past');
    assert.equal(resolve('3 days ago', { direction: 'past' }).warning, undefined);
    assert.equal(resolve('today', { direction: 'past' }).warning, undefined);
  });

  it('spells out the meanings it had to choose', () => {
    assert.equal(resolve('next week').meaning, 'next week = Monday of next week');
    assert.equal(resolve('end of week').meaning, 'end of week = the coming Friday');
    assert.equal(resolve('next month').meaning, 'next month = the 1st of next month');
    assert.equal(resolve('end of month').meaning, 'end of month = the last day of this month');
    assert.equal(resolve('in 2 business days').meaning, 'business days skip Saturday and Sunday');
    assert.equal(resolve('fri').meaning, undefined);
  });
});

describe('previewPhrase', () => {
  it('shows the date, its distance and any chosen meaning', () => {
    assert.deepEqual(previewPhrase('fri', monday), { ok: true, value: 'Fri 27 Nov 2026 · in 4 days' });
    assert.deepEqual(previewPhrase('next week', monday), { ok: true, value: 'Mon 30 Nov 2026 · in 7 days (next week = Monday of next week)' });
    assert.deepEqual(previewPhrase('tomorrow 3pm', monday), { ok: true, value: 'Tue 24 Nov 2026 15:00 · tomorrow' });
    assert.deepEqual(previewPhrase('last fri', monday), { ok: true, value: 'Fri 20 Nov 2026 · 3 days ago' });
    assert.equal(previewPhrase('someday', monday).ok, false);
  });
});

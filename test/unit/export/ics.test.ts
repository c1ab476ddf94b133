import * as assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { escapeText, exportIcs, foldLine, stableHash } from '../../../src/core/export/ics';
import { makeContact } from '../agenda/fakeIndex';

const now = new Date(Date.UTC(2026, 10, 23, 7, 5, 9));
const jane = makeContact('/diary/people/jane.md', {
  name: 'Jane Doe', company: 'Acme Print, Ltd; London', phone: '+44 20 7946 0000', email: 'jane@acme.example',
  next: '2026-11-27', nextAction: 'Chase feedback, then call\\back', last: '2026-11-20', lastAction: 'Sent proposal',
});
const timed = makeContact('/diary/bob.md', { name: 'Bob', next: '2026-11-24 09:30' });
const unscheduled = makeContact('/diary/ann.md', { name: 'Ann' });
const relativePath = (f: string) => f.replace(/^\/diary\//, '');

function events(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return cal.getAllSubcomponents('vevent').map((v) => ({ v, e: new ICAL.Event(v) }));
}

describe('calendar export (.ics)', () => {
  it('writes one event per scheduled follow-up that a real iCalendar parser reads back', () => {
    const ics = exportIcs([jane, timed, unscheduled], { now, relativePath });
    const all = events(ics);
    assert.equal(all.length, 2);
    const cal = new ICAL.Component(ICAL.parse(ics));
    assert.equal(cal.getFirstPropertyValue('version'), '2.0');
    assert.match(String(cal.getFirstPropertyValue('prodid')), /Contact Diary/);

    const j = all.find((x) => x.e.summary.startsWith('Jane'))!;
    assert.equal(j.e.summary, 'Jane Doe — Chase feedback, then call\\back');
    assert.equal(j.e.uid, `${stableHash('people/jane.md')}@contact-diary`);
    assert.equal(j.e.startDate.isDate, true);
    assert.equal(j.e.startDate.toString(), '2026-11-27');
    assert.equal(j.e.endDate.toString(), '2026-11-28');
    assert.equal(j.e.description, 'Company: Acme Print, Ltd; London\nPhone: +44 20 7946 0000\nEmail: jane@acme.example\nLast contact: 2026-11-20 — Sent proposal');
    assert.equal(j.v.getFirstPropertyValue('dtstamp')!.toString(), '2026-11-23T07:05:09Z');

    const b = all.find((x) => x.e.summary === 'Bob')!;
    assert.equal(b.e.startDate.isDate, false);
    assert.equal(b.e.startDate.toString(), '2026-11-24T09:30:00');
    // Floating: no zone, the time the user wrote.
    assert.equal(b.e.startDate.zone?.tzid ?? 'floating', 'floating');
    assert.equal(b.e.endDate.toString(), '2026-11-24T10:00:00');
    assert.equal(b.e.description, null);
  });

  it('is the same file for the same input and clock, and keeps a contact\'s UID when it moves in time', () => {
    const a = exportIcs([jane, timed], { now, relativePath });
    assert.equal(exportIcs([timed, jane], { now, relativePath }), a);
    const moved = { ...jane, next: { year: 2026, month: 12, day: 3 } };
    const uids = (ics: string) => events(ics).map((x) => x.e.uid).sort();
    assert.deepEqual(uids(exportIcs([moved, timed], { now, relativePath })), uids(a));
    assert.notEqual(stableHash('people/jane.md'), stableHash('people/jane2.md'));
  });

  it('puts an overdue follow-up on today, all-day and marked, with its own date in the description (a past date is out of sight in a calendar)', () => {
    const late = makeContact('/diary/late.md', { name: 'Late Larry', next: '2026-11-20 09:30', nextAction: 'Send samples', phone: '+1 555 0100' });
    const today = { year: 2026, month: 11, day: 23 };
    const all = events(exportIcs([late, jane, timed], { now, relativePath, today }));
    const l = all.find((x) => x.e.summary.includes('Larry'))!;
    assert.equal(l.e.summary, 'Overdue: Late Larry — Send samples');
    assert.equal(l.e.startDate.isDate, true);
    assert.equal(l.e.startDate.toString(), '2026-11-23');
    assert.equal(l.e.endDate.toString(), '2026-11-24');
    assert.equal(l.e.description, 'Due 2026-11-20 09:30 (3 days overdue)\nPhone: +1 555 0100');
    // Today's and later follow-ups keep their dates and times.
    assert.equal(all.find((x) => x.e.summary === 'Bob')!.e.startDate.toString(), '2026-11-24T09:30:00');
    assert.equal(all.find((x) => x.e.summary.startsWith('Jane'))!.e.startDate.toString(), '2026-11-27');
    // A follow-up timed earlier today is due today, not overdue: it keeps its time.
    const earlier = makeContact('/diary/early.md', { name: 'Early', next: '2026-11-23 08:00' });
    assert.equal(events(exportIcs([earlier], { now, relativePath, today }))[0]!.e.startDate.toString(), '2026-11-23T08:00:00');
  });

  it('keeps overdue follow-ups on their own dates when asked, or when no today is given', () => {
    const late = makeContact('/diary/late.md', { name: 'Late Larry', next: '2026-11-20' });
    const today = { year: 2026, month: 11, day: 23 };
    const kept = events(exportIcs([late], { now, relativePath, today, keepOverdueDates: true }))[0]!;
    assert.equal(kept.e.summary, 'Late Larry');
    assert.equal(kept.e.startDate.toString(), '2026-11-20');
    assert.equal(events(exportIcs([late], { now, relativePath }))[0]!.e.startDate.toString(), '2026-11-20');
    // Moving to today keeps the UID: a calendar app moves the event, it doesn't add one.
    const uid = (o: object) => events(exportIcs([late], { now, relativePath, ...o }))[0]!.e.uid;
    assert.equal(uid({ today }), uid({}));
  });

  it('ends every line with CRLF and keeps every line within 75 octets', () => {
    const long = makeContact('/diary/long.md', {
      name: 'Zoë 🦊 Ångström-Łukasiewicz', next: '2026-11-25',
      nextAction: 'Propose the ☕ meeting — ' + 'ünïcödé 日本語テキスト 🎉 '.repeat(8), company: 'Ça ' + 'é'.repeat(100),
    });
    const ics = exportIcs([long], { now, relativePath });
    assert.ok(ics.endsWith('\r\n'));
    assert.equal(ics.replace(/\r\n/g, '').includes('\n'), false);
    assert.equal(ics.replace(/\r\n/g, '').includes('\r'), false);
    for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `${Buffer.byteLength(line)} octets: ${line}`);
    // A folded multi-byte character would decode as U+FFFD; the parser must get the text back whole.
    assert.equal(ics.includes('\uFFFD'), false);
    const [e] = events(ics);
    assert.equal(e!.e.summary, long.name + ' — ' + long.nextAction);
    assert.equal(e!.e.description, `Company: ${long.company}`);
  });

  it('folds at exactly 75 octets and never splits a character', () => {
    assert.equal(foldLine('a'.repeat(75)), 'a'.repeat(75));
    assert.equal(foldLine('a'.repeat(76)), `${'a'.repeat(75)}\r\n a`);
    // 74 ASCII + a 2-byte char would be 76 octets: the char moves whole to the next line.
    assert.equal(foldLine('a'.repeat(74) + 'é'), `${'a'.repeat(74)}\r\n é`);
    assert.equal(foldLine('a'.repeat(73) + '🦊'), `${'a'.repeat(73)}\r\n 🦊`);
    const folded = foldLine('é'.repeat(200));
    for (const line of folded.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75);
    assert.equal(folded.replace(/\r\n /g, ''), 'é'.repeat(200));
  });

  it('escapes backslash, semicolon, comma and newlines, and drops control characters', () => {
    assert.equal(escapeText('a\\b;c,d\ne\r\nf\rg'), 'a\\\\b\\;c\\,d\\ne\\nf\\ng');
    assert.equal(escapeText('bell\u0007tab\tok'), 'belltab\tok');
    const c = makeContact('/diary/x.md', { name: 'X; Y, Z\\', next: '2026-11-25', nextAction: 'line one\nline two' });
    const [e] = events(exportIcs([c], { now, relativePath }));
    assert.equal(e!.e.summary, 'X; Y, Z\\ — line one\nline two');
  });

  it('writes an empty calendar when nothing is scheduled', () => {
    const ics = exportIcs([unscheduled], { now });
    assert.equal(events(ics).length, 0);
    assert.equal(ics, 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Contact Diary//Follow-ups//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Contact Diary follow-ups\r\nEND:VCALENDAR\r\n');
  });

  it('names the calendar and the user\'s time zone, which subscribing apps read floating times in (regression: Google showed a 14:00 call at 15:00 in London\'s summer)', () => {
    const ics = exportIcs([unscheduled], { now, timeZone: 'Europe/London' });
    assert.match(ics, /\r\nX-WR-CALNAME:Contact Diary follow-ups\r\nX-WR-TIMEZONE:Europe\/London\r\n/);
    // A zone that is no IANA name is left out rather than written into the file.
    assert.doesNotMatch(exportIcs([unscheduled], { now, timeZone: 'Bad\r\nX-EVIL:1' }), /X-WR-TIMEZONE|X-EVIL/);
  });

  it('ends an all-day event on 9999-12-31 by its duration (regression: DTEND 100000101, before its start to a parser)', () => {
    const last = exportIcs([{ ...unscheduled, next: { year: 9999, month: 12, day: 31 } }], { now });
    assert.match(last, /\r\nDTSTART;VALUE=DATE:99991231\r\nDURATION:P1D\r\n/);
    assert.doesNotMatch(last, /DTEND/);
  });
});

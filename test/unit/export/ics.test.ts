import * as assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { calendarFileUpdate, escapeText, exportIcs, foldLine, stableHash } from '../../../src/core/export/ics';
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
    assert.equal(ics, 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Contact Diary//Follow-ups//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Contact Diary follow-ups\r\n' +
      'REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\nX-PUBLISHED-TTL:PT1H\r\nEND:VCALENDAR\r\n');
  });

  it('names the calendar and the user\'s time zone, which subscribing apps read floating times in (regression: Google showed a 14:00 call at 15:00 in London\'s summer)', () => {
    const ics = exportIcs([unscheduled], { now, timeZone: 'Europe/London' });
    assert.match(ics, /\r\nX-WR-CALNAME:Contact Diary follow-ups\r\n.*\r\nX-WR-TIMEZONE:Europe\/London\r\n/s);
    // A zone that is no IANA name is left out rather than written into the file, as is the name Intl gives when none is set.
    assert.doesNotMatch(exportIcs([unscheduled], { now, timeZone: 'Bad\r\nX-EVIL:1' }), /X-WR-TIMEZONE|X-EVIL/);
    assert.doesNotMatch(exportIcs([unscheduled], { now, timeZone: 'Etc/Unknown' }), /X-WR-TIMEZONE/);
  });

  it('regression: a timed follow-up was a floating time, which Outlook refuses on anything but an all-day event', () => {
    const at = (next: string, timeZone?: string) => /^DTSTART[^\r]*/m.exec(exportIcs([makeContact('/d/a.md', { name: 'A', next })], { now, timeZone }))![0];
    // 09:30 in Paris is 08:30 UTC in winter, 07:30 in summer; in London, 09:30 UTC in winter.
    assert.equal(at('2026-11-27 09:30', 'Europe/Paris'), 'DTSTART:20261127T083000Z');
    assert.equal(at('2026-07-01 09:30', 'Europe/Paris'), 'DTSTART:20260701T073000Z');
    assert.equal(at('2026-11-27 09:30', 'Europe/London'), 'DTSTART:20261127T093000Z');
    assert.equal(at('2026-11-27 09:30', 'America/Los_Angeles'), 'DTSTART:20261127T173000Z');
    assert.equal(at('2026-11-27 23:30', 'Pacific/Kiritimati'), 'DTSTART:20261127T093000Z');
    // On either side of a clock change, and in the hour it skips (the hour after).
    assert.equal(at('2026-03-29 01:30', 'Europe/London'), 'DTSTART:20260329T013000Z');
    assert.equal(at('2026-03-29 03:30', 'Europe/London'), 'DTSTART:20260329T023000Z');
    assert.equal(at('2026-10-25 00:30', 'Europe/London'), 'DTSTART:20261024T233000Z');
    // Without a zone the diary knows, floating, as before.
    assert.equal(at('2026-11-27 09:30'), 'DTSTART:20261127T093000');
    assert.equal(at('2026-11-27 09:30', 'Etc/Unknown'), 'DTSTART:20261127T093000');
    assert.equal(at('2026-11-27 09:30', 'Mars/Olympus_Mons'), 'DTSTART:20261127T093000');
    // A year below 100 (a typo the reader warns of) stays floating: Date.UTC would take it for 19xx.
    assert.equal(at('0099-12-09 10:00', 'Europe/Paris'), 'DTSTART:00991209T100000');
    assert.equal(at('2026-11-27 09:30', 'Asia/Kathmandu'), 'DTSTART:20261127T034500Z');
  });

  it('regression: a rescheduled follow-up kept its version, so a subscribed calendar could keep the old date', () => {
    const jane = makeContact('/d/jane.md', { name: 'Jane', next: '2026-11-27' });
    const bob = makeContact('/d/bob.md', { name: 'Bob', next: '2026-11-30', birthday: '04-02' });
    const first = exportIcs([jane, bob], { now });
    const later = new Date(Date.UTC(2026, 10, 24, 9));
    const version = (ics: string, uid: string) => {
      const e = ics.split('BEGIN:VEVENT').find((x) => x.includes(uid))!;
      return `${/SEQUENCE:(\d+)/.exec(e)?.[1] ?? '0'} ${/LAST-MODIFIED:(\S+)/.exec(e)![1]}`;
    };
    const uid = (ics: string, summary: string) => /UID:(\S+)\r\n(?:[^\r]*\r\n)*?SUMMARY:/.exec(ics.split('BEGIN:VEVENT').find((x) => x.includes(`SUMMARY:${summary}`))!)![1]!;
    const [janeUid, bobUid, birthdayUid] = [uid(first, 'Jane'), uid(first, 'Bob'), uid(first, 'Bob — birthday')];
    const stamp = (d: Date) => d.toISOString().replace(/[-:]|\.\d{3}/g, '');
    assert.equal(version(first, janeUid), `0 ${stamp(now)}`);
    // Jane moved: her event takes the next sequence and the moment; Bob's and his birthday keep theirs.
    const moved = exportIcs([{ ...jane, next: { year: 2026, month: 12, day: 2 } }, bob], { now: later, previous: first });
    assert.equal(version(moved, janeUid), '1 20261124T090000Z');
    assert.equal(version(moved, bobUid), `0 ${stamp(now)}`);
    assert.equal(version(moved, birthdayUid), `0 ${stamp(now)}`);
    // Moved again, read from a file an app folded and gave LF line ends: one more.
    const again = exportIcs([{ ...jane, next: { year: 2026, month: 12, day: 3 } }, bob], { now: later, previous: moved.replace(/\r\n/g, '\n') });
    assert.equal(version(again, janeUid), '2 20261124T090000Z');
    // Nothing changed: the same versions, and the file needs no writing.
    const same = exportIcs([{ ...jane, next: { year: 2026, month: 12, day: 3 } }, bob], { now: new Date(Date.UTC(2026, 10, 25)), previous: again });
    assert.equal(version(same, janeUid), '2 20261124T090000Z');
    assert.deepEqual(calendarFileUpdate(again, same), { ok: true, value: false });
  });

  it('ends an all-day event on 9999-12-31 by its duration (regression: DTEND 100000101, before its start to a parser)', () => {
    const last = exportIcs([{ ...unscheduled, next: { year: 9999, month: 12, day: 31 } }], { now });
    assert.match(last, /\r\nDTSTART;VALUE=DATE:99991231\r\nDURATION:P1D\r\n/);
    assert.doesNotMatch(last, /DTEND/);
  });
});

import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { cli, lines, snapshot, tempDiary } from './helpers';

const FILES = {
  'jane.md': lines('---', 'name: Jane Doe', 'company: Acme Print', 'phone: +44 20 7946 0000', 'email: jane@acme.example',
    'next: 2026-11-20', 'next_action: Chase feedback', 'last: 2026-11-13', 'last_action: Sent proposal', '---'),
  'team/bob.md': lines('---', 'name: Bob', 'next: 2026-11-23 09:30', 'next_action: Call', '---'),
  'cy.md': lines('---', 'name: Cy', 'next: 2026-11-23', '---'),
  'dee.md': lines('---', 'name: Dee', 'next: 2026-12-01', '---'),
  'eve.md': lines('---', 'name: Eve', 'next:', '---'),
};
const BROKEN = {
  'broken.md': lines('---', 'name: Broken', 'next: someday', '---'),
  'bad-yaml.md': lines('---', 'next: 2026-11-20', 'name: [unclosed', '---'),
};

describe('contact-diary check', () => {
  it('says there are no problems and exits 0 on a clean diary', async () => {
    const d = tempDiary(FILES);
    try {
      const r = await cli(d.dir, 'check');
      assert.equal(r.code, 0, r.err);
      assert.equal(r.out, '5 contacts checked (0 unreadable files): no problems\n');
    } finally { d.cleanup(); }
  });

  it('lists each problem as file:line:column, sorted, and exits 1', async () => {
    const d = tempDiary({ ...FILES, ...BROKEN });
    try {
      const before = snapshot(d.dir);
      const r = await cli(d.dir, 'check', '.');
      assert.equal(r.code, 1);
      const out = r.out.trimEnd().split('\n');
      assert.equal(out.length, 3, r.out);
      assert.match(out[0]!, /^bad-yaml\.md:\d+:\d+: error: .+/);
      assert.match(out[1]!, /^broken\.md:3:7: error: .*someday/);
      assert.match(out[2]!, /: 2 problems in 2 files$/);
      assert.deepEqual(snapshot(d.dir), before);
    } finally { d.cleanup(); }
  });

  it('is a usage error for a folder that does not exist', async () => {
    const d = tempDiary(FILES);
    try {
      const r = await cli(d.dir, 'check', 'missing');
      assert.equal(r.code, 2);
      assert.match(r.err, /^contact-diary check: missing: no such folder/);
    } finally { d.cleanup(); }
  });
});

describe('contact-diary calls', () => {
  let d: ReturnType<typeof tempDiary>;
  beforeEach(() => { d = tempDiary(FILES); });
  afterEach(() => d.cleanup());

  it('prints the overdue and due contacts as Markdown, most urgent first', async () => {
    const r = await cli(d.dir, 'calls', '--today', '2026-11-23');
    assert.equal(r.code, 0, r.err);
    const headings = r.out.split('\n').filter((l) => l.startsWith('## '));
    // Today's 09:30 call before the untimed follow-up of the day.
    assert.deepEqual(headings, ['## 1. Jane Doe — Acme Print', '## 2. Bob', '## 3. Cy']);
    assert.match(r.out, /\[\+44 20 7946 0000\]\(tel:\+442079460000\)/);
    assert.match(r.out, /mailto:jane@acme\.example/);
    assert.doesNotMatch(r.out, /Dee|Eve/);
    // What to do and why, as the extension's sheet says it (the same model).
    assert.match(r.out, /^## 1\. Jane Doe — Acme Print\n\n- \*\*Why now:\*\* .*\n- \*\*Call, not email:\*\* no conversation on record, only 1 touch$/m);
    assert.match(r.out, /^## 3\. Cy\n\n- \*\*Why now:\*\* .*\n- \*\*Call:\*\* no conversation on record$/m);
  });

  it('says to call, not email, when only emails came since the last conversation in the log', async () => {
    const e = tempDiary({ 'kim.md': lines('---', 'name: Kim', 'next: 2026-11-20', 'last: 2026-11-18', 'last_action: Emailed prices', '---', '', '## Log',
      '- 2026-11-18 Emailed prices', '- 2026-11-04 Emailed the catalogue', '- 2026-10-12 Phone call — liked the samples', '') });
    try {
      const r = await cli(e.dir, 'calls', '--today', '2026-11-23');
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /^- \*\*Call, not email:\*\* only 2 emails since 12 Oct$/m);
    } finally { e.cleanup(); }
  });

  it('stops at --target and lists the rest as also due', async () => {
    const r = await cli(d.dir, 'calls', '--today', '2026-11-23', '--target', '1');
    assert.match(r.out, /^## 1\. Jane Doe/m);
    assert.doesNotMatch(r.out, /^## 2\./m);
    assert.match(r.out, /^## Also due \(2\)$/m);
  });

  it('refuses a target that is not a positive whole number', async () => {
    for (const bad of ['0', '-1', 'five']) {
      const r = await cli(d.dir, 'calls', '--target', bad);
      assert.equal(r.code, 2, bad);
      assert.match(r.err, /--target/);
    }
  });
});

describe('contact-diary ics', () => {
  let d: ReturnType<typeof tempDiary>;
  beforeEach(() => { d = tempDiary(FILES); });
  afterEach(() => d.cleanup());

  const events = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));

  it('prints one event per scheduled contact, readable by an iCalendar parser', async () => {
    const r = await cli(d.dir, 'ics', '--today', '2026-11-23');
    assert.equal(r.code, 0, r.err);
    assert.ok(r.out.endsWith('END:VCALENDAR\r\n'));
    const byName = new Map(events(r.out).map((e) => [e.summary.split(' — ')[0], e]));
    assert.deepEqual([...byName.keys()].sort(), ['Bob', 'Cy', 'Dee', 'Overdue: Jane Doe']);
    // Due 20 Nov, three days before --today: on today, marked, its own date in the description.
    const jane = byName.get('Overdue: Jane Doe')!;
    assert.equal(jane.summary, 'Overdue: Jane Doe — Chase feedback');
    assert.equal(jane.startDate.toString(), '2026-11-23');
    assert.match(jane.description, /^Due 2026-11-20 \(3 days overdue\)/);
    // 09:30 where the tool runs (the suite runs in several zones), as the instant it is there.
    const bob = byName.get('Bob')!.startDate.toJSDate();
    assert.deepEqual([bob.getFullYear(), bob.getMonth() + 1, bob.getDate(), bob.getHours(), bob.getMinutes()], [2026, 11, 23, 9, 30]);
    assert.ok(byName.get('Bob')!.startDate.zone.tzid === 'UTC' || /DTSTART:20261123T093000\r/.test(r.out));
    assert.match(r.out, /^DTSTAMP:20261123T000000Z\r$/m);
  });

  it('keeps overdue follow-ups on their own dates with --keep-overdue-dates', async () => {
    const r = await cli(d.dir, 'ics', '--today', '2026-11-23', '--keep-overdue-dates');
    assert.equal(r.code, 0, r.err);
    const jane = events(r.out).find((e) => e.summary.startsWith('Jane Doe'))!;
    assert.equal(jane.summary, 'Jane Doe — Chase feedback');
    assert.equal(jane.startDate.toString(), '2026-11-20');
  });

  it('gives the same UIDs wherever the diary is run from, so re-imports update', async () => {
    const a = await cli(d.dir, 'ics', '--today', '2026-11-23');
    const b = await cli(join(d.dir, 'team'), 'ics', '..', '--today', '2026-11-23');
    assert.equal(a.out, b.out);
  });

  it('writes -o FILE atomically and says how many follow-ups it holds', async () => {
    const r = await cli(d.dir, 'ics', '-o', 'diary.ics', '--today', '2026-11-23');
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, 'Wrote 4 follow-ups to diary.ics\n');
    assert.equal(events(readFileSync(join(d.dir, 'diary.ics'), 'utf8')).length, 4);
    assert.deepEqual(readdirSync(d.dir).filter((n) => n.endsWith('.tmp')), []);
  });

  it('counts birthdays apart from follow-ups (regression: a birthday was called a follow-up)', async () => {
    writeFileSync(join(d.dir, 'bday.md'), '---\nname: Bea Example\nbirthday: --12-01\nnext:\n---\n');
    const r = await cli(d.dir, 'ics', '-o', 'diary.ics', '--today', '2026-11-23');
    assert.equal(r.out, 'Wrote 4 follow-ups and 1 birthday or anniversary to diary.ics\n');
  });

  it('takes -o - as stdout, writing no file named -', async () => {
    const before = snapshot(d.dir);
    const r = await cli(d.dir, 'ics', '-o', '-', '--today', '2026-11-23');
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, (await cli(d.dir, 'ics', '--today', '2026-11-23')).out);
    assert.deepEqual(snapshot(d.dir), before);
  });

  it('replaces an earlier calendar with -o, as the hourly cron job does', async () => {
    writeFileSync(join(d.dir, 'diary.ics'), '\uFEFFBEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n');
    const r = await cli(d.dir, 'ics', '-o', 'diary.ics', '--today', '2026-11-23');
    assert.equal(r.code, 0, r.err);
    assert.equal(events(readFileSync(join(d.dir, 'diary.ics'), 'utf8')).length, 4);
  });

  it('regression: -o wrote a moved follow-up with the version it had, so a subscribed calendar could keep the old date', async () => {
    await cli(d.dir, 'ics', '-o', 'diary.ics', '--today', '2026-11-23');
    const moved = await cli(d.dir, 'reschedule', 'dee.md', '2026-12-04', '--today', '2026-11-23');
    assert.equal(moved.code, 0, moved.err);
    await cli(d.dir, 'ics', '-o', 'diary.ics', '--today', '2026-11-23');
    const sequences = new Map(events(readFileSync(join(d.dir, 'diary.ics'), 'utf8')).map((e) => [e.summary.split(' — ')[0], e.sequence ?? 0]));
    assert.equal(sequences.get('Dee'), 1);
    assert.equal(sequences.get('Cy'), 0);
  });

  it('refuses to write -o over a file that is not a calendar (a contact named by mistake), which stays as it was', async () => {
    const before = snapshot(d.dir);
    const r = await cli(d.dir, 'ics', '-o', 'jane.md', '--today', '2026-11-23');
    assert.equal(r.code, 1);
    assert.equal(r.out, '');
    assert.match(r.err, /^contact-diary ics: jane\.md: is not an iCalendar file, so it is not replaced; nothing was written/);
    assert.equal(r.err.split('\n').length, 2);
    assert.deepEqual(snapshot(d.dir), before);
  });

  it('refuses -o naming a folder with a slash at its end (regression: wrote a file named out)', async () => {
    const before = snapshot(d.dir);
    const r = await cli(d.dir, 'ics', '-o', 'out/', '--today', '2026-11-23');
    assert.equal(r.code, 2);
    assert.match(r.err, /^contact-diary ics: -o out\/ names a folder: give the calendar file's name, as in out\/follow-ups\.ics/);
    assert.deepEqual(snapshot(d.dir), before);
  });

  it('refuses an output path it cannot write, naming it, with exit 1', async () => {
    const r = await cli(d.dir, 'ics', '-o', 'no/such/folder/diary.ics');
    assert.equal(r.code, 1);
    assert.equal(r.out, '');
    assert.match(r.err, /^contact-diary ics: no\/such\/folder\/diary\.ics: can't write the file: no such folder\n$/);
  });
});

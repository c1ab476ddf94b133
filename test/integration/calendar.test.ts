// Export Follow-ups to Calendar (.ics) and the calendar file kept up to date: files that a
// real iCalendar parser (ical.js) reads back, with one event per scheduled contact.
import * as assert from 'assert';
import ICAL from 'ical.js';
import * as vscode from 'vscode';
import type { TestApi } from './testApi';
import { api, contactText, fixtureOnly, read, remove, uriOf, waitFor, write } from './helpers';

function summaries(ics: string): string[] {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).summary).sort();
}

/** The calendar file's text; undefined while it is missing (or, were it written in place, half written). */
async function readIfThere(rel: string): Promise<string | undefined> {
  const text = await read(rel).then((t) => t, () => undefined);
  return text?.endsWith('END:VCALENDAR\r\n') ? text : undefined;
}

// Scheduled in the fixture: Bob Smith, Li Wei, Jane Doe, Paolo Ferri (Greta is unscheduled,
// broken-date.md can't be read).
const FIXTURE_EVENTS = 4;

describe('calendar export', function () {
  this.timeout(120_000);
  let a: TestApi;
  before(async () => {
    a = await api();
    await fixtureOnly(a);
  });
  afterEach(async () => {
    await vscode.workspace.getConfiguration('contactDiary').update('calendarFile', undefined, vscode.ConfigurationTarget.Workspace);
    await remove('contacts/calendar-new.md');
    await remove('exports');
    await a.whenIdle();
  });

  it('Export Follow-ups to Calendar writes the scheduled follow-ups to the file it is given', async () => {
    const target = uriOf('exports/follow-ups.ics');
    const written = await vscode.commands.executeCommand<vscode.Uri>('contactDiary.exportIcs', target);
    assert.equal(written?.toString(), target.toString());
    const ics = await read('exports/follow-ups.ics');
    const events = summaries(ics);
    assert.equal(events.length, FIXTURE_EVENTS);
    const cal = new ICAL.Component(ICAL.parse(ics));
    const all = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const li = all.find((e) => e.summary.startsWith('Li Wei'))!;
    // 14:30 where VS Code runs, written as the instant it is there.
    const at = li.startDate.toJSDate();
    assert.deepEqual([at.getFullYear(), at.getMonth() + 1, at.getDate(), at.getHours(), at.getMinutes()], [2026, 11, 23, 14, 30]);
    assert.match(ics, /\r\nDTSTART:20261123T\d{6}Z\r\n/);
    // Bob Smith is 5 days overdue: on the pinned today, where a calendar shows him.
    const bob = all.find((e) => e.summary.includes('Bob Smith'))!;
    assert.equal(bob.summary, 'Overdue: Bob Smith — Send the revised price list');
    assert.equal(bob.startDate.toString(), '2026-11-23');
    assert.match(bob.description, /^Due 2026-11-18 \(5 days overdue\)/);
  });

  it('keeps overdue follow-ups on their own dates when contactDiary.calendarOverdue says so', async () => {
    const settings = vscode.workspace.getConfiguration('contactDiary');
    await settings.update('calendarOverdue', 'ownDate', vscode.ConfigurationTarget.Workspace);
    try {
      await vscode.commands.executeCommand('contactDiary.exportIcs', uriOf('exports/own-dates.ics'));
      const cal = new ICAL.Component(ICAL.parse(await read('exports/own-dates.ics')));
      const bob = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)).find((e) => e.summary.includes('Bob Smith'))!;
      assert.equal(bob.summary, 'Bob Smith — Send the revised price list');
      assert.equal(bob.startDate.toString(), '2026-11-18');
    } finally {
      await settings.update('calendarOverdue', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('Export Follow-ups to Calendar with no follow-up scheduled writes nothing (regression: it asked where to save an empty calendar)', async () => {
    const config = vscode.workspace.getConfiguration('contactDiary');
    await config.update('include', ['nowhere/**/*.md'], vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor('the diary to be empty', () => a.children().length === 0, 30_000);
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('contactDiary.exportIcs', uriOf('exports/empty.ics'));
      assert.equal(written, undefined);
      assert.equal(await readIfThere('exports/empty.ics'), undefined);
    } finally {
      await config.update('include', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('the fixture back in the tree', () => a.children().length > 0, 30_000);
    await a.whenIdle();
  });

  it('contactDiary.calendarFile keeps the file up to date as contacts come and go', async () => {
    await vscode.workspace.getConfiguration('contactDiary').update('calendarFile', 'exports/live.ics', vscode.ConfigurationTarget.Workspace);
    await waitFor('the calendar file to be written', () => readIfThere('exports/live.ics'));
    assert.equal(summaries(await read('exports/live.ics')).length, FIXTURE_EVENTS);

    await write('contacts/calendar-new.md', contactText('Cal Endar', '2026-12-01'));
    const added = await waitFor('the new follow-up in the calendar file', async () => {
      const text = await readIfThere('exports/live.ics');
      return text && summaries(text).includes('Cal Endar — Call back') && text;
    });
    assert.equal(summaries(added).length, FIXTURE_EVENTS + 1);

    await remove('contacts/calendar-new.md');
    await waitFor('the removed follow-up to leave the calendar file', async () => {
      const text = await readIfThere('exports/live.ics');
      return text !== undefined && summaries(text).length === FIXTURE_EVENTS;
    });
  });

  it('regression: contactDiary.calendarFile kept a moved follow-up\'s version, and the filter of an earlier contactDiary.me', async () => {
    const settings = vscode.workspace.getConfiguration('contactDiary');
    await write('contacts/calendar-new.md', contactText('Cal Endar', '2026-12-01', 'owner: someone-else\n'));
    await settings.update('calendarFile', 'exports/live.ics', vscode.ConfigurationTarget.Workspace);
    const event = (text: string | undefined) => text?.split('BEGIN:VEVENT').find((e) => e.includes('SUMMARY:Cal Endar'));
    await waitFor('the calendar file with Cal Endar', async () => event(await readIfThere('exports/live.ics')));
    // Moved: the same event, at its next version.
    await write('contacts/calendar-new.md', contactText('Cal Endar', '2026-12-04', 'owner: someone-else\n'));
    const moved = await waitFor('the moved follow-up in the calendar file', async () => {
      const e = event(await readIfThere('exports/live.ics'));
      return e?.includes('DTSTART;VALUE=DATE:20261204') && e;
    });
    assert.match(moved, /\r\nSEQUENCE:1\r\n/);
    // With contactDiary.me set, the calendar holds the user's follow-ups and nobody's: not Cal Endar's.
    try {
      await settings.update('me', 'alice', vscode.ConfigurationTarget.Workspace);
      await waitFor('the calendar file without someone else\'s follow-up', async () => {
        const text = await readIfThere('exports/live.ics');
        return text !== undefined && event(text) === undefined;
      });
    } finally {
      await settings.update('me', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});

// Today's Call Sheet and the calendar exports of a multi-root workspace cover every folder, and
// two contacts with the same file name in different folders stay two entries.
import * as assert from 'assert';
import ICAL from 'ical.js';
import * as vscode from 'vscode';
import type { TestApi } from '../testApi';
import { api, closeAll, tree, waitFor } from '../helpers';
import { FIXTURE_TREE, fixtureDiaries, folder, foldersChanged, readIn, removeIn, uriIn, waitForTree } from './folders';

/** Each event's summary and UID, sorted by summary. */
function events(ics: string): Array<{ summary: string; uid: string }> {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)).map((e) => ({ summary: e.summary, uid: e.uid }))
    .sort((x, y) => x.summary.localeCompare(y.summary));
}

// The scheduled contacts of both folders (Sam Lee is unscheduled; personal's archive is excluded).
// Personal's Jane Doe is overdue: her event is on today, marked.
const SUMMARIES = [
  'Jane Doe — Chase feedback on the proposal',
  "Old Client — Season's greetings",
  'Omar Haddad — Send the route plan',
  'Overdue: Jane Doe — Plan the sailing weekend',
];

function assertBothFolders(ics: string) {
  const found = events(ics);
  assert.deepEqual(found.map((e) => e.summary), SUMMARIES);
  // A calendar app takes two events with one UID for one event: the second Jane Doe would replace the first.
  assert.equal(new Set(found.map((e) => e.uid)).size, found.length, `UIDs repeat: ${found.map((e) => e.uid).join(', ')}`);
}

describe('multi-root: call sheet and calendar', function () {
  this.timeout(120_000);
  let a: TestApi;
  before(async () => {
    a = await api();
    await fixtureDiaries(a);
  });
  afterEach(async () => {
    await vscode.workspace.getConfiguration('contactDiary').update('calendarFile', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAll();
    await removeIn('work', 'exports');
    await a.whenIdle();
  });

  it("Today's Call Sheet lists the due contacts of both folders, each Jane Doe with her own reason", async () => {
    await vscode.commands.executeCommand('contactDiary.callSheet');
    const { text, links, buttons } = await waitFor('the call sheet to open', () => a.callSheetShown());
    // Personal's Jane Doe is 2 days overdue, work's is due today at 10:00.
    assert.deepEqual(buttons.filter((b) => b.action === 'open').map((b) => b.label), ['Open the note of Jane Doe', 'Open the note of Jane Doe']);
    assert.equal(new Set(buttons.map((b) => b.id)).size, 2, 'the two Jane Does share an id');
    assert.ok(text.indexOf('Plan the sailing weekend') < text.indexOf('Chase feedback on the proposal'), text);
    assert.match(text, /Jane Doe — Acme Print/);
    assert.ok(links.includes('mailto:jane.doe@mail.example'), links.join());
    assert.ok(links.includes('mailto:jane@acme.example'), links.join());
  });

  it('Export Follow-ups to Calendar writes one event per scheduled contact of both folders, each with its own UID', async () => {
    const target = uriIn('work', 'exports/follow-ups.ics');
    const written = await vscode.commands.executeCommand<vscode.Uri>('contactDiary.exportIcs', target);
    assert.equal(written?.toString(), target.toString());
    assertBothFolders(await readIn('work', 'exports/follow-ups.ics'));
  });

  it('Export Follow-ups to Calendar keeps the UIDs apart when the two folders have the same name', async () => {
    const personal = folder('personal').uri;
    try {
      await foldersChanged(() => vscode.workspace.updateWorkspaceFolders(1, 1, { uri: personal, name: 'work' }));
      assert.deepEqual(vscode.workspace.workspaceFolders?.map((f) => f.name), ['work', 'work']);
      // The tree can't name the folders apart now: count what it lists.
      await a.whenIdle();
      await waitFor('both folders scanned again', () => tree(a).flatMap((g) => g.items).length === Object.values(FIXTURE_TREE).flat().length);
      const target = uriIn('work', 'exports/same-name.ics');
      await vscode.commands.executeCommand('contactDiary.exportIcs', target);
      assertBothFolders(await readIn('work', 'exports/same-name.ics'));
    } finally {
      if (vscode.workspace.workspaceFolders?.[1]?.name !== 'personal') {
        await foldersChanged(() => vscode.workspace.updateWorkspaceFolders(1, 1, { uri: personal, name: 'personal' }));
      }
    }
    await waitForTree(a, 'the fixture tree again', FIXTURE_TREE);
  });

  it('a folder removed or added changes no UID but that of the file sharing a path with another folder', async () => {
    const uids = async (name: string) => {
      const target = uriIn('work', `exports/${name}.ics`);
      await vscode.commands.executeCommand('contactDiary.exportIcs', target);
      return new Map(events(await readIn('work', `exports/${name}.ics`)).map((e) => [e.summary, e.uid]));
    };
    const both = await uids('both');
    const personal = folder('personal');
    await foldersChanged(() => vscode.workspace.updateWorkspaceFolders(1, 1));
    try {
      await waitForTree(a, "personal's contacts to leave the view", {
        Today: ['work/contacts/jane-doe.md'],
        Upcoming: ['work/contacts/omar-haddad.md'],
        Later: ['work/archive/old-client.md'],
      });
      const workOnly = await uids('work-only');
      // The first folder's files keep their UIDs, its Jane Doe included: a subscribed calendar
      // sees personal's events go and nothing else move.
      assert.deepEqual([...workOnly.keys()], ['Jane Doe — Chase feedback on the proposal', "Old Client — Season's greetings", 'Omar Haddad — Send the route plan']);
      for (const [summary, uid] of workOnly) assert.equal(uid, both.get(summary), summary);
    } finally {
      await foldersChanged(() => vscode.workspace.updateWorkspaceFolders(1, 0, { uri: personal.uri, name: 'personal' }));
    }
    await waitForTree(a, 'the fixture tree again', FIXTURE_TREE);
    const again = await uids('again');
    assert.deepEqual([...again], [...both], 'adding the folder back gives every event its UID of before');
  });

  it('contactDiary.calendarFile, relative to the first folder, holds the follow-ups of both folders', async () => {
    await vscode.workspace.getConfiguration('contactDiary').update('calendarFile', 'exports/live.ics', vscode.ConfigurationTarget.Workspace);
    const text = await waitFor('the calendar file to be written in the first folder', async () => {
      const t = await readIn('work', 'exports/live.ics').then((x) => x, () => undefined);
      return t?.endsWith('END:VCALENDAR\r\n') && t;
    });
    assertBothFolders(text);
  });
});

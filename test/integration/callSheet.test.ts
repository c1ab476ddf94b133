// Today's Call Sheet: a webview panel beside the editor that lists the overdue and today's
// contacts for the pinned day, runs Log…, Snooze and Reschedule… on them, follows the diary, and
// treats what the notes say as hostile. The page reports what it shows (in tests only), and a
// message "from the page" goes through the same check a real click's message does.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ShownSheet } from '../../src/core';
import type { TestApi } from './testApi';
import { api, closeAll, contactText, fixtureOnly, ownFiles, read, recordCommands, uriOf, waitFor, write } from './helpers';

/** The call sheet's tabs, with the column each is in. */
function sheetTabs() {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('contactDiary.callSheet'))
    .map((tab) => ({ tab, column: g.viewColumn })));
}

/** Waits for the page to report showing what `check` wants. */
function shownWhen(a: TestApi, what: string, check: (s: ShownSheet) => boolean, ms?: number): Promise<ShownSheet> {
  return waitFor(`the call sheet to show ${what} (it shows: ${JSON.stringify(a.callSheetShown()?.text)})`, () => {
    const shown = a.callSheetShown();
    return shown && check(shown) && shown;
  }, ms);
}

/** The names of the cards to call, in order (each card's name is a button that opens the note). */
const names = (s: ShownSheet) => s.buttons.filter((b) => b.action === 'open').map((b) => b.label.replace(/^Open the note of /, ''));

/** The message a button sends, found by its label (`Snooze Bob Smith 1 day`). */
function button(s: ShownSheet, label: string): { type: 'action'; action: string; id: string } {
  const b = s.buttons.find((x) => x.label === label);
  assert.ok(b, `no button "${label}" among ${s.buttons.map((x) => x.label).join(', ')}`);
  return { type: 'action', action: b.action, id: b.id };
}

/** The extension's own commands that ran, in order. */
const ours = (commands: ReturnType<typeof recordCommands>) => commands.ran.map((c) => c.id).filter((id) => id.startsWith('contactDiary.'));

describe("Today's Call Sheet", function () {
  this.timeout(120_000);
  let a: TestApi;
  const { make, removeAll } = ownFiles(() => a);
  let commands: ReturnType<typeof recordCommands> | undefined;
  before(async () => {
    a = await api();
    await fixtureOnly(a);
  });
  afterEach(async () => {
    commands?.restore();
    commands = undefined;
    a.answer(null);
    await vscode.workspace.getConfiguration('contactDiary').update('dailyTarget', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAll();
    await removeAll();
    await a.whenIdle();
  });

  it('opens beside the editor with the overdue and today contacts of the pinned day, and shows one panel', async () => {
    await vscode.window.showTextDocument(uriOf('contacts/jane-doe.md'), { viewColumn: vscode.ViewColumn.One });
    await vscode.commands.executeCommand('contactDiary.callSheet');
    const [sheet] = await waitFor('the call sheet panel', () => sheetTabs().length > 0 && sheetTabs());
    assert.equal(sheet!.column, vscode.ViewColumn.Two, 'the sheet is not beside the editor');
    assert.equal(sheet!.tab.label, "Today's Call Sheet");
    const shown = await shownWhen(a, 'its contacts', (s) => names(s).length > 0);
    assert.match(shown.text, /Call sheet — Mon 23 Nov 2026/);
    assert.match(shown.text, /0 of 5 calls today/);
    assert.match(shown.text, /2 to call \(1 overdue, 1 due today\)\./);
    // Bob Smith is 5 days overdue, Li Wei due today; upcoming, later and unscheduled are not listed.
    assert.deepEqual(names(shown), ['Bob Smith', 'Li Wei']);
    assert.match(shown.text, /Why now: Send the revised price list \(5 days overdue; next was 2026-11-18\)/);
    assert.match(shown.text, /Last contact 2026-10-28 \(4 weeks ago\) — Quarterly review/);
    // What to do and why: a review is no word of a conversation, so Bob's last contact was a touch.
    assert.match(shown.text, /Call, not email: no conversation on record, only 1 touch/);
    assert.match(shown.text, /Call: no conversation on record/);
    assert.deepEqual(shown.links, ['mailto:bob@northwind.example', 'tel:+441614960000', 'mailto:li.wei@harbour.example']);
    for (const absent of ['Jane Doe', 'Paolo', 'Greta', 'meeting']) assert.ok(!shown.text.includes(absent), `${absent} is on the sheet`);
    assert.deepEqual(shown.buttons.filter((b) => b.label.endsWith('Bob Smith') || b.label.includes('Bob Smith ')).map((b) => b.action), ['open', 'log', 'snooze', 'reschedule']);

    // Asked for again, from the editor: the same panel comes forward, there is no second one.
    await vscode.window.showTextDocument(uriOf('contacts/jane-doe.md'), { viewColumn: vscode.ViewColumn.One });
    await vscode.commands.executeCommand('contactDiary.callSheet');
    await waitFor('the one sheet to be active', () => sheetTabs().length === 1 && sheetTabs()[0]!.tab.isActive);
  });

  it('runs Log…, Snooze and Reschedule… on the contact of the button, and follows the diary', async () => {
    const snoozed = await make('contacts/sheet-snoozed.md', contactText('Sheet Snoozed', '2026-11-20'));
    await make('contacts/sheet-moved.md', contactText('Sheet Moved', '2026-11-21'));
    await make('contacts/sheet-logged.md', contactText('Sheet Logged', '2026-11-22'));
    await vscode.commands.executeCommand('contactDiary.callSheet');
    let shown = await shownWhen(a, 'the three new contacts', (s) => names(s).length === 5);
    assert.deepEqual(names(shown), ['Bob Smith', 'Sheet Snoozed', 'Sheet Moved', 'Sheet Logged', 'Li Wei']);
    commands = recordCommands();

    assert.equal(await a.callSheetMessage(button(shown, 'Snooze Sheet Snoozed 1 day')), true);
    assert.deepEqual(ours(commands), ['contactDiary.snooze1Day']);
    // The command gets the contact as a tree item gives it.
    const snooze = commands.ran.find((c) => c.id === 'contactDiary.snooze1Day')!;
    assert.deepEqual(snooze.args.map((n) => (n as { kind: string; item: { file: string } }).item.file), [snoozed.uri.path]);
    assert.match(await read('contacts/sheet-snoozed.md'), /^next: 2026-11-24$/m);
    shown = await shownWhen(a, 'the snoozed contact gone', (s) => !names(s).includes('Sheet Snoozed'));

    a.answer(['in 2 weeks']);
    assert.equal(await a.callSheetMessage(button(shown, 'Reschedule Sheet Moved')), true);
    assert.equal(a.unanswered(), 0);
    assert.match(await read('contacts/sheet-moved.md'), /^next: 2026-12-07$/m);
    shown = await shownWhen(a, 'the rescheduled contact gone', (s) => !names(s).includes('Sheet Moved'));
    assert.match(shown.text, /0 of 5 calls today/);

    a.answer(['Phone call', '', 'Send samples', '+1w']);
    assert.equal(await a.callSheetMessage(button(shown, 'Log a contact with Sheet Logged')), true);
    assert.equal(a.unanswered(), 0);
    assert.match(await read('contacts/sheet-logged.md'), /^last: 2026-11-23$/m);
    shown = await shownWhen(a, 'the logged contact gone and the progress', (s) => !names(s).includes('Sheet Logged') && s.text.includes('1 of 5 calls today'));
    assert.deepEqual(names(shown), ['Bob Smith', 'Li Wei']);
    assert.deepEqual(ours(commands), ['contactDiary.snooze1Day', 'contactDiary.reschedule', 'contactDiary.logContact']);

    // The daily target: the rest are listed as also due, with their buttons.
    await vscode.workspace.getConfiguration('contactDiary').update('dailyTarget', 1, vscode.ConfigurationTarget.Workspace);
    shown = await shownWhen(a, 'the daily target', (s) => s.text.includes('1 of 2 to call'));
    assert.match(shown.text, /1 of 1 call today — the daily target is reached/);
    assert.match(shown.text, /Also due \(1\)/);
    assert.deepEqual(names(shown), ['Bob Smith', 'Li Wei']);
  });

  it('counts a conversation logged today towards the daily calls, and a touch not', async () => {
    await make('contacts/sheet-emailed.md', contactText('Sheet Emailed', '2026-11-22'));
    await make('contacts/sheet-called.md', contactText('Sheet Called', '2026-11-22'));
    await vscode.commands.executeCommand('contactDiary.callSheet');
    let shown = await shownWhen(a, 'the two new contacts', (s) => names(s).includes('Sheet Emailed') && names(s).includes('Sheet Called'));
    // Met at the fair on 1 Nov (the log): nothing since.
    assert.match(shown.text, /Call: last spoke 1 Nov \(Met\)/);

    a.answer(['Emailed the quote', '', 'Call back', '+1w']);
    assert.equal(await a.callSheetMessage(button(shown, 'Log a contact with Sheet Emailed')), true);
    assert.match(await read('contacts/sheet-emailed.md'), /^last_action: Emailed the quote$/m);
    shown = await shownWhen(a, 'the email said and not counted', (s) => s.text.includes('0 of 5 calls today · 1 touch, not counted'));

    a.answer(['Phone call', '', 'Send samples', '+1w']);
    assert.equal(await a.callSheetMessage(button(shown, 'Log a contact with Sheet Called')), true);
    await shownWhen(a, 'the call counted', (s) => s.text.includes('1 of 5 calls today · 1 touch, not counted'));
  });

  it('opens the note of a name beside the sheet, leaving the sheet open', async () => {
    await vscode.commands.executeCommand('contactDiary.callSheet');
    const shown = await shownWhen(a, 'Bob Smith', (s) => names(s).includes('Bob Smith'));
    assert.equal(await a.callSheetMessage(button(shown, 'Open the note of Bob Smith')), true);
    const editor = await waitFor('the note to open', () => vscode.window.activeTextEditor?.document.uri.path.endsWith('/bob-smith.md') && vscode.window.activeTextEditor);
    assert.equal(editor.selection.active.line, 6, 'not at the next: line');
    assert.equal(sheetTabs().length, 1);
    assert.notEqual(editor.viewColumn, sheetTabs()[0]!.column, 'the note took the sheet\'s place');
  });

  it('refuses a message that is not one of its buttons: an unknown command, a file it does not show, a path', async () => {
    await vscode.commands.executeCommand('contactDiary.callSheet');
    const shown = await shownWhen(a, 'Bob Smith', (s) => names(s).includes('Bob Smith'));
    const bob = button(shown, 'Snooze Bob Smith 1 day');
    const before = await read('contacts/bob-smith.md');
    commands = recordCommands();
    const refused: unknown[] = [
      { ...bob, action: 'delete' },
      { ...bob, action: 'contactDiary.snooze1Day' },
      { type: 'command', command: 'contactDiary.snooze1Day', args: [uriOf('contacts/bob-smith.md').toString()] },
      { ...bob, id: '999' },
      { ...bob, id: uriOf('contacts/jane-doe.md').path },
      { ...bob, id: Number(bob.id) },
      'snooze',
      null,
    ];
    for (const message of refused) assert.equal(await a.callSheetMessage(message), false, JSON.stringify(message));
    assert.deepEqual(commands.ran.map((c) => c.id).filter((id) => id !== 'setContext'), []);
    assert.equal(await read('contacts/bob-smith.md'), before);
    // The same button's own message is taken.
    assert.equal(await a.callSheetMessage(bob), true);
    assert.deepEqual(ours(commands), ['contactDiary.snooze1Day']);
    await waitFor('Bob Smith to be snoozed', async () => (await read('contacts/bob-smith.md')) !== before);
    await write('contacts/bob-smith.md', before);
  });

  it('shows markup, scripts and javascript: links in a note as written, and runs none of them', async () => {
    // If any of it ran, the page would say PWNED (the words are apart in the note, as written).
    const img = '<img src=x onerror="document.body.append(\'PW\'+\'NED\')">';
    const script = '<script>document.body.append("PW"+"NED")</script>';
    const link = '[call](javascript:document.body.append("PW"+"NED")) <a href="javascript:alert(1)">here</a>';
    const quoted = (s: string) => `'${s.replace(/'/g, "''")}'`;
    const text = [
      '---',
      `name: ${quoted(`${img} Hostile ${script}`)}`,
      `company: ${quoted(link)}`,
      'next: 2026-11-22',
      `next_action: ${quoted(`${script} ${link}`)}`,
      `phone: ${quoted('javascript:alert(1)')}`,
      `email: ${quoted('javascript:alert(1)@evil.example')}`,
      'last: 2026-11-01',
      `last_action: ${quoted(img)}`,
      '---',
      '',
      `# ${img}`,
      '',
      `${script} ${link}`,
      '',
    ].join('\n');
    await make('contacts/sheet-hostile.md', text);
    await vscode.commands.executeCommand('contactDiary.callSheet');
    const shown = await shownWhen(a, 'the hostile contact', (s) => s.text.includes('Hostile'));
    assert.ok(!shown.text.includes('PWNED'), `injected code ran: ${shown.text}`);
    for (const value of [`${img} Hostile ${script}`, link, `${script} ${link}`, img, 'javascript:alert(1)@evil.example']) {
      assert.ok(shown.text.includes(value), `not shown as written: ${value}\nin: ${shown.text}`);
    }
    // The only links are the ones the sheet makes: no javascript:, whatever the note says.
    for (const href of shown.links) assert.match(href, /^(?:tel:\+?\d+|mailto:[^\s:]+@)/);
    assert.ok(shown.links.includes('tel:1'), 'the phone link is made of its digits alone');
    // Its buttons work on it as on any other contact.
    assert.ok(shown.buttons.some((b) => b.label === `Snooze ${img} Hostile ${script} 1 day`));
  });

  it('asked for while the diary is read again, waits for the reading and lists every contact due', async () => {
    // The refresh starts a scan from scratch; the sheet is asked for before it ends.
    const refreshed = vscode.commands.executeCommand('contactDiary.refresh');
    await vscode.commands.executeCommand('contactDiary.callSheet');
    const shown = await shownWhen(a, 'its contacts', (s) => names(s).length > 0);
    assert.deepEqual(names(shown), ['Bob Smith', 'Li Wei']);
    await refreshed;
  });

  it('leaves the page as it is when the diary changes and the sheet does not', async () => {
    await vscode.commands.executeCommand('contactDiary.callSheet');
    const before = await shownWhen(a, 'its contacts', (s) => names(s).length === 2);
    // A new page forgets the old page's report at once: the same report means the same page.
    await make('contacts/sheet-upcoming.md', contactText('Sheet Upcoming', '2026-11-26'));
    await a.whenIdle();
    assert.equal(a.callSheetShown(), before, 'the page was loaded again');
    await make('contacts/sheet-due.md', contactText('Sheet Due', '2026-11-23'));
    await shownWhen(a, 'the new contact due today', (s) => names(s).includes('Sheet Due'));
  });

  it('hidden behind an editor and shown again, shows the sheet as it is now', async () => {
    await vscode.commands.executeCommand('contactDiary.callSheet');
    await shownWhen(a, 'its contacts', (s) => names(s).length === 2);
    const column = sheetTabs()[0]!.column;
    await vscode.window.showTextDocument(uriOf('contacts/jane-doe.md'), { viewColumn: column });
    await waitFor('the sheet to be hidden', () => !sheetTabs()[0]!.tab.isActive);
    await make('contacts/sheet-later.md', contactText('Sheet Later', '2026-11-23'));
    await vscode.commands.executeCommand('contactDiary.callSheet');
    const shown = await shownWhen(a, 'the contact added while hidden', (s) => names(s).includes('Sheet Later'));
    // Today's timed call (Li Wei, 14:30) comes before the untimed one.
    assert.deepEqual(names(shown), ['Bob Smith', 'Li Wei', 'Sheet Later']);
    assert.equal(sheetTabs().length, 1);
  });
});

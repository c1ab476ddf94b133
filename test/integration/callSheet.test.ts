// Today's Call Sheet: the document it opens lists the overdue and today's contacts for the
// pinned day, most urgent first, and follows the diary (Log Contact…) and the daily target.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { TestApi } from '../../src/extension/testApi';
import { api, closeAll, contactText, fixtureOnly, itemsOf, remove, uriOf, waitFor, write } from './helpers';

const SHEET = 'contact-diary:/Call%20Sheet.md';

function sheetText(): string | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === SHEET)?.getText();
}

/** The names of the numbered contacts to call, in order. */
function toCall(text: string): string[] {
  return [...text.matchAll(/^## \d+\. (.+?)(?: — .*)?$/gm)].map((m) => m[1]!);
}

/** The labels of the Markdown previews open in the window. */
function previews(): string[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('markdown.preview'))
    .map((t) => t.label);
}

describe("Today's Call Sheet", function () {
  this.timeout(120_000);
  let a: TestApi;
  before(async () => {
    a = await api();
    await fixtureOnly(a);
  });
  afterEach(async () => {
    a.answer(null);
    await vscode.workspace.getConfiguration('contactDiary').update('dailyTarget', undefined, vscode.ConfigurationTarget.Workspace);
    // Reverts the editor it means to, not the one that happens to be active.
    await closeAll();
    await remove('contacts/sheet-caller.md');
    await a.whenIdle();
  });

  it('opens beside the editor with the overdue and today contacts of the pinned day, most urgent first', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('contactDiary.callSheet');
    assert.equal(uri?.toString(), SHEET);
    const text = await waitFor('the call sheet to open', sheetText);
    assert.match(text, /^# Call sheet — Mon 23 Nov 2026$/m);
    // Bob Smith is 5 days overdue, Li Wei due today; upcoming, later and unscheduled are not listed.
    assert.deepEqual(toCall(text), ['Bob Smith', 'Li Wei']);
    assert.match(text, /\*\*Why now:\*\* Send the revised price list/);
    assert.match(text, /\[\+44 161 496 0000\]\(tel:\+441614960000\)/);
    assert.match(text, /\[bob@northwind\.example\]\(mailto:bob@northwind\.example\)/);
    for (const absent of ['Jane Doe', 'Paolo', 'Greta', 'meeting']) assert.ok(!text.includes(absent), `${absent} is on the sheet`);
  });

  it('moves on when a contact on it is logged, and follows the daily target', async () => {
    const uri = await write('contacts/sheet-caller.md', contactText('Sheet Caller', '2026-11-20'));
    const [shown] = await waitFor('the new contact in the tree', () => { const i = itemsOf(a, uri); return i.length > 0 && i; });
    await vscode.commands.executeCommand('contactDiary.callSheet');
    await waitFor('the sheet to list the new contact', () => { const t = sheetText(); return t && toCall(t).join() === 'Bob Smith,Sheet Caller,Li Wei'; });

    await vscode.workspace.getConfiguration('contactDiary').update('dailyTarget', 1, vscode.ConfigurationTarget.Workspace);
    const capped = await waitFor('the sheet to follow the daily target', () => { const t = sheetText(); return t && toCall(t).length === 1 && t; });
    assert.deepEqual(toCall(capped), ['Bob Smith']);
    assert.match(capped, /^1 of 3 to call \(2 overdue, 1 due today\)\.$/m);
    assert.match(capped, /^## Also due \(2\)$/m);
    await vscode.workspace.getConfiguration('contactDiary').update('dailyTarget', undefined, vscode.ConfigurationTarget.Workspace);

    a.answer(['Phone call', '', 'Send samples', '+1w']);
    await vscode.commands.executeCommand('contactDiary.logContact', shown!.node);
    assert.equal(a.unanswered(), 0);
    const after = await waitFor('the sheet to drop the logged contact', () => { const t = sheetText(); return t && !t.includes('Sheet Caller') && t; });
    assert.deepEqual(toCall(after), ['Bob Smith', 'Li Wei']);
  });

  it('asked for while the diary is read again, waits for the reading and lists every contact due', async () => {
    // The refresh starts a scan from scratch; the sheet is asked for before it ends.
    const refreshed = vscode.commands.executeCommand('contactDiary.refresh');
    const uri = await vscode.commands.executeCommand<vscode.Uri>('contactDiary.callSheet');
    assert.equal(uri?.toString(), SHEET);
    const text = await waitFor('the call sheet to open', sheetText);
    assert.deepEqual(toCall(text), ['Bob Smith', 'Li Wei']);
    await refreshed;
  });

  it('stays the call sheet when a contact opens in its group (an unlocked preview followed the active editor)', async () => {
    await vscode.commands.executeCommand('contactDiary.callSheet');
    await waitFor('the call sheet preview', () => previews().some((l) => l.includes('Call Sheet')));
    // A contact clicked in the tree opens in the active group, which is the preview's.
    const group = vscode.window.tabGroups.all.find((g) => g.tabs.some((t) => t.label.includes('Call Sheet')))!;
    await vscode.commands.executeCommand('vscode.open', uriOf('contacts/bob-smith.md'), { viewColumn: group.viewColumn, preview: true });
    await waitFor('the contact to be the active editor', () => vscode.window.activeTextEditor?.document.uri.path.endsWith('/bob-smith.md'));
    // The preview moves (if it does) as the active editor changes: give it that moment, then look.
    const end = Date.now() + 3_000;
    while (Date.now() < end && !previews().some((l) => l.includes('bob-smith'))) await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(previews().filter((l) => l.includes('bob-smith')), [], 'the call sheet turned into the contact\'s preview');
    assert.ok(previews().some((l) => l.includes('Call Sheet')), `no call sheet among ${previews().join(', ')}`);
  });
});

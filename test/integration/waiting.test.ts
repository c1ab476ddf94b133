// Mark as Waiting on Them… sets what for and since when, and the chase date, as one edit that one
// Undo takes back; the tree item says how long; Log Contact… asks whether they answered.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { TestApi } from './testApi';
import { api, closeAll, contactText, itemsOf, ownFiles, read, waitFor } from './helpers';

describe('Waiting on them', function () {
  this.timeout(120_000);
  let a: TestApi;
  const { make, removeAll } = ownFiles(() => a);
  before(async () => { a = await api(); });
  afterEach(async () => {
    a.answer(null);
    await closeAll();
    await removeAll();
  });

  it('marks a contact as waiting in one edit, shows it on the item, and one Undo takes it back', async () => {
    const before = contactText('Wait Ing', '2026-11-20');
    const { uri, node } = await make('contacts/wait-ing.md', before);
    await vscode.window.showTextDocument(uri);
    a.answer(['feedback on the proposal', 'in 3 days']);
    await vscode.commands.executeCommand('contactDiary.markWaiting', node);
    assert.equal(a.unanswered(), 0);
    assert.equal(await read('contacts/wait-ing.md'), before
      .replace('next: 2026-11-20', 'next: 2026-11-26')
      .replace('next_action: Call back\n', 'next_action: Call back\nwaiting: feedback on the proposal\nwaiting_since: 2026-11-23\n'));
    assert.equal(a.statusMessage(), '$(watch) Waiting on Wait Ing for feedback on the proposal; chase Thu 26 Nov 2026 · in 3 days');
    const [shown] = await waitFor('the item to say it waits', () => {
      const items = itemsOf(a, uri);
      return items.length > 0 && String(a.treeItem(items[0]!.node).description).includes('waiting') && items;
    });
    assert.equal(a.treeItem(shown!.node).description, 'in 3 days · waiting since today · feedback on the proposal · Call back · Test Co');
    assert.equal(vscode.window.activeTextEditor?.document.isDirty, false);
    await vscode.commands.executeCommand('undo');
    assert.equal(vscode.window.activeTextEditor?.document.getText(), before);
  });

  it('counts the days waited, and Log Contact… asks whether they answered, then clears it', async () => {
    const before = contactText('Long Wait', '2026-11-30', 'waiting: the signed order\nwaiting_since: 2026-11-18\n');
    const { uri, node } = await make('contacts/long-wait.md', before);
    assert.equal(a.treeItem(node).description, 'in 7 days · waiting 5 days · the signed order · Call back · Test Co');
    a.answer(['Phone call', '', 'Send the invoice', 'Next week', 'They answered']);
    await vscode.commands.executeCommand('contactDiary.logContact', node);
    assert.equal(a.unanswered(), 0);
    assert.equal(a.shownPicks().at(-1)!.title, 'Log Contact with Long Wait (5/5)');
    const after = await read('contacts/long-wait.md');
    assert.match(after, /^waiting:\nwaiting_since:\n/m);
    assert.match(after, /^- 2026-11-23 Phone call\n/m);
    await waitFor('the item to stop waiting', () => itemsOf(a, uri).every((i) => !String(a.treeItem(i.node).description).includes('waiting')));
  });

  it('Still waiting in Log Contact… keeps it, and a contact not waiting is not asked', async () => {
    const waiting = contactText('Still Wait', '2026-11-30', 'waiting: a reply\nwaiting_since: 2026-11-18\n');
    const w = await make('contacts/still-wait.md', waiting);
    a.answer(['Email', '', 'Call back', 'Next week', 'Still waiting']);
    await vscode.commands.executeCommand('contactDiary.logContact', w.node);
    assert.equal(a.unanswered(), 0);
    assert.match(await read('contacts/still-wait.md'), /^waiting: a reply\nwaiting_since: 2026-11-18\n/m);
    a.answer(null);
    const plain = await make('contacts/not-waiting.md', contactText('Not Waiting', '2026-11-30'));
    a.answer(['Email', '', 'Call back', 'Next week']);
    await vscode.commands.executeCommand('contactDiary.logContact', plain.node);
    assert.equal(a.unanswered(), 0);
    assert.equal(a.shownPicks().at(-1)!.title, 'Log Contact with Not Waiting (4/4): when is the next step?');
  });

  it('Escape at the chase date changes nothing', async () => {
    const before = contactText('No Wait', '2026-11-20');
    const { node } = await make('contacts/no-wait.md', before);
    a.answer(['feedback', undefined]);
    await vscode.commands.executeCommand('contactDiary.markWaiting', node);
    assert.equal(await read('contacts/no-wait.md'), before);
  });
});

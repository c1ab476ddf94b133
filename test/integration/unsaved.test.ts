// Typing in an open contact moves it in the Follow-ups view before it is saved: what the editor
// shows is what the view shows, until the text is saved, reverted or thrown away.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { TestApi } from './testApi';
import { api, closeAll, contactText, fixtureOnly, itemsOf, read, remove, waitFor, write } from './helpers';

const FILE = 'contacts/typed-in.md';

/** The groups the file's items are in, e.g. ['Upcoming (2)'] → ['Upcoming']. */
const groupsOf = (a: TestApi, uri: vscode.Uri) => itemsOf(a, uri).map((i) => i.group.replace(/ \(\d+\)$/, ''));

/**
 * Replaces the editor's next: line as typing would. VS Code refuses an edit (resolves false) made
 * while the document is being reloaded, as after Revert File, so a refused edit is tried again.
 */
async function typeNext(editor: vscode.TextEditor, next: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const line = [...Array(editor.document.lineCount).keys()].find((i) => editor.document.lineAt(i).text.startsWith('next:'))!;
    if (await editor.edit((b) => b.replace(editor.document.lineAt(line).range, `next: ${next}`))) return;
    assert.ok(attempt < 20, `VS Code refused to type next: ${next} ${attempt} times`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('unsaved text in an open contact', function () {
  this.timeout(120_000);
  let a: TestApi;
  let uri: vscode.Uri;
  before(async () => {
    a = await api();
    await fixtureOnly(a);
  });
  beforeEach(async () => {
    uri = await write(FILE, contactText('Typed In', '2026-11-30'));
    await waitFor('the new contact in Upcoming', () => groupsOf(a, uri).join() === 'Upcoming');
  });
  afterEach(async () => {
    await closeAll();
    await remove(FILE);
    await a.whenIdle();
  });

  it('moves the contact as its next: line is typed, and the file on disk stays as it was', async () => {
    const editor = await vscode.window.showTextDocument(uri);
    await typeNext(editor, '2026-11-20');
    await waitFor('the typed date to move it to Overdue', () => groupsOf(a, uri).join() === 'Overdue');
    assert.ok(editor.document.isDirty);
    assert.match(await read(FILE), /^next: 2026-11-30$/m);
    // Typing a date that can't be read shows the problem, as saving it would.
    await typeNext(editor, '2026-02-30');
    await waitFor('the unreadable date under Needs attention', () => groupsOf(a, uri).join() === 'Needs attention');
    await typeNext(editor, 'today');
    await waitFor('"today" is not a date in a file either', () => groupsOf(a, uri).join() === 'Needs attention');
    await typeNext(editor, '2026-11-23');
    await waitFor('the contact in Today', () => groupsOf(a, uri).join() === 'Today');
  });

  it('saved, the view keeps the saved text', async () => {
    const editor = await vscode.window.showTextDocument(uri);
    await typeNext(editor, '2026-11-23');
    await waitFor('the contact in Today', () => groupsOf(a, uri).join() === 'Today');
    assert.ok(await editor.document.save());
    await a.whenIdle();
    assert.deepEqual(groupsOf(a, uri), ['Today']);
    assert.match(await read(FILE), /^next: 2026-11-23$/m);
  });

  it('reverted or closed without saving, the view goes back to the file on disk', async () => {
    let editor = await vscode.window.showTextDocument(uri);
    await typeNext(editor, '2026-11-20');
    await waitFor('the typed date to move it to Overdue', () => groupsOf(a, uri).join() === 'Overdue');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor('the contact back in Upcoming after Revert File', () => groupsOf(a, uri).join() === 'Upcoming');
    await waitFor('the reverted editor to be clean', () => !editor.document.isDirty);

    editor = await vscode.window.showTextDocument(uri);
    await typeNext(editor, '2026-11-20');
    await waitFor('the typed date to move it to Overdue again', () => groupsOf(a, uri).join() === 'Overdue');
    await closeAll();
    await waitFor('the contact back in Upcoming after closing without saving', () => groupsOf(a, uri).join() === 'Upcoming');
  });

  it('a change on disk under unsaved text leaves the view on what the editor shows', async () => {
    const editor = await vscode.window.showTextDocument(uri);
    await typeNext(editor, '2026-11-20');
    await waitFor('the typed date to move it to Overdue', () => groupsOf(a, uri).join() === 'Overdue');
    // Another program writes the file meanwhile (a sync client, git).
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(contactText('Typed In', '2026-12-30')));
    // A second file written after it: once the view has it, the watcher's event for the first has
    // been worked off too.
    const sentinel = await write('contacts/sentinel.md', contactText('Sentinel', '2026-11-25'));
    try {
      await waitFor('the file written after it in the view', () => itemsOf(a, sentinel).length > 0);
      await a.whenIdle();
      assert.deepEqual(groupsOf(a, uri), ['Overdue']);
      assert.ok(editor.document.isDirty);
    } finally {
      await remove('contacts/sentinel.md');
    }
  });

  it('a file deleted under unsaved text leaves the view, and stays out when its editor is closed', async () => {
    const editor = await vscode.window.showTextDocument(uri);
    await typeNext(editor, '2026-11-20');
    await waitFor('the typed date to move it to Overdue', () => groupsOf(a, uri).join() === 'Overdue');
    await vscode.workspace.fs.delete(uri);
    await waitFor('the deleted file to leave the view', () => itemsOf(a, uri).length === 0);
    await closeAll();
    await a.whenIdle();
    assert.deepEqual(itemsOf(a, uri), []);
  });

  it('follows typing in any diary file, and none in a file the diary leaves out', async () => {
    const frontMatter = '---\nname: Typed Front-matter\nnext: 2026-11-20\n---\n';
    const text = await write('contacts/not-markdown.txt', '');
    const notes = vscode.Uri.joinPath(uri, '..', '..', 'notes', 'meeting-notes.md');
    assert.deepEqual(itemsOf(a, notes), [], 'meeting-notes.md is not a contact on disk');
    try {
      let editor = await vscode.window.showTextDocument(text);
      assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), frontMatter)));
      editor = await vscode.window.showTextDocument(notes);
      assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), frontMatter)));
      // The typing events come in order: once the notes are in the view, the .txt file's was seen.
      await waitFor('the notes, given a front-matter, in Overdue', () => groupsOf(a, notes).join() === 'Overdue');
      await a.whenIdle();
      assert.deepEqual(itemsOf(a, text), []);
    } finally {
      await closeAll();
      await remove('contacts/not-markdown.txt');
    }
    await waitFor('the notes out of the view once their text is thrown away', () => itemsOf(a, notes).length === 0);
  });
});

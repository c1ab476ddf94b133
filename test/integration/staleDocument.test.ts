// An edit of a note that VS Code has open is planned from the note's document. When another
// program (a sync client, a script, `contact-diary log` in a terminal) has just written the file,
// that document still holds the old text until VS Code's file watcher reloads it: the edit must
// be planned from the newer file, never saved over it.
import * as assert from 'assert';
import { linkSync, unlinkSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';
import * as vscode from 'vscode';
import type { TestApi } from '../../src/extension/testApi';
import { EXTENSION_ID, api, closeAll, contactText, ownFiles, read, root, stubMessages, waitFor } from './helpers';

/** What the other program writes: a contact logged and rescheduled in a terminal. */
function loggedElsewhere(name: string): string {
  return contactText(name, '2026-11-30', 'last: 2026-11-23\nlast_action: Phone call\n')
    .replace('## Log\n', '## Log\n- 2026-11-23 Phone call — logged in a terminal\n');
}

/** A fixture of the corpus in test/fixtures, as text (a BOM kept as U+FEFF, so it is written back). */
async function fixture(name: string): Promise<string> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri;
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension, 'test', 'fixtures', name));
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

const lineEndsAsLf = (text: string) => text.replace(/\r\n?/g, '\n');

describe('an edit of an open note whose file changed on disk', function () {
  // Saves go through VS Code's save participants, which take seconds on a loaded machine.
  this.timeout(120_000);
  let a: TestApi;
  let messages: ReturnType<typeof stubMessages>;
  const { make, removeAll } = ownFiles(() => a);
  before(async () => { a = await api(); });
  beforeEach(() => { messages = stubMessages(); });
  afterEach(async () => {
    messages.restore();
    a.answer(null);
    await closeAll();
    await removeAll();
  });

  /**
   * Waits for the file events of what was written so far to be worked off: they come in order, so
   * once a file written now is in the tree, they are. A late one would have VS Code read the note
   * again of itself, which is not the case under test.
   */
  let sentinels = 0;
  async function eventsWorkedOff(): Promise<void> {
    await make(`contacts/sentinel-${++sentinels}.md`, contactText(`Sentinel ${sentinels}`, '2026-11-30'));
  }

  /**
   * The file holds the other program's text with the edit on top of it; or, where VS Code was too
   * slow to reload the note, the edit was refused with a message and the file is the other
   * program's, untouched.
   */
  async function assertNewerKept(rel: string, newer: string, edited: string): Promise<void> {
    const after = await read(rel);
    const refused = messages.shown.filter((m) => /changed on disk and VS Code hasn't reloaded it/.test(m.text));
    if (refused.length > 0) assert.equal(after, newer, 'refused, and the newer file left as it is');
    else assert.equal(after, edited, `the other program's change and the edit (messages: ${JSON.stringify(messages.shown.map((m) => m.text))})`);
  }

  it('Snooze of a note open in an editor keeps what another program just wrote (regression: planned from the document\'s old text and saved over the newer file)', async () => {
    const rel = 'contacts/stale-editor.md';
    const { uri, node } = await make(rel, contactText('Stale Editor', '2026-11-20'));
    const editor = await vscode.window.showTextDocument(uri);
    assert.equal(editor.document.isDirty, false);
    await eventsWorkedOff();
    const newer = loggedElsewhere('Stale Editor');
    writeFileSync(uri.fsPath, newer);
    await vscode.commands.executeCommand('contactDiary.snooze1Day', node, [node]);
    // Snoozed from the newer next: date (30 Nov), not the old one (overdue: from today, 24 Nov).
    await assertNewerKept(rel, newer, newer.replace('next: 2026-11-30', 'next: 2026-12-01'));
  });

  it('Reschedule… of a note loaded without an editor (by an earlier edit) keeps what another program just wrote', async () => {
    const rel = 'contacts/stale-loaded.md';
    const { uri, node } = await make(rel, contactText('Stale Loaded', '2026-11-20'));
    // An edit from the tree loads the note's document, which stays loaded without an editor.
    await vscode.commands.executeCommand('contactDiary.snooze1Day', node, [node]);
    assert.ok(vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && !d.isDirty));
    await eventsWorkedOff();
    const newer = loggedElsewhere('Stale Loaded');
    writeFileSync(uri.fsPath, newer);
    a.answer(['in 3 days']);
    await vscode.commands.executeCommand('contactDiary.reschedule', node, [node]);
    assert.equal(a.unanswered(), 0);
    await assertNewerKept(rel, newer, newer.replace('next: 2026-11-30', 'next: 2026-11-26'));
  });

  it('is refused with a message when VS Code doesn\'t reload the note, and the newer file is left as it is; File: Revert File, as the message says, lets the edit through', async () => {
    const rel = 'contacts/stale-unseen.md';
    const { uri, node } = await make(rel, contactText('Stale Unseen', '2026-11-20'));
    const editor = await vscode.window.showTextDocument(uri);
    await eventsWorkedOff();
    // Written through a hard link outside the workspace, VS Code gets no file event for it (as for
    // a network drive another machine writes to): the open document is never reloaded by itself.
    const link = join(dirname(root().fsPath), 'stale-unseen-link.md');
    linkSync(uri.fsPath, link);
    try {
      const newer = loggedElsewhere('Stale Unseen');
      writeFileSync(link, newer);
      await vscode.commands.executeCommand('contactDiary.snooze1Day', node, [node]);
      assert.deepEqual(messages.shown.map((m) => m.text), [
        "Contact Diary: couldn't snooze contacts/stale-unseen.md: the file changed on disk and VS Code hasn't reloaded it yet: try again in a moment (File: Revert File reloads it)",
      ]);
      assert.equal(await read(rel), newer);
      assert.match(editor.document.getText(), /^next: 2026-11-20$/m, 'the document still holds the old text');
      assert.equal(editor.document.isDirty, false, 'the old text is not left edited');
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await waitFor('the document to hold the newer file', () => editor.document.getText() === newer);
      await vscode.commands.executeCommand('contactDiary.snooze1Day', node, [node]);
      assert.equal(messages.shown.length, 1, 'no second message');
      assert.equal(await read(rel), newer.replace('next: 2026-11-30', 'next: 2026-12-01'));
    } finally {
      unlinkSync(link);
    }
  });

  it('an open note with a BOM, CRLF, mixed line ends, an emoji or no final newline is edited at once, as before (no false alarm of a file changed on disk)', async () => {
    for (const name of ['bom.md', 'bom-crlf.md', 'crlf.md', 'mixed-line-endings.md', 'emoji-heading.md', 'no-final-newline.md']) {
      const rel = `contacts/open-${name}`;
      const before = await fixture(name);
      const { uri, node } = await make(rel, before);
      const editor = await vscode.window.showTextDocument(uri);
      assert.equal(editor.document.isDirty, false);
      a.answer(['in 3 days']);
      await vscode.commands.executeCommand('contactDiary.reschedule', node, [node]);
      assert.deepEqual(messages.shown.map((m) => m.text), [], name);
      const expected = before.replace('next: 2026-11-27', 'next: 2026-11-26');
      const after = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await vscode.workspace.fs.readFile(uri));
      // VS Code gives a document of mixed line ends one kind on load, and saves it so: the text is
      // the same line for line. A file of one kind is kept byte for byte.
      if (name.startsWith('mixed')) assert.equal(lineEndsAsLf(after), lineEndsAsLf(expected), name);
      else assert.equal(after, expected, name);
    }
  });
});

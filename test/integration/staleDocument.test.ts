// An edit of a note that VS Code has open is planned from the note's document. When another
// program (a sync client, a script, `contact-diary log` in a terminal) has just written the file,
// that document still holds the old text until VS Code's file watcher reloads it: the edit must
// be planned from the newer file, never saved over it.
import * as assert from 'assert';
import { linkSync, unlinkSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';
import * as vscode from 'vscode';
import type { TestApi } from './testApi';
import { EXTENSION_ID, api, closeAll, contactText, ownFiles, read, root, stubMessages } from './helpers';

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

  /** The file holds the other program's text with the edit on top of it: the edit is planned from the file. */
  async function assertNewerKept(rel: string, edited: string): Promise<void> {
    assert.deepEqual(messages.shown.map((m) => m.text), []);
    assert.equal(await read(rel), edited, "the other program's change and the edit");
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
    await assertNewerKept(rel, newer.replace('next: 2026-11-30', 'next: 2026-12-01'));
  });

  it('Reschedule… of a note loaded without an editor (by another extension) keeps what another program just wrote', async () => {
    const rel = 'contacts/stale-loaded.md';
    const { uri, node } = await make(rel, contactText('Stale Loaded', '2026-11-20'));
    // Loaded without an editor, as another extension may load it.
    await vscode.workspace.openTextDocument(uri);
    assert.ok(vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && !d.isDirty));
    await eventsWorkedOff();
    const newer = loggedElsewhere('Stale Loaded');
    writeFileSync(uri.fsPath, newer);
    a.answer(['in 3 days']);
    await vscode.commands.executeCommand('contactDiary.reschedule', node, [node]);
    assert.equal(a.unanswered(), 0);
    await assertNewerKept(rel, newer.replace('next: 2026-11-30', 'next: 2026-11-26'));
  });

  it('is planned from the file when VS Code gets no event for it and never reloads the note by itself, and the editor then shows the edit', async () => {
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
      assert.match(editor.document.getText(), /^next: 2026-11-20$/m, 'the document still holds the old text');
      await vscode.commands.executeCommand('contactDiary.snooze1Day', node, [node]);
      assert.deepEqual(messages.shown.map((m) => m.text), []);
      const edited = newer.replace('next: 2026-11-30', 'next: 2026-12-01');
      assert.equal(await read(rel), edited);
      assert.equal(editor.document.getText(), edited, 'the editor shows the file it was written');
      assert.equal(editor.document.isDirty, false);
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
      // Byte for byte, mixed line ends too (lineEndings.test.ts has more of those).
      assert.equal(after, expected, name);
    }
  });
});

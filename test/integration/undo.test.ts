// Undo Last Change takes back the extension's last edit, byte for byte, whether the note is open
// or not (regression: a note edited from the tree while closed had no Undo; Ctrl+Z in no editor
// did nothing, and in its editor left it unsaved with the edit still on disk), and never puts
// old bytes over what changed since.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { UndoOutcome } from '../../src/extension/commands/undoLastChange';
import type { TestApi } from './testApi';
import { api, closeAll, contactText, itemsOf, ownFiles, read, stubMessages, uriOf, waitFor, write } from './helpers';

const UNDO = 'contactDiary.undoLastChange';
const undo = async () => (await vscode.commands.executeCommand<UndoOutcome>(UNDO));
const bytesOf = async (rel: string) => [...await vscode.workspace.fs.readFile(uriOf(rel))];
const exists = (rel: string) => vscode.workspace.fs.stat(uriOf(rel)).then(() => true, () => false);
const rels = (uris: readonly vscode.Uri[]) => uris.map((u) => vscode.workspace.asRelativePath(u)).sort();

describe('Undo Last Change', function () {
  // Saves go through VS Code's save participants, which take seconds on a loaded machine.
  this.timeout(120_000);
  let a: TestApi;
  const { make, own, removeAll } = ownFiles(() => a);
  before(async () => { a = await api(); });
  // Each test starts with nothing to undo: a change another test left would be undone first.
  beforeEach(() => a.forgetChanges());
  afterEach(async () => {
    a.answer(null);
    await closeAll();
    await removeAll();
  });
  const groupOf = (rel: string) => itemsOf(a, uriOf(rel))[0]?.group.replace(/ \(\d+\)$/, '');

  it('after Snooze of two closed notes puts both back byte for byte, and the view follows', async () => {
    // A byte order mark and CRLF line ends come back exactly as they were.
    const one = `\uFEFF${contactText('Undo One', '2026-11-20').replace(/\n/g, '\r\n')}`;
    const two = contactText('Undo Two', '2026-11-25');
    const first = await make('contacts/undo-one.md', one);
    const second = await make('contacts/undo-two.md', two);
    const before = [await bytesOf('contacts/undo-one.md'), await bytesOf('contacts/undo-two.md')];
    await closeAll();
    await vscode.commands.executeCommand('contactDiary.snooze1Day', first.node, [first.node, second.node]);
    assert.match(await read('contacts/undo-two.md'), /^next: 2026-11-26$/m);
    await waitFor('the snoozed contacts to move', () => groupOf('contacts/undo-one.md') === 'Upcoming');
    const outcome = await undo();
    assert.deepEqual(rels(outcome.restored), ['contacts/undo-one.md', 'contacts/undo-two.md']);
    assert.deepEqual(outcome.kept, []);
    assert.deepEqual([await bytesOf('contacts/undo-one.md'), await bytesOf('contacts/undo-two.md')], before);
    assert.equal(a.statusMessage(), '$(discard) Undid Snooze 1 Day (Undo One, Undo Two)');
    await waitFor('the view to show them where they were', () => groupOf('contacts/undo-one.md') === 'Overdue' && itemsOf(a, second.uri)[0]?.description.startsWith('in 2 days'));
    assert.deepEqual(vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => d.uri.path), [], 'no document is left unsaved');
  });

  it('after Log Contact… on an open note restores the file and its editor, saved', async () => {
    const before = contactText('Undo Logged', '2026-11-20');
    const { uri } = await make('contacts/undo-logged.md', before);
    const editor = await vscode.window.showTextDocument(uri);
    a.answer(['Phone call', 'talked', 'Send samples', 'Next week']);
    await vscode.commands.executeCommand('contactDiary.logContact');
    assert.equal(a.unanswered(), 0);
    assert.match(await read('contacts/undo-logged.md'), /^last_action: Phone call$/m);
    const outcome = await undo();
    assert.deepEqual(rels(outcome.restored), ['contacts/undo-logged.md']);
    assert.equal(await read('contacts/undo-logged.md'), before);
    await waitFor('the editor to show the text from before', () => editor.document.getText() === before);
    assert.equal(editor.document.isDirty, false);
    assert.equal(a.statusMessage(), '$(discard) Undid Log Contact (Undo Logged)');
  });

  it('after the editor\'s own Undo, saves the text from before (the editor\'s Undo left the edit on disk)', async () => {
    const before = contactText('Undo Twice', '2026-11-20');
    const { uri } = await make('contacts/undo-twice.md', before);
    const editor = await vscode.window.showTextDocument(uri);
    a.answer(['in 3 days']);
    await vscode.commands.executeCommand('contactDiary.reschedule');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), before, 'the editor\'s own Undo still takes the edit back');
    assert.match(await read('contacts/undo-twice.md'), /^next: 2026-11-26$/m);
    const outcome = await undo();
    assert.deepEqual(rels(outcome.restored), ['contacts/undo-twice.md']);
    assert.equal(await read('contacts/undo-twice.md'), before);
    assert.equal(editor.document.isDirty, false);
  });

  it('leaves a note changed since, on disk or unsaved in its editor, as it is, says which and why, and puts back the others', async () => {
    const disk = await make('contacts/undo-disk.md', contactText('Undo Disk', '2026-11-20'));
    const typed = await make('contacts/undo-typed.md', contactText('Undo Typed', '2026-11-20'));
    const plain = await make('contacts/undo-plain.md', contactText('Undo Plain', '2026-11-20'));
    await closeAll();
    await vscode.commands.executeCommand('contactDiary.snooze1Week', disk.node, [disk.node, typed.node, plain.node]);
    // Another tool writes one; the user types in another without saving.
    const theirs = `${await read('contacts/undo-disk.md')}\nAdded by a sync client.\n`;
    await write('contacts/undo-disk.md', theirs);
    const editor = await vscode.window.showTextDocument(typed.uri);
    await editor.edit((e) => e.insert(editor.document.positionAt(editor.document.getText().length), 'Unsaved thought.\n'));
    const userText = editor.document.getText();
    const snoozed = await read('contacts/undo-typed.md');
    const outcome = await undo();
    assert.deepEqual(rels(outcome.restored), ['contacts/undo-plain.md']);
    assert.deepEqual(outcome.kept.map((k) => `${vscode.workspace.asRelativePath(k.uri)}: ${k.reason}`).sort(), [
      'contacts/undo-disk.md: it was changed since',
      'contacts/undo-typed.md: it has unsaved changes',
    ]);
    assert.equal(await read('contacts/undo-plain.md'), contactText('Undo Plain', '2026-11-20'));
    assert.equal(await read('contacts/undo-disk.md'), theirs);
    assert.equal(await read('contacts/undo-typed.md'), snoozed);
    assert.equal(editor.document.getText(), userText);
    assert.equal(editor.document.isDirty, true);
  });

  it('after New Contact… removes the file it created, and the view follows', async () => {
    own('contacts/undo-newbie.md');
    a.answer(['Undo Newbie', 'Acme']);
    await vscode.commands.executeCommand('contactDiary.newContact');
    await waitFor('the new contact in the tree', () => itemsOf(a, uriOf('contacts/undo-newbie.md')).length > 0);
    const outcome = await undo();
    assert.deepEqual(rels(outcome.restored), ['contacts/undo-newbie.md']);
    assert.equal(await exists('contacts/undo-newbie.md'), false);
    await waitFor('the contact to leave the tree', () => itemsOf(a, uriOf('contacts/undo-newbie.md')).length === 0);
    assert.equal(a.statusMessage(), '$(discard) Undid New Contact (Undo Newbie)');
  });

  it('keeps a new contact\'s file once something was written to it', async () => {
    own('contacts/undo-kept.md');
    a.answer(['Undo Kept', '']);
    await vscode.commands.executeCommand('contactDiary.newContact');
    const mine = `${await read('contacts/undo-kept.md')}\nMy own notes.\n`;
    await write('contacts/undo-kept.md', mine);
    const outcome = await undo();
    assert.deepEqual(outcome.restored, []);
    assert.deepEqual(outcome.kept.map((k) => k.reason), ['it was changed since']);
    assert.equal(await read('contacts/undo-kept.md'), mine);
  });

  it('lets the next edit of the note land at once (regression: its document held the undone text for a moment, and the next edit was refused as changed in the meantime, or planned from that text and saved over the undo)', async () => {
    const before = contactText('Undo Then Snooze', '2026-11-20');
    const { node } = await make('contacts/undo-then-snooze.md', before);
    await closeAll();
    const messages = stubMessages();
    try {
      // The edit loads the note's document, which stays open without an editor.
      await vscode.commands.executeCommand('contactDiary.snooze1Week', node, [node]);
      assert.match(await read('contacts/undo-then-snooze.md'), /^next: 2026-11-30$/m);
      await undo();
      assert.equal(await read('contacts/undo-then-snooze.md'), before);
      await vscode.commands.executeCommand('contactDiary.snooze1Day', node, [node]);
      assert.deepEqual(messages.shown.map((m) => m.text), []);
      assert.equal(await read('contacts/undo-then-snooze.md'), before.replace('next: 2026-11-20', 'next: 2026-11-24'));
    } finally {
      messages.restore();
    }
  });

  it('says there is nothing to undo once the last change is undone, and changes nothing', async () => {
    const before = contactText('Undo Once', '2026-11-20');
    const { node } = await make('contacts/undo-once.md', before);
    await vscode.commands.executeCommand('contactDiary.snooze1Day', node, [node]);
    await undo();
    // Written again by hand after the undo: a second Undo must not take anything back.
    const mine = contactText('Undo Once', '2026-11-24');
    await write('contacts/undo-once.md', mine);
    const outcome = await undo();
    assert.deepEqual(outcome, { restored: [], kept: [] });
    assert.equal(a.statusMessage(), '$(discard) Nothing to undo: Contact Diary has changed no note in this window');
    assert.equal(await read('contacts/undo-once.md'), mine);
  });

  it('keeps a history: each Undo takes back the change before the last, newest first, and the status bar\'s Undo names it', async () => {
    const { node } = await make('contacts/undo-history.md', contactText('Undo History', '2026-11-20'));
    const other = await make('contacts/undo-other.md', contactText('Undo Other', '2026-11-20'));
    await closeAll();
    const original = await bytesOf('contacts/undo-history.md');
    await vscode.commands.executeCommand('contactDiary.snooze1Day', node, [node]);
    const afterFirst = await bytesOf('contacts/undo-history.md');
    assert.equal(a.undoButton(), 'Undo Snooze 1 Day (Undo History)');
    await vscode.commands.executeCommand('contactDiary.snooze1Week', other.node, [other.node]);
    assert.equal(a.undoButton(), 'Undo Snooze 1 Week (Undo Other)');
    await vscode.commands.executeCommand('contactDiary.snooze1Week', node, [node]);
    assert.match(await read('contacts/undo-history.md'), /^next: 2026-12-01$/m);
    assert.equal(a.undoButton(), 'Undo Snooze 1 Week (Undo History)');

    assert.deepEqual(rels((await undo()).restored), ['contacts/undo-history.md']);
    assert.deepEqual(await bytesOf('contacts/undo-history.md'), afterFirst);
    assert.equal(a.undoButton(), 'Undo Snooze 1 Week (Undo Other)', 'the button names the change Undo takes back next');
    assert.deepEqual(rels((await undo()).restored), ['contacts/undo-other.md']);
    assert.equal(await read('contacts/undo-other.md'), contactText('Undo Other', '2026-11-20'));
    assert.deepEqual(rels((await undo()).restored), ['contacts/undo-history.md']);
    assert.deepEqual(await bytesOf('contacts/undo-history.md'), original);
    assert.equal(a.undoButton(), undefined, 'nothing left to undo: the button leaves');
    assert.deepEqual(await undo(), { restored: [], kept: [] });
  });

  it('keeps the last 20 changes: the 21st back is gone', async () => {
    const { node } = await make('contacts/undo-many.md', contactText('Undo Many', '2026-11-20'));
    await closeAll();
    const seen: string[] = [];
    for (let i = 0; i < 21; i++) {
      seen.push(await read('contacts/undo-many.md'));
      // Each snooze is planned from the file as it is now: one more day each time.
      await vscode.commands.executeCommand('contactDiary.snooze1Day', node, [node]);
    }
    assert.match(await read('contacts/undo-many.md'), /^next: 2026-12-14$/m);
    for (let i = 0; i < 20; i++) assert.equal((await undo()).restored.length, 1, `undo ${i + 1}`);
    // Twenty undone: the file is as the second change found it, and the first can't be undone.
    assert.equal(await read('contacts/undo-many.md'), seen[1]);
    assert.deepEqual(await undo(), { restored: [], kept: [] });
  });

  it('Undo a Change… lists the changes by name, newest first, and undoes the one picked and every newer one', async () => {
    const one = await make('contacts/undo-pick-one.md', contactText('Pick One', '2026-11-20'));
    const two = await make('contacts/undo-pick-two.md', contactText('Pick Two', '2026-11-20'));
    const three = await make('contacts/undo-pick-three.md', contactText('Pick Three', '2026-11-20'));
    await closeAll();
    await vscode.commands.executeCommand('contactDiary.snooze1Day', one.node, [one.node]);
    await vscode.commands.executeCommand('contactDiary.snooze1Week', two.node, [two.node]);
    await vscode.commands.executeCommand('contactDiary.snooze1Day', three.node, [three.node]);
    a.answer(['Snooze 1 Week (Pick Two)']);
    const outcome = (await vscode.commands.executeCommand<UndoOutcome>('contactDiary.undoChanges'));
    const [pick] = a.shownPicks();
    assert.deepEqual(pick?.items.map((i) => i.label), ['Snooze 1 Day (Pick Three)', 'Snooze 1 Week (Pick Two)', 'Snooze 1 Day (Pick One)']);
    assert.match(pick?.items[1]?.description ?? '', /undoes 2 changes$/);
    assert.deepEqual(rels(outcome.restored), ['contacts/undo-pick-three.md', 'contacts/undo-pick-two.md']);
    assert.equal(await read('contacts/undo-pick-two.md'), contactText('Pick Two', '2026-11-20'));
    assert.equal(await read('contacts/undo-pick-three.md'), contactText('Pick Three', '2026-11-20'));
    assert.match(await read('contacts/undo-pick-one.md'), /^next: 2026-11-24$/m, 'the older change stays');
    assert.equal(a.undoButton(), 'Undo Snooze 1 Day (Pick One)');
  });

  it('lets a change that can\'t be undone go, so the ones before it can be (regression: a kept file blocked every older undo)', async () => {
    const older = await make('contacts/undo-older.md', contactText('Undo Older', '2026-11-20'));
    const stuck = await make('contacts/undo-stuck.md', contactText('Undo Stuck', '2026-11-20'));
    await closeAll();
    await vscode.commands.executeCommand('contactDiary.snooze1Day', older.node, [older.node]);
    await vscode.commands.executeCommand('contactDiary.snooze1Day', stuck.node, [stuck.node]);
    const theirs = `${await read('contacts/undo-stuck.md')}\nAdded by a sync client.\n`;
    await write('contacts/undo-stuck.md', theirs);
    const messages = stubMessages();
    try {
      messages.choose((m) => (m.buttons.includes('Forget This Change') ? 'Forget This Change' : undefined));
      assert.deepEqual((await undo()).kept.map((k) => k.reason), ['it was changed since']);
      await waitFor('the change to be forgotten', () => a.undoButton() === 'Undo Snooze 1 Day (Undo Older)');
      assert.deepEqual(rels((await undo()).restored), ['contacts/undo-older.md']);
      assert.equal(await read('contacts/undo-stuck.md'), theirs);
    } finally {
      messages.restore();
    }
  });
});

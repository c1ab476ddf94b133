// Undo Last Change in a multi-root workspace: it takes back the files of the folder each edit
// wrote, byte for byte, never the file of the same path in the other folder (both folders hold
// contacts/jane-doe.md), and names the folder of a file it leaves as it is.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { UndoOutcome } from '../../../src/extension/commands/undoLastChange';
import type { TestApi } from '../testApi';
import { api, stubMessages, waitFor } from '../helpers';
import { FIXTURE_FILES, FIXTURE_TREE, type FolderName, fixtureDiaries, fixtureText, itemOf, readIn, shown, uriIn, waitForTree, writeIn } from './folders';

const undo = async () => (await vscode.commands.executeCommand<UndoOutcome>('contactDiary.undoLastChange'));
/** `folder/path` of each file, sorted. */
const files = (uris: readonly vscode.Uri[]) => uris.map((u) => vscode.workspace.asRelativePath(u)).sort();

/** The bytes of each fixture file (`folder/path`) as the workspace has them now. */
async function bytesOfAll(): Promise<Map<string, number[]>> {
  const out = new Map<string, number[]>();
  for (const file of FIXTURE_FILES) {
    const [name, ...rest] = file.split('/') as [FolderName, ...string[]];
    out.set(file, [...await vscode.workspace.fs.readFile(uriIn(name, rest.join('/')))]);
  }
  return out;
}

describe('multi-root: Undo Last Change', function () {
  // Saves go through VS Code's save participants, which take seconds on a loaded machine.
  this.timeout(120_000);
  let a: TestApi;
  let messages: ReturnType<typeof stubMessages> | undefined;
  before(async () => {
    a = await api();
    await fixtureDiaries(a);
  });
  // Each test starts with nothing to undo: a change another test left would be undone first.
  beforeEach(() => a.forgetChanges());
  afterEach(async () => {
    messages?.restore();
    messages = undefined;
    a.answer(null);
    await fixtureDiaries(a);
  });

  /** Every fixture file holds the bytes it had in `before`, but those named in `changed`. */
  async function sameBytes(before: Map<string, number[]>, ...changed: string[]) {
    const now = await bytesOfAll();
    for (const file of FIXTURE_FILES) {
      if (changed.includes(file)) assert.notDeepEqual(now.get(file), before.get(file), `${file} did not change`);
      else assert.deepEqual(now.get(file), before.get(file), `${file} is not as it was`);
    }
  }

  it("after Snooze of personal's Jane Doe (the second folder) puts her file back byte for byte, and not work's Jane Doe", async () => {
    const before = await bytesOfAll();
    await vscode.commands.executeCommand('contactDiary.snooze1Week', itemOf(a, 'personal/contacts/jane-doe.md').node);
    assert.match(await readIn('personal', 'contacts/jane-doe.md'), /^next: 2026-11-30$/m);
    await sameBytes(before, 'personal/contacts/jane-doe.md');
    await waitFor("personal's Jane Doe to leave Overdue", () => !shown(a).Overdue?.includes('personal/contacts/jane-doe.md'));
    const outcome = await undo();
    assert.deepEqual(files(outcome.restored), ['personal/contacts/jane-doe.md']);
    assert.equal(outcome.restored[0]?.toString(), uriIn('personal', 'contacts/jane-doe.md').toString());
    assert.deepEqual(outcome.kept, []);
    await sameBytes(before);
    assert.match(a.statusMessage() ?? '', /Undid .*Jane Doe/);
    await waitForTree(a, "personal's Jane Doe back under Overdue", FIXTURE_TREE);
  });

  it("after Reschedule… from the editor of personal's Jane Doe restores the file and its editor, saved", async () => {
    const before = await bytesOfAll();
    const text = await readIn('personal', 'contacts/jane-doe.md');
    const editor = await vscode.window.showTextDocument(uriIn('personal', 'contacts/jane-doe.md'));
    a.answer(['+3d']);
    await vscode.commands.executeCommand('contactDiary.reschedule');
    assert.equal(a.unanswered(), 0);
    await sameBytes(before, 'personal/contacts/jane-doe.md');
    const outcome = await undo();
    assert.deepEqual(files(outcome.restored), ['personal/contacts/jane-doe.md']);
    await sameBytes(before);
    await waitFor('the editor to show the text from before', () => editor.document.getText() === text);
    assert.equal(editor.document.isDirty, false);
  });

  it('after Reschedule… of both Jane Does selected together restores each file in its own folder', async () => {
    const before = await bytesOfAll();
    const nodes = [itemOf(a, 'work/contacts/jane-doe.md').node, itemOf(a, 'personal/contacts/jane-doe.md').node];
    a.answer(['2026-12-01']);
    await vscode.commands.executeCommand('contactDiary.reschedule', nodes[0], nodes);
    await sameBytes(before, 'work/contacts/jane-doe.md', 'personal/contacts/jane-doe.md');
    const outcome = await undo();
    assert.deepEqual(files(outcome.restored), ['personal/contacts/jane-doe.md', 'work/contacts/jane-doe.md']);
    assert.deepEqual(outcome.kept, []);
    await sameBytes(before);
    assert.match(a.statusMessage() ?? '', /Undid .*Jane Doe, Jane Doe/);
    await waitForTree(a, 'both Jane Does back where they were', FIXTURE_TREE);
  });

  it('after edits in each folder, one after the other, takes back the last one first, then the one before', async () => {
    const before = await bytesOfAll();
    await vscode.commands.executeCommand('contactDiary.snooze1Day', itemOf(a, 'personal/contacts/jane-doe.md').node);
    const snoozed = await readIn('personal', 'contacts/jane-doe.md');
    await vscode.commands.executeCommand('contactDiary.snooze1Day', itemOf(a, 'work/contacts/omar-haddad.md').node);
    const outcome = await undo();
    assert.deepEqual(files(outcome.restored), ['work/contacts/omar-haddad.md']);
    await sameBytes(before, 'personal/contacts/jane-doe.md');
    assert.equal(await readIn('personal', 'contacts/jane-doe.md'), snoozed);
    assert.deepEqual(files((await undo()).restored), ['personal/contacts/jane-doe.md']);
    await sameBytes(before);
    assert.deepEqual(await undo(), { restored: [], kept: [] });
  });

  it("after New Contact… in personal of a name work has too, removes personal's new file only", async () => {
    const before = await bytesOfAll();
    a.answer(['personal', 'Omar Haddad', 'Sailing Club']);
    await vscode.commands.executeCommand('contactDiary.newContact');
    assert.equal(a.unanswered(), 0);
    assert.match(await readIn('personal', 'contacts/omar-haddad.md'), /^company: Sailing Club$/m);
    const outcome = await undo();
    assert.deepEqual(files(outcome.restored), ['personal/contacts/omar-haddad.md']);
    assert.equal(await readIn('personal', 'contacts/omar-haddad.md').then(() => true, () => false), false);
    await sameBytes(before);
    await waitForTree(a, "personal's new Omar Haddad to leave the tree", FIXTURE_TREE);
  });

  it('leaves the Jane Doe changed since as it is, naming her folder, and puts back the other', async () => {
    messages = stubMessages();
    const before = await bytesOfAll();
    const nodes = [itemOf(a, 'work/contacts/jane-doe.md').node, itemOf(a, 'personal/contacts/jane-doe.md').node];
    await vscode.commands.executeCommand('contactDiary.snooze1Week', nodes[0], nodes);
    const theirs = `${await readIn('work', 'contacts/jane-doe.md')}\nAdded by a sync client.\n`;
    await writeIn('work', 'contacts/jane-doe.md', theirs);
    const outcome = await undo();
    assert.deepEqual(files(outcome.restored), ['personal/contacts/jane-doe.md']);
    assert.deepEqual(outcome.kept.map((k) => `${vscode.workspace.asRelativePath(k.uri)}: ${k.reason}`), ['work/contacts/jane-doe.md: it was changed since']);
    assert.equal(await readIn('work', 'contacts/jane-doe.md'), theirs);
    await sameBytes(before, 'work/contacts/jane-doe.md');
    const warning = await messages.waitFor(/^Contact Diary: Undo /);
    assert.equal(warning.kind, 'warning');
    assert.match(warning.text, /work\/contacts\/jane-doe\.md \(it was changed since\)/, 'the warning names the folder of the file left as it is');
    assert.doesNotMatch(warning.text, /personal\/contacts/);
    assert.equal(await fixtureText('personal/contacts/jane-doe.md'), await readIn('personal', 'contacts/jane-doe.md'));
  });
});

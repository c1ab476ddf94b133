// Problems where people look: the quick fixes of a date the diary can't read, each doing what it
// says (and undone by the editor's Undo), and the Problems panel listing every note under Needs
// attention, open or not, once, as the diary changes.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { TestApi } from './testApi';
import { api, closeAll, contactText, itemsOf, ownFiles, read, uriOf, waitFor, write } from './helpers';

const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Contact Diary');

/** Every URI the Problems panel lists for Contact Diary (what `getDiagnostics()` gives, all files). */
const listed = () => vscode.languages.getDiagnostics().filter(([, ds]) => ds.some((d) => d.source === 'Contact Diary')).map(([uri]) => uri.toString());

async function fixesAt(doc: vscode.TextDocument, line: number): Promise<vscode.CodeAction[]> {
  const p = new vscode.Position(line, 8);
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(p, p));
}

/** The quick fixes on `line`, asked until they come (a document just opened may not have its language yet). */
function fixes(doc: vscode.TextDocument, line: number, title: string): Promise<vscode.CodeAction[]> {
  return waitFor(`the quick fix ${title}`, async () => {
    const found = await fixesAt(doc, line);
    return found.some((f) => f.title === title || f.title.startsWith(title)) && found;
  });
}

describe('problems where people look', function () {
  // Saves go through VS Code's save participants, which take seconds on a loaded machine.
  this.timeout(120_000);
  let a: TestApi;
  const files = ownFiles(() => a);
  before(async () => { a = await api(); });
  afterEach(async () => {
    a.setToday('2026-11-23');
    a.answer(null);
    await closeAll();
    await files.removeAll();
  });

  it('offers Reschedule… and Clear (unscheduled) on a next: that is no date, in the tree\'s words', async () => {
    const before = contactText('Some Time', 'sometime soonish   # when the budget is in');
    const { uri } = await files.make('contacts/some-time.md', before);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const [problem, ...more] = await waitFor('the diagnostic', () => ours(uri).length > 0 && ours(uri));
    assert.equal(more.length, 0);
    const item = itemsOf(a, uri).find((i) => i.group.startsWith('Needs attention'));
    assert.equal(problem!.message, (item!.node.kind === 'item' && item!.node.item.problem) || undefined, 'the editor and the tree say it in the same words');
    const found = await fixes(doc, 3, 'Clear (unscheduled)');
    assert.deepEqual(found.map((f) => f.title), ['Reschedule…', 'Clear (unscheduled)']);

    // Clear (unscheduled): the value goes, the comment stays; the editor's Undo brings it back.
    const clear = found[1]!;
    assert.ok(clear.edit && await vscode.workspace.applyEdit(clear.edit));
    assert.equal(doc.getText(), before.replace('next: sometime soonish', 'next:'));
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), before);

    // Reschedule…: the date input, for this file, writes a date the diary reads.
    const reschedule = (await fixes(doc, 3, 'Reschedule…')).find((f) => f.title === 'Reschedule…')!;
    assert.equal(reschedule.command?.command, 'contactDiary.reschedule');
    a.answer(['fri']);
    await vscode.commands.executeCommand(reschedule.command!.command, ...(reschedule.command!.arguments ?? []));
    assert.equal(a.unanswered(), 0);
    assert.equal(doc.getText(), before.replace('sometime soonish', '2026-11-27'));
    await waitFor('the problem to go', () => ours(uri).length === 0);
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), before, 'the editor\'s Undo takes the reschedule back');
  });

  it('offers a phrase\'s ISO date, from the diary\'s today, and Undo takes it back', async () => {
    a.setToday('2026-11-30');
    const before = contactText('Nat Ural', '"next friday"');
    const { uri } = await files.make('contacts/nat-ural.md', before);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const found = await fixes(doc, 3, 'Change to');
    assert.deepEqual(found.map((f) => f.title), ['Change to 2026-12-11 (Fri 11 Dec 2026)', 'Reschedule…', 'Clear (unscheduled)']);
    assert.ok(found[0]!.isPreferred);
    assert.ok(await vscode.workspace.applyEdit(found[0]!.edit!));
    assert.equal(doc.getText(), before.replace('next friday', '2026-12-11'));
    await waitFor('the problem to go', () => ours(uri).length === 0);
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), before);
    await waitFor('the problem to come back', () => ours(uri).length === 1);
  });

  it('lists a closed note under Needs attention in the Problems panel, and drops it once fixed', async () => {
    const { uri } = await files.make('contacts/closed-problem.md', contactText('Clo Sed', 'sometime soonish'));
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'never opened');
    const [problem, ...more] = await waitFor('the closed note in the Problems panel', () => ours(uri).length > 0 && ours(uri));
    assert.equal(more.length, 0);
    assert.equal(problem!.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(problem!.range.start.line, 3);
    assert.match(problem!.message, /"sometime soonish" is not a date/);
    assert.ok(listed().includes(uri.toString()));
    // The fixture's broken date is listed too, though no test opened it.
    assert.ok(listed().includes(uriOf('contacts/broken-date.md').toString()));
    await write('contacts/closed-problem.md', contactText('Clo Sed', '2026-11-27'));
    await waitFor('the fixed note to leave the Problems panel', () => ours(uri).length === 0);
    assert.ok(!listed().includes(uri.toString()));
  });

  it('lists files that can\'t be read as contacts, with their message', async () => {
    const yaml = (await files.make('contacts/bad-yaml.md', '---\nname: Bad Yaml\nnext: 2026-11-27\ntags: [a, b\n---\n')).uri;
    const [problem] = await waitFor('the YAML problem', () => ours(yaml).length > 0 && ours(yaml));
    assert.equal(problem!.message, 'The value of tags opens a list ([) it never closes: add ] at the end of its line: tags: [a, b]');
    const settings = vscode.workspace.getConfiguration('contactDiary');
    const big = (await files.make('contacts/big-notes.md', contactText('Big Notes', '2026-11-27') + 'Notes. '.repeat(300))).uri;
    await settings.update('maxFileSize', 1024, vscode.ConfigurationTarget.Workspace);
    try {
      const [tooLarge] = await waitFor('the size problem', () => ours(big).length > 0 && ours(big));
      assert.equal(tooLarge!.code, 'too-large');
      assert.match(tooLarge!.message, /1 KB/);
    } finally {
      await settings.update('maxFileSize', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('the size problem to go', () => ours(big).length === 0);
  });

  it('lists an open note once, with the editor\'s word on it, and the diary\'s again once closed', async () => {
    const { uri } = await files.make('contacts/open-once.md', contactText('Open Once', 'next friday'));
    // Closed, the diary's reading: a `date` problem. Open, the editor's: `natural-date`.
    await waitFor('the diary\'s problem', () => ours(uri).map((d) => d.code).join() === 'date');
    // Opened as the user opens it (vscode.workspace.openTextDocument would keep the document open
    // for minutes after its editor closes, as VS Code does for extensions' documents).
    await vscode.commands.executeCommand('vscode.open', uri);
    const editor = await waitFor('the editor', () => vscode.window.activeTextEditor?.document.uri.toString() === uri.toString() && vscode.window.activeTextEditor);
    await waitFor('the editor\'s problem', () => ours(uri).map((d) => d.code).join() === 'natural-date');
    assert.equal(listed().filter((u) => u === uri.toString()).length, 1);
    // Typed into, unsaved, the editor's word goes on counting, and only it.
    await editor.edit((e) => e.insert(new vscode.Position(5, 0), 'cadence: every blue moon\n'));
    await waitFor('both problems of the typed text', () => ours(uri).map((d) => d.code).sort().join() === 'cadence,natural-date');
    await a.whenIdle();
    assert.deepEqual(ours(uri).map((d) => d.code).sort(), ['cadence', 'natural-date']);
    await closeAll();
    await waitFor('the document to close', () => editor.document.isClosed);
    await waitFor('the diary\'s problem once closed', () => ours(uri).map((d) => d.code).join() === 'date');
    assert.equal(await read('contacts/open-once.md'), contactText('Open Once', 'next friday'));
  });
});

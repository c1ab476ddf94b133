// A note whose lines end in CRLF and LF both (written on two machines, or by two tools) keeps
// every line end through an edit from VS Code, as through `contact-diary` in a terminal
// (regression: VS Code's document gives such a note one kind of line end on load, and the edit,
// applied to the document and saved, wrote every line in that kind). The edit goes to the file's
// bytes; only a document with unsaved changes is edited in place, the user's text winning.
import * as assert from 'assert';
import { linkSync, unlinkSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';
import * as vscode from 'vscode';
import type { UndoOutcome } from '../../src/extension/commands/undoLastChange';
import type { TestApi } from './testApi';
import { EXTENSION_ID, api, closeAll, ownFiles, root, stubMessages, uriOf } from './helpers';

/** A contact of mixed line ends, in the front-matter and the body, as the corpus's mixed-line-endings.md. */
const MIXED = [
  '---\n', 'name: Mixed Ends\r\n', 'company: Test Co\n', 'next: 2026-11-20\r\n', 'next_action: Call back\n',
  'last: 2026-11-01\r\n', 'last_action: Met\n', '---\r\n', '\n', '# Mixed Ends\r\n', '\r\n',
  'Notes typed on two machines.\n', '\n', '## Log\r\n', '- 2026-11-01 Met — at the fair\n',
].join('');

/** The same, named `name`, with a byte order mark when `bom`. */
const mixed = (name: string, bom = false) => `${bom ? '\uFEFF' : ''}${MIXED.replace(/Mixed Ends/g, name)}`;

/**
 * Writes `bytes` into the file through a hard link outside the workspace, so VS Code gets no file
 * event for it: the diary still lists the note as the contact it was, as in the moment before an
 * event lands, while `then` runs.
 */
async function writeUnseen(uri: vscode.Uri, bytes: Uint8Array, then: () => Thenable<unknown>): Promise<void> {
  const link = join(dirname(root().fsPath), `unseen-${uri.path.split('/').pop()}`);
  linkSync(uri.fsPath, link);
  try {
    writeFileSync(link, bytes);
    await then();
  } finally {
    unlinkSync(link);
  }
}

const UNDO = 'contactDiary.undoLastChange';
const undo = async () => (await vscode.commands.executeCommand<UndoOutcome>(UNDO));
/** A file's bytes as text, a BOM kept (valid UTF-8 here, so equal texts are equal bytes). */
const onDisk = async (uri: vscode.Uri) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await vscode.workspace.fs.readFile(uri));
const lineEndsAsLf = (text: string) => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
/** Line ends made visible, so a failure shows which line lost its CR. */
const shown = (text: string) => text.replace(/\r/g, '\\r');

/** The log line Log Contact… adds: its line end is the core's choice (its unit tests pin it), the others' are the file's. */
const LOG_LINE = /- 2026-11-23 Phone call — talked(\r?\n)/;

function assertBytes(actual: string, expected: string, what: string): void {
  const added = LOG_LINE.exec(actual)?.[1];
  const settled = added === undefined ? expected : expected.replace(LOG_LINE, (line, eol: string) => line.replace(eol, added));
  assert.equal(shown(actual), shown(settled), what);
}

/** The document shows `text` (one kind of line end, as VS Code loads it) and has no unsaved changes. */
function assertShows(doc: vscode.TextDocument, text: string, what: string): void {
  assert.equal(lineEndsAsLf(doc.getText()), lineEndsAsLf(text), what);
  assert.equal(doc.isDirty, false, `${what}: saved`);
}

/** What Log Contact… writes with the answers below: four values and a log line, the rest byte for byte. */
function logged(before: string): string {
  return before
    .replace('next: 2026-11-20', 'next: 2026-11-30').replace('next_action: Call back', 'next_action: Send samples')
    .replace('last: 2026-11-01', 'last: 2026-11-23').replace('last_action: Met', 'last_action: Phone call')
    .replace('## Log\r\n', '## Log\r\n- 2026-11-23 Phone call — talked\r\n');
}
const LOG_ANSWERS = ['Phone call', 'talked', 'Send samples', 'Next week'];

describe('an edit of a note of mixed line ends', function () {
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

  /** The three edits, each on a note of its own, run from the tree or the note's editor. */
  const edits: ReadonlyArray<{ readonly name: string; readonly run: (node: unknown) => Thenable<unknown>; readonly expect: (before: string) => string }> = [
    {
      name: 'Reschedule…',
      run: (node) => { a.answer(['in 3 days']); return vscode.commands.executeCommand('contactDiary.reschedule', ...(node ? [node, [node]] : [])); },
      expect: (before) => before.replace('next: 2026-11-20', 'next: 2026-11-26'),
    },
    {
      name: 'Snooze 1 Day',
      run: (node) => vscode.commands.executeCommand('contactDiary.snooze1Day', ...(node ? [node, [node]] : [])),
      expect: (before) => before.replace('next: 2026-11-20', 'next: 2026-11-24'),
    },
    {
      name: 'Log Contact…',
      run: (node) => { a.answer([...LOG_ANSWERS]); return vscode.commands.executeCommand('contactDiary.logContact', ...(node ? [node] : [])); },
      expect: logged,
    },
  ];

  for (const edit of edits) {
    it(`${edit.name} of a closed note keeps every line end and its BOM, and Undo Last Change puts back the exact bytes (regression: every line end made one kind)`, async () => {
      for (const bom of [false, true]) {
        const rel = `contacts/closed-${edit.name.replace(/\W/g, '').toLowerCase()}${bom ? '-bom' : ''}.md`;
        const before = mixed(bom ? 'Closed Bom' : 'Closed Plain', bom);
        const { uri, node } = await make(rel, before);
        await edit.run(node);
        assert.equal(a.unanswered(), 0);
        assert.deepEqual(messages.shown.map((m) => m.text), []);
        assertBytes(await onDisk(uri), edit.expect(before), `${rel}: only the values changed`);
        assert.deepEqual((await undo()).restored.map((u) => u.toString()), [uri.toString()]);
        assertBytes(await onDisk(uri), before, `${rel}: undone`);
      }
    });

    it(`${edit.name} of a note open in an editor, saved, keeps every line end, and the editor shows the edit at once`, async () => {
      const rel = `contacts/open-${edit.name.replace(/\W/g, '').toLowerCase()}.md`;
      const before = mixed('Open Clean', true);
      const { uri } = await make(rel, before);
      const editor = await vscode.window.showTextDocument(uri);
      assert.equal(editor.document.isDirty, false);
      await edit.run(undefined);
      assert.equal(a.unanswered(), 0);
      assert.deepEqual(messages.shown.map((m) => m.text), []);
      const expected = edit.expect(before);
      assertBytes(await onDisk(uri), expected, 'only the values changed');
      assertShows(editor.document, expected, 'the editor shows the edit when the command is done');
      await undo();
      assertBytes(await onDisk(uri), before, 'undone');
      assertShows(editor.document, before, 'the editor shows the text from before when Undo is done');
    });
  }

  it('the editor\'s own Undo (Ctrl+Z) after an edit takes back VS Code\'s reload of the note, unsaved, and Undo Last Change then puts back the exact bytes (regression: saved with one kind of line end)', async () => {
    const rel = 'contacts/ctrl-z.md';
    const before = mixed('Ctrl Zed');
    const { uri } = await make(rel, before);
    const editor = await vscode.window.showTextDocument(uri);
    a.answer(['in 3 days']);
    await vscode.commands.executeCommand('contactDiary.reschedule');
    const edited = before.replace('next: 2026-11-20', 'next: 2026-11-26');
    assertShows(editor.document, edited, 'reloaded');
    // VS Code puts its reload of a saved document from disk on the document's undo stack.
    await vscode.commands.executeCommand('undo');
    assert.equal(lineEndsAsLf(editor.document.getText()), lineEndsAsLf(before), 'the editor\'s Undo takes the edit back');
    assert.equal(editor.document.isDirty, true, 'unsaved: the file still holds the edit');
    assertBytes(await onDisk(uri), edited, 'the editor\'s Undo leaves the file as it is');
    const outcome = await undo();
    assert.deepEqual(outcome.kept, []);
    assertBytes(await onDisk(uri), before, 'Undo Last Change: the exact bytes from before');
    assertShows(editor.document, before, 'the editor, saved');
  });

  it('a note with unsaved changes is edited in its editor, left unsaved with the user\'s text kept, and the file is left as it is', async () => {
    const rel = 'contacts/typed.md';
    const before = mixed('Typed Into');
    const { uri } = await make(rel, before);
    const editor = await vscode.window.showTextDocument(uri);
    await editor.edit((e) => e.insert(editor.document.positionAt(editor.document.getText().length), 'An unsaved thought.\n'));
    const typed = editor.document.getText();
    a.answer(['in 3 days']);
    await vscode.commands.executeCommand('contactDiary.reschedule');
    assert.deepEqual(messages.shown.map((m) => m.text), []);
    assert.equal(editor.document.getText(), typed.replace('next: 2026-11-20', 'next: 2026-11-26'));
    assert.equal(editor.document.isDirty, true);
    assertBytes(await onDisk(uri), before, 'the file is not written under unsaved text');
    await undo();
    assert.equal(editor.document.getText(), typed, 'Undo Last Change gives the user\'s text back');
    assertBytes(await onDisk(uri), before, 'still not written');
  });

  it('Reschedule… of several notes, closed, open and unsaved, changes each as its own, and one that can\'t be edited is reported alone, the others done', async () => {
    const closed = await make('contacts/bulk-closed.md', mixed('Bulk Closed'));
    const open = await make('contacts/bulk-open.md', mixed('Bulk Open', true));
    const typed = await make('contacts/bulk-typed.md', mixed('Bulk Typed'));
    const broken = await make('contacts/bulk-broken.md', mixed('Bulk Broken'));
    const openEditor = await vscode.window.showTextDocument(open.uri);
    const typedEditor = await vscode.window.showTextDocument(typed.uri);
    await typedEditor.edit((e) => e.insert(typedEditor.document.positionAt(typedEditor.document.getText().length), 'Unsaved.\n'));
    const typedText = typedEditor.document.getText();
    const latin1 = Buffer.from(mixed('Bulk Broken é'), 'latin1');
    await writeUnseen(broken.uri, latin1, async () => {
      a.answer(['in 3 days']);
      await vscode.commands.executeCommand('contactDiary.reschedule', closed.node, [closed.node, open.node, typed.node, broken.node]);
    });
    const moved = (text: string) => text.replace('next: 2026-11-20', 'next: 2026-11-26');
    assert.deepEqual(messages.shown.map((m) => m.text), [
      "Contact Diary: couldn't reschedule contacts/bulk-broken.md: This file is not UTF-8 text (perhaps Latin-1 or another old encoding), so it is not read: save it as UTF-8. Nothing was changed.",
    ]);
    assertBytes(await onDisk(closed.uri), moved(mixed('Bulk Closed')), 'closed');
    assertBytes(await onDisk(open.uri), moved(mixed('Bulk Open', true)), 'open');
    assertShows(openEditor.document, moved(mixed('Bulk Open', true)), 'open, its editor');
    assert.equal(typedEditor.document.getText(), moved(typedText), 'unsaved: edited in its editor');
    assertBytes(await onDisk(typed.uri), mixed('Bulk Typed'), 'unsaved: the file as it was');
    assert.deepEqual([...await vscode.workspace.fs.readFile(broken.uri)], [...latin1], 'the one refused: as it was');
    const outcome = await undo();
    assert.deepEqual(outcome.restored.map((u) => vscode.workspace.asRelativePath(u)).sort(), ['contacts/bulk-closed.md', 'contacts/bulk-open.md', 'contacts/bulk-typed.md']);
    assertBytes(await onDisk(closed.uri), mixed('Bulk Closed'), 'closed, undone');
    assertBytes(await onDisk(open.uri), mixed('Bulk Open', true), 'open, undone');
    assert.equal(typedEditor.document.getText(), typedText, 'unsaved, undone');
  });

  it('a note another program has just written as UTF-16 or Latin-1 is refused with the reason and left byte for byte, never decoded one way and written another', async () => {
    const cases = [
      { name: 'utf16', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(mixed('Wide Note'), 'utf16le')]), reason: /UTF-16 text/ },
      { name: 'latin1', bytes: Buffer.from(mixed('José Latin'), 'latin1'), reason: /not UTF-8 text/ },
    ];
    for (const c of cases) {
      const rel = `contacts/encoded-${c.name}.md`;
      const { uri, node } = await make(rel, mixed(`Encoded ${c.name}`));
      await writeUnseen(uri, c.bytes, () => vscode.commands.executeCommand('contactDiary.snooze1Day', node, [node]));
      assert.equal(messages.shown.length, 1, c.name);
      assert.match(messages.shown[0]!.text, new RegExp(`^Contact Diary: couldn't snooze ${rel}: .*${c.reason.source}.* Nothing was changed\\.$`));
      assert.deepEqual([...await vscode.workspace.fs.readFile(uri)], [...c.bytes], `${c.name}: left as it was`);
      messages.shown.length = 0;
    }
  });

  it('a UTF-8 note VS Code reads in another encoding (files.encoding) stays UTF-8 through Log Contact…, its log line\'s dash too', async () => {
    const files = vscode.workspace.getConfiguration('files', uriOf('contacts'));
    await files.update('encoding', 'windows1252', vscode.ConfigurationTarget.Workspace);
    try {
      const rel = 'contacts/cp1252-reader.md';
      const before = mixed('Zoë Encoded');
      const { uri } = await make(rel, before);
      const editor = await vscode.window.showTextDocument(uri);
      const encoding = (editor.document as { encoding?: string }).encoding;
      assert.ok(encoding === undefined || encoding === 'windows1252', `read as ${encoding}`);
      a.answer([...LOG_ANSWERS]);
      await vscode.commands.executeCommand('contactDiary.logContact');
      assert.equal(a.unanswered(), 0);
      assert.deepEqual(messages.shown.map((m) => m.text), []);
      assertBytes(await onDisk(uri), logged(before), 'UTF-8, only the values and the log line changed');
      assert.equal(editor.document.isDirty, false);
    } finally {
      await files.update('encoding', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});

/** The corpus's own mixed-line-endings.md, edited from the tree: the shape the unit tests pin. */
describe('the corpus note of mixed line ends', function () {
  this.timeout(120_000);
  let a: TestApi;
  const { make, removeAll } = ownFiles(() => a);
  before(async () => { a = await api(); });
  afterEach(async () => {
    a.answer(null);
    await closeAll();
    await removeAll();
  });

  it('keeps its bytes but for the date through Reschedule…, open or not', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri;
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension, 'test', 'fixtures', 'mixed-line-endings.md')));
    for (const open of [false, true]) {
      const rel = `contacts/corpus-mixed-${open ? 'open' : 'closed'}.md`;
      const { uri, node } = await make(rel, before);
      if (open) await vscode.window.showTextDocument(uri);
      a.answer(['in 3 days']);
      await vscode.commands.executeCommand('contactDiary.reschedule', node, [node]);
      assertBytes(await onDisk(uri), before.replace('next: 2026-11-27', 'next: 2026-11-26'), rel);
    }
  });
});

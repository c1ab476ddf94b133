// The buttons on the extension's messages, clicked through stubbed message functions: each one
// does what it says (runs New Contact…, shows the notes that need attention, opens the
// settings, opens or reveals the exported file), and a message closed without a choice does nothing.
import * as assert from 'assert';
import * as os from 'os';
import * as vscode from 'vscode';
import type { TestApi } from './testApi';
import { api, closeAll, itemsOf, ownFiles, read, recordCommands, remove, stubMessages, uriOf, waitFor, write } from './helpers';

const exists = async (uri: vscode.Uri) => vscode.workspace.fs.stat(uri).then(() => true, () => false);
const activeIs = (uri: vscode.Uri) => vscode.window.activeTextEditor?.document.uri.toString() === uri.toString();

describe('message buttons', function () {
  // Saves go through VS Code's save participants, which take seconds on a loaded machine.
  this.timeout(120_000);
  let a: TestApi;
  let messages: ReturnType<typeof stubMessages>;
  let commands: ReturnType<typeof recordCommands>;
  const { own, removeAll } = ownFiles(() => a);
  const settings = () => vscode.workspace.getConfiguration('contactDiary');
  before(async () => { a = await api(); });
  beforeEach(() => {
    messages = stubMessages();
    commands = recordCommands();
  });
  afterEach(async () => {
    messages.restore();
    commands.restore();
    a.answer(null);
    await closeAll();
    await removeAll();
    await remove('exports');
  });
  const ran = (id: string) => commands.ran.filter((c) => c.id === id);

  it('Log Contact…, Reschedule… and Snooze with no contact yet offer New Contact…, which creates one', async () => {
    // A diary that reads fresh/ only, where New Contact… writes: empty, and ready for the first contact.
    await settings().update('include', ['fresh/**/*.md'], vscode.ConfigurationTarget.Workspace);
    await settings().update('newContactFolder', 'fresh', vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor('the diary to be empty', () => a.children().length === 0, 30_000);
      const asked = [
        ['contactDiary.logContact', 'Logged'],
        ['contactDiary.reschedule', 'Rescheduled'],
        ['contactDiary.snooze1Day', 'Snoozed Day'],
        ['contactDiary.snooze1Week', 'Snoozed Week'],
      ] as const;
      for (const [command, who] of asked) {
        // Closed without a choice: nothing is created.
        messages.choose(() => undefined);
        await vscode.commands.executeCommand(command);
        const closed = await messages.waitFor(/no contacts yet/);
        assert.deepEqual(closed, { kind: 'information', text: 'Contact Diary: no contacts yet. "New Contact…" creates the first one.', buttons: ['New Contact…'] }, command);
        assert.deepEqual(ran('contactDiary.newContact'), [], `${command}: New Contact… ran without the button`);
        messages.shown.length = 0;

        // The button: New Contact… asks the name and company and creates the file.
        const rel = `fresh/${who.toLowerCase().replace(' ', '-')}-person.md`;
        own(rel);
        messages.choose((m) => (/no contacts yet/.test(m.text) ? 'New Contact…' : undefined));
        a.answer([`${who} Person`, 'Button Co']);
        await vscode.commands.executeCommand(command);
        await waitFor(`${rel} to be created by ${command}'s button`, () => exists(uriOf(rel)));
        await waitFor(`New Contact… to finish (${command})`, () => activeIs(uriOf(rel)));
        assert.equal(a.unanswered(), 0, command);
        assert.match(await read(rel), new RegExp(`^name: ${who} Person\\ncompany: Button Co$`, 'm'));
        await waitFor(`${rel} in the tree`, () => itemsOf(a, uriOf(rel)).length > 0);
        a.answer(null);
        commands.ran.length = 0;
        messages.shown.length = 0;
        await closeAll();
        await removeAll();
      }
    } finally {
      await settings().update('include', undefined, vscode.ConfigurationTarget.Workspace);
      await settings().update('newContactFolder', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('the fixture back in the tree', () => a.children().length > 0, 30_000);
    await a.whenIdle();
  });

  describe('a diary whose every note needs attention', () => {
    // Notes that look like contacts but can't be read: not YAML, not UTF-8, over the size limit.
    const encode = (text: string) => new TextEncoder().encode(text);
    const NOTES: Record<string, Uint8Array> = {
      'attention/bad-yaml.md': encode('---\nname: [unclosed\nnext: 2026-11-27\n---\n\n# Bad Yaml\n'),
      'attention/latin1.md': new Uint8Array([...encode('---\nname: Jos'), 0xe9, ...encode('\nnext: 2026-11-27\n---\n')]),
      'attention/too-large.md': encode(`---\nname: Too Large\nnext: 2026-11-27\n---\n\n${'Long notes. '.repeat(200)}\n`),
    };
    const COMMANDS = [
      ['contactDiary.logContact', 'Log Contact'],
      ['contactDiary.reschedule', 'Reschedule'],
      ['contactDiary.snooze1Day', 'Snooze 1 Day'],
      ['contactDiary.snooze1Week', 'Snooze 1 Week'],
    ] as const;
    const attentionGroup = () => a.children().find((n) => n.kind === 'group' && n.group.id === 'attention');
    /** Writes the notes and waits for the tree to list them under Needs attention, and nothing else. */
    async function writeNotes(rels: readonly string[]) {
      for (const rel of rels) {
        own(rel);
        await vscode.workspace.fs.writeFile(uriOf(rel), NOTES[rel]!);
      }
      await waitFor(`${rels.join(', ')} under Needs attention alone`, () => {
        const groups = a.children();
        return groups.length === 1 && groups[0]!.kind === 'group' && groups[0]!.group.id === 'attention' && groups[0]!.group.count === rels.length;
      }, 30_000);
    }

    beforeEach(async () => {
      // A diary that reads attention/ only (where New Contact… writes), with a 1 KB size limit.
      await settings().update('include', ['attention/**/*.md'], vscode.ConfigurationTarget.Workspace);
      await settings().update('newContactFolder', 'attention', vscode.ConfigurationTarget.Workspace);
      await settings().update('maxFileSize', 1024, vscode.ConfigurationTarget.Workspace);
      await waitFor('the diary to be empty', () => a.children().length === 0, 30_000);
    });
    afterEach(async () => {
      for (const key of ['include', 'newContactFolder', 'maxFileSize']) await settings().update(key, undefined, vscode.ConfigurationTarget.Workspace);
      await waitFor('the fixture back in the tree', () => a.children().some((n) => n.kind === 'group' && n.group.id === 'overdue'), 30_000);
      await a.whenIdle();
    });

    // The bug: with notes that all need attention, the commands said "no contacts yet".
    it('Log Contact…, Reschedule… and Snooze say the notes need attention, not "no contacts yet"; Show Needs Attention reveals them', async () => {
      // Empty, the diary still has no contacts yet.
      await vscode.commands.executeCommand('contactDiary.reschedule');
      assert.deepEqual(await messages.waitFor(/no contacts? /), { kind: 'information', text: 'Contact Diary: no contacts yet. "New Contact…" creates the first one.', buttons: ['New Contact…'] });
      messages.shown.length = 0;

      await writeNotes(Object.keys(NOTES));
      for (const [command, title] of COMMANDS) {
        await vscode.commands.executeCommand(command);
        const closed = await messages.waitFor(/no contacts? /);
        assert.deepEqual(closed, {
          kind: 'warning',
          text: `Contact Diary: no contact can be changed: 3 notes need attention (attention/bad-yaml.md, attention/latin1.md and attention/too-large.md). Fix them, then run ${title} again.`,
          buttons: ['Show Needs Attention', 'New Contact…'],
        }, command);
        assert.equal(messages.shown.length, 1, `${command}: ${JSON.stringify(messages.shown)}`);
        assert.deepEqual(a.treeSelection(), [], `${command}: the view changed without the button`);
        messages.shown.length = 0;
      }
      assert.deepEqual(ran('contactDiary.newContact'), []);

      // The button: the Follow-ups view opens at Needs attention, selected.
      messages.choose((m) => (/no contact can be changed/.test(m.text) ? 'Show Needs Attention' : undefined));
      await vscode.commands.executeCommand('contactDiary.snooze1Day');
      await messages.waitFor(/no contact can be changed/);
      const selected = await waitFor('Needs attention to be revealed and selected', () => {
        const [node] = a.treeSelection();
        return node?.kind === 'group' && node;
      });
      assert.equal(selected.kind === 'group' && selected.group.id, 'attention');
      assert.equal(a.treeSelection().length, 1);
      assert.ok(attentionGroup());
      assert.equal(vscode.window.activeTextEditor, undefined, 'an editor opened');
    });

    it('one note that needs attention is named with its problem, and Open Note opens it there; New Contact… is still offered', async () => {
      const rel = 'attention/bad-yaml.md';
      await writeNotes([rel]);
      await vscode.commands.executeCommand('contactDiary.logContact');
      const closed = await messages.waitFor(/no contacts? /);
      assert.equal(closed.kind, 'warning');
      assert.match(closed.text, /^Contact Diary: no contact can be changed: attention\/bad-yaml\.md needs attention \(The value of name opens a list \(\[\) it never closes: add \] at the end of its line: name: \[unclosed\]\)\. Fix it, then run Log Contact again\.$/);
      assert.deepEqual(closed.buttons, ['Open Note', 'New Contact…']);
      assert.equal(vscode.window.activeTextEditor, undefined, 'the note opened without the button');
      messages.shown.length = 0;

      // Open Note: the note, at the line Needs attention points to.
      const group = attentionGroup()!;
      const [item] = a.children(group);
      assert.ok(item?.kind === 'item');
      messages.choose((m) => (/no contact can be changed/.test(m.text) ? 'Open Note' : undefined));
      await vscode.commands.executeCommand('contactDiary.reschedule');
      await messages.waitFor(/no contact can be changed/);
      await waitFor(`${rel} in the active editor`, () => activeIs(uriOf(rel)));
      assert.equal(vscode.window.activeTextEditor!.selection.active.line, item.item.line);
      await closeAll();
      messages.shown.length = 0;

      // New Contact…: the first contact that can be read, beside the note that can't.
      const created = 'attention/first-person.md';
      own(created);
      messages.choose((m) => (/no contact can be changed/.test(m.text) ? 'New Contact…' : undefined));
      a.answer(['First Person', 'Button Co']);
      await vscode.commands.executeCommand('contactDiary.snooze1Week');
      await waitFor(`${created} to be created by the button`, () => exists(uriOf(created)));
      await waitFor(`${created} in the tree`, () => itemsOf(a, uriOf(created)).length > 0);
      assert.equal(a.unanswered(), 0);
    });

    it('a contact whose next: can\'t be read is offered to pick, not called unreadable: a new date puts it right', async () => {
      await writeNotes(['attention/bad-yaml.md']);
      const rel = 'attention/bad-next.md';
      own(rel);
      await write(rel, '---\nname: Bad Next\nnext: someday\n---\n');
      await waitFor(`${rel} under Needs attention`, () => itemsOf(a, uriOf(rel)).some((i) => i.group.startsWith('Needs attention')));
      a.answer(['Bad Next', '2026-12-01']);
      await vscode.commands.executeCommand('contactDiary.reschedule');
      assert.equal(a.unanswered(), 0);
      assert.deepEqual(a.shownPicks()[0]?.items, [{ label: 'Bad Next', description: 'next: "someday" is not a date — write it as YYYY-MM-DD or YYYY-MM-DD HH:mm.', detail: undefined }]);
      assert.equal(await read(rel), '---\nname: Bad Next\nnext: 2026-12-01\n---\n');
      assert.deepEqual(messages.shown, []);
    });

    it('Export Follow-ups to Calendar and the call sheet say the notes need attention', async () => {
      await writeNotes(Object.keys(NOTES));
      assert.deepEqual(a.treeSelection(), [], 'selected before the button');
      const target = uriOf('exports/attention.ics');
      messages.choose((m) => (/^Contact Diary: nothing to export/.test(m.text) ? 'Show Needs Attention' : undefined));
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('contactDiary.exportIcs', target);
      assert.equal(written, undefined);
      const said = await messages.waitFor(/^Contact Diary: nothing to export/);
      assert.deepEqual(said, {
        kind: 'warning',
        text: 'Contact Diary: nothing to export: no contact has a next: date that can be read; 3 notes need attention (attention/bad-yaml.md, attention/latin1.md and attention/too-large.md).',
        buttons: ['Show Needs Attention'],
      });
      assert.equal(await exists(target), false);
      await waitFor('Needs attention to be revealed and selected', () => {
        const [node] = a.treeSelection();
        return node?.kind === 'group' && node.group.id === 'attention';
      });

      await vscode.commands.executeCommand('contactDiary.callSheet');
      const sheet = await waitFor('the call sheet to show', () => a.callSheetShown());
      assert.match(sheet.text, /^Nobody is due today or overdue, but 3 notes need attention and may be due: their dates can't be read \(see Needs attention\)\.$/m);
    });
  });

  it('New Contact… into a folder the diary doesn\'t read: Open Settings opens the diary\'s settings', async () => {
    await settings().update('newContactFolder', 'node_modules/people', vscode.ConfigurationTarget.Workspace);
    own('node_modules');
    try {
      // Closed without a choice: no settings open.
      a.answer(['Hidden Person']);
      await vscode.commands.executeCommand('contactDiary.newContact');
      const closed = await messages.waitFor(/hidden-person\.md/);
      assert.equal(closed.kind, 'warning');
      assert.deepEqual(closed.buttons, ['Open Settings']);
      assert.deepEqual(ran('workbench.action.openSettings'), []);
      messages.shown.length = 0;

      messages.choose((m) => (/hidden-person\.md/.test(m.text) ? 'Open Settings' : undefined));
      a.answer(['Hidden Person']);
      await vscode.commands.executeCommand('contactDiary.newContact');
      await messages.waitFor(/hidden-person\.md/);
      const open = await waitFor('Open Settings to run', () => ran('workbench.action.openSettings').find((c) => c.outcome));
      assert.deepEqual({ args: open.args, outcome: open.outcome }, { args: ['contactDiary.'], outcome: 'done' });
      await waitFor('the Settings editor to be the active tab', () => vscode.window.tabGroups.activeTabGroup.activeTab?.label === 'Settings');
      assert.equal(await exists(uriOf('node_modules/people/hidden-person.md')), false);
    } finally {
      await settings().update('newContactFolder', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  describe('Export Follow-ups to Calendar', () => {
    before(function () {
      // On a desktop window on this machine Open hands the file to the calendar app and Reveal to
      // the file manager: a test must not launch those. The web and remote windows open it here.
      if (vscode.env.uiKind === vscode.UIKind.Desktop && vscode.env.remoteName === undefined) this.skip();
    });

    it('Open opens the exported file in an editor; Reveal shows it in the Explorer', async () => {
      const target = uriOf('exports/buttons.ics');
      messages.choose((m) => (/^Contact Diary: exported/.test(m.text) ? 'Open' : undefined));
      await vscode.commands.executeCommand('contactDiary.exportIcs', target);
      const offered = await messages.waitFor(/^Contact Diary: exported/);
      assert.deepEqual(offered, { kind: 'information', text: 'Contact Diary: exported 4 follow-ups to exports/buttons.ics.', buttons: ['Open', 'Reveal'] });
      await waitFor('the calendar file in the active editor', () => activeIs(target));
      assert.match(vscode.window.activeTextEditor!.document.getText(), /^BEGIN:VCALENDAR\r\n/);
      await closeAll();
      messages.shown.length = 0;

      messages.choose((m) => (/^Contact Diary: exported/.test(m.text) ? 'Reveal' : undefined));
      await vscode.commands.executeCommand('contactDiary.exportIcs', target);
      await messages.waitFor(/^Contact Diary: exported/);
      const reveal = await waitFor('Reveal to run', () => ran('revealInExplorer').find((c) => c.outcome));
      assert.deepEqual({ uri: String(reveal.args[0]), outcome: reveal.outcome }, { uri: target.toString(), outcome: 'done' });
      assert.equal(vscode.window.activeTextEditor, undefined, 'Reveal opened an editor');
    });

    it('a file outside the workspace is offered Open alone, which opens it; a message closed opens nothing', async () => {
      const dir = vscode.Uri.file(os.tmpdir());
      const target = vscode.Uri.joinPath(dir, `contact-diary-buttons-${process.pid}.ics`);
      try {
        await vscode.commands.executeCommand('contactDiary.exportIcs', target);
        const closed = await messages.waitFor(/^Contact Diary: exported/);
        assert.deepEqual(closed.buttons, ['Open'], 'the Explorer can\'t reveal a file outside the workspace');
        assert.deepEqual(ran('vscode.open'), []);
        assert.equal(vscode.window.activeTextEditor, undefined);
        messages.shown.length = 0;

        messages.choose((m) => (/^Contact Diary: exported/.test(m.text) ? 'Open' : undefined));
        await vscode.commands.executeCommand('contactDiary.exportIcs', target);
        await messages.waitFor(/^Contact Diary: exported/);
        await waitFor('the calendar file in the active editor', () => activeIs(target));
      } finally {
        await closeAll();
        await vscode.workspace.fs.delete(target, { useTrash: false }).then(undefined, () => undefined);
      }
    });
  });
});

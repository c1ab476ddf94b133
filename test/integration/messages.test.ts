// The buttons on the extension's messages, clicked through stubbed message functions: each one
// does what it says (runs New Contact…, opens the settings, opens or reveals the exported
// file), and a message closed without a choice does nothing.
import * as assert from 'assert';
import * as os from 'os';
import * as vscode from 'vscode';
import type { TestApi } from '../../src/extension/testApi';
import { api, closeAll, itemsOf, ownFiles, read, recordCommands, remove, stubMessages, uriOf, waitFor } from './helpers';

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

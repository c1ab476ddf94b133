// A work diary and a personal diary open as one multi-root workspace: the Follow-ups view lists
// both, keeps their two contacts/jane-doe.md apart, and applies each folder's own settings.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { escapeMarkdown } from '../../../src/core';
import type { FollowUpNode } from '../../../src/extension/followUpsView';
import type { TestApi } from '../testApi';
import { api, closeAll, contactText, tree, waitFor } from '../helpers';
import { FIXTURE_TREE, fixtureDiaries, folder, foldersChanged, itemOf, named, removeIn, shown, uriIn, waitForTree, writeIn } from './folders';

describe('multi-root: the Follow-ups view', function () {
  this.timeout(120_000);
  let a: TestApi;
  before(async () => {
    a = await api();
    await fixtureDiaries(a);
  });

  it('opens the workspace file with its two folders', () => {
    assert.ok(vscode.workspace.workspaceFile, 'no workspace file: the window opened a folder, not the multi-root workspace');
    assert.deepEqual(vscode.workspace.workspaceFolders?.map((f) => f.name), ['work', 'personal']);
  });

  it('lists the contacts of both folders, and the badge and status bar count both', () => {
    assert.deepEqual(shown(a), FIXTURE_TREE);
    assert.equal(a.badge(), 2);
    assert.equal(a.statusBar()?.text, '$(calendar) 1 overdue · 1 due today · 0 of 5 calls today');
  });

  it('keeps the two contacts/jane-doe.md as two contacts, each opening its own file', async () => {
    const work = itemOf(a, 'work/contacts/jane-doe.md');
    const personal = itemOf(a, 'personal/contacts/jane-doe.md');
    assert.equal(work.label, 'Jane Doe');
    assert.equal(personal.label, 'Jane Doe');
    assert.equal(work.description, 'today · Chase feedback on the proposal · Acme Print • work');
    assert.equal(personal.description, '2 days overdue · Plan the sailing weekend • personal');
    assert.notEqual(work.item.id, personal.item.id);
    for (const [shownItem, name] of [[work, 'work'], [personal, 'personal']] as const) {
      const target = uriIn(name, 'contacts/jane-doe.md');
      assert.equal((shownItem.item.command?.arguments?.[0] as vscode.Uri).toString(), target.toString());
      await vscode.commands.executeCommand(shownItem.item.command!.command, ...(shownItem.item.command!.arguments ?? []));
      const editor = await waitFor(`${name}'s Jane Doe to open`, () => vscode.window.activeTextEditor?.document.uri.toString() === target.toString() && vscode.window.activeTextEditor);
      assert.match(editor.document.lineAt(editor.selection.active.line).text, /^next: /);
    }
    await closeAll();
  });

  it('names each contact\'s folder after its description, for screen readers, and with the file in its tooltip (regression: the two Jane Does looked alike)', () => {
    for (const g of tree(a)) {
      for (const i of g.items) {
        const file = named((i.node as Extract<FollowUpNode, { kind: 'item' }>).item.file);
        const folderName = file.split('/')[0]!;
        assert.ok(i.description.endsWith(` • ${folderName}`), `${file}: "${i.description}" does not end with its folder`);
        assert.equal(i.description.split(' • ').length, 2, `${file}: "${i.description}" names its folder once`);
        assert.ok(i.item.accessibilityInformation?.label.endsWith(`, in the ${folderName} folder`), `${file}: ${i.item.accessibilityInformation?.label}`);
      }
    }
    const tip = (file: string) => (itemOf(a, file).item.tooltip as vscode.MarkdownString).value.replace(/&nbsp;/g, ' ');
    assert.match(tip('work/contacts/jane-doe.md'), /^\*\*File:\*\* contacts\/jane-doe\.md in the work folder {2}$/m);
    assert.match(tip('personal/contacts/jane-doe.md'), /^\*\*File:\*\* contacts\/jane-doe\.md in the personal folder {2}$/m);
    assert.equal(itemOf(a, 'work/contacts/jane-doe.md').item.accessibilityInformation?.label,
      'Jane Doe, today · Chase feedback on the proposal · Acme Print, in the work folder');
  });

  it('names the folder of a file under Needs attention too, after the problem and in its tooltip', async () => {
    const broken = '---\nname: Jane Doe\nnext: 2026-02-30\n---\n';
    try {
      await writeIn('work', 'contacts/broken.md', broken);
      await writeIn('personal', 'contacts/broken.md', broken);
      await waitFor('both broken files under Needs attention', () => shown(a)['Needs attention']?.length === 2);
      for (const name of ['work', 'personal'] as const) {
        const item = itemOf(a, `${name}/contacts/broken.md`);
        assert.match(item.description, new RegExp(`^next: 2026-02-30 is not a day of the calendar.* • ${name}$`));
        assert.match((item.item.tooltip as vscode.MarkdownString).value, new RegExp(`\\*\\*File:\\*\\* contacts/broken\\.md in the ${name} folder\n\n$`));
      }
    } finally {
      await removeIn('work', 'contacts/broken.md');
      await removeIn('personal', 'contacts/broken.md');
    }
    await waitForTree(a, 'the broken files gone', FIXTURE_TREE);
  });

  it("tells two folders of one name apart in the tooltip by the folder's location", async () => {
    const work = folder('work').uri;
    const personal = folder('personal').uri;
    const where = (uri: vscode.Uri) => (uri.scheme === 'file' ? uri.fsPath : uri.path);
    const tipsOfJane = () => tree(a).flatMap((g) => g.items)
      .filter((i) => i.label === 'Jane Doe')
      .map((i) => (i.item.tooltip as vscode.MarkdownString).value.match(/^\*\*File:\*\* (.*) {2}$/m)?.[1]);
    try {
      await foldersChanged(() => vscode.workspace.updateWorkspaceFolders(1, 1, { uri: personal, name: 'work' }));
      await waitFor('both folders scanned again', () => tree(a).flatMap((g) => g.items).length === Object.values(FIXTURE_TREE).flat().length);
      await a.whenIdle();
      // Overdue first: personal's Jane Doe, then work's.
      assert.deepEqual(tipsOfJane(), [
        escapeMarkdown(`contacts/jane-doe.md in the work folder (${where(personal)})`),
        escapeMarkdown(`contacts/jane-doe.md in the work folder (${where(work)})`),
      ]);
    } finally {
      if (vscode.workspace.workspaceFolders?.[1]?.name !== 'personal') {
        await foldersChanged(() => vscode.workspace.updateWorkspaceFolders(1, 1, { uri: personal, name: 'personal' }));
      }
    }
    await waitForTree(a, 'the fixture tree again', FIXTURE_TREE);
    assert.deepEqual(tipsOfJane(), ['contacts/jane-doe.md in the personal folder', 'contacts/jane-doe.md in the work folder']);
  });

  it("applies a folder's contactDiary.exclude to that folder only, for files found by the scan and files created later", async () => {
    // The fixture's archive/ files: work's is listed (Later), personal's is not (its settings exclude archive/).
    assert.deepEqual(shown(a).Later, ['work/archive/old-client.md']);
    assert.ok(!JSON.stringify(shown(a)).includes('old-friend'));
    try {
      await writeIn('personal', 'archive/new-arrival.md', contactText('Personal Arrival', '2026-11-30'));
      await writeIn('work', 'archive/new-arrival.md', contactText('Work Arrival', '2026-11-30'));
      await waitFor("work's new archive file in the tree", () => shown(a).Upcoming?.includes('work/archive/new-arrival.md'));
      await a.whenIdle();
      assert.deepEqual(shown(a).Upcoming, ['work/contacts/omar-haddad.md', 'work/archive/new-arrival.md']);
    } finally {
      await removeIn('personal', 'archive/new-arrival.md');
      await removeIn('work', 'archive/new-arrival.md');
    }
    await waitForTree(a, 'the new files gone', FIXTURE_TREE);
  });

  it('follows a folder setting changed while open (contactDiary.include on work), leaving the other folder as it was', async () => {
    const config = () => vscode.workspace.getConfiguration('contactDiary', folder('work').uri);
    try {
      await config().update('include', ['contacts/**'], vscode.ConfigurationTarget.WorkspaceFolder);
      const { Later: _, ...withoutWorkArchive } = FIXTURE_TREE;
      await waitForTree(a, "work's archive to leave the tree", withoutWorkArchive);
    } finally {
      await config().update('include', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    }
    await waitForTree(a, "work's archive back", FIXTURE_TREE);
  });

  it("reads each file against its own folder's contactDiary.maxFileSize", async () => {
    const config = () => vscode.workspace.getConfiguration('contactDiary', folder('personal').uri);
    // 2 KB of notes: over a 1 KB limit, well under the default 1 MB.
    const big = contactText('Big File', '2026-11-30') + `${'Notes. '.repeat(300)}\n`;
    try {
      await config().update('maxFileSize', 1024, vscode.ConfigurationTarget.WorkspaceFolder);
      await writeIn('work', 'contacts/big-file.md', big);
      await writeIn('personal', 'contacts/big-file.md', big);
      await waitForTree(a, "personal's big file under Needs attention, work's listed", {
        ...FIXTURE_TREE,
        Upcoming: ['work/contacts/omar-haddad.md', 'work/contacts/big-file.md'],
        'Needs attention': ['personal/contacts/big-file.md'],
      });
      assert.match(itemOf(a, 'personal/contacts/big-file.md').description, /is over the 1 KB limit \(contactDiary.maxFileSize\)/);
    } finally {
      await config().update('maxFileSize', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
      await removeIn('work', 'contacts/big-file.md');
      await removeIn('personal', 'contacts/big-file.md');
    }
    await waitForTree(a, 'the big files gone', FIXTURE_TREE);
  });
});

// A work diary and a personal diary open as one multi-root workspace: the Follow-ups view lists
// both, keeps their two contacts/jane-doe.md apart, and applies each folder's own settings.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { TestApi } from '../../../src/extension/testApi';
import { api, closeAll, contactText, waitFor } from '../helpers';
import { FIXTURE_TREE, fixtureDiaries, folder, itemOf, removeIn, shown, uriIn, waitForTree, writeIn } from './folders';

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
    assert.equal(a.statusBar()?.text, '$(calendar) 1 overdue · 1 today');
  });

  it('keeps the two contacts/jane-doe.md as two contacts, each opening its own file', async () => {
    const work = itemOf(a, 'work/contacts/jane-doe.md');
    const personal = itemOf(a, 'personal/contacts/jane-doe.md');
    assert.equal(work.label, 'Jane Doe');
    assert.equal(personal.label, 'Jane Doe');
    assert.match(work.description, /^today.* · Chase feedback on the proposal · Acme Print$/);
    assert.match(personal.description, /^2 days overdue · Plan the sailing weekend$/);
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

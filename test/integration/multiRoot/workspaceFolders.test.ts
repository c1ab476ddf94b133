// Adding and removing workspace folders while the window is open: the Follow-ups view follows.
// Only the second folder is removed: changing the first restarts every extension.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { TestApi } from '../testApi';
import { api } from '../helpers';
import { FIXTURE_TREE, fixtureDiaries, folder, foldersChanged, waitForTree } from './folders';

describe('multi-root: workspace folders added and removed', function () {
  this.timeout(120_000);
  let a: TestApi;
  before(async () => {
    a = await api();
    await fixtureDiaries(a);
  });

  it('removing a folder takes its contacts out of the view, adding it back brings them back with its own settings', async () => {
    const personal = folder('personal');
    const removed = await foldersChanged(() => vscode.workspace.updateWorkspaceFolders(1, 1));
    assert.deepEqual(removed.removed.map((f) => f.name), ['personal']);
    await waitForTree(a, "personal's contacts to leave the view", {
      Today: ['work/contacts/jane-doe.md'],
      Upcoming: ['work/contacts/omar-haddad.md'],
      Later: ['work/archive/old-client.md'],
    });
    assert.equal(a.badge(), 1);

    const added = await foldersChanged(() => vscode.workspace.updateWorkspaceFolders(1, 0, { uri: personal.uri, name: 'personal' }));
    assert.deepEqual(added.added.map((f) => f.name), ['personal']);
    // Its archive/ stays out: the folder's own .vscode/settings.json is read again.
    await waitForTree(a, "personal's contacts back in the view", FIXTURE_TREE);
    assert.equal(a.badge(), 2);
  });
});

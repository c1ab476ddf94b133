// The harness itself: the extension under development is loaded and activates, and the window
// has a fresh copy of the fixture workspace open, read through the real VS Code API.
import * as assert from 'assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'contact-diary.contact-diary';

function workspaceRoot(): vscode.Uri {
  const folders = vscode.workspace.workspaceFolders ?? [];
  assert.equal(folders.length, 1, `expected one workspace folder, got ${folders.length}`);
  return folders[0]!.uri;
}

describe('integration harness', () => {
  it('loads the extension under development and activates it', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not loaded`);
    assert.equal(ext.packageJSON.name, 'contact-diary');
    await ext.activate();
    assert.equal(ext.isActive, true);
  });

  it('opens the fixture workspace and reads a contact through vscode.workspace.fs', async () => {
    const file = vscode.Uri.joinPath(workspaceRoot(), 'contacts', 'jane-doe.md');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    assert.match(text, /^---\nname: Jane Doe\n/);
    assert.match(text, /^next: 2026-11-27$/m);
  });

  it('runs on a copy of the fixture workspace, never on the sources', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    const root = workspaceRoot().path;
    const sources = ext.extensionUri.path;
    assert.ok(!root.startsWith(sources + '/'), `the workspace ${root} lies inside the extension's folder ${sources}`);
  });

  // Regression: in code-server, VS Code for the web's default auto-save wrote an undone Log Contact
  // back to disk after the test had deleted the file, and the contact stayed in every view after.
  it('runs with auto-save off, as desktop VS Code does (a late auto-save re-created a deleted contact)', () => {
    assert.equal(vscode.workspace.getConfiguration('files').get('autoSave'), 'off');
  });

  it('finds the fixture files through the workspace search', async () => {
    const found = await vscode.workspace.findFiles('**/*.md');
    const names = found.map((u) => u.path.slice(u.path.lastIndexOf('/') + 1));
    for (const expected of ['jane-doe.md', 'bob-smith.md', 'broken-date.md', 'meeting-notes.md']) {
      assert.ok(names.includes(expected), `${expected} not found among ${names.join(', ')}`);
    }
  });
});

// The multi-root suite's workspace: `work` and `personal`, two diaries opened together through
// workspace/diaries.code-workspace (a fresh copy each run). Both hold contacts/jane-doe.md, so
// a path mixed up between folders shows as the wrong Jane Doe.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { TestApi } from '../testApi';
import { EXTENSION_ID, closeAll, tree, waitFor } from '../helpers';

export type FolderName = 'work' | 'personal';

/**
 * The tree the fixture gives on FIXTURE_TODAY, group by group, files as `folder/path`. The
 * `personal` folder's own .vscode/settings.json excludes archive/ and sets the default follow-up
 * to 2 weeks; `work` keeps the defaults.
 */
export const FIXTURE_TREE: Readonly<Record<string, readonly string[]>> = {
  Overdue: ['personal/contacts/jane-doe.md'],
  Today: ['work/contacts/jane-doe.md'],
  Upcoming: ['work/contacts/omar-haddad.md'],
  Later: ['work/archive/old-client.md'],
  Unscheduled: ['personal/contacts/sam-lee.md'],
};

export function folder(name: FolderName): vscode.WorkspaceFolder {
  const found = vscode.workspace.workspaceFolders?.find((f) => f.name === name);
  assert.ok(found, `no workspace folder named ${name} (open: ${vscode.workspace.workspaceFolders?.map((f) => f.name).join(', ')})`);
  return found;
}

export const uriIn = (name: FolderName, rel: string) => vscode.Uri.joinPath(folder(name).uri, ...rel.split('/'));

/** A file's bytes as text, exactly (no decoding of line ends or BOM). */
export async function readIn(name: FolderName, rel: string): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await vscode.workspace.fs.readFile(uriIn(name, rel)));
}

export async function writeIn(name: FolderName, rel: string, text: string): Promise<vscode.Uri> {
  const uri = uriIn(name, rel);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

export async function removeIn(name: FolderName, rel: string): Promise<void> {
  await vscode.workspace.fs.delete(uriIn(name, rel), { recursive: true, useTrash: false }).then(undefined, () => undefined);
}

/** A core path (a URI path) as `folder/relative path`, by the open folder that holds it. */
export function named(path: string): string {
  const holder = vscode.workspace.workspaceFolders?.find((f) => path.startsWith(`${f.uri.path.replace(/\/$/, '')}/`));
  return holder ? `${holder.name}/${path.slice(holder.uri.path.replace(/\/$/, '').length + 1)}` : path;
}

/** The files the tree lists, group by group (labels without their counts), as `folder/path`. */
export function shown(a: TestApi): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const g of tree(a)) {
    out[g.label.replace(/ \(\d+\)$/, '')] = g.items.flatMap((i) => (i.node.kind === 'item' ? [named(i.node.item.file)] : []));
  }
  return out;
}

/** The tree item of one contact file (`folder/path`), failing when the tree does not list it once. */
export function itemOf(a: TestApi, file: string) {
  const items = tree(a).flatMap((g) => g.items.filter((i) => i.node.kind === 'item' && named(i.node.item.file) === file));
  assert.equal(items.length, 1, `${file} is listed ${items.length} times: ${JSON.stringify(shown(a))}`);
  return items[0]!;
}

/** Waits until the tree lists exactly `expected` (group → files). */
export async function waitForTree(a: TestApi, what: string, expected: Readonly<Record<string, readonly string[]>>, ms = 30_000): Promise<void> {
  const want = JSON.stringify(expected);
  await waitFor(`${what}; the tree shows ${JSON.stringify(shown(a))}`, () => JSON.stringify(shown(a)) === want, ms);
  await a.whenIdle();
}

/** The fixture's contact files (the ones listed and the one `personal` excludes). */
export const FIXTURE_FILES: readonly string[] = [
  ...Object.values(FIXTURE_TREE).flat(),
  'personal/archive/old-friend.md',
];

/** A fixture file's bytes as committed (`folder/path`), read from the extension's own source tree. */
export async function fixtureText(file: string): Promise<string> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not loaded`);
  const uri = vscode.Uri.joinPath(ext.extensionUri, 'test', 'integration', 'multiRoot', 'workspace', ...file.split('/'));
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await vscode.workspace.fs.readFile(uri));
}

/**
 * Brings both folders back to the fixture before tests that count or compare: closes every
 * editor, writes back fixture files that changed, deletes files that earlier tests left, and
 * waits for the fixture's tree. One failed cleanup then fails its own test, not every one after.
 * Settings are put back through the configuration API by the tests that change them.
 */
export async function fixtureDiaries(a: TestApi): Promise<void> {
  await closeAll();
  const written: Array<{ uri: vscode.Uri; want: string }> = [];
  for (const file of FIXTURE_FILES) {
    const [name, ...rest] = file.split('/') as [FolderName, ...string[]];
    const want = await fixtureText(file);
    if ((await readIn(name, rest.join('/')).then((t) => t, () => undefined)) !== want) written.push({ uri: await writeIn(name, rest.join('/'), want), want });
  }
  // A document an edit opened stays open without an editor, and takes in the file written under
  // it a moment later: the next test's edit, planned from its old text, was then saved over the
  // fixture or refused (work's Jane Doe kept the date of the test before).
  await waitFor('open documents to hold the fixture written under them', () => written.every(({ uri, want }) => {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    return !doc || doc.getText() === want;
  }), 30_000);
  const leftovers = (await vscode.workspace.findFiles('**/*')).map((u) => named(u.path))
    .filter((f) => !FIXTURE_FILES.includes(f) && !/^[^/]+\/\.vscode\//.test(f));
  for (const f of leftovers) {
    const [name, ...rest] = f.split('/') as [FolderName, ...string[]];
    await removeIn(name, rest.join('/'));
  }
  await waitForTree(a, `the fixture's tree (left behind: ${leftovers.join(', ') || 'nothing'})`, FIXTURE_TREE);
}

/** Runs `change` (an updateWorkspaceFolders call) and resolves when VS Code says the folders changed. */
export function foldersChanged(change: () => boolean, ms = 30_000): Promise<vscode.WorkspaceFoldersChangeEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`the workspace folders did not change within ${ms / 1000} s`));
    }, ms);
    const sub = vscode.workspace.onDidChangeWorkspaceFolders((e) => {
      clearTimeout(timer);
      sub.dispose();
      resolve(e);
    });
    if (!change()) {
      clearTimeout(timer);
      sub.dispose();
      reject(new Error('VS Code refused the change of workspace folders'));
    }
  });
}

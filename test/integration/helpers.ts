// Shared by the extension's integration tests: the test API, the workspace copy, and waiting.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { FollowUpNode } from '../../src/extension/followUpsView';
import type { TestSeams } from '../../src/extension/testSeams';
import { type TestApi, createTestApi } from './testApi';

export const EXTENSION_ID = 'contact-diary.contact-diary';
/** The day the fixture workspace is written for. */
export const FIXTURE_TODAY = '2026-11-23';

/** The test API (testApi.ts) on the extension's seams, with the fixture's day pinned, once the diary has settled. */
export async function api(): Promise<TestApi> {
  const ext = vscode.extensions.getExtension<TestSeams | undefined>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not loaded`);
  const seams = await ext.activate();
  assert.ok(seams, `${EXTENSION_ID} returned no test seams: they are given in ExtensionMode.Test only`);
  const exports = createTestApi(seams);
  exports.setToday(FIXTURE_TODAY);
  await exports.whenIdle();
  return exports;
}

export function root(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder open');
  return folder.uri;
}

export const uriOf = (rel: string) => vscode.Uri.joinPath(root(), ...rel.split('/'));

export async function write(rel: string, text: string): Promise<vscode.Uri> {
  const uri = uriOf(rel);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

export async function read(rel: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uriOf(rel)));
}

export async function remove(rel: string): Promise<void> {
  await vscode.workspace.fs.delete(uriOf(rel), { recursive: true, useTrash: false }).then(undefined, () => undefined);
}

/** Closes every editor, dropping what a test left unsaved, untitled ones too (no "Save changes?" dialog). */
export async function closeAll() {
  // Only documents of the workspace: VS Code's own (the user settings.json its configuration API
  // writes through) may be dirty for a moment, and never get an editor to close.
  for (const doc of vscode.workspace.textDocuments.filter((d) => (d.isDirty && vscode.workspace.getWorkspaceFolder(d.uri)) || d.isUntitled)) {
    await vscode.window.showTextDocument(doc);
    // The command acts on the workbench's active editor, which may still be the previous one:
    // reverting that instead would leave this one dirty, and closing it would then ask to save.
    await waitFor(`${doc.uri.path} to be the active editor`, () => vscode.window.activeTextEditor?.document === doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Every file of the fixture workspace, relative to its root. */
export const FIXTURE_FILES: readonly string[] = [
  'contacts/bob-smith.md', 'contacts/li-wei.md', 'contacts/jane-doe.md', 'contacts/paolo-ferri.md',
  'contacts/greta-lindqvist.md', 'contacts/broken-date.md', 'notes/meeting-notes.md',
];

/**
 * Brings the workspace back to the fixture's files before tests that count what they see: closes
 * every editor, deletes what earlier tests left behind, and waits for the tree to hold the fixture
 * alone. One failed cleanup then fails its own test, not every count after it.
 */
export async function fixtureOnly(a: TestApi): Promise<void> {
  await closeAll();
  const base = root().path.replace(/\/$/, '');
  const leftovers = (await vscode.workspace.findFiles('**/*')).map((u) => u.path.slice(base.length + 1))
    // Settings are put back through the configuration API by the tests that change them.
    .filter((rel) => !FIXTURE_FILES.includes(rel) && !rel.startsWith('.vscode/'));
  for (const rel of leftovers) await remove(rel);
  const fixture = new Set(FIXTURE_FILES.map((rel) => uriOf(rel).path));
  await waitFor(`the tree to hold the fixture alone (left behind: ${leftovers.join(', ') || 'nothing'})`, () => {
    const files = tree(a).flatMap((g) => g.items.flatMap((i) => (i.node.kind === 'item' ? [i.node.item.file] : [])));
    return files.every((f) => fixture.has(f));
  }, 60_000);
  await a.whenIdle();
}

/** Polls until `check` returns a value (not undefined/false), or fails after `ms`. */
export async function waitFor<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export interface ShownGroup {
  readonly label: string;
  readonly expanded: boolean;
  readonly items: ReadonlyArray<{ readonly label: string; readonly description: string; readonly node: FollowUpNode; readonly item: vscode.TreeItem }>;
}

/** The tree as VS Code gets it from the provider. */
export function tree(a: TestApi): ShownGroup[] {
  return a.children().map((group) => {
    const g = a.treeItem(group);
    return {
      label: String(g.label),
      expanded: g.collapsibleState === vscode.TreeItemCollapsibleState.Expanded,
      items: a.children(group).map((node) => {
        const item = a.treeItem(node);
        return { label: String(item.label), description: String(item.description ?? ''), node, item };
      }),
    };
  });
}

/** The tree items of one file (a contact with problems is listed in two groups). */
export function itemsOf(a: TestApi, uri: vscode.Uri) {
  return tree(a).flatMap((g) => g.items.filter((i) => i.node.kind === 'item' && i.node.item.file === uri.path).map((i) => ({ group: g.label, ...i })));
}

/** A contact file for a test, due on `next`. */
export function contactText(name: string, next: string, extra = ''): string {
  return `---\nname: ${name}\ncompany: Test Co\nnext: ${next}\nnext_action: Call back\n${extra}---\n\n# ${name}\n\n## Log\n- 2026-11-01 Met — at the fair\n`;
}

/**
 * The files a test makes for itself, removed after it: `make` writes one and waits for the tree
 * to list it, `own` names one the test has made otherwise (New Contact…), and `removeAll` (for
 * afterEach) deletes them and waits for the tree to let them go, so the next test starts from
 * the fixture's tree.
 */
export function ownFiles(a: () => TestApi) {
  const created: string[] = [];
  return {
    own(rel: string): void {
      created.push(rel);
    },
    async make(rel: string, text: string): Promise<{ uri: vscode.Uri; node: FollowUpNode }> {
      created.push(rel);
      const uri = await write(rel, text);
      const [shown] = await waitFor(`${rel} in the tree`, () => {
        const items = itemsOf(a(), uri);
        return items.length > 0 && items;
      });
      return { uri, node: shown!.node };
    },
    async removeAll(): Promise<void> {
      const gone = created.splice(0);
      for (const rel of gone) await remove(rel);
      await waitFor(`${gone.join(', ')} to leave the tree`, () => gone.every((rel) => itemsOf(a(), uriOf(rel)).length === 0), 30_000);
    },
  };
}

/** A message a command showed with `vscode.window.show…Message`, as `stubMessages` recorded it. */
export interface ShownMessage {
  readonly kind: 'information' | 'warning' | 'error';
  readonly text: string;
  /** The labels of its buttons, in order. */
  readonly buttons: readonly string[];
  /** A modal message's detail, under its text. */
  readonly detail?: string;
}

const MESSAGE_FUNCTIONS = { showInformationMessage: 'information', showWarningMessage: 'warning', showErrorMessage: 'error' } as const;

/**
 * Stands in for VS Code's message functions, the way `answer` stands in for the prompts: each
 * message is recorded in `shown` and answered at once by `choose` (a button's label; undefined,
 * the default, closes it without a choice), so a button can be clicked without a person. The
 * tests share `vscode.window` with the extension, so its messages come here too. `restore()`
 * puts VS Code's functions back: call it after each test.
 */
export function stubMessages() {
  const window = vscode.window as unknown as Record<keyof typeof MESSAGE_FUNCTIONS, (...args: unknown[]) => Thenable<unknown>>;
  // Only these three: some of the window's other properties are getters that throw outside a proposal.
  const real = { showInformationMessage: window.showInformationMessage, showWarningMessage: window.showWarningMessage, showErrorMessage: window.showErrorMessage };
  const shown: ShownMessage[] = [];
  let choose: (message: ShownMessage) => string | undefined = () => undefined;
  for (const [fn, kind] of Object.entries(MESSAGE_FUNCTIONS) as Array<[keyof typeof MESSAGE_FUNCTIONS, ShownMessage['kind']]>) {
    window[fn] = async (text: unknown, ...rest: unknown[]) => {
      // After the text: an options object (modal, detail) may come first, then strings or MessageItems.
      const items = rest.filter((r): r is string | vscode.MessageItem => typeof r === 'string' || (typeof r === 'object' && r !== null && 'title' in r));
      const label = (item: string | vscode.MessageItem) => (typeof item === 'string' ? item : item.title);
      const options = rest.find((r): r is vscode.MessageOptions => typeof r === 'object' && r !== null && !('title' in r));
      const message: ShownMessage = { kind, text: String(text), buttons: items.map(label), ...(options?.detail !== undefined ? { detail: options.detail } : {}) };
      shown.push(message);
      const choice = choose(message);
      if (choice === undefined) return undefined;
      const item = items.find((i) => label(i) === choice);
      if (item === undefined) throw new Error(`"${choice}" is not a button of "${message.text}" (its buttons: ${message.buttons.join(', ') || 'none'})`);
      return item;
    };
    assert.notEqual(vscode.window[fn], real[fn], `vscode.window.${fn} could not be replaced`);
  }
  return {
    shown,
    /** How the next messages are answered. */
    choose(answer: (message: ShownMessage) => string | undefined): void {
      choose = answer;
    },
    /** Waits for a message whose text matches, and returns it. */
    waitFor(text: RegExp, ms?: number): Promise<ShownMessage> {
      return waitFor(`a message matching ${text} (shown: ${JSON.stringify(shown.map((m) => m.text))})`, () => shown.find((m) => text.test(m.text)), ms);
    },
    restore(): void {
      Object.assign(window, real);
      shown.length = 0;
      choose = () => undefined;
    },
  };
}

/**
 * Records the commands run through `vscode.commands.executeCommand` (by the extension too, which
 * shares the API object with the tests) and how each ended, still running each one. `restore()`
 * puts VS Code's function back.
 */
export function recordCommands() {
  const commands = vscode.commands as unknown as { executeCommand: (id: string, ...args: unknown[]) => Thenable<unknown> };
  const real = commands.executeCommand;
  const ran: Array<{ readonly id: string; readonly args: readonly unknown[]; outcome?: 'done' | 'failed'; error?: unknown }> = [];
  commands.executeCommand = (id, ...args) => {
    const call: (typeof ran)[number] = { id, args };
    ran.push(call);
    return real.call(vscode.commands, id, ...args).then(
      (value) => { call.outcome = 'done'; return value; },
      (error: unknown) => { call.outcome = 'failed'; call.error = error; throw error; },
    );
  };
  return {
    ran,
    restore(): void {
      commands.executeCommand = real;
    },
  };
}

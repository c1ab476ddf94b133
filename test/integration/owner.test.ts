// Whose contact it is: with contactDiary.me set, the view, its badge, the status bar, the call
// sheet and Plan My Week show the user's contacts and those nobody owns; the title bar's switch
// shows everyone's, grouped by owner. Without me, nothing is filtered and the switch does nothing.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ShownSheet } from '../../src/core';
import type { TestSeams } from '../../src/extension/testSeams';
import type { TestApi } from './testApi';
import { EXTENSION_ID, api, closeAll, contactText, fixtureOnly, ownFiles, read, remove, tree, uriOf, waitFor } from './helpers';

const setMe = (me: string | undefined) => vscode.workspace.getConfiguration('contactDiary').update('me', me, vscode.ConfigurationTarget.Workspace);

/** The view's title bar description ("My contacts", "Everyone's, by owner"), which the test API doesn't read. */
function viewDescription(): string | undefined {
  return vscode.extensions.getExtension<TestSeams | undefined>(EXTENSION_ID)?.exports?.view.treeView.description;
}

const labels = (a: TestApi) => tree(a).map((g) => g.label);
const names = (s: ShownSheet) => s.buttons.filter((b) => b.action === 'open').map((b) => b.label.replace(/^Open the note of /, ''));

describe('Whose contact it is', function () {
  this.timeout(120_000);
  let a: TestApi;
  const { make, removeAll } = ownFiles(() => a);
  before(async () => {
    a = await api();
    await fixtureOnly(a);
  });
  afterEach(async () => {
    a.answer(null);
    await vscode.commands.executeCommand('contactDiary.viewMine');
    await setMe(undefined);
    await closeAll();
    await removeAll();
    await a.whenIdle();
  });

  /** Three overdue contacts besides the fixture's (which nobody owns): mine, someone else's, and one shared, owner as people write it. */
  async function makeOwned(): Promise<void> {
    // Made while me is unset, so that each shows in the tree (make waits for it there).
    await make('contacts/owner-mine.md', contactText('Owner Mine', '2020-01-01', 'owner: alice\n'));
    await make('contacts/owner-theirs.md', contactText('Owner Theirs', '2020-01-02', 'owner: bob\n'));
    await make('contacts/owner-shared.md', contactText('Owner Shared', '2020-01-03', 'owner: [bob, "  ALICE "]\n'));
  }

  it('shows everyone\'s while me is unset, and the switch then changes nothing', async () => {
    await makeOwned();
    await waitFor('every contact in Overdue', () => labels(a)[0] === 'Overdue (4)');
    assert.equal(a.badge(), 5);
    assert.equal(viewDescription(), undefined);
    await vscode.commands.executeCommand('contactDiary.viewEveryone');
    await a.whenIdle();
    assert.equal(labels(a)[0], 'Overdue (4)', 'still by date: the switch has no effect without me');
    assert.equal(viewDescription(), undefined);
  });

  it('with me set, shows my contacts and nobody\'s in the view, the badge and the status bar; the switch shows everyone\'s by owner', async () => {
    await makeOwned();
    await setMe('Alice');
    await waitFor('my contacts alone in Overdue', () => labels(a)[0] === 'Overdue (3)');
    const overdue = tree(a)[0]!.items.map((i) => i.label);
    assert.deepEqual(overdue, ['Owner Mine', 'Owner Shared', 'Bob Smith']);
    assert.equal(a.badge(), 4);
    assert.equal(a.badgeTooltip(), '3 overdue, 1 due today');
    assert.match(a.statusBar()?.text ?? '', /^\$\(calendar\) 3 overdue · 1 due today/);
    assert.equal(viewDescription(), 'My contacts');

    await vscode.commands.executeCommand('contactDiary.viewEveryone');
    await waitFor('the view by owner', () => labels(a)[0] === 'alice (2)');
    const groups = tree(a);
    assert.deepEqual(groups.map((g) => g.label), ['alice (2)', 'bob (2)', 'No owner (5)', 'Needs attention (1)']);
    assert.deepEqual(groups[0]!.items.map((i) => i.label), ['Owner Mine', 'Owner Shared']);
    assert.deepEqual(groups[1]!.items.map((i) => i.label), ['Owner Theirs', 'Owner Shared']);
    assert.equal(groups[0]!.items[0]!.item.contextValue, 'contact', 'a contact under an owner keeps its actions');
    // A contact two people own is listed under each, with an id of its own under each.
    const shared = groups.flatMap((g) => g.items).filter((i) => i.label === 'Owner Shared').map((i) => i.item.id);
    assert.equal(new Set(shared).size, 2);
    assert.equal(a.treeItem(a.children()[0]!).description, '2 overdue');
    assert.equal(a.badge(), 5);
    assert.match(a.statusBar()?.text ?? '', /^\$\(calendar\) 4 overdue · 1 due today/);
    assert.equal(viewDescription(), "Everyone's, by owner");

    await vscode.commands.executeCommand('contactDiary.viewMine');
    await waitFor('the view by date, mine again', () => labels(a)[0] === 'Overdue (3)');
    assert.equal(a.badge(), 4);
  });

  it('gives the call sheet and Plan My Week my contacts and nobody\'s, and everyone\'s after the switch', async () => {
    await makeOwned();
    await setMe('alice');
    await waitFor('my contacts alone in Overdue', () => labels(a)[0] === 'Overdue (3)');
    await vscode.commands.executeCommand('contactDiary.callSheet');
    const mine = await waitFor('the call sheet of my contacts', () => {
      const shown = a.callSheetShown();
      return shown && names(shown).length === 4 && shown;
    });
    assert.deepEqual(names(mine), ['Owner Mine', 'Owner Shared', 'Bob Smith', 'Li Wei']);

    a.answer([undefined]);
    await vscode.commands.executeCommand('contactDiary.planWeek');
    const planned = a.shownPicks()[0]!.items.map((i) => i.label);
    assert.ok(planned.includes('Owner Mine') && planned.includes('Owner Shared'), planned.join(', '));
    assert.ok(!planned.includes('Owner Theirs'), `${planned.join(', ')} plans someone else's contact`);

    await vscode.commands.executeCommand('contactDiary.viewEveryone');
    const everyone = await waitFor('the call sheet of everyone\'s contacts', () => {
      const shown = a.callSheetShown();
      return shown && names(shown).includes('Owner Theirs') && shown;
    });
    assert.match(everyone.text, /5 to call \(4 overdue, 1 due today\)\./);
  });

  it('exports my contacts and nobody\'s to the calendar whichever way the view is switched, as contact-diary ics does (regression: the calendar file held everyone\'s)', async () => {
    await makeOwned();
    await setMe('Alice');
    await waitFor('my contacts alone in Overdue', () => labels(a)[0] === 'Overdue (3)');
    const target = uriOf('exports/mine.ics');
    try {
      for (const view of ['contactDiary.viewMine', 'contactDiary.viewEveryone']) {
        await vscode.commands.executeCommand(view);
        await a.whenIdle();
        await vscode.commands.executeCommand('contactDiary.exportIcs', target);
        const ics = await read('exports/mine.ics');
        assert.match(ics, /SUMMARY:Overdue: Owner Mine/, view);
        assert.match(ics, /SUMMARY:Overdue: Owner Shared/, view);
        assert.doesNotMatch(ics, /Owner Theirs/, view);
      }
    } finally {
      await remove('exports');
    }
  });
});

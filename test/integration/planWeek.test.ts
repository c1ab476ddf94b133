// Plan My Week shows the plan before anything changes; a contact picked is left out; Accept
// writes the others' next: dates as one change that one Undo takes back.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { ACCEPT } from '../../src/extension/commands/planWeek';
import type { UndoOutcome } from '../../src/extension/commands/undoLastChange';
import type { TestApi } from './testApi';
import { api, closeAll, ownFiles, read } from './helpers';

// Far overdue and with no conversation on record: the first the plan picks, on Monday 23 November.
const note = (name: string, next: string) => `---\nname: ${name}\nnext: ${next}   # planned\nnext_action: Ask about ${name}\n---\n\n# ${name}\n`;

describe('Plan My Week', function () {
  this.timeout(120_000);
  let a: TestApi;
  const { make, removeAll } = ownFiles(() => a);
  before(async () => { a = await api(); });
  beforeEach(() => a.forgetChanges());
  afterEach(async () => {
    a.answer(null);
    await closeAll();
    await removeAll();
  });

  it('shows the plan, leaves one out, accepts, and one Undo takes it all back', async () => {
    const files = { one: 'contacts/plan-one.md', two: 'contacts/plan-two.md', three: 'contacts/plan-three.md' };
    const before = { one: note('Plan One', '2020-01-01'), two: note('Plan Two', '2020-01-02'), three: note('Plan Three', '2020-01-03') };
    for (const k of ['one', 'two', 'three'] as const) await make(files[k], before[k]);

    // Escape: the plan is shown, as a list and as a Markdown preview beside it, and nothing changes.
    const opened: string[] = [];
    const tabs = vscode.window.tabGroups.onDidChangeTabs((e) => opened.push(...e.opened.map((t) => t.label)));
    a.answer([undefined]);
    try {
      await vscode.commands.executeCommand('contactDiary.planWeek');
    } finally {
      tabs.dispose();
    }
    assert.ok(opened.some((label) => label.includes('Plan My Week')), `no preview of the plan opened (tabs opened: ${opened.join(', ')})`);
    assert.ok(!vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.label.includes('Plan My Week')), 'the plan\'s preview stayed open after the list closed');
    const shown = a.shownPicks()[0]!;
    assert.equal(shown.title, 'Plan My Week');
    assert.equal(shown.items[0]!.label, ACCEPT);
    // The first day, as a separator, with the fixture's appointment that day kept and shown.
    assert.equal(shown.items[1]!.label, 'Mon 23 Nov 2026 · Li Wei 14:30');
    const one = shown.items.find((i) => i.label === 'Plan One')!;
    assert.equal(one.description, 'Mon 23 Nov 2026 · from 2020-01-01');
    assert.match(one.detail!, /overdue · Ask about Plan One$/);
    assert.equal(await read(files.one), before.one);

    // Leave Plan Two out, then accept.
    a.answer(null);
    a.answer(['Plan Two', ACCEPT]);
    await vscode.commands.executeCommand('contactDiary.planWeek');
    assert.equal(a.unanswered(), 0);
    assert.equal(a.shownPicks()[1]!.items.find((i) => i.label === 'Plan Two')!.description, 'left out · pick to take back');
    assert.equal(await read(files.one), before.one.replace('2020-01-01', '2026-11-23'), 'only the date changes');
    assert.equal(await read(files.three), before.three.replace('2020-01-03', '2026-11-23'));
    assert.equal(await read(files.two), before.two, 'left out');
    assert.match(a.statusMessage() ?? '', /^\$\(calendar\) Planned \d+ contacts over 5 days$/);

    const outcome = await vscode.commands.executeCommand<UndoOutcome>('contactDiary.undoLastChange');
    assert.ok(outcome.restored.length >= 2);
    assert.equal(await read(files.one), before.one);
    assert.equal(await read(files.three), before.three);
    assert.match(a.statusMessage() ?? '', /^\$\(discard\) Undid Plan My Week \(/);
  });
});

// Today's progress in the status bar: the conversations logged today against the daily target,
// in the call sheet's words, and said once the target is met (issue 19: no notification).
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { TestApi } from './testApi';
import { api, closeAll, contactText, itemsOf, ownFiles, stubMessages, waitFor } from './helpers';

describe("today's progress in the status bar", function () {
  this.timeout(120_000);
  let a: TestApi;
  const { make, removeAll } = ownFiles(() => a);
  before(async () => { a = await api(); });
  afterEach(async () => {
    a.answer(null);
    await vscode.workspace.getConfiguration('contactDiary').update('dailyTarget', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAll();
    await removeAll();
  });

  it('counts a call logged today, not an email, and says when the target is met without a notification', async () => {
    await vscode.workspace.getConfiguration('contactDiary').update('dailyTarget', 1, vscode.ConfigurationTarget.Workspace);
    const start = await waitFor('the status bar', () => a.statusBar());
    assert.match(start.text, /^\$\(calendar\) .* · 0 of 1 call today$/);
    const mailed = await make('contacts/progress-mailed.md', contactText('Progress Mailed', '2026-11-20'));
    await vscode.window.showTextDocument(mailed.uri);
    a.answer(['Email', '', 'Call back', 'Next week']);
    await vscode.commands.executeCommand('contactDiary.logContact');
    await a.whenIdle();
    assert.match(a.statusBar()!.text, / · 0 of 1 call today$/, 'an email is a touch: it is not counted');
    const called = await make('contacts/progress-called.md', contactText('Progress Called', '2026-11-20'));
    await vscode.window.showTextDocument(called.uri);
    const messages = stubMessages();
    try {
      a.answer(['Phone call', '', 'Call back', 'Next week']);
      await vscode.commands.executeCommand('contactDiary.logContact');
      const met = await waitFor('the target met', () => a.statusBar()?.text.includes('target met') && a.statusBar());
      assert.match(met.text, /^\$\(pass\) .*1 of 1 call today, target met$/);
      assert.match(met.tooltip, /^Today: 1 of 1 call today, target met \(conversations logged today, against contactDiary\.dailyTarget\)$/m);
      assert.deepEqual(messages.shown.filter((m) => /target/i.test(m.text)), [], 'no notification says so');
    } finally {
      messages.restore();
    }
  });

  it('says in the tooltip that a last action no word classifies counts as a touch (never a silent guess)', async () => {
    const { uri } = await make('contacts/progress-enquiry.md', contactText('Progress Enquiry', '2026-11-30', 'last: 2026-11-20\nlast_action: Website enquiry\n'));
    const [shown] = await waitFor('the contact in the tree', () => itemsOf(a, uri).length > 0 && itemsOf(a, uri));
    const tip = (a.treeItem(shown!.node).tooltip as vscode.MarkdownString).value;
    // As Markdown: the parentheses come escaped.
    assert.match(tip, /\*\*Last contact:\*\* Website enquiry \\?\(counted as a touch: no word says which\\?\), /);
  });
});

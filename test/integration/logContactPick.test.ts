// The Log Contact… first step in VS Code's own quick pick: how VS Code ranks what is typed.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { ok } from '../../src/core';
import { QuickInputPrompts } from '../../src/extension/quickInputPrompts';
import { waitFor } from './helpers';

describe('Log Contact… quick pick', function () {
  this.timeout(60_000);
  it('ranks a known action that matches above the typed text (regression: typing "Phone" put "Phone → log this" above "Phone call", so Enter logged "Phone")', async () => {
    const answer = new QuickInputPrompts().pick<string>({
      title: 'Log Contact (1/4)',
      choices: ['Email', 'Phone call', 'Video call'].map((a) => ({ label: a, value: a })),
      typed: (text) => ok({ value: text, preview: 'log this' }),
      value: 'Phone',
    });
    let settled = false;
    void answer.then(() => { settled = true; });
    // Enter on the pick as it opened with "Phone" typed; again until the pick has shown and taken it.
    await waitFor('the pick to take Enter', async () => {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await new Promise((r) => setTimeout(r, 100));
      return settled;
    });
    assert.equal(await answer, 'Phone call');
  });
});

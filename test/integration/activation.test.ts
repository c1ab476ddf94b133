// The activation figures `npm run bench:activation` reports: the order of the moments, not their
// size (speed is for the benchmark). The test API's children() must not count as a render.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, waitFor } from './helpers';

describe('activation timings', function () {
  this.timeout(60_000);

  it('records activation start, the first scan end, the first render VS Code asks for once the view is open, then the rows of the open groups', async () => {
    const a = await api();
    await vscode.commands.executeCommand('contactDiary.followUps.focus');
    // The fixture diary has a contact overdue and one due today: both groups open, both asked for.
    const t = await waitFor('the expanded groups\' rows after the first scan', () => {
      const now = a.timings();
      return now.firstItemsRender !== undefined && now;
    }, 30_000);
    assert.ok(t.firstScanEnd !== undefined && t.activateStart <= t.firstScanEnd, `scan end ${t.firstScanEnd} before activation ${t.activateStart}`);
    assert.ok(t.firstScanEnd <= t.firstTreeRender!, `render ${t.firstTreeRender} before scan end ${t.firstScanEnd}`);
    assert.ok(t.firstTreeRender! <= t.firstItemsRender!, `rows ${t.firstItemsRender} before the groups ${t.firstTreeRender}`);
  });

  it('keeps the first render fixed: later reads of the tree, by VS Code or the test API, do not move it', async () => {
    const a = await api();
    const first = a.timings();
    assert.ok(first.firstTreeRender !== undefined);
    a.children();
    await vscode.commands.executeCommand('contactDiary.refresh');
    await a.whenIdle();
    assert.deepEqual(a.timings(), first);
  });
});

// Who Can Introduce Me…? through its command, with the answers scripted through the test API:
// the ranked paths are offered, and Ask for an Introduction is one edit that one Undo takes back.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { UndoOutcome } from '../../src/extension/commands/undoLastChange';
import type { TestApi } from './testApi';
import { api, closeAll, contactText, ownFiles, read, stubMessages, waitFor } from './helpers';

const COMMAND = 'contactDiary.whoCanIntroduce';

describe('Who Can Introduce Me…?', function () {
  this.timeout(120_000);
  let a: TestApi;
  const { make, removeAll } = ownFiles(() => a);
  before(async () => { a = await api(); });
  afterEach(async () => {
    a.answer(null);
    await closeAll();
    await removeAll();
  });

  it('ranks who can introduce, and Ask for an Introduction sets next and next_action in one edit and one Undo', async () => {
    const target = await make('contacts/intro-target.md', contactText('Intro Target', '2026-12-20', 'introduced_by: "[[intro-bob]]"\n'));
    const bobText = contactText('Intro Bob', '2026-12-10', 'last: 2026-11-20\nlast_action: Phone call\nknows: ["[[Intro Target]]"]\n');
    await make('contacts/intro-bob.md', bobText);
    await make('contacts/intro-colleague.md', contactText('Intro Colleague', '2026-12-11', 'last: 2026-01-10\nlast_action: Email\n'));
    a.answer(['Intro Bob', 'Ask for an Introduction', 'in 3 days']);
    await vscode.commands.executeCommand(COMMAND, target.node, [target.node]);
    assert.equal(a.unanswered(), 0);
    const ranked = a.shownPicks().at(-3)!;
    assert.equal(ranked.title, 'Who can introduce you to Intro Target (Test Co)');
    // Bob knows the target and talked lately; the colleague's last contact was an email long ago.
    assert.deepEqual(ranked.items.map((i) => i.label).slice(0, 2), ['Intro Bob', 'Intro Colleague']);
    assert.match(ranked.items[0]!.description ?? '', /^knows · last contact 3 days ago$/);
    const after = bobText.replace('next: 2026-12-10', 'next: 2026-11-26').replace('next_action: Call back', 'next_action: Ask for an intro to Intro Target (Test Co)');
    assert.equal(await read('contacts/intro-bob.md'), after);
    const outcome = await vscode.commands.executeCommand<UndoOutcome>('contactDiary.undoLastChange');
    assert.equal(outcome.restored.length, 1);
    assert.equal(await read('contacts/intro-bob.md'), bobText);
  });

  it('from the palette asks for a contact or a company, and says when nobody can introduce', async () => {
    await make('contacts/intro-alone.md', contactText('Intro Alone', '2026-12-20').replace('Test Co', 'Lonely Ltd'));
    const messages = stubMessages();
    try {
      a.answer(['Intro Alone']);
      await vscode.commands.executeCommand(COMMAND);
      assert.equal(a.unanswered(), 0);
      const asked = a.shownPicks().at(-1)!;
      assert.equal(asked.title, 'Who Can Introduce Me…?');
      assert.ok(asked.items.some((i) => i.label === '$(organization) Lonely Ltd'));
      await messages.waitFor(/nobody in the diary can introduce you to Intro Alone \(Lonely Ltd\) yet/);
    } finally {
      messages.restore();
    }
  });

  it('shows above a contact whom it introduced you to and who knows it, each lens opening that note', async () => {
    const bob = await make('contacts/lens-bob.md', contactText('Lens Bob', '2026-12-10'));
    await make('contacts/lens-ann.md', contactText('Lens Ann', '2026-12-11', 'introduced_by: "[[lens-bob]]"\n'));
    await make('contacts/lens-cy.md', contactText('Lens Cy', '2026-12-12', 'knows: ["[[Lens Bob]]"]\n'));
    await a.whenIdle();
    await vscode.window.showTextDocument(bob.uri);
    const lenses = await waitFor('the reverse links above the front-matter', async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', bob.uri, 10);
      const titles = (found ?? []).map((l) => l.command?.title);
      return titles.includes('Introduced you to Lens Ann') && titles.includes('Known by Lens Cy') && found;
    });
    const ann = lenses.find((l) => l.command?.title === 'Introduced you to Lens Ann')!;
    // Run as VS Code would on a click: it opens Ann's note.
    await vscode.commands.executeCommand(ann.command!.command, ...(ann.command!.arguments ?? []));
    await waitFor('Ann\'s note to open', () => vscode.window.activeTextEditor?.document.uri.path.endsWith('/contacts/lens-ann.md'));
    // The contact's own actions stay first.
    assert.equal(lenses[0]!.command?.title, 'Log Contact…');
  });
});

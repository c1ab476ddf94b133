// Commands that write contact files, in a multi-root workspace: each edits the file of the
// folder it was asked about, byte for byte as in one folder, and no file of the other folder.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { TestApi } from '../testApi';
import { api, waitFor } from '../helpers';
import { FIXTURE_FILES, type FolderName, fixtureDiaries, fixtureText, itemOf, readIn, shown, uriIn } from './folders';

describe('multi-root: commands that edit contacts', function () {
  // Saves go through VS Code's save participants, which take seconds on a loaded machine.
  this.timeout(120_000);
  let a: TestApi;
  before(async () => {
    a = await api();
    await fixtureDiaries(a);
  });
  afterEach(async () => {
    a.answer(null);
    await fixtureDiaries(a);
  });

  /** Every fixture file but `changed` still holds its committed bytes. */
  async function othersUnchanged(...changed: string[]) {
    for (const file of FIXTURE_FILES) {
      if (changed.includes(file)) continue;
      const [name, ...rest] = file.split('/') as [FolderName, ...string[]];
      assert.equal(await readIn(name, rest.join('/')), await fixtureText(file), `${file} changed`);
    }
  }

  it("Log Contact… on personal's Jane Doe (a tree item) writes her file, not work's Jane Doe", async () => {
    a.answer(['Phone call', 'booked the boat', 'Pack for the weekend', 'Next week']);
    await vscode.commands.executeCommand('contactDiary.logContact', itemOf(a, 'personal/contacts/jane-doe.md').node);
    assert.equal(a.unanswered(), 0);
    const before = await fixtureText('personal/contacts/jane-doe.md');
    assert.equal(await readIn('personal', 'contacts/jane-doe.md'), before
      .replace('next: 2026-11-21\nnext_action: Plan the sailing weekend\nlast: 2026-11-02\nlast_action: Dinner\n',
        'next: 2026-11-30\nnext_action: Pack for the weekend\nlast: 2026-11-23\nlast_action: Phone call\n')
      .replace('## Log\n', '## Log\n- 2026-11-23 Phone call — booked the boat\n'));
    await othersUnchanged('personal/contacts/jane-doe.md');
    await waitFor('personal\'s Jane Doe to move to Upcoming', () => shown(a).Upcoming?.includes('personal/contacts/jane-doe.md'));
    assert.deepEqual(shown(a).Today, ['work/contacts/jane-doe.md']);
  });

  it("Log Contact… proposes the default follow-up of the contact's own folder (personal: 2 weeks, work: the default 1 week)", async () => {
    a.answer(['Phone call', '', 'Return the book', 'Default follow-up 2 weeks']);
    await vscode.commands.executeCommand('contactDiary.logContact', itemOf(a, 'personal/contacts/sam-lee.md').node);
    a.answer(['Phone call', '', 'Send the route plan', 'Default follow-up 1 week']);
    await vscode.commands.executeCommand('contactDiary.logContact', itemOf(a, 'work/contacts/omar-haddad.md').node);
    assert.equal(a.unanswered(), 0);
    assert.match(await readIn('personal', 'contacts/sam-lee.md'), /^next: 2026-12-07$/m);
    assert.match(await readIn('work', 'contacts/omar-haddad.md'), /^next: 2026-11-30$/m);
    await othersUnchanged('personal/contacts/sam-lee.md', 'work/contacts/omar-haddad.md');
  });

  it("Reschedule… from the editor of personal's Jane Doe moves her next: only", async () => {
    await vscode.window.showTextDocument(uriIn('personal', 'contacts/jane-doe.md'));
    a.answer(['+3d']);
    await vscode.commands.executeCommand('contactDiary.reschedule');
    assert.equal(a.unanswered(), 0);
    assert.equal(await readIn('personal', 'contacts/jane-doe.md'), (await fixtureText('personal/contacts/jane-doe.md')).replace('next: 2026-11-21\n', 'next: 2026-11-26\n'));
    await othersUnchanged('personal/contacts/jane-doe.md');
  });

  it('Reschedule… of both Jane Does selected together writes each in its own file', async () => {
    const nodes = [itemOf(a, 'work/contacts/jane-doe.md').node, itemOf(a, 'personal/contacts/jane-doe.md').node];
    a.answer(['2026-12-01']);
    await vscode.commands.executeCommand('contactDiary.reschedule', nodes[0], nodes);
    assert.equal(await readIn('work', 'contacts/jane-doe.md'), (await fixtureText('work/contacts/jane-doe.md')).replace('next: 2026-11-23 10:00\n', 'next: 2026-12-01\n'));
    assert.equal(await readIn('personal', 'contacts/jane-doe.md'), (await fixtureText('personal/contacts/jane-doe.md')).replace('next: 2026-11-21\n', 'next: 2026-12-01\n'));
    await othersUnchanged('work/contacts/jane-doe.md', 'personal/contacts/jane-doe.md');
  });

  it("Reschedule… without a selection or editor asks which contact, naming each one's folder, and moves the Jane Doe picked (regression: the two looked alike)", async () => {
    a.answer(['Jane Doe — today • work', '2026-12-01']);
    await vscode.commands.executeCommand('contactDiary.reschedule');
    assert.equal(a.unanswered(), 0);
    const pick = a.shownPicks()[0];
    assert.ok(pick, 'no quick pick was asked');
    assert.deepEqual(pick.items, [
      { label: 'Jane Doe', description: '2 days overdue • personal', detail: undefined },
      { label: 'Jane Doe', description: 'today • work', detail: 'Acme Print' },
      { label: 'Omar Haddad', description: 'in 3 days • work', detail: 'Northwind Freight' },
      { label: 'Old Client', description: 'in 3 weeks • work', detail: 'Former Ltd' },
      { label: 'Sam Lee', description: 'no next contact • personal', detail: undefined },
    ]);
    assert.equal(await readIn('work', 'contacts/jane-doe.md'), (await fixtureText('work/contacts/jane-doe.md')).replace('next: 2026-11-23 10:00\n', 'next: 2026-12-01\n'));
    await othersUnchanged('work/contacts/jane-doe.md');
  });

  it('a scripted answer of the bare name "Jane Doe" fits both and is refused, not taken for the first (the test hook can\'t pick the wrong one)', async () => {
    a.answer(['Jane Doe', '2026-12-01']);
    await vscode.commands.executeCommand('contactDiary.reschedule');
    assert.equal(a.unanswered(), 1, 'the flow stopped at the contact pick');
    await othersUnchanged();
  });

  it('New Contact… asks which folder, and creates the file there even when the other folder has one of that name', async () => {
    // work/contacts/omar-haddad.md exists: the new one must not open it, nor be refused because of it.
    a.answer(['personal', 'Omar Haddad', 'Sailing Club']);
    await vscode.commands.executeCommand('contactDiary.newContact');
    assert.equal(a.unanswered(), 0);
    const created = await readIn('personal', 'contacts/omar-haddad.md');
    assert.match(created, /^name: Omar Haddad$/m);
    assert.match(created, /^company: Sailing Club$/m);
    await othersUnchanged();
    await waitFor('the new contact in the tree', () => JSON.stringify(shown(a)).includes('personal/contacts/omar-haddad.md'));
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uriIn('personal', 'contacts/omar-haddad.md').toString());
  });
});

// The Follow-ups view by company, the switch in its title bar, and the common ground in the tooltip.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, contactText, fixtureOnly, remove, tree, waitFor, write } from './helpers';

const labels = () => api().then((a) => tree(a).map((g) => g.label));

describe('Follow-ups by company', function () {
  this.timeout(120_000);
  before(async () => { await fixtureOnly(await api()); });
  afterEach(async () => {
    await vscode.commands.executeCommand('contactDiary.viewByDate');
    await vscode.workspace.getConfiguration('contactDiary').update('myInterests', undefined, vscode.ConfigurationTarget.Workspace);
    await remove('contacts/cold-company.md');
    await fixtureOnly(await api());
  });

  it('switches from By date to By company and back: companies in order, Needs attention last', async () => {
    assert.equal((await labels())[0], 'Overdue (1)', 'by date unless the user chose otherwise');
    await vscode.commands.executeCommand('contactDiary.viewByCompany');
    const a = await api();
    await waitFor('the view by company', () => tree(a)[0]?.label === 'Acme Print (1)');
    const groups = tree(a);
    assert.deepEqual(groups.map((g) => g.label), [
      'Acme Print (1)', 'Ferri & Figli (1)', 'Fjord Events (1)', 'Harbour Studio (1)', 'Northwind Paper (1)', 'Needs attention (1)',
    ]);
    assert.deepEqual(groups[0]!.items.map((i) => i.label), ['Jane Doe']);
    assert.match(String(a.treeItem(a.children()[0]!).description), /^last contact 3 days ago · next: Jane Doe, Chase feedback on the proposal \(in 4 days\)$/);
    assert.equal(a.treeItem(a.children()[0]!).contextValue, 'company');
    await vscode.commands.executeCommand('contactDiary.viewByDate');
    await waitFor('the view by date again', () => tree(a)[0]?.label === 'Overdue (1)');
  });

  it('marks a company going cold as a whole', async () => {
    await write('contacts/cold-company.md', contactText('Cold Contact', '2027-03-01', 'last: 2026-09-01\ncadence: 2 weeks\n'));
    await vscode.commands.executeCommand('contactDiary.viewByCompany');
    const a = await api();
    const node = await waitFor('Test Co in the view', () => a.children().find((n) => n.kind === 'company' && n.company.company === 'Test Co'));
    const item = a.treeItem(node);
    assert.match(String(item.description), /^going cold: nobody reached for 3 months/);
    assert.equal((item.iconPath as vscode.ThemeIcon).id, 'history');
  });

  it('says the common ground with a contact in its tooltip, from contactDiary.myInterests', async () => {
    await vscode.workspace.getConfiguration('contactDiary').update('myInterests', ['Ballet'], vscode.ConfigurationTarget.Workspace);
    const a = await api();
    const tip = await waitFor('the common ground in Jane\'s tooltip', () => {
      const jane = tree(a).find((g) => g.label.startsWith('Upcoming'))?.items.find((i) => i.label === 'Jane Doe');
      const value = jane && (jane.item.tooltip as vscode.MarkdownString).value;
      return value?.includes('Common ground') && value;
    });
    assert.match(tip, /\*\*Common ground:\*\* ballet \\\(you and 1 of \d+ contacts\\\)/);
    await vscode.workspace.getConfiguration('contactDiary').update('myInterests', undefined, vscode.ConfigurationTarget.Workspace);
    const after = await waitFor('the tooltip without a shared interest', () => {
      const jane = tree(a).find((g) => g.label.startsWith('Upcoming'))?.items.find((i) => i.label === 'Jane Doe');
      const value = jane && (jane.item.tooltip as vscode.MarkdownString).value;
      return value?.includes('Ask about') && value;
    });
    // Two interests, one contact each: the rarest is the first by name.
    assert.match(after, /\*\*Ask about:\*\* ballet \\\(only contact\\\)/);
  });
});

// The Follow-ups view, its badge and the status bar, for the fixture workspace on a known day.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { escapeMarkdown } from '../../src/core';
import { FIXTURE_TODAY, api, contactText, fixtureOnly, itemsOf, remove, tree, uriOf, waitFor, write } from './helpers';

describe('Follow-ups view', function () {
  this.timeout(120_000);
  before(async () => { await fixtureOnly(await api()); });
  it('shows the non-empty groups with counts, Overdue and Today expanded', async () => {
    const a = await api();
    const groups = tree(a);
    assert.deepEqual(groups.map((g) => [g.label, g.expanded]), [
      ['Overdue (1)', true], ['Today (1)', true], ['Upcoming (1)', false], ['Later (1)', false], ['Unscheduled (1)', false], ['Needs attention (1)', false],
    ]);
    assert.deepEqual(groups.map((g) => g.items.map((i) => `${i.label} | ${i.description}`)), [
      ['Bob Smith | 5 days overdue · Send the revised price list · Northwind Paper'],
      ['Li Wei | today · Intro call about the rebrand · Harbour Studio'],
      // The proposal went by email after the call of 12 Nov: said last, after the company.
      ['Jane Doe | in 4 days · Chase feedback on the proposal · Acme Print · last spoke 12 Nov · 1 touch since'],
      ['Paolo Ferri | in 8 weeks · New year catch-up · Ferri & Figli'],
      ['Greta Lindqvist | no next contact · Fjord Events'],
      ['Broken Date | next: 2026-02-30 is not a day of the calendar — February 2026 has 28 days.'],
    ]);
  });

  it('gives each contact a tooltip with next step, last contact, tel: and mailto: links, and opens it at the next: line', async () => {
    const a = await api();
    const [jane] = tree(a).find((g) => g.label.startsWith('Upcoming'))!.items;
    assert.ok(jane);
    const tip = (jane.item.tooltip as vscode.MarkdownString).value.replace(/&nbsp;/g, ' ');
    assert.match(tip, /\*\*Next:\*\* Chase feedback on the proposal, Fri 27 Nov 2026 — in 4 days/);
    assert.match(tip, /\*\*Last contact:\*\* Sent proposal, 20 Nov — 3 days ago/);
    assert.match(tip, /\(tel:\+442079460000\)/);
    assert.match(tip, /\(mailto:jane@acme\.example\)/);
    // One folder: no folder named, in the tooltip or for screen readers (the description is checked above).
    assert.doesNotMatch(tip, /\*\*File:\*\*|folder/);
    assert.equal(jane.item.accessibilityInformation?.label, 'Jane Doe, in 4 days · Chase feedback on the proposal · Acme Print · last spoke 12 Nov · 1 touch since');
    assert.match(tip, /\*\*Conversations:\*\* last spoke 12 Nov \\\(Phone call\\\) · 1 touch since {2}\n/);
    assert.match(tip, /\*\*Pace:\*\* every 3 weeks {2}\n/);
    assert.equal(jane.item.contextValue, 'contact');
    await vscode.commands.executeCommand(jane.item.command!.command, ...(jane.item.command!.arguments ?? []));
    const editor = await waitFor('the contact to open', () => vscode.window.activeTextEditor?.document.uri.path.endsWith('/jane-doe.md') && vscode.window.activeTextEditor);
    assert.equal(editor.document.lineAt(editor.selection.active.line).text, 'next: 2026-11-27');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('says in the tooltip how far the next date is, not how overdue the cadence is (regression: a contact going cold read "Next: …, Tue 19 Jan 2027 — 5 days overdue")', async () => {
    const a = await api();
    // The log's last conversation (Met, 1 Nov, after last:'s call of 28 Oct) + cadence 3 weeks ran
    // out on 22 Nov, the day before the fixture's day; next is in January.
    const uri = await write('contacts/going-cold.md', contactText('Going Cold', '2027-01-19', 'last: 2026-10-28\nlast_action: Phone call\ncadence: 3 weeks\n'));
    try {
      const [shown] = await waitFor('the contact in the tree', () => itemsOf(a, uri).length > 0 && itemsOf(a, uri));
      assert.equal(shown!.group, 'Overdue (2)');
      // The next step is weeks away: the view says the contact is going cold, not that the step is late.
      assert.equal(shown!.description, 'going cold for 1 day · no conversation for 22 days · cadence 3 weeks · Test Co');
      // Its own icon too, apart from the overdue warning (regression: the item did not say which kind of due it is).
      assert.equal((shown!.item.iconPath as vscode.ThemeIcon).id, 'history');
      const [bob] = tree(a).find((g) => g.label.startsWith('Overdue'))!.items.filter((i) => i.label === 'Bob Smith');
      assert.equal((bob!.item.iconPath as vscode.ThemeIcon).id, 'warning');
      const tip = (shown!.item.tooltip as vscode.MarkdownString).value.replace(/&nbsp;/g, ' ');
      assert.match(tip, /\*\*Next:\*\* Call back, Tue 19 Jan 2027 — in 2 months {2}\n/);
      assert.match(tip, /\*\*Why:\*\* no conversation for 22 days · cadence 3 weeks/);
      // The conversation the cadence runs from, and the pace, in the tooltip too.
      assert.match(tip, /\*\*Conversations:\*\* last spoke 1 Nov \\\(Met\\\) {2}\n/);
      assert.match(tip, /\*\*Pace:\*\* every 3 weeks {2}\n/);
    } finally {
      await remove('contacts/going-cold.md');
    }
    await waitFor('the contact to leave the tree', () => itemsOf(a, uri).length === 0);
  });

  it('shows when the user last spoke to a contact and the touches since, in the description and the tooltip', async () => {
    const a = await api();
    const text = [
      '---', 'name: Emailed Since', 'company: Test Co', 'next: 2026-11-30', 'next_action: Call back', 'last: 2026-11-20', 'last_action: Emailed prices', '---', '',
      '## Log', '- 2026-11-20 Emailed prices', '- 2026-11-13 Emailed the catalogue', '- 2026-11-06 Emailed the samples list', '- 2026-10-12 Phone call — liked the samples', '',
    ].join('\n');
    const uri = await write('contacts/emailed-since.md', text);
    try {
      const [shown] = await waitFor('the contact in the tree', () => itemsOf(a, uri).length > 0 && itemsOf(a, uri));
      // The description stays short: the date and the touches; the tooltip says what the conversation was.
      assert.equal(shown!.description, 'in 7 days · Call back · Test Co · last spoke 12 Oct · 3 emails since');
      const tip = (shown!.item.tooltip as vscode.MarkdownString).value.replace(/&nbsp;/g, ' ');
      assert.match(tip, /\*\*Conversations:\*\* last spoke 12 Oct \\\(Phone call\\\) · 3 emails since {2}\n/);
      assert.doesNotMatch(tip, /Pushing|Pace/, 'no cadence: no pace, never pushing');
    } finally {
      await remove('contacts/emailed-since.md');
    }
    await waitFor('the contact to leave the tree', () => itemsOf(a, uri).length === 0);
  });

  it('marks a contact being pushed (three touches inside the least gap, no conversation) in its description and tooltip', async () => {
    const a = await api();
    const text = [
      '---', 'name: Pushed Hard', 'company: Test Co', 'next: 2026-11-30', 'next_action: Call back', 'last: 2026-11-20', 'last_action: Emailed again', 'cadence: 2-4 weeks', '---', '',
      '## Log', '- 2026-11-20 Emailed again', '- 2026-11-16 Left voicemail', '- 2026-11-12 Emailed the offer', '- 2026-10-20 Phone call', '',
    ].join('\n');
    const uri = await write('contacts/pushed-hard.md', text);
    try {
      const [shown] = await waitFor('the contact in the tree', () => itemsOf(a, uri).length > 0 && itemsOf(a, uri));
      // Pushing comes right after the due text, where a narrow view still shows it.
      assert.equal(shown!.description, 'in 7 days · pushing · Call back · Test Co · last spoke 20 Oct · 3 touches since');
      const tip = (shown!.item.tooltip as vscode.MarkdownString).value.replace(/&nbsp;/g, ' ');
      assert.match(tip, /\$\(warning\) \*\*Pushing:\*\* 3 touches or more inside the least gap of every 2–4 weeks, no conversation: give them room/);
      assert.match(tip, /\*\*Pace:\*\* every 2–4 weeks/);
      // A call logged today ends it.
      await write('contacts/pushed-hard.md', text.replace('last: 2026-11-20', 'last: 2026-11-23').replace('last_action: Emailed again', 'last_action: Phone call'));
      await waitFor('the mark to go', () => itemsOf(a, uri).find((i) => i.description === 'in 7 days · Call back · Test Co'));
    } finally {
      await remove('contacts/pushed-hard.md');
    }
    await waitFor('the contact to leave the tree', () => itemsOf(a, uri).length === 0);
  });

  it('shows what a contact file says in its tooltip as text, escaped as in the call sheet (regression: $(bug) in a phone showed the bug icon)', async () => {
    const a = await api();
    const company = '[PR](x)\\n# Inc';
    const uri = await write('contacts/hostile-tip.md', contactText('$(bug) *Star*', '2026-11-30', `phone: "$(bug) 555"\nemail: "x@y](javascript:alert(1))"\n`).replace('Test Co', `"${company}"`));
    try {
      const [shown] = await waitFor('the contact in the tree', () => itemsOf(a, uri).length > 0 && itemsOf(a, uri));
      const tip = (shown!.item.tooltip as vscode.MarkdownString).value;
      // The name, the company with its line break folded, each through core's escaper.
      assert.equal(tip.split('\n\n')[0], `**${escapeMarkdown('$(bug) *Star*')}** — ${escapeMarkdown('[PR](x)\n# Inc')}`);
      assert.match(tip, /^\*\*&#36;\\\(bug\\\) \\\*Star\\\*\*\* — \\\[PR\\\]\\\(x\\\) \\# Inc\n\n/);
      assert.match(tip, /\$\(call-outgoing\) \[&#36;\\\(bug\\\) 555\]\(tel:555\)/);
      assert.match(tip, /\$\(mail\) x@y\\\]\\\(javascript:alert\\\(1\\\)\\\)$/);
      assert.equal(tip.match(/\$\(/g)?.length, 2, 'the only icons are those of the tooltip itself');
    } finally {
      await remove('contacts/hostile-tip.md');
    }
    await waitFor('the contact to leave the tree', () => itemsOf(a, uri).length === 0);
  });

  it('lists a broken file under Needs attention with the reason, opening at the problem line', async () => {
    const a = await api();
    const attention = tree(a).find((g) => g.label.startsWith('Needs attention'))!;
    const [broken] = attention.items;
    assert.ok(broken);
    assert.equal(broken.label, 'Broken Date');
    assert.match(broken.description, /2026-02-30 is not a day of the calendar/);
    // Read as a contact but for its date: Log Contact…, Reschedule… and Snooze put it right from here.
    assert.equal(broken.item.contextValue, 'attentionContact');
    const selection = (broken.item.command!.arguments![1] as vscode.TextDocumentShowOptions).selection!;
    assert.equal(selection.start.line, 3);
  });

  it('shows the badge and the status bar text for overdue + today, in the same words (regression: the status bar said "1 today", the badge "1 due today")', async () => {
    const a = await api();
    assert.equal(a.badge(), 2);
    assert.equal(a.badgeTooltip(), '1 overdue, 1 due today');
    assert.deepEqual(a.statusBar(), { text: '$(calendar) 1 overdue · 1 due today · 0 of 5 calls today', tooltip: 'Overdue: Bob Smith\nDue today: Li Wei\nToday: 0 of 5 calls today (conversations logged today, against contactDiary.dailyTarget)\nClick to show the follow-ups' });
  });

  it('moves on to a new day without a reload', async () => {
    const a = await api();
    a.setToday('2026-11-27');
    try {
      const groups = tree(a);
      assert.deepEqual(groups.find((g) => g.label.startsWith('Today'))?.items.map((i) => i.label), ['Jane Doe']);
      assert.deepEqual(groups.find((g) => g.label.startsWith('Overdue'))?.items.map((i) => i.label), ['Bob Smith', 'Li Wei']);
      assert.equal(a.badge(), 3);
      assert.equal(a.statusBar()?.text, '$(calendar) 2 overdue · 1 due today · 0 of 5 calls today');
    } finally {
      a.setToday(FIXTURE_TODAY);
    }
  });

  it('updates the tree when a file is written, changed and deleted on disk', async () => {
    const a = await api();
    const uri = await write('contacts/disk-written.md', contactText('Disk Written', '2026-11-23'));
    try {
      await waitFor('the new contact under Today', () => itemsOf(a, uri).find((i) => i.group === 'Today (2)'));
      assert.equal(a.statusBar()?.text, '$(calendar) 1 overdue · 2 due today · 0 of 5 calls today');
      await write('contacts/disk-written.md', contactText('Disk Written', '2026-11-20'));
      await waitFor('the contact to move to Overdue', () => itemsOf(a, uri).find((i) => i.group === 'Overdue (2)' && i.description.startsWith('3 days overdue')));
    } finally {
      await remove('contacts/disk-written.md');
    }
    await waitFor('the deleted contact to leave the tree', () => itemsOf(a, uri).length === 0);
    assert.equal(a.badge(), 2);
  });

  it('never reads a hidden folder: a note moved to an Obsidian vault\'s .trash leaves the view (regression: it stayed overdue)', async () => {
    const a = await api();
    const uri = await write('contacts/to-be-trashed.md', contactText('To Be Trashed', '2026-11-20'));
    const trashed = uriOf('.trash/to-be-trashed.md');
    const hidden = await write('.history/contacts/old-copy.md', contactText('Old Copy', '2026-11-20'));
    try {
      await waitFor('the new contact in the view', () => itemsOf(a, uri).length > 0);
      await vscode.workspace.fs.createDirectory(uriOf('.trash'));
      await vscode.workspace.fs.rename(uri, trashed);
      await waitFor('the trashed contact to leave the view', () => itemsOf(a, uri).length === 0);
      // A file written into a hidden folder after the scan is not read either.
      const sentinel = await write('contacts/sentinel-hidden.md', contactText('Sentinel', '2026-11-25'));
      await waitFor('the file written after them in the view', () => itemsOf(a, sentinel).length > 0);
      await a.whenIdle();
      assert.deepEqual(itemsOf(a, trashed), []);
      assert.deepEqual(itemsOf(a, hidden), []);
    } finally {
      await remove('contacts/sentinel-hidden.md');
      await vscode.workspace.fs.delete(uriOf('.trash'), { recursive: true });
      await vscode.workspace.fs.delete(uriOf('.history'), { recursive: true });
    }
  });

  it('follows a contact renamed in VS Code, and drops it when deleted in VS Code', async () => {
    const a = await api();
    const from = await write('contacts/rename-me.md', contactText('Rename Me', '2026-11-23'));
    await waitFor('the contact in the tree', () => itemsOf(a, from).length === 1);
    const to = uriOf('contacts/renamed.md');
    const rename = new vscode.WorkspaceEdit();
    rename.renameFile(from, to);
    assert.ok(await vscode.workspace.applyEdit(rename));
    await waitFor('the item to follow the rename', () => itemsOf(a, to).length === 1 && itemsOf(a, from).length === 0);
    assert.equal(itemsOf(a, to)[0]?.group, 'Today (2)');
    const del = new vscode.WorkspaceEdit();
    del.deleteFile(to);
    assert.ok(await vscode.workspace.applyEdit(del));
    await waitFor('the deleted contact to leave the tree', () => itemsOf(a, to).length === 0);
    assert.equal(a.badge(), 2);
  });

  it('lists under a group the items its count was made from, even after the diary moved on', async () => {
    const a = await api();
    const today = () => a.children().find((n) => n.kind === 'group' && n.group.id === 'today')!;
    const before = today();
    const label = String(a.treeItem(before).label);
    const uri = await write('contacts/later-comer.md', contactText('Later Comer', '2026-11-23'));
    try {
      await waitFor('the new contact under Today', () => itemsOf(a, uri).length === 1);
      // VS Code asked for the groups, then the diary changed before it asked for their items.
      const items = a.children(before);
      assert.equal(label, `Today (${items.length})`);
      assert.ok(items.every((n) => n.kind === 'item' && n.item.file !== uri.path));
      // Asked again, the tree has the newcomer, counted.
      assert.equal(String(a.treeItem(today()).label), `Today (${items.length + 1})`);
    } finally {
      await remove('contacts/later-comer.md');
    }
    await waitFor('the contact to leave the tree', () => itemsOf(a, uri).length === 0);
  });
});

// Reschedule, Snooze, Log Contact and New Contact through their commands, with the answers
// scripted through the test API: exactly the expected bytes change, and nothing else.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { TestApi } from './testApi';
import { api, closeAll, contactText, itemsOf, ownFiles, read, stubMessages, tree, uriOf, waitFor, write } from './helpers';

describe('commands that edit contacts', function () {
  // Saves go through VS Code's save participants, which take seconds on a loaded machine.
  this.timeout(120_000);
  let a: TestApi;
  const { make, own, removeAll } = ownFiles(() => a);
  before(async () => { a = await api(); });
  afterEach(async () => {
    a.answer(null);
    await closeAll();
    await removeAll();
  });

  it('Reschedule… on a tree item changes only the next: value', async () => {
    const before = contactText('Resched Uled', '2026-11-20');
    const { node } = await make('contacts/resched.md', before);
    a.answer(['in 3 days']);
    await vscode.commands.executeCommand('contactDiary.reschedule', node, [node]);
    assert.equal(a.unanswered(), 0);
    assert.equal(await read('contacts/resched.md'), before.replace('next: 2026-11-20', 'next: 2026-11-26'));
    // Verb first, like Snooze and Log Contact (it said "Resched Uled → Thu 26 Nov 2026 · in 3 days").
    assert.equal(a.statusMessage(), '$(calendar) Rescheduled Resched Uled to Thu 26 Nov 2026 · in 3 days');
  });

  it('Reschedule… of several says how many moved and how many were already due then (regression: "3 contacts → …" counted those that did not move)', async () => {
    const moves = await make('contacts/several-moves.md', contactText('Several Moves', '2026-11-20'));
    const stays = await make('contacts/several-stays.md', contactText('Several Stays', '2026-11-26'));
    const also = await make('contacts/several-also.md', contactText('Several Also', '2026-11-22'));
    a.answer(['in 3 days']);
    await vscode.commands.executeCommand('contactDiary.reschedule', moves.node, [moves.node, stays.node, also.node]);
    assert.equal(a.unanswered(), 0);
    assert.equal(a.statusMessage(), '$(calendar) Rescheduled 2 contacts to Thu 26 Nov 2026 · in 3 days (1 contact already due then)');
    a.answer(['in 3 days']);
    await vscode.commands.executeCommand('contactDiary.reschedule', moves.node, [moves.node, stays.node]);
    assert.equal(a.statusMessage(), '$(calendar) Kept 2 contacts on Thu 26 Nov 2026 · in 3 days (already due then)');
    assert.equal(await read('contacts/several-stays.md'), contactText('Several Stays', '2026-11-26'));
  });

  it('Reschedule… refuses text it cannot read, and changes nothing', async () => {
    const before = contactText('Never Moved', '2026-11-20');
    const { node } = await make('contacts/never-moved.md', before);
    a.answer(['someday soonish']);
    await vscode.commands.executeCommand('contactDiary.reschedule', node, [node]);
    assert.equal(await read('contacts/never-moved.md'), before);
  });

  it('Reschedule… to the date a contact already has says so (regression: nothing happened, without a word)', async () => {
    const before = contactText('Same Day', '2026-11-26');
    const { node } = await make('contacts/same-day.md', before);
    a.answer(['in 3 days']);
    await vscode.commands.executeCommand('contactDiary.reschedule', node, [node]);
    assert.equal(a.unanswered(), 0);
    assert.equal(await read('contacts/same-day.md'), before);
    assert.equal(a.statusMessage(), '$(calendar) Kept Same Day on Thu 26 Nov 2026 · in 3 days (already due then)');
  });

  it('Log Contact… in the editor of a note whose front-matter can\'t be read says why, and offers no one else (regression: it listed every other contact, to log this call against)', async () => {
    const text = '---\nname: Bad Yaml Editor\nnext: 2026-11-30\ncompany: [Acme\n---\n';
    const { uri } = await make('contacts/bad-yaml-editor.md', text);
    await vscode.window.showTextDocument(uri);
    a.answer(['Bob Smith']);
    await vscode.commands.executeCommand('contactDiary.logContact');
    assert.equal(a.unanswered(), 1, 'a list of contacts was offered');
    assert.deepEqual(a.shownPicks(), []);
    assert.equal(await read('contacts/bad-yaml-editor.md'), text);
  });

  it('Log Contact… says under its proposed date that contactDiary.defaultFollowUp can\'t be read (regression: only the output channel said so)', async () => {
    const settings = vscode.workspace.getConfiguration('contactDiary');
    await settings.update('defaultFollowUp', 'fortnightly-ish', vscode.ConfigurationTarget.Workspace);
    try {
      const { node } = await make('contacts/bad-default.md', contactText('Bad Default', '2026-11-20'));
      a.answer(['Phone call', '', 'Call back', 'Default follow-up 1 week']);
      await vscode.commands.executeCommand('contactDiary.logContact', node);
      assert.equal(a.unanswered(), 0);
      const [proposed] = a.shownPicks().at(-1)!.items;
      assert.equal(`${proposed?.label} | ${proposed?.description}`, 'Default follow-up 1 week | Mon 30 Nov 2026');
      assert.match(proposed?.detail ?? '', /^\$\(warning\) .*"fortnightly-ish".*one week is proposed instead \(contactDiary\.defaultFollowUp\)$/);
      assert.match(await read('contacts/bad-default.md'), /^next: 2026-11-30$/m);
    } finally {
      await settings.update('defaultFollowUp', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('Log Contact… records last, next, next_action and a log line in one edit', async () => {
    const before = contactText('Log Me', '2026-11-20');
    const { uri } = await make('contacts/log-me.md', before);
    await vscode.window.showTextDocument(uri);
    a.answer(['Phone call', 'talked about samples', 'Send samples', 'Next week']);
    await vscode.commands.executeCommand('contactDiary.logContact');
    assert.equal(a.unanswered(), 0);
    const after = await read('contacts/log-me.md');
    assert.equal(after, [
      '---', 'name: Log Me', 'company: Test Co', 'next: 2026-11-30', 'next_action: Send samples',
      'last: 2026-11-23', 'last_action: Phone call', '---', '', '# Log Me', '', '## Log',
      '- 2026-11-23 Phone call — talked about samples', '- 2026-11-01 Met — at the fair', '',
    ].join('\n'));
    // The next date as Reschedule… and Snooze give it (it said "next Mon 30 Nov 2026" alone).
    assert.equal(a.statusMessage(), '$(note) Logged Phone call with Log Me; next due Mon 30 Nov 2026 · in 7 days');
    // One edit: a single undo takes all of it back (the file was clean, so it was saved).
    assert.equal(vscode.window.activeTextEditor?.document.isDirty, false);
    await vscode.commands.executeCommand('undo');
    assert.equal(vscode.window.activeTextEditor?.document.getText(), before);
  });

  it('Log Contact… proposes today + the cadence as the default next date', async () => {
    const before = contactText('Cadence Kept', '2026-11-20', 'cadence: 3 weeks\n');
    const { node } = await make('contacts/cadence-kept.md', before);
    a.answer(['Coffee', '', 'Call back', 'Cadence 3 weeks']);
    await vscode.commands.executeCommand('contactDiary.logContact', node);
    const asked = a.shownPicks().at(-1)!;
    assert.equal(asked.title, 'Log Contact with Cadence Kept (4/4): when is the next step?');
    assert.deepEqual(asked.items.slice(0, 2).map((i) => `${i.label} | ${i.description}`), ['Cadence 3 weeks | Mon 14 Dec 2026', 'Tomorrow | Tue 24 Nov 2026']);
    const after = await read('contacts/cadence-kept.md');
    assert.match(after, /^next: 2026-12-14$/m);
    assert.match(after, /^- 2026-11-23 Coffee\n- 2026-11-01 Met/m);
  });

  it('regression: Log Contact… proposed today + the cadence over a demo booked ahead, so logging an email moved it', async () => {
    const before = contactText('Demo Booked', '2026-12-04T10:30:00', 'cadence: 1 week\n');
    const { node } = await make('contacts/demo-booked.md', before);
    a.answer(['Email', 'sent the deck', '', 'Keep the next date']);
    await vscode.commands.executeCommand('contactDiary.logContact', node);
    const asked = a.shownPicks().at(-1)!;
    assert.deepEqual(asked.items.slice(0, 2).map((i) => `${i.label} | ${i.description}`), ['Keep the next date | Fri 4 Dec 2026 10:30', 'Cadence 1 week | Mon 30 Nov 2026']);
    // The booked date and its form are as they were; the email is logged.
    const after = await read('contacts/demo-booked.md');
    assert.match(after, /^next: 2026-12-04T10:30:00$/m);
    assert.match(after, /^next_action: Call back$/m);
    assert.match(after, /^- 2026-11-23 Email — sent the deck$/m);
    // A new next step typed: its date is the cadence's first, the booked one's second.
    a.answer(['Phone call', '', 'Send the revised quote', 'Cadence 1 week']);
    await vscode.commands.executeCommand('contactDiary.logContact', node);
    assert.deepEqual(a.shownPicks().at(-1)!.items.slice(0, 2).map((i) => i.label), ['Cadence 1 week', 'Keep the next date']);
    assert.match(await read('contacts/demo-booked.md'), /^next: 2026-11-30$/m);
  });

  it('Back in Log Contact… returns to the step before with its answer still there, and the flow goes on from it', async () => {
    const { node } = await make('contacts/went-back.md', contactText('Went Back', '2026-11-20'));
    a.answer(['Phone call', 'talked', '<Back>', '<Back>', 'Email', 'talked more', 'Send it', '<Back>', 'Send it now', '+3d']);
    await vscode.commands.executeCommand('contactDiary.logContact', node);
    assert.equal(a.unanswered(), 0);
    // What each box started with: the step's earlier answer, the contact's next step at first.
    assert.deepEqual(a.shownInputs().map((i) => `${i.title.slice(-5)} ${i.value}`), [
      '(2/4) ', '(3/4) Call back', '(2/4) talked', '(2/4) talked', '(3/4) Call back', '(3/4) Send it',
    ]);
    assert.deepEqual(a.shownPicks().map((p) => `${p.title.replace('Log Contact with Went Back ', '')} | ${p.value}`), [
      '(1/4) | ', '(1/4) | Phone call', '(4/4): when is the next step? | ', '(4/4): when is the next step? | ',
    ]);
    const after = await read('contacts/went-back.md');
    assert.match(after, /^next: 2026-11-26$/m);
    assert.match(after, /^next_action: Send it now$/m);
    assert.match(after, /^last_action: Email$/m);
    assert.match(after, /^- 2026-11-23 Email — talked more\n- 2026-11-01 Met/m);
  });

  it('Back in Log Contact… keeps what was typed in the box it leaves (regression: a note, a next step or a date typed before Back came back empty)', async () => {
    const { node } = await make('contacts/typed-back.md', contactText('Typed Back', '2026-11-20'));
    a.answer([
      'Phone call', { back: 'half a note' }, 'Phone call', 'half a note, finished',
      { back: 'Send' }, 'half a note, finished', 'Send samples', { back: 'fri' }, 'Send samples', '+3d',
    ]);
    await vscode.commands.executeCommand('contactDiary.logContact', node);
    assert.equal(a.unanswered(), 0);
    assert.deepEqual(a.shownInputs().map((i) => `${i.title.slice(-5)} ${i.value}`), [
      '(2/4) ', '(2/4) half a note', '(3/4) Call back', '(2/4) half a note, finished', '(3/4) Send', '(3/4) Send samples',
    ]);
    assert.deepEqual(a.shownPicks().map((p) => `${p.title.replace('Log Contact with Typed Back ', '')} | ${p.value}`), [
      '(1/4) | ', '(1/4) | Phone call', '(4/4): when is the next step? | ', '(4/4): when is the next step? | fri',
    ]);
    const after = await read('contacts/typed-back.md');
    assert.match(after, /^next: 2026-11-26$/m);
    assert.match(after, /^next_action: Send samples$/m);
    assert.match(after, /^- 2026-11-23 Phone call — half a note, finished\n- 2026-11-01 Met/m);
  });

  it('Back at the company of New Contact… returns to the name as typed, and the company typed is there again after it (regression: the company came back empty)', async () => {
    own('contacts/back-named.md');
    a.answer(['Back Name', { back: 'Back Co' }, 'Back Named', 'Back Co']);
    await vscode.commands.executeCommand('contactDiary.newContact');
    assert.equal(a.unanswered(), 0);
    assert.deepEqual(a.shownInputs().map((i) => `${i.title} ${i.value}`), [
      'New Contact (1/2) ', 'New Contact (2/2) ', 'New Contact (1/2) Back Name', 'New Contact (2/2) Back Co',
    ]);
    assert.match(await read('contacts/back-named.md'), /^---\nname: Back Named\ncompany: Back Co\n/);
    assert.equal(await vscode.workspace.fs.stat(uriOf('contacts/back-name.md')).then(() => true, () => false), false);
  });

  it('Back and forth in New Contact… with a namesake in the diary asks about the namesake once per name (regression: "Create another" was asked again after Back)', async () => {
    await make('people/twice-named.md', contactText('Twice Named', '2026-11-30'));
    own('contacts/twice-named.md');
    own('contacts/other-name.md');
    // Back to the same name: its answer stands. The name changed and back: the question is new.
    a.answer(['Twice Named', 'Create another Twice Named', { back: 'Twice Co' }, 'twice named ', '<Back>', 'Other Name', '<Back>', 'Twice Named', 'Create another Twice Named', 'Twice Co']);
    await vscode.commands.executeCommand('contactDiary.newContact');
    assert.equal(a.unanswered(), 0);
    assert.deepEqual(a.shownInputs().map((i) => `${i.title} ${i.value}`), [
      'New Contact (1/2) ', 'New Contact (2/2) ', 'New Contact (1/2) Twice Named', 'New Contact (2/2) Twice Co',
      'New Contact (1/2) twice named ', 'New Contact (2/2) Twice Co', 'New Contact (1/2) Other Name', 'New Contact (2/2) Twice Co',
    ]);
    assert.deepEqual(a.shownPicks().map((p) => p.title), ['New Contact: Twice Named is already in the diary', 'New Contact: Twice Named is already in the diary']);
    assert.match(await read('contacts/twice-named.md'), /^---\nname: Twice Named\ncompany: Twice Co\n/);
    assert.equal(await vscode.workspace.fs.stat(uriOf('contacts/other-name.md')).then(() => true, () => false), false);
  });

  it('Escape at any step of Log Contact… changes nothing', async () => {
    const before = contactText('Escaped', '2026-11-20');
    const { node } = await make('contacts/escaped.md', before);
    for (const answers of [[undefined], ['Phone call', undefined], ['Phone call', '', undefined], ['Phone call', '', 'Next', undefined]]) {
      a.answer(answers);
      await vscode.commands.executeCommand('contactDiary.logContact', node);
      assert.equal(a.unanswered(), 0);
      assert.equal(await read('contacts/escaped.md'), before, `after ${JSON.stringify(answers)}`);
    }
  });

  it('an edit on a dirty document keeps the unsaved text, stays unsaved, and undo restores it', async () => {
    const before = contactText('Dirty Doc', '2026-11-20');
    const { uri } = await make('contacts/dirty-doc.md', before);
    const editor = await vscode.window.showTextDocument(uri);
    await editor.edit((e) => e.insert(editor.document.positionAt(before.length), 'Unsaved thought.\n'));
    const userText = editor.document.getText();
    assert.equal(editor.document.isDirty, true);
    a.answer(['Tomorrow']);
    await vscode.commands.executeCommand('contactDiary.reschedule');
    assert.equal(editor.document.getText(), userText.replace('next: 2026-11-20', 'next: 2026-11-24'));
    assert.equal(editor.document.isDirty, true);
    assert.equal(await read('contacts/dirty-doc.md'), before, 'the disk keeps the saved text');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), userText);
  });

  it('Snooze 1 Day moves every selected contact, an overdue one from today', async () => {
    const one = await make('contacts/snooze-one.md', contactText('Snooze One', '2026-11-20'));
    const two = await make('contacts/snooze-two.md', contactText('Snooze Two', '2026-11-25'));
    await vscode.commands.executeCommand('contactDiary.snooze1Day', one.node, [one.node, two.node]);
    assert.equal(a.statusMessage(), '$(bell-slash) Snoozed 2 contacts by 1 day');
    assert.equal(await read('contacts/snooze-one.md'), contactText('Snooze One', '2026-11-24'));
    assert.equal(await read('contacts/snooze-two.md'), contactText('Snooze Two', '2026-11-26'));
    await waitFor('both to move in the tree', () => {
      const labels = tree(a).flatMap((g) => g.items.filter((i) => i.label.startsWith('Snooze')).map((i) => `${i.label} ${i.description.split(' · ')[0]}`));
      return labels.sort().join(', ') === 'Snooze One tomorrow, Snooze Two in 3 days';
    });
  });

  it('Snooze of several that land on one day says the day, as Reschedule… does (regression: it said only "by 1 day")', async () => {
    const one = await make('contacts/late-one.md', contactText('Late One', '2026-11-20'));
    const two = await make('contacts/late-two.md', contactText('Late Two', '2026-11-21'));
    await vscode.commands.executeCommand('contactDiary.snooze1Day', one.node, [one.node, two.node]);
    assert.equal(a.statusMessage(), '$(bell-slash) Snoozed 2 contacts to Tue 24 Nov 2026 · tomorrow');
    assert.equal(await read('contacts/late-two.md'), contactText('Late Two', '2026-11-24'));
  });

  it('Reschedule… on a contact under Needs attention for its next: date writes a good one (regression: the item had no actions, and a selection dropped it without a word)', async () => {
    const broken = await make('contacts/bad-next.md', contactText('Bad Next', 'someday'));
    const yaml = await make('contacts/bad-yaml.md', '---\nname: Bad Yaml\nnext: 2026-11-30\ncompany: [Acme\n---\n');
    const fine = await make('contacts/fine-next.md', contactText('Fine Next', '2026-11-20'));
    const shown = (uri: vscode.Uri) => itemsOf(a, uri)[0]!;
    assert.equal(shown(broken.uri).group, 'Needs attention (3)');
    // The tree offers Reschedule… (and the other contact actions) on the one that can be read.
    assert.equal(shown(broken.uri).item.contextValue, 'attentionContact');
    assert.equal(shown(yaml.uri).item.contextValue, 'attention');
    a.answer(['in 3 days']);
    await vscode.commands.executeCommand('contactDiary.reschedule', broken.node, [broken.node, yaml.node, fine.node]);
    assert.equal(a.unanswered(), 0);
    assert.equal(await read('contacts/bad-next.md'), contactText('Bad Next', '2026-11-26'));
    assert.equal(await read('contacts/fine-next.md'), contactText('Fine Next', '2026-11-26'));
    assert.equal(a.statusMessage(), '$(calendar) Rescheduled 2 contacts to Thu 26 Nov 2026 · in 3 days');
    // The file that can't be read is left as it is (and a warning names it).
    assert.equal(await read('contacts/bad-yaml.md'), '---\nname: Bad Yaml\nnext: 2026-11-30\ncompany: [Acme\n---\n');
    await waitFor('the mended contact to leave Needs attention', () => shown(broken.uri)?.group.startsWith('Upcoming'));
  });

  it('Snooze 1 Week without a selection or editor asks which contact, most urgent first', async () => {
    const before = contactText('Picked Person', '2026-11-30');
    await make('contacts/picked.md', before);
    a.answer(['Picked Person']);
    await vscode.commands.executeCommand('contactDiary.snooze1Week');
    assert.equal(await read('contacts/picked.md'), before.replace('next: 2026-11-30', 'next: 2026-12-07'));
    // Where it went, as Reschedule… says (it said "Snoozed Picked Person" alone).
    assert.equal(a.statusMessage(), '$(bell-slash) Snoozed Picked Person to Mon 7 Dec 2026 · in 2 weeks');
    // With one folder a contact's description is its due text alone: no folder after it.
    const items = a.shownPicks()[0]?.items ?? [];
    assert.deepEqual(items.slice(0, 2), [
      { label: 'Bob Smith', description: '5 days overdue', detail: 'Northwind Paper' },
      { label: 'Li Wei', description: 'today', detail: 'Harbour Studio' },
    ]);
    assert.deepEqual(items.find((i) => i.label === 'Picked Person'), { label: 'Picked Person', description: 'in 7 days', detail: 'Test Co' });
    assert.deepEqual(items.filter((i) => i.description?.includes('•')), []);
  });

  it('New Contact… creates the file from the template, due today, and never overwrites it', async () => {
    own('contacts/zoe-example.md');
    a.answer(['Zoë Example', 'Acme Print']);
    await vscode.commands.executeCommand('contactDiary.newContact');
    const text = await read('contacts/zoe-example.md');
    assert.match(text, /^---\nname: Zoë Example\ncompany: Acme Print\n/);
    assert.match(text, /^next: 2026-11-23$/m);
    await waitFor('the new contact under Today', () => itemsOf(a, uriOf('contacts/zoe-example.md')).some((i) => i.group.startsWith('Today')));
    await write('contacts/zoe-example.md', `${text}\nMy own notes.\n`);
    a.answer(null);
    // The file there is opened at once: no company is asked only to be dropped.
    a.answer(['Zoe Example']);
    await vscode.commands.executeCommand('contactDiary.newContact');
    assert.equal(a.unanswered(), 0);
    assert.deepEqual(a.shownInputs().map((i) => i.title), ['New Contact (1/2)']);
    assert.equal(await read('contacts/zoe-example.md'), `${text}\nMy own notes.\n`);
    await waitFor('the contact there to open', () => vscode.window.activeTextEditor?.document.uri.toString() === uriOf('contacts/zoe-example.md').toString());
  });

  it('New Contact… refuses a folder the diary doesn\'t read (regression: it made a contact that was listed until the next refresh, then never again)', async () => {
    const settings = vscode.workspace.getConfiguration('contactDiary');
    await settings.update('newContactFolder', 'node_modules/people', vscode.ConfigurationTarget.Workspace);
    own('node_modules');
    try {
      a.answer(['Hidden Person', 'Hidden Co']);
      await vscode.commands.executeCommand('contactDiary.newContact');
      assert.equal(a.unanswered(), 1, 'the company was asked for a contact that would not be listed');
      assert.equal(await vscode.workspace.fs.stat(uriOf('node_modules/people/hidden-person.md')).then(() => true, () => false), false);
    } finally {
      await settings.update('newContactFolder', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('New Contact… puts the note where the diary\'s contacts all are, and opens it pinned (regression: it went to contacts/, which the diary didn\'t read, and opened as a preview tab)', async () => {
    const settings = vscode.workspace.getConfiguration('contactDiary');
    await settings.update('include', ['people/**'], vscode.ConfigurationTarget.Workspace);
    try {
      const { uri: there } = await make('people/already-here.md', contactText('Already Here', '2026-11-30'));
      await a.whenIdle();
      await waitFor('the diary to read people/ only', () => itemsOf(a, there).length > 0 && itemsOf(a, uriOf('contacts/bob-smith.md')).length === 0);
      own('people/beside-them.md');
      a.answer(['Beside Them', '']);
      await vscode.commands.executeCommand('contactDiary.newContact');
      assert.equal(a.unanswered(), 0);
      assert.match(await read('people/beside-them.md'), /^name: Beside Them$/m);
      assert.equal(await vscode.workspace.fs.stat(uriOf('contacts/beside-them.md')).then(() => true, () => false), false);
      const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
      assert.equal((tab?.input as vscode.TabInputText | undefined)?.uri.toString(), uriOf('people/beside-them.md').toString());
      assert.equal(tab?.isPreview, false, 'the new note opened as a preview tab');
    } finally {
      await settings.update('include', undefined, vscode.ConfigurationTarget.Workspace);
      await a.whenIdle();
    }
  });

  it('New Contact… with the name of a contact in another file offers to open it (regression: it made a second Hugo Berg without a word)', async () => {
    const { uri: theirs } = await make('people/sam-same.md', contactText('Sam Same', '2026-11-30'));
    own('contacts/sam-same.md');
    // Opening the one there is: no company asked, no file made.
    a.answer(['sam same ', 'Open Sam Same']);
    await vscode.commands.executeCommand('contactDiary.newContact');
    assert.equal(a.unanswered(), 0);
    const [asked] = a.shownPicks();
    assert.equal(asked?.title, 'New Contact: sam same is already in the diary');
    assert.deepEqual(asked?.items.map((i) => `${i.label} | ${i.description}`), ['Open Sam Same | people/sam-same.md', 'Create another sam same | contacts/sam-same.md']);
    await waitFor('the contact there is to open', () => vscode.window.activeTextEditor?.document.uri.toString() === theirs.toString());
    assert.equal(await vscode.workspace.fs.stat(uriOf('contacts/sam-same.md')).then(() => true, () => false), false);
    // Escape at that question makes nothing either.
    a.answer(['Sam Same', undefined]);
    await vscode.commands.executeCommand('contactDiary.newContact');
    assert.equal(a.unanswered(), 0);
    assert.equal(await vscode.workspace.fs.stat(uriOf('contacts/sam-same.md')).then(() => true, () => false), false);
    // Another person of the same name: the flow goes on.
    a.answer(['Sam Same', 'Create another Sam Same', 'Other Co']);
    await vscode.commands.executeCommand('contactDiary.newContact');
    assert.equal(a.unanswered(), 0);
    assert.match(await read('contacts/sam-same.md'), /^---\nname: Sam Same\ncompany: Other Co\n/);
    assert.match(await read('people/sam-same.md'), /^company: Test Co$/m);
  });
  describe('a next contact too soon for the pace', () => {
    // Spoken to on Friday 20 November, every 2–4 weeks: the earliest good date is Fri 4 Dec.
    const paced = (name: string, next: string) => contactText(name, next, 'cadence: 2-4 weeks\nlast: 2026-11-20\nlast_action: Phone call\n');
    let messages: ReturnType<typeof stubMessages>;
    beforeEach(() => { messages = stubMessages(); });
    afterEach(() => messages.restore());

    it('Reschedule… inside the least gap keeps the date and warns, with Keep the Date and Use Fri 4 Dec; Keep leaves it', async () => {
      const { node } = await make('contacts/too-soon-keep.md', paced('Soon Kept', '2026-12-10'));
      messages.choose((m) => (m.text.startsWith('Too soon') ? 'Keep the Date' : undefined));
      a.answer(['in 3 days']);
      await vscode.commands.executeCommand('contactDiary.reschedule', node, [node]);
      const shown = await messages.waitFor(/^Too soon/);
      assert.deepEqual(shown, {
        kind: 'warning',
        text: 'Too soon for Soon Kept? Last conversation 3 days ago; the pace is every 2–4 weeks.',
        buttons: ['Keep the Date', 'Use Fri 4 Dec'],
      });
      // Never blocked: the date asked for is written, and Keep leaves it there.
      assert.equal(await read('contacts/too-soon-keep.md'), paced('Soon Kept', '2026-11-26'));
      await a.whenIdle();
      assert.equal(await read('contacts/too-soon-keep.md'), paced('Soon Kept', '2026-11-26'));
    });

    it('Use moves the date to the earliest good date as a change of its own, and Undo takes it back to the date chosen', async () => {
      const { node } = await make('contacts/too-soon-use.md', paced('Soon Used', '2026-12-10'));
      messages.choose((m) => (m.text.startsWith('Too soon') ? 'Use Fri 4 Dec' : undefined));
      a.answer(['in 3 days']);
      await vscode.commands.executeCommand('contactDiary.reschedule', node, [node]);
      await waitFor('the earliest good date to be written', async () => (await read('contacts/too-soon-use.md')) === paced('Soon Used', '2026-12-04'));
      await waitFor('the status bar to say so', () => a.statusMessage() === '$(calendar) Rescheduled Soon Used to Fri 4 Dec 2026 · in 11 days');
      await vscode.commands.executeCommand('contactDiary.undoLastChange');
      assert.equal(await read('contacts/too-soon-use.md'), paced('Soon Used', '2026-11-26'));
      await vscode.commands.executeCommand('contactDiary.undoLastChange');
      assert.equal(await read('contacts/too-soon-use.md'), paced('Soon Used', '2026-12-10'));
    });

    it('Log Contact… of a conversation counts from today, and Use writes today + the least gap', async () => {
      const { node } = await make('contacts/too-soon-log.md', paced('Soon Logged', '2026-12-10'));
      messages.choose((m) => (m.text.startsWith('Too soon') ? 'Use Mon 7 Dec' : undefined));
      a.answer(['Video call', '', 'Call back', 'Next week']);
      await vscode.commands.executeCommand('contactDiary.logContact', node);
      assert.equal(a.unanswered(), 0);
      const shown = await messages.waitFor(/^Too soon/);
      assert.equal(shown.text, 'Too soon for Soon Logged? Last conversation today; the pace is every 2–4 weeks.');
      await waitFor('the earliest good date to be written', async () => /^next: 2026-12-07$/m.test(await read('contacts/too-soon-log.md')));
      const after = await read('contacts/too-soon-log.md');
      assert.match(after, /^last: 2026-11-23$/m);
      assert.match(after, /^- 2026-11-23 Video call\n/m);
    });

    it('Snooze 1 Day still inside the least gap warns; a contact with a plain cadence never does', async () => {
      const soon = await make('contacts/too-soon-snooze.md', paced('Soon Snoozed', '2026-11-25'));
      const plain = await make('contacts/plain-snooze.md', contactText('Plain Snoozed', '2026-11-25', 'cadence: 4 weeks\nlast: 2026-11-20\nlast_action: Phone call\n'));
      await vscode.commands.executeCommand('contactDiary.snooze1Day', soon.node, [soon.node, plain.node]);
      const shown = await messages.waitFor(/^Too soon/);
      assert.equal(shown.text, 'Too soon for Soon Snoozed? Last conversation 3 days ago; the pace is every 2–4 weeks.');
      assert.equal(messages.shown.filter((m) => m.text.startsWith('Too soon')).length, 1);
      assert.equal(await read('contacts/too-soon-snooze.md'), paced('Soon Snoozed', '2026-11-26'));
    });

    it('Reschedule… to the earliest good date or later says nothing', async () => {
      const { node } = await make('contacts/not-too-soon.md', paced('Not Soon', '2026-11-30'));
      a.answer(['2026-12-04']);
      await vscode.commands.executeCommand('contactDiary.reschedule', node, [node]);
      assert.equal(await read('contacts/not-too-soon.md'), paced('Not Soon', '2026-12-04'));
      await a.whenIdle();
      assert.deepEqual(messages.shown.filter((m) => m.text.startsWith('Too soon')), []);
    });
  });

  it('Log Contact… offers its actions grouped as Conversations and Touches, the diary\'s recent ones first in each', async () => {
    const { node } = await make('contacts/grouped.md', contactText('Grouped Actions', '2026-11-20'));
    a.answer([undefined]);
    await vscode.commands.executeCommand('contactDiary.logContact', node);
    const labels = a.shownPicks().at(-1)!.items.map((i) => i.label);
    const touches = labels.indexOf('Touches');
    assert.equal(labels[0], 'Conversations');
    assert.ok(touches > 1, labels.join(', '));
    const conversations = labels.slice(1, touches);
    // The diary's own first (the fixture's one conversation), then the usual ones; each group its own kind.
    assert.equal(conversations[0], 'Coffee at the trade fair');
    assert.ok(conversations.includes('Phone call') && conversations.includes('Coffee'), conversations.join(', '));
    assert.ok(!conversations.includes('Email'));
    const items = a.shownPicks().at(-1)!.items.slice(touches + 1);
    assert.ok(items.findIndex((i) => i.label === 'Sent proposal') < items.findIndex((i) => i.label === 'Email'), labels.join(', '));
    // No word says what a quarterly review is: it is among the touches, and says so.
    assert.equal(items.find((i) => i.label === 'Quarterly review')?.description, 'counted as a touch: no word says which');
  });
});

// The editor features of a contact file through VS Code's own provider commands, as the editor
// asks for them: hover, completion, quick fixes, CodeLens, diagnostics and the next-date
// decorations, on the fixture contacts for Monday 2026-11-23; and nothing in other Markdown.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { TestApi } from './testApi';
import { api, closeAll, ownFiles, read, uriOf, waitFor } from './helpers';

/** The position of `needle` in the document, `shift` characters in. */
function at(doc: vscode.TextDocument, needle: string, shift = 0): vscode.Position {
  const i = doc.getText().indexOf(needle);
  assert.ok(i >= 0, `"${needle}" is not in ${doc.uri.path}`);
  return doc.positionAt(i + shift);
}

async function open(rel: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(uriOf(rel));
  await vscode.window.showTextDocument(doc);
  return doc;
}

async function hovers(doc: vscode.TextDocument, p: vscode.Position): Promise<string[]> {
  const found = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, p);
  // Plain text reaches Markdown with its spaces as &nbsp;, so runs of them survive rendering.
  return found.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value).replace(/&nbsp;/g, ' ')));
}

async function completions(doc: vscode.TextDocument, p: vscode.Position, trigger?: string) {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, p, trigger);
  return list.items.map((i) => ({
    label: typeof i.label === 'string' ? i.label : i.label.label,
    insert: typeof i.insertText === 'string' ? i.insertText : i.insertText?.value,
    item: i,
  }));
}

async function actions(doc: vscode.TextDocument, p: vscode.Position): Promise<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(p, p));
}

async function lenses(doc: vscode.TextDocument): Promise<vscode.CodeLens[]> {
  const found = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri, 10);
  return found.filter((l) => l.command?.command.startsWith('contactDiary.'));
}

/**
 * Asks until the answer is there: a document just opened may not have its language in the
 * workbench yet, and until it does no Markdown provider is asked at all.
 */
function until<T, R>(what: string, ask: () => Promise<T>, pick: (answer: T) => R | undefined | false): Promise<R> {
  return waitFor(what, async () => pick(await ask()));
}

const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Contact Diary');

describe('editor features of a contact file', function () {
  // Saves go through VS Code's save participants, which take seconds on a loaded machine.
  this.timeout(120_000);
  let a: TestApi;
  const files = ownFiles(() => a);
  before(async () => { a = await api(); });
  afterEach(async () => {
    a.setToday('2026-11-23');
    await closeAll();
    await files.removeAll();
  });
  /** A contact file of the test's own, known to the diary before the test goes on. */
  const make = async (rel: string, text: string) => (await files.make(rel, text)).uri;

  it('hovers a date with its weekday and distance, and the cadence with its due date', async () => {
    const doc = await open('contacts/jane-doe.md');
    assert.deepEqual(await until('the hover', () => hovers(doc, at(doc, 'next: 2026-11-27', 9)), (h) => h.length > 0 && h), ['Friday 27 November 2026 — in 4 days']);
    // From the phone call of 12 Nov in the log, not the proposal sent on 20 Nov: a cadence counts conversations.
    assert.deepEqual(await hovers(doc, at(doc, 'cadence', 2)), ['every 3 weeks · next due by 3 Dec from last conversation']);
    assert.deepEqual(await hovers(doc, at(doc, '- 2026-11-20', 5)), ['Friday 20 November 2026 — 3 days ago']);
    assert.deepEqual(await hovers(doc, at(doc, 'Met at the print expo', 3)), [], 'the body is not hovered');
    // On last: the last conversation and the touches since.
    assert.deepEqual(await hovers(doc, at(doc, 'last: 2026-11-20', 8)), ['Friday 20 November 2026 — 3 days ago\n\nlast spoke 12 Nov \\(Phone call\\) · 1 touch since']);
  });

  it('hovers last: with the last conversation, the touches since, and pushing, with the folder\'s words and the pacing settings', async () => {
    const uri = await make('contacts/hover-pushed.md', [
      '---', 'name: Hover Pushed', 'company: Test Co', 'stage: prospect', 'next: 2026-11-30', 'next_action: Call back', 'last: 2026-11-20', 'last_action: Emailed again', '---', '',
      '## Log', '- 2026-11-20 Emailed again', '- 2026-11-16 Left voicemail', '- 2026-11-12 Emailed the offer', '- 2026-10-20 Site walk', '- 2026-10-01 Phone call', '',
    ].join('\n'));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const lastDate = () => at(doc, 'last: 2026-11-20', 8);
    assert.deepEqual(await until('the hover', () => hovers(doc, lastDate()), (h) => h.length > 0 && h),
      ['Friday 20 November 2026 — 3 days ago\n\nlast spoke 1 Oct \\(Phone call\\) · 4 touches since']);
    const config = vscode.workspace.getConfiguration('contactDiary');
    try {
      await config.update('conversationWords', ['site walk'], vscode.ConfigurationTarget.Workspace);
      await config.update('stageCadences', { prospect: '2-4 weeks' }, vscode.ConfigurationTarget.Workspace);
      await until('the hover with the settings', () => hovers(doc, lastDate()), (h) => h[0]?.includes('Site walk') && h);
      assert.deepEqual(await hovers(doc, lastDate()), [
        'Friday 20 November 2026 — 3 days ago\n\nlast spoke 20 Oct \\(Site walk\\) · 3 touches since\n\npushing: 3 touches or more inside the least gap of every 2–4 weeks, no conversation: give them room',
      ]);
    } finally {
      await config.update('conversationWords', undefined, vscode.ConfigurationTarget.Workspace);
      await config.update('stageCadences', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('completes the stages of this diary and links to the other contacts', async () => {
    const doc = await open('contacts/jane-doe.md');
    const stages = await until('stages', () => completions(doc, at(doc, 'stage: ', 7), ' '), (c) => c.length > 0 && c);
    assert.deepEqual(stages.map((s) => s.label).filter((l) => ['customer', 'prospect', 'suspect'].includes(l)).sort(), ['customer', 'prospect', 'suspect']);
    const links = await completions(doc, at(doc, 'introduced_by: ', 15));
    const bob = links.find((l) => l.label === 'Bob Smith');
    assert.equal(bob?.insert, '[[bob-smith]]', 'inside quotes the link goes without new ones');
    assert.ok(!links.some((l) => l.label === 'Jane Doe'), 'a contact is not offered as its own introducer');
  });

  it('completes a natural phrase after next: as its ISO date, and diary keys not yet present', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '---\nname: Nat Ural\nnext: in 2 weeks\n\n---\n' });
    const items = await until('date completions', () => completions(doc, at(doc, 'in 2 weeks', 10)), (c) => c.length > 0 && c);
    const typed = items.find((i) => i.label === 'in 2 weeks → 2026-12-07');
    assert.equal(typed?.insert, '2026-12-07');
    assert.ok(typed?.item.preselect);
    assert.ok(items.some((i) => i.label === 'tomorrow → 2026-11-24'));
    const keys = (await completions(doc, new vscode.Position(3, 0))).filter((i) => i.item.detail === 'Contact Diary').map((i) => i.label);
    assert.ok(keys.includes('company') && keys.includes('cadence'), keys.join(', '));
    assert.ok(!keys.includes('name') && !keys.includes('next'), 'keys already there are not offered');
  });

  it('opens completion as a phrase is typed after next:, without Ctrl+Space (quick suggestions are off in Markdown)', async () => {
    const uri = await make('contacts/typed-date.md', '---\nname: Ty Ped\nnext: \nnext_action: Call\n---\n');
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    await until('our completion', () => completions(doc, new vscode.Position(2, 6)), (c) => c.length > 0);
    // Another provider, with no trigger characters, is asked only when completion opens by itself
    // (or by Ctrl+Space): typing a letter opens it neither way in Markdown.
    const asked: vscode.CompletionTriggerKind[] = [];
    const witness = vscode.languages.registerCompletionItemProvider({ language: 'markdown', pattern: uri.fsPath }, {
      provideCompletionItems(_d, _p, _t, context) { asked.push(context.triggerKind); return []; },
    });
    try {
      assert.deepEqual(vscode.workspace.getConfiguration('editor', doc).get('quickSuggestions'), { comments: 'off', strings: 'off', other: 'off' });
      editor.selection = new vscode.Selection(2, 6, 2, 6);
      for (const c of 'fri') await vscode.commands.executeCommand('type', { text: c });
      await waitFor('completion to open as the phrase is typed', () => asked.includes(vscode.CompletionTriggerKind.Invoke));
      // The list shows "fri → 2026-11-27" (asked again as the phrase grew): Enter takes it.
      await waitFor('the date to be taken from the list', async () => {
        await vscode.commands.executeCommand('acceptSelectedSuggestion');
        return doc.lineAt(2).text === 'next: 2026-11-27';
      });
    } finally {
      witness.dispose();
    }
  });

  it('reports an unreadable date in the Problems panel as Contact Diary', async () => {
    const doc = await open('contacts/broken-date.md');
    const [problem, ...more] = await waitFor('the diagnostic', () => ours(doc.uri).length > 0 && ours(doc.uri));
    assert.equal(more.length, 0);
    assert.equal(problem!.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(problem!.range.start.line, at(doc, 'next:').line);
    assert.match(problem!.message, /not a day of the calendar/);
  });

  it('shows invalid YAML as it is typed, and drops the problems and the parsed copy when the file closes', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '---\nname: Ty Ping\nnext: 2026-11-30\n---\n' });
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((e) => e.insert(new vscode.Position(2, 0), 'company: [unclosed\n'));
    const [problem] = await waitFor('the YAML problem', () => ours(doc.uri).length > 0 && ours(doc.uri));
    assert.equal(problem!.code, 'yaml');
    assert.equal(problem!.message, 'The value of company opens a list ([) it never closes: add ] at the end of its line: company: [unclosed]');
    assert.equal(problem!.range.start.line, 2);
    assert.ok(a.isCached(doc.uri));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor('the problems to clear', () => ours(doc.uri).length === 0);
    await waitFor('the parsed copy to be dropped', () => !a.isCached(doc.uri));
  });

  it('clears the natural-date problem once the quick fix has written the ISO date, keeping every other byte', async () => {
    const before = '---\r\nname: Nat Ural\r\nnext: "in 2 weeks"   # the promised call\r\nnext_action: Call\r\n---\r\n\r\n# Nat Ural\r\n';
    const uri = await make('contacts/natural-date.md', before);
    const doc = await open('contacts/natural-date.md');
    const [problem] = await waitFor('the natural-date diagnostic', () => ours(uri).length > 0 && ours(uri));
    assert.equal(problem!.code, 'natural-date');
    assert.match(problem!.message, /"in 2 weeks" is not a date/);
    const fix = await until('the quick fix', () => actions(doc, at(doc, 'in 2 weeks')), (found) => found.find((x) => x.title.startsWith('Change to 2026-12-07')));
    assert.ok(fix.edit, 'the quick fix comes with its edit');
    assert.ok(fix.isPreferred);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(await doc.save());
    assert.equal(await read('contacts/natural-date.md'), before.replace('"in 2 weeks"', '"2026-12-07"'));
    await waitFor('the problem to go once the date is ISO', () => ours(uri).length === 0);
  });

  it('offers Reschedule… on a past next date only, running the command for that file', async () => {
    const bob = await open('contacts/bob-smith.md');
    const reschedule = await until('Reschedule…', () => actions(bob, at(bob, 'next:')), (found) => found.find((x) => x.title === 'Reschedule…'));
    assert.equal(reschedule?.command?.command, 'contactDiary.reschedule');
    assert.equal((reschedule?.command?.arguments?.[0] as vscode.Uri).toString(), bob.uri.toString());
    const jane = await open('contacts/jane-doe.md');
    assert.ok(!(await actions(jane, at(jane, 'next:'))).some((x) => x.title === 'Reschedule…'), 'Jane is not overdue');
  });

  it('shows Log Contact… · Reschedule… · Snooze 1 Day above the front-matter (the commands\' own titles), acting on its own file', async () => {
    const uri = await make('contacts/lens.md', '---\nname: Len S\nnext: 2026-11-20\nnext_action: Call\n---\n');
    const doc = await vscode.workspace.openTextDocument(uri);
    const found = await until('the CodeLens', () => lenses(doc), (l) => l.length > 0 && l);
    assert.deepEqual(found.map((l) => [l.range.start.line, l.command!.title, l.command!.command]), [
      [0, 'Log Contact…', 'contactDiary.logContact'], [0, 'Reschedule…', 'contactDiary.reschedule'], [0, 'Snooze 1 Day', 'contactDiary.snooze1Day'],
    ]);
    // Another contact has the focus: the lens still snoozes the file it stands in.
    await open('contacts/jane-doe.md');
    const snooze = found[2]!.command!;
    await vscode.commands.executeCommand(snooze.command, ...(snooze.arguments ?? []));
    await waitFor('the snoozed date on disk', async () => (await read('contacts/lens.md')).includes('next: 2026-11-24'));
    assert.match(await read('contacts/jane-doe.md'), /next: 2026-11-27\n/);
  });

  it('decorates the next date with its meaning, as the user types and when the day rolls over', async () => {
    const uri = await make('contacts/decorated.md', '---\nname: Deco Rated\nnext: 2026-11-18\nnext_action: Call\n---\n');
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    assert.deepEqual(await waitFor('the decoration', () => a.decorations(uri).length > 0 && a.decorations(uri)),
      [{ line: 2, character: 16, text: '5 days overdue', state: 'overdue' }]);
    await editor.edit((e) => e.replace(new vscode.Range(2, 6, 2, 16), '2026-11-25'));
    await waitFor('the typed date decorated', () => a.decorations(uri)[0]?.text === 'in 2 days' && a.decorations(uri)[0]?.state === 'upcoming');
    a.setToday('2026-11-25');
    await waitFor('the next day to show', () => a.decorations(uri)[0]?.text === 'today' && a.decorations(uri)[0]?.state === 'today');
    // Saved, so no close dialog can save it later, after the file is gone.
    assert.ok(await doc.save());
  });

  it('turns the features off for a contact over contactDiary.maxFileSize, says so once on its first line, and on again under the limit', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: `---\nname: Big Notes\nnext: 2026-11-18\nnext_action: Call\n---\n\n${'Notes. '.repeat(300)}\n` });
    const editor = await vscode.window.showTextDocument(doc);
    // Under the default limit first, so the providers are known to be asked about this document.
    await waitFor('its decoration', () => a.decorations(doc.uri).length > 0);
    await until('its CodeLens', () => lenses(doc), (l) => l.length > 0);
    const settings = vscode.workspace.getConfiguration('contactDiary');
    await settings.update('maxFileSize', 1024, vscode.ConfigurationTarget.Workspace);
    try {
      const [problem, ...more] = await waitFor('the size warning', () => ours(doc.uri).length > 0 && ours(doc.uri));
      assert.equal(more.length, 0);
      assert.equal(problem!.code, 'too-large');
      assert.equal(problem!.severity, vscode.DiagnosticSeverity.Warning);
      assert.deepEqual([problem!.range.start.line, problem!.range.start.character, problem!.range.end.line, problem!.range.end.character], [0, 0, 0, 3]);
      assert.match(problem!.message, /over the 1 KB limit of contactDiary\.maxFileSize/);
      await waitFor('the decoration to go', () => a.decorations(doc.uri).length === 0);
      assert.deepEqual(await lenses(doc), []);
      assert.deepEqual((await hovers(doc, at(doc, '2026-11-18', 3))).filter((h) => /2026/.test(h)), []);
      assert.ok(!a.isCached(doc.uri), 'no parsed copy of it is held');
      // Typed in, it stays unparsed; cut under the limit, everything is back.
      await editor.edit((e) => e.insert(new vscode.Position(6, 0), 'More. '));
      assert.deepEqual(await lenses(doc), []);
      assert.ok(!a.isCached(doc.uri), 'still no parsed copy');
      await editor.edit((e) => e.delete(doc.lineAt(6).rangeIncludingLineBreak));
      await waitFor('the decoration to come back', () => a.decorations(doc.uri).length > 0);
      await waitFor('the warning to go', () => ours(doc.uri).length === 0);
      assert.equal((await lenses(doc)).length, 3);
      assert.ok(a.isCached(doc.uri));
    } finally {
      await settings.update('maxFileSize', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('gives a Markdown file that is not a contact nothing at all, also once it stops being one', async () => {
    const notes = await open('notes/meeting-notes.md');
    const other = await vscode.workspace.openTextDocument({ language: 'markdown', content: '---\ntitle: Plans\nnext: 2026-11-30\nlast: sometime\ndate: 2026-11-20\n---\n\nNotes.\n' });
    const editor = await vscode.window.showTextDocument(other);
    // A contact first, so the providers are known to be asked about this document at all.
    await until('the CodeLens', () => lenses(other), (l) => l.length > 0);
    await waitFor('its problem', () => ours(other.uri).length > 0);
    await waitFor('its decoration', () => a.decorations(other.uri).length > 0);
    // Without its next: and last: keys it is someone else's note with dates in it. (With a diary
    // key such as last: left, it would be a contact whose next: is missing: see noNextKey.test.ts.)
    await editor.edit((e) => e.delete(new vscode.Range(2, 0, 4, 0)));
    assert.deepEqual((await hovers(other, at(other, '2026-11-20', 3))).filter((h) => /2026/.test(h)), []);
    assert.ok(!(await completions(other, at(other, 'date: ', 6))).some((i) => i.label.includes('→')));
    // (Words from other open Markdown files are offered by VS Code itself: ours are the keys with their description.)
    assert.ok(!(await completions(other, new vscode.Position(1, 0))).some((i) => i.item.detail === 'Contact Diary'));
    assert.equal((await lenses(other)).length, 0);
    await waitFor('its problems to go', () => ours(other.uri).length === 0);
    await waitFor('its decoration to go', () => a.decorations(other.uri).length === 0);
    assert.equal((await lenses(notes)).length, 0);
    assert.deepEqual(ours(notes.uri), []);
    assert.deepEqual(a.decorations(notes.uri), []);
  });
});

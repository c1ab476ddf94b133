// Import Contacts…: a phone's vCard and a CSV become notes in the contacts folder, a person
// already in the diary only gains what their note lacks, nothing is written before the preview is
// accepted, importing again changes nothing, and one Undo Last Change takes the import back.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { TestApi } from './testApi';
import { api, closeAll, itemsOf, ownFiles, read, stubMessages, uriOf, waitFor, write } from './helpers';

const IMPORT = 'contactDiary.importContacts';
const exists = (rel: string) => vscode.workspace.fs.stat(uriOf(rel)).then(() => true, () => false);
const bytesOf = async (rel: string) => [...await vscode.workspace.fs.readFile(uriOf(rel))];

// Jane Doe is in the fixture with this email: she gains her birthday, and nothing else changes.
const PHONE = [
  'BEGIN:VCARD', 'VERSION:3.0', 'N:Okonkwo;Adaeze;;;', 'FN:Adaeze Okonkwo', 'ORG:Kestrel Books;Sales',
  'EMAIL;TYPE=INTERNET,WORK:adaeze@kestrel.example', 'TEL;TYPE=CELL:+44 7700 900123', 'BDAY:1604-05-14', 'END:VCARD',
  'BEGIN:VCARD', 'VERSION:3.0', 'FN:Jane Doe', 'EMAIL:JANE@acme.example', 'BDAY:1985-03-02', 'END:VCARD', '',
].join('\r\n');

describe('Import Contacts…', function () {
  this.timeout(120_000);
  let a: TestApi;
  let messages: ReturnType<typeof stubMessages>;
  const { own, removeAll } = ownFiles(() => a);
  before(async () => { a = await api(); });
  beforeEach(() => {
    a.forgetChanges();
    messages = stubMessages();
  });
  afterEach(async () => {
    messages.restore();
    a.answer(null);
    await closeAll();
    await removeAll();
  });

  it('shows the plan first, then makes the new note, adds only what Jane Doe lacks, and one Undo takes it all back', async () => {
    const jane = await bytesOf('contacts/jane-doe.md');
    const exported = await write('exports/phone.vcf', PHONE);
    own('exports/phone.vcf');
    own('contacts/adaeze-okonkwo.md');
    messages.choose((m) => (m.text.startsWith('Import ') ? 'Import' : undefined));
    await vscode.commands.executeCommand(IMPORT, exported);
    const preview = messages.shown.find((m) => m.text.startsWith('Import '));
    assert.ok(preview, `no preview was shown: ${JSON.stringify(messages.shown)}`);
    assert.equal(preview.text, 'Import 1 new note, 1 contact with fields added, 0 skipped, 0 problems?');
    assert.deepEqual(preview.buttons, ['Import', 'Import and Schedule…']);
    assert.match(preview.detail ?? '', /phone\.vcf: vCard 3\.0, 2 people\nNew \(1\):\n {2}Adaeze Okonkwo → contacts\/adaeze-okonkwo\.md\nMerged \(1\):\n {2}Jane Doe \(contacts\/jane-doe\.md\): adds birthday — same email jane@acme\.example/i);
    const note = await read('contacts/adaeze-okonkwo.md');
    assert.match(note, /^---\nname: Adaeze Okonkwo\ncompany: Kestrel Books\n/);
    assert.match(note, /^email: adaeze@kestrel\.example$/m);
    assert.match(note, /^birthday: --05-14$/m);
    await waitFor('the new contact in the view', () => itemsOf(a, uriOf('contacts/adaeze-okonkwo.md')).length > 0);
    // Only the birthday line is new in Jane's note: every other byte is as it was.
    const after = await read('contacts/jane-doe.md');
    const before = new TextDecoder().decode(new Uint8Array(jane));
    assert.equal(after.replace(/^birthday: 1985-03-02\n/m, ''), before);
    await messages.waitFor(/imported 1 new contact, added to 1/);

    // The same file again: nothing new, nothing written.
    messages.shown.length = 0;
    await vscode.commands.executeCommand(IMPORT, exported);
    await messages.waitFor(/nothing to import: 0 new notes, 0 contacts with fields added, 1 skipped|nothing to import: 0 new notes, 0 contacts with fields added/);
    assert.equal(await read('contacts/jane-doe.md'), after);

    await vscode.commands.executeCommand('contactDiary.undoLastChange');
    assert.equal(await exists('contacts/adaeze-okonkwo.md'), false);
    assert.deepEqual(await bytesOf('contacts/jane-doe.md'), jane);
  });

  it('writes nothing when the preview is closed', async () => {
    const exported = await write('exports/phone.vcf', PHONE);
    own('exports/phone.vcf');
    const jane = await bytesOf('contacts/jane-doe.md');
    await vscode.commands.executeCommand(IMPORT, exported);
    assert.ok(messages.shown.some((m) => m.text.startsWith('Import ')), 'no preview');
    assert.equal(await exists('contacts/adaeze-okonkwo.md'), false);
    assert.deepEqual(await bytesOf('contacts/jane-doe.md'), jane);
    assert.equal(a.undoButton(), undefined);
  });

  it('matches a CSV column again with Change Columns… before importing', async () => {
    const exported = await write('exports/people.csv', 'Name,Organisation,Reach me at\nTomasz Wójcik,Baltic Paper,tomasz@baltic.example\n');
    own('exports/people.csv');
    own('contacts/tomasz-wojcik.md');
    let previews = 0;
    messages.choose((m) => (m.text.startsWith('Import ') ? (++previews === 1 ? 'Change Columns…' : 'Import') : undefined));
    a.answer(['Reach me at', 'email']);
    await vscode.commands.executeCommand(IMPORT, exported);
    assert.equal(a.unanswered(), 0);
    const shown = messages.shown.filter((m) => m.text.startsWith('Import '));
    assert.equal(shown.length, 2);
    assert.doesNotMatch(shown[0]!.detail ?? '', /Reach me at → email/);
    assert.match(shown[1]!.detail ?? '', /columns: Name → name, Organisation → company, Reach me at → email/);
    assert.match(await read('contacts/tomasz-wojcik.md'), /^email: tomasz@baltic\.example$/m);
    // Taken back by the extension itself: a file deleted from outside moments after the import wrote
    // it may never be told of (the file watcher drops a create and delete that come together).
    await vscode.commands.executeCommand('contactDiary.undoLastChange');
    assert.equal(await exists('contacts/tomasz-wojcik.md'), false);
  });

  it('schedules the new contacts with Import and Schedule…: the daily target a day over the working days, as the tool\'s --spread does', async () => {
    // Seven new people and a daily target of 5: five on Monday 30 November, two on Tuesday.
    const people = ['Aino Virtanen', 'Bram de Vries', 'Chiara Russo', 'Dagny Lund', 'Emeka Obi', 'Farah Haddad', 'Goran Petrov'];
    const exported = await write('exports/fair.csv', `Name,Company\n${people.map((p) => `${p},Harbour Fair`).join('\n')}\n`);
    own('exports/fair.csv');
    const files = people.map((p) => `contacts/${p.toLowerCase().replace(/ /g, '-')}.md`);
    for (const f of files) own(f);
    messages.choose((m) => (m.text.startsWith('Import ') ? 'Import and Schedule…' : undefined));
    a.answer(['next monday', '5 a day (contactDiary.dailyTarget)']);
    await vscode.commands.executeCommand(IMPORT, exported);
    assert.equal(a.unanswered(), 0);
    const spread = a.shownPicks().at(-1);
    assert.deepEqual(spread?.items.map((i) => `${i.label} | ${i.description ?? ''}`), [
      '5 a day (contactDiary.dailyTarget) | working days, Mon 30 Nov 2026 to Tue 1 Dec 2026', 'All 7 on Mon 30 Nov 2026 | ',
    ]);
    const nexts = await Promise.all(files.map(async (f) => /^next: (.*)$/m.exec(await read(f))?.[1]));
    assert.deepEqual(nexts, [...Array(5).fill('2026-11-30'), '2026-12-01', '2026-12-01']);
    assert.match(await read(files[0]!), /^next_action: Get in touch$/m);
    await messages.waitFor(/imported 7 new contacts \(scheduled 5 a day from Mon 30 Nov 2026\)/);
    await vscode.commands.executeCommand('contactDiary.undoLastChange');
    assert.equal(await exists(files[0]!), false);
  });

  it('goes back to the summary when the date of Import and Schedule… is escaped, and writes nothing until asked', async () => {
    const exported = await write('exports/one.csv', 'Name,Company\nHana Sato,Pine Ledger\n');
    own('exports/one.csv');
    own('contacts/hana-sato.md');
    let previews = 0;
    messages.choose((m) => (m.text.startsWith('Import ') ? (++previews === 1 ? 'Import and Schedule…' : undefined) : undefined));
    a.answer([undefined]);
    await vscode.commands.executeCommand(IMPORT, exported);
    assert.equal(previews, 2, 'the summary was not shown again');
    assert.equal(await exists('contacts/hana-sato.md'), false);
  });

  it('refuses a file that is no contacts export, in one line naming what was expected, and writes nothing', async () => {
    const exported = await write('exports/photo.csv', '\u0000PNG not really a table');
    own('exports/photo.csv');
    await vscode.commands.executeCommand(IMPORT, exported);
    const error = await messages.waitFor(/is not a contacts export/);
    assert.equal(error.kind, 'error');
    assert.match(error.text, /^Contact Diary: photo\.csv is not a contacts export \(it is binary data\): expected a vCard file .*; nothing was imported\.$/);
  });
});

import * as assert from 'node:assert/strict';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, lines, snapshot, tempDiary } from './helpers';

const FIXTURES = join(__dirname, '../../fixtures/import');
const fixture = (name: string) => join(FIXTURES, name);

// The clock of `cli` is Monday 2026-11-23.
const jane = lines('---', 'name: Jane Doe', 'company: Acme Print', 'email: jane@acme.example   # work', 'next: 2026-12-01', '---', '', '# Jane Doe', '', 'Met at the expo.');

describe('contact-diary import', () => {
  let diary: { dir: string; cleanup: () => void };
  beforeEach(() => {
    diary = tempDiary({ 'people/jane-doe.md': jane, 'people/notes.md': '# Not a contact\n' });
  });
  afterEach(() => diary.cleanup());

  it('--dry-run prints the counts and the first few of each, and writes nothing', async () => {
    const before = snapshot(diary.dir);
    const r = await cli(diary.dir, 'import', fixture('iphone.vcf'), fixture('Connections.csv'), '--dry-run');
    assert.equal(r.err, '');
    assert.equal(r.code, 1, 'a card was not read');
    assert.deepEqual(snapshot(diary.dir), before);
    assert.equal(r.out, lines(
      'iphone.vcf: vCard 3.0, 3 people',
      'Connections.csv: LinkedIn Connections.csv, 3 people',
      'New (4):',
      '  Bob Smith → people/bob-smith.md',
      '  Jonas Weber → people/jonas-weber.md',
      '  Hugo Berg → people/hugo-berg.md',
      '  Amara Okafor → people/amara-okafor.md',
      'Merged (1):',
      // What a merge doesn't add is said (regression: left out without a word).
      '  Jane Doe (people/jane-doe.md): adds role, birthday, introduced_by, phone, emails, phones, tags — same email jane@acme.example; leaves out Department, Address (work), Note, URL (homepage), Related (friend), LinkedIn, Connected on LinkedIn (a note\'s body is its own)',
      'Skipped (1):',
      '  Jane Doe (Connections.csv:5): the same person as line 1 of iphone.vcf (same email jane@acme.example): read as one',
      'Problems (1):',
      '  iphone.vcf:87: a card with no name (FN and N empty or absent) and no ORG — orders@acme.example, so no note was made',
      'Would write 4 new notes, 1 contact with fields added, 1 skipped, 1 problem. Nothing was written (--dry-run).',
    ));
  });

  it('lists every problem of an export, where the other lists show their first few (regression: "…and 2 more", the lines to mend unsaid)', async () => {
    const rows = Array.from({ length: 7 }, (_, i) => `,,nobody${i}@nowhere.example`);
    writeFileSync(join(diary.dir, 'bad.csv'), ['Name,Company,Email', ...rows, ''].join('\n'));
    const r = await cli(diary.dir, 'import', 'bad.csv', '--dry-run');
    const listed = r.out.split('\n').filter((l) => /^ {2}bad\.csv:\d+: a row with no name/.test(l));
    assert.deepEqual(listed.map((l) => Number(/:(\d+):/.exec(l)![1])), [2, 3, 4, 5, 6, 7, 8]);
    assert.doesNotMatch(r.out, /…and \d+ more/);
  });

  it('says which new note may be a contact already there, by its name alone, in the preview and in --json', async () => {
    writeFileSync(join(diary.dir, 'globex.csv'), 'Name,Company\nJane Doe,Globex\n');
    const r = await cli(diary.dir, 'import', 'globex.csv', '--dry-run');
    assert.match(r.out, /\nNew \(1\):\n {2}Jane Doe → people\/jane-doe-2\.md — possible duplicate of people\/jane-doe\.md\n/);
    const json = JSON.parse((await cli(diary.dir, 'import', 'globex.csv', '--dry-run', '--json')).out) as { created: { possibleDuplicateOf: string | null }[] };
    assert.deepEqual(json.created.map((c) => c.possibleDuplicateOf), ['people/jane-doe.md']);
  });

  it('shows how a generic CSV\'s columns were matched', async () => {
    const r = await cli(diary.dir, 'import', fixture('generic.csv'), '--dry-run');
    assert.match(r.out, /^generic\.csv: CSV, 3 people\n {2}columns: Full Name → name, Organisation → company, Email → email, Mobile → phone, Role → role, Tags → tags, Notes → the note's body, Referred By → introduced by \(a related name\), Favourite Colour → the note's body\n/);
    assert.match(r.out, /\n {2}CON → people\/con-contact\.md\n/);
  });

  it('writes the new notes beside the contacts and adds the missing keys, byte for byte; a second run changes nothing', async () => {
    const r = await cli(diary.dir, 'import', fixture('iphone.vcf'), fixture('Connections.csv'), '--tag', 'imported');
    assert.equal(r.err, '');
    assert.match(r.out, /Wrote 4 new notes, 1 contact with fields added, 1 skipped, 1 problem\.\n$/);
    const merged = readFileSync(join(diary.dir, 'people/jane-doe.md'), 'utf8');
    assert.equal(merged, lines(
      '---', 'name: Jane Doe', 'company: Acme Print', 'email: jane@acme.example   # work', 'next: 2026-12-01',
      'role: Director of Marketing', 'birthday: --05-14', "introduced_by: '[[bob-smith]]'", 'phone: +44 7700 900123',
      'emails: [jane.doe@mail.example]', 'phones: [+44 20 7946 0000]', 'tags: [imported, printing, met-at-expo]',
      '---', '', '# Jane Doe', '', 'Met at the expo.',
    ));
    assert.match(readFileSync(join(diary.dir, 'people/hugo-berg.md'), 'utf8'), /^company: Berg & Söhne, GmbH\n(.|\n)*tags: \[imported\]\n(.|\n)*- Connected on LinkedIn: 02 Nov 2023\n/m);
    const after = snapshot(diary.dir);
    const again = await cli(diary.dir, 'import', fixture('iphone.vcf'), fixture('Connections.csv'), '--tag', 'imported');
    assert.deepEqual(snapshot(diary.dir), after);
    assert.match(again.out, /Wrote 0 new notes, 0 contacts with fields added, 6 skipped, 1 problem\.\n$/);
  });

  it('puts new notes in --into, and schedules them with --next, spread over the working days with --spread', async () => {
    const r = await cli(diary.dir, 'import', fixture('google.csv'), '--into', 'crm', '--next', 'fri', '--spread', '--json');
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out) as { created: { file: string }[]; written: boolean; files: { format: string }[] };
    assert.deepEqual(json.created.map((c) => c.file), ['crm/ben-hartley.md', 'crm/priya-shah.md', 'crm/hyperlink-https-evil-example.md']);
    assert.equal(json.written, true);
    assert.equal(json.files[0]?.format, 'google');
    assert.match(readFileSync(join(diary.dir, 'crm/priya-shah.md'), 'utf8'), /\nnext: 2026-11-27\nnext_action: Get in touch\n/);
  });

  it('uses contactDiary.newContactFolder when --into is not given', async () => {
    const d = tempDiary({ '.vscode/settings.json': '{ "contactDiary.newContactFolder": "inbox" }' });
    try {
      const r = await cli(d.dir, 'import', fixture('v4.vcf'));
      assert.equal(r.code, 0, r.err);
      assert.ok(existsSync(join(d.dir, 'inbox/carol-west.md')));
    } finally {
      d.cleanup();
    }
  });

  it('refuses a file that is no export, in one line naming what was expected, and imports nothing', async () => {
    const before = snapshot(diary.dir);
    const r = await cli(diary.dir, 'import', fixture('v4.vcf'), fixture('not-contacts.png'));
    assert.equal(r.code, 1);
    assert.equal(r.out, '');
    assert.match(r.err, /^contact-diary import: not-contacts\.png is not a contacts export \(it is binary data\): expected a vCard file .*; nothing was imported\n$/);
    assert.deepEqual(snapshot(diary.dir), before);
    const missing = await cli(diary.dir, 'import', 'nowhere.vcf');
    assert.equal(missing.err, 'contact-diary import: nowhere.vcf: no such file; nothing was imported\n');
  });

  it('takes back the new notes when a write fails midway, so nothing is half-written', async () => {
    chmodSync(join(diary.dir, 'people/jane-doe.md'), 0o444);
    const before = snapshot(diary.dir);
    const r = await cli(diary.dir, 'import', fixture('iphone.vcf'));
    assert.equal(r.code, 1);
    assert.match(r.err, /jane-doe\.md is read-only; nothing was written\n$/);
    // The summary says so too (regression: "Wrote 3 new notes" above the error).
    assert.match(r.out, /^Would write .*\. Nothing was written\.\n$/m);
    assert.doesNotMatch(r.out, /^Wrote /m);
    assert.deepEqual(snapshot(diary.dir), before);
  });

  it('explains its usage errors', async () => {
    assert.match((await cli(diary.dir, 'import', fixture('v4.vcf'), '--spread')).err, /--spread spreads the --next date over the working days: give --next too/);
    assert.match((await cli(diary.dir, 'import', fixture('v4.vcf'), '--next', 'someday')).err, /^contact-diary import: --next: /);
    const none = await cli(diary.dir, 'import');
    assert.equal(none.code, 2);
    assert.match(none.err, /missing FILE/);
  });
});

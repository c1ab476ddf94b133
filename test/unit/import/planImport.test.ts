import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Contact } from '../../../src/core/contact';
import { parseIsoDate } from '../../../src/core/dates/localDate';
import { applyEdits } from '../../../src/core/file/applyEdits';
import { type ExportRead, type ImportOptions, type ImportPlan, planImport, previewLines, readExport } from '../../../src/core/import';
import { readContactText } from '../../../src/core/read';
import { fail, ok } from '../../../src/core/types';

const FIXTURES = join(__dirname, '../../fixtures/import');
const day = (s: string) => { const d = parseIsoDate(s); if (!d.ok) throw new Error(d.error); return d.value; };
const today = day('2026-11-23');

function fixture(name: string): ExportRead {
  const r = readExport(name, readFileSync(join(FIXTURES, name)));
  if (!r.ok) assert.fail(r.error);
  return r.value;
}

function text(name: string, content: string): ExportRead {
  const r = readExport(name, new TextEncoder().encode(content));
  if (!r.ok) assert.fail(r.error);
  return r.value;
}

/** A diary in memory: files by path, its contacts read from them. */
class Diary {
  constructor(readonly files: Map<string, string> = new Map()) {}
  contacts(): Contact[] {
    return [...this.files].flatMap(([path, t]) => { const r = readContactText(path, t); return r.kind === 'contact' ? [r.contact] : []; });
  }
  options(extra: Partial<ImportOptions> = {}): ImportOptions {
    return {
      today, folder: 'diary/contacts', taken: this.files.keys(), contacts: this.contacts(),
      readText: async (f) => { const t = this.files.get(f); return t === undefined ? fail('no such file') : ok(t); },
      ...extra,
    };
  }
  async plan(reads: ExportRead[], extra: Partial<ImportOptions> = {}): Promise<ImportPlan> {
    const plan = await planImport(reads, this.options(extra));
    if (!plan.ok) assert.fail(plan.error);
    return plan.value;
  }
  /** Writes a plan as a front end would. */
  write(plan: ImportPlan): void {
    for (const note of plan.created) {
      assert.ok(!this.files.has(note.path), `${note.path} overwritten`);
      this.files.set(note.path, note.text);
    }
    for (const m of plan.merged) {
      const after = applyEdits(this.files.get(m.path)!, m.edits);
      if (!after.ok) assert.fail(after.error);
      this.files.set(m.path, after.value);
    }
  }
}

describe('planImport: new notes', () => {
  it('writes an iPhone card as a note in our format, with the rest under ## Imported', async () => {
    const plan = await new Diary().plan([fixture('iphone.vcf')], { tag: 'phone' });
    const jane = plan.created.find((n) => n.name === 'Jane Doe')!;
    assert.equal(jane.path, 'diary/contacts/jane-doe.md');
    assert.equal(jane.text, [
      '---', 'name: Jane Doe', 'company: Acme Print', 'role: Director of Marketing', 'email: jane@acme.example', 'phone: +44 7700 900123',
      'stage:', 'next:', 'next_action:', 'last:', 'last_action:', 'tags: [phone, printing, met-at-expo]', 'birthday: --05-14',
      "introduced_by: '[[bob-smith]]'", 'emails: [jane.doe@mail.example]', 'phones: [+44 20 7946 0000]', '---', '', '# Jane Doe', '',
      '## Imported', '', 'From iphone.vcf on 2026-11-23.', '', '- Department: Marketing', '- Address (work): 1 Print Street, London, EC1A 1BB, United Kingdom',
      '- Note: Met at the print expo.', '  Interested in short runs, oak samples.', '- URL (homepage): https://acme.example', '- Related (friend): Bob Smith', '',
      '## Log', '',
    ].join('\n'));
    const read = readContactText(jane.path, jane.text);
    assert.equal(read.kind, 'contact');
    if (read.kind !== 'contact') return;
    assert.deepEqual(read.contact.problems, []);
    assert.deepEqual(read.contact.birthday, { month: 5, day: 14 });
    assert.equal(read.contact.introducedBy, 'bob-smith');
    assert.equal(read.contact.next, undefined);
  });

  it('quotes what YAML would read otherwise, and keeps a formula as text', async () => {
    const csv = 'Name,Company,Role,Phone,Notes\nNo,"Yes: maybe",#1 fan,+447700900123,"## Log\nnot a heading"\n"=HYPERLINK(""https://evil.example"")",,,,\n';
    const plan = await new Diary().plan([text('odd.csv', csv)]);
    for (const note of plan.created) {
      const r = readContactText(note.path, note.text);
      assert.equal(r.kind, 'contact', note.text);
      if (r.kind !== 'contact') continue;
      assert.equal(r.contact.name, note.name);
      assert.deepEqual(r.contact.problems, []);
    }
    const no = plan.created[0]!;
    assert.match(no.text, /\nname: 'No'\ncompany: 'Yes: maybe'\nrole: '#1 fan'\nemail:\nphone: '\+447700900123'\n/);
    // A heading in a note is escaped: the note keeps one log section.
    assert.match(no.text, /- Note: \\#\# Log\n {2}not a heading\n/);
    assert.equal(no.text.match(/^## Log$/gm)?.length, 1);
    assert.equal(plan.created[1]!.name, '=HYPERLINK("https://evil.example")');
  });

  it('names files as New Contact… does, never over a file nor another new note, and safe on every system', async () => {
    const csv = 'Name,Company\nJane Doe,Acme\nJane Doe,Globex\nCON,\n../../etc/passwd,\n' + `${'Long '.repeat(60)},\n\u0007Bell\u0001,\n`;
    const diary = new Diary(new Map([['diary/contacts/jane-doe.md', 'not a contact, but a file']]));
    const plan = await diary.plan([text('names.csv', csv)]);
    assert.deepEqual(plan.created.map((n) => n.path), [
      'diary/contacts/jane-doe-2.md', 'diary/contacts/jane-doe-3.md', 'diary/contacts/con-contact.md', 'diary/contacts/etc-passwd.md',
      `diary/contacts/${'long-'.repeat(16).slice(0, 79)}.md`, 'diary/contacts/bell.md',
    ]);
  });

  it('sets next to the --next date, or spreads it over the working days, the daily target a day', async () => {
    const csv = `Name\n${Array.from({ length: 7 }, (_, i) => `Person ${i}`).join('\n')}\n`;
    const same = await new Diary().plan([text('p.csv', csv)], { next: day('2026-11-27') });
    assert.ok(same.created.every((n) => n.text.includes('\nnext: 2026-11-27\nnext_action: Get in touch\n')));
    const spread = await new Diary().plan([text('p.csv', csv)], { next: day('2026-11-27'), spread: { workingDays: [1, 2, 3, 4, 5], perDay: 5 } });
    assert.deepEqual(spread.created.map((n) => /\nnext: (\S+)/.exec(n.text)?.[1]), [...Array(5).fill('2026-11-27'), '2026-11-30', '2026-11-30']);
  });

  it('links the first new note a related name or email names, by any of its people, never the person\'s own', async () => {
    const card = (fn: string, ...props: string[]) => ['BEGIN:VCARD', 'VERSION:3.0', `FN:${fn}`, ...props, 'END:VCARD', ''].join('\r\n');
    const vcf = [
      card('Ann Lee', 'EMAIL:ann@lee.example', 'RELATED:Bo Chen'), card('Bo Chen'), card('Bo Chen', 'ORG:Globex'),
      card('Robert Chen', 'EMAIL:bob@chen.example'), card('Bob', 'EMAIL:bob@chen.example'),
      card('Cy Park', 'RELATED:ANN@lee.example'), card('Dee Ng', 'RELATED:Dee Ng', 'RELATED:Bob'),
    ].join('');
    const plan = await new Diary().plan([text('r.vcf', vcf)]);
    const introducer = (name: string) => /\nintroduced_by: '\[\[(.*)\]\]'\n/.exec(plan.created.find((n) => n.name === name)!.text)?.[1];
    assert.deepEqual(['Ann Lee', 'Cy Park', 'Dee Ng'].map(introducer), ['bo-chen', 'ann-lee', 'robert-chen']);
  });

  it('regression: a spouse or an assistant on an iPhone card became who introduced the person', async () => {
    const card = (label: string) => ['BEGIN:VCARD', 'VERSION:3.0', 'FN:Ann Lee', 'item1.X-ABRELATEDNAMES:Bob Smith', `item1.X-ABLabel:${label}`, 'END:VCARD', ''].join('\r\n');
    const diary = new Diary(new Map([['diary/bob-smith.md', ['---', 'name: Bob Smith', 'next:', '---', ''].join('\n')]]));
    for (const [label, introduced] of [['_$!<Spouse>!$_', false], ['_$!<Assistant>!$_', false], ['Referred by', true], ['_$!<Friend>!$_', true]] as const) {
      const plan = await diary.plan([text('ann.vcf', card(label))]);
      const note = plan.created[0]!.text;
      assert.equal(/\nintroduced_by: '\[\[bob-smith\]\]'\n/.test(note), introduced, label);
      // Kept under its label all the same.
      assert.match(note, /- Related \(.*\): Bob Smith/i, label);
    }
  });

  it('stops when cancelled, with nothing planned', async () => {
    let asked = 0;
    const plan = await planImport([fixture('iphone.vcf')], new Diary().options({ isCancelled: () => ++asked >= 2 }));
    assert.deepEqual(plan, { ok: false, error: 'The import was cancelled; nothing was written.' });
  });

  it('tells progress after each person', async () => {
    const seen: string[] = [];
    await new Diary().plan([fixture('iphone.vcf')], { progress: (done, total) => { seen.push(`${done}/${total}`); } });
    assert.deepEqual(seen, ['1/3', '2/3', '3/3']);
  });
});

describe('planImport: duplicates', () => {
  const existing = [
    '---', 'name: Jane Doe   # from the expo', 'company: Acme Print', 'email: JANE@ACME.EXAMPLE', 'phone:', 'next: 2026-12-01', 'tags: [vip]', '---', '', '# Jane Doe', '', 'My own notes.', '',
  ].join('\r\n');

  it('adds to a contact matched by email only the fields it lacks, byte for byte, and names the merge', async () => {
    const diary = new Diary(new Map([['diary/contacts/jane-doe.md', existing]]));
    const plan = await diary.plan([fixture('iphone.vcf')]);
    assert.equal(plan.merged.length, 1);
    const merge = plan.merged[0]!;
    assert.equal(merge.matchedBy, 'same email jane@acme.example');
    // Bob, introduced by Jane's card, is new in the same import: his new note's link is added too.
    assert.deepEqual(merge.fields, ['role', 'birthday', 'introduced_by', 'phone', 'emails', 'phones']);
    diary.write(plan);
    assert.equal(diary.files.get('diary/contacts/jane-doe.md'), [
      '---', 'name: Jane Doe   # from the expo', 'company: Acme Print', 'email: JANE@ACME.EXAMPLE', 'phone: +44 7700 900123', 'next: 2026-12-01', 'tags: [vip]',
      'role: Director of Marketing', 'birthday: --05-14', "introduced_by: '[[bob-smith]]'", 'emails: [jane.doe@mail.example]', 'phones: [+44 20 7946 0000]', '---', '', '# Jane Doe', '', 'My own notes.', '',
    ].join('\r\n'));
    assert.ok(!plan.created.some((n) => n.name === 'Jane Doe'));
  });

  it('writes the lists it adds as the note writes its own: across lines in an Obsidian note (regression: "tags: [a]" among block lists)', async () => {
    const card = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jane Doe\r\nEMAIL:jane@acme.example\r\nEMAIL:jane.doe@mail.example\r\nTEL:+44 20 7946 0000\r\nTEL:+44 7700 900123\r\nCATEGORIES:vip: gold,expo\r\nEND:VCARD\r\n';
    for (const [indent, eol] of [['  ', '\n'], ['', '\r\n'], ['    ', '\n']]) {
      const note = ['---', 'name: Jane Doe', 'email: jane@acme.example', 'aliases:', `${indent}- JD`, 'tags:  ', 'next: 2026-12-01', '---', ''].join(eol);
      const diary = new Diary(new Map([['diary/jane-doe.md', note]]));
      diary.write(await diary.plan([text('j.vcf', card)]));
      assert.equal(diary.files.get('diary/jane-doe.md'), [
        '---', 'name: Jane Doe', 'email: jane@acme.example', 'aliases:', `${indent}- JD`, 'tags:', `${indent}- 'vip: gold'`, `${indent}- expo`, 'next: 2026-12-01',
        'phone: +44 20 7946 0000', 'emails:', `${indent}- jane.doe@mail.example`, 'phones:', `${indent}- +44 7700 900123`, '---', '',
      ].join(eol), JSON.stringify(indent));
      const read = readContactText('diary/jane-doe.md', diary.files.get('diary/jane-doe.md')!);
      assert.ok(read.kind === 'contact');
      assert.deepEqual([read.contact.tags, read.contact.emails], [['vip: gold', 'expo'], ['jane.doe@mail.example']]);
    }
  });

  it('matches a contact by an address of its emails: list (regression: a second note, jane-doe-2.md, was made)', async () => {
    const jane = ['---', 'name: Jane Doe', 'company: Acme', 'email: jane@acme.example', 'emails: [jane.doe@gmail.example]', 'next:', '---', ''].join('\n');
    const diary = new Diary(new Map([['diary/jane-doe.md', jane]]));
    const plan = await diary.plan([text('m.vcf', 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jane Doe\r\nORG:Globex\r\nEMAIL:Jane.Doe@gmail.example\r\nEND:VCARD\r\n')]);
    assert.deepEqual(plan.created, []);
    assert.match(plan.skipped[0]?.reason ?? '', /^already in the diary as diary\/jane-doe\.md \(same email Jane\.Doe@gmail\.example\); nothing to add$/);
  });

  it('matches a company whatever its legal form or its "and" (regression: Nordic Paper AB and Okafor & Sons made second notes)', async () => {
    const notes = new Map([
      ['diary/hugo-berg.md', ['---', 'name: Hugo Berg', 'company: Nordic Paper', 'next:', '---', ''].join('\n')],
      ['diary/ada-okafor.md', ['---', 'name: Ada Okafor', 'company: Okafor and Sons', 'next:', '---', ''].join('\n')],
    ]);
    const plan = await new Diary(notes).plan([text('people.csv', 'Name,Company,Title\nHugo Berg,Nordic Paper AB,Buyer\nAda Okafor,Okafor & Sons,Owner\n')]);
    assert.deepEqual(plan.created, []);
    assert.deepEqual(plan.merged.map((m) => `${m.name}: ${m.matchedBy}`), ['Hugo Berg: same name and company', 'Ada Okafor: same name and company']);
  });

  it('fills a list the note has but left empty, in its place, byte for byte elsewhere (regression: tags: [] kept every later category out)', async () => {
    for (const [before, after] of [['tags: []', 'tags: [Familie, Nachbarn]'], ['tags:', 'tags: [Familie, Nachbarn]'], ['tags: [ ]  # none yet', 'tags: [Familie, Nachbarn]  # none yet']] as const) {
      const lena = ['---', 'name: Lena Vogel', 'email: lena@vogel.example', before, 'next:', '---', '', '# Lena', ''].join('\r\n');
      const diary = new Diary(new Map([['diary/lena-vogel.md', lena]]));
      const plan = await diary.plan([text('lena.vcf', 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lena Vogel\r\nEMAIL:lena@vogel.example\r\nCATEGORIES:Familie,Nachbarn\r\nEND:VCARD\r\n')]);
      const merge = plan.merged[0];
      assert.deepEqual(merge?.fields, ['tags'], before);
      const written = applyEdits(lena, merge.edits);
      assert.ok(written.ok);
      assert.equal(written.ok && written.value, lena.replace(before, after), before);
    }
  });

  it('adds no phone the note has, however written (regression: the same phone was added again when written differently)', async () => {
    const ann = ['---', 'name: Ann Lee', 'email: ann@acme.example', 'phone: "+1 (202) 555-0143"', 'next:', '---', ''].join('\n');
    const diary = new Diary(new Map([['diary/ann-lee.md', ann]]));
    const card = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nEMAIL:ann@acme.example\r\nTEL:+1 202-555-0143\r\nTEL:(408) 555-0101\r\nTEL:+1 408-555-0101\r\nEND:VCARD\r\n';
    const plan = await diary.plan([text('ann.vcf', card), text('ann.csv', 'Name,Email,Phone\nAnn Lee,ann@acme.example,1-408-555-0101\n')]);
    // A number is the same with or without its country code (the last nine digits), and another number is added.
    assert.deepEqual(plan.merged.map((m) => m.fields), [['phones']]);
    diary.write(plan);
    assert.match(diary.files.get('diary/ann-lee.md')!, /\nphones: \[\(408\) 555-0101\]\n/);
    // Numbers too short to tell by their last digits are told by all of them.
    const short = await new Diary().plan([text('s.vcf', 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo\r\nTEL:555-0100\r\nTEL:1 555-0100\r\nTEL:555 0100\r\nEND:VCARD\r\n')]);
    assert.match(short.created[0]!.text, /\nphone: 555-0100\n.*\nphones: \[1 555-0100\]\n/s);
  });

  it('matches by name and company when no email does, a legal form aside', async () => {
    const bob = ['---', 'name: Bob Smith', 'company: Northwind', 'next:', '---', ''].join('\n');
    const diary = new Diary(new Map([['diary/bob.md', bob]]));
    const plan = await diary.plan([fixture('iphone.vcf')]);
    const merge = plan.merged.find((m) => m.name === 'Bob Smith');
    assert.equal(merge?.matchedBy, 'same name and company');
    assert.deepEqual(merge?.fields, ['birthday', 'email', 'phone']);
    // Jane's introducer is the existing note now.
    assert.match(plan.created.find((n) => n.name === 'Jane Doe')!.text, /\nintroduced_by: '\[\[bob\]\]'\n/);
  });

  it('adds a birthday with its year unquoted, as the reader and New Contact… write it (regression: it was written \'1985-03-02\', quoted)', async () => {
    const jane = ['---', 'name: Jane Doe', 'email: jane@acme.example', 'next: 2026-12-01', '---', ''].join('\n');
    const diary = new Diary(new Map([['diary/jane.md', jane]]));
    const card = text('phone.vcf', 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jane Doe\r\nEMAIL:JANE@acme.example\r\nBDAY:1985-03-02\r\nEND:VCARD\r\n');
    const plan = await diary.plan([card]);
    assert.deepEqual(plan.merged.map((m) => m.fields), [['birthday']]);
    diary.write(plan);
    const after = diary.files.get('diary/jane.md')!;
    assert.equal(after, jane.replace('next: 2026-12-01\n', 'next: 2026-12-01\nbirthday: 1985-03-02\n'));
    const read = readContactText('diary/jane.md', after);
    assert.ok(read.kind === 'contact');
    assert.deepEqual(read.contact.birthday, { year: 1985, month: 3, day: 2 });
  });

  it('writes a new note\'s birthday with its year unquoted (regression: \'1985-07-14\', quoted as text, in new notes too)', async () => {
    const diary = new Diary(new Map());
    const plan = await diary.plan([text('fr.csv', 'Prénom;Nom;Société;Adresse de messagerie;Anniversaire\nÉlodie;Marchand;Papeterie Marchand;elodie@papeterie.example;14/07/1985\n')]);
    const note = plan.created[0]!.text;
    assert.match(note, /^birthday: 1985-07-14$/m);
    const read = readContactText('x.md', note);
    assert.ok(read.kind === 'contact');
    assert.deepEqual(read.contact.birthday, { year: 1985, month: 7, day: 14 });
  });

  it('leaves out Google\'s myContacts from a vCard\'s categories too (regression: every contact was tagged myContacts)', async () => {
    const diary = new Diary(new Map());
    const card = text('google.vcf', 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kofi Mensah\r\nCATEGORIES:myContacts,Customers\r\nEND:VCARD\r\n');
    const plan = await diary.plan([card]);
    assert.match(plan.created[0]!.text, /^tags: \[Customers\]$/m);
  });

  it('matches the columns of exports in German, French and Spanish by their names', () => {
    const columns = (csv: string) => { const r = text('x.csv', csv); return r.csv!.mapping.map((m) => m.field); };
    assert.deepEqual(columns('Vorname;Nachname;Firma;E-Mail-Adresse;Mobiltelefon;Geburtstag;Kategorien;Notizen\nJürgen;Schäfer;Druckerei;j@d.example;+49 1;;;\n'),
      ['first', 'last', 'company', 'email', 'phone', 'birthday', 'tags', 'detail']);
    assert.deepEqual(columns('Prénom,Nom,Société,Fonction,Adresse de messagerie,Téléphone mobile\nÉlodie,Marchand,P,Gérante,e@p.example,+33 6\n'),
      ['first', 'last', 'company', 'role', 'email', 'phone']);
    assert.deepEqual(columns('Nombre,Apellidos,Empresa,Puesto,Correo electrónico,Teléfono,Cumpleaños\nLucía,García,I,Jefa,l@i.example,+34 6,1990-02-03\n'),
      ['first', 'last', 'company', 'role', 'email', 'phone', 'birthday']);
  });

  it('creates nothing and changes nothing when the same files are imported twice', async () => {
    const diary = new Diary(new Map([['diary/contacts/jane-doe.md', existing]]));
    const files = ['iphone.vcf', 'android-2.1.vcf', 'v4.vcf', 'Connections.csv', 'google.csv', 'outlook.csv', 'generic.csv'];
    const first = await diary.plan(files.map(fixture), { tag: 'imported' });
    assert.ok(first.created.length > 10);
    diary.write(first);
    const snapshot = new Map(diary.files);
    const second = await diary.plan(files.map(fixture), { tag: 'imported' });
    assert.deepEqual(second.created, []);
    assert.deepEqual(second.merged, []);
    diary.write(second);
    assert.deepEqual(diary.files, snapshot);
    assert.ok(second.skipped.every((s) => /already in the diary as .*nothing to add|the same person as/.test(s.reason)), JSON.stringify(second.skipped));
  });

  it('reads the same person in two files (and twice in one) as one note, with both files named', async () => {
    const twice = text('twice.csv', 'Name,Email,Phone\nJane Doe,jane@acme.example,\nJ. Doe,Jane@Acme.example,+44 1\n');
    const plan = await new Diary().plan([fixture('iphone.vcf'), fixture('Connections.csv'), twice]);
    const janes = plan.created.filter((n) => n.name === 'Jane Doe');
    assert.equal(janes.length, 1);
    assert.deepEqual(janes[0]!.sources.map((s) => `${s.file}:${s.line}`), ['iphone.vcf:1', 'Connections.csv:5', 'twice.csv:2', 'twice.csv:3']);
    assert.match(janes[0]!.text, /From iphone\.vcf and Connections\.csv and twice\.csv on 2026-11-23\./);
    assert.match(janes[0]!.text, /- Connected on LinkedIn: 14 Mar 2021/);
    assert.match(janes[0]!.text, /\nphones: \[\+44 20 7946 0000, \+44 1\]\n/);
    const skipped = plan.skipped.filter((s) => s.name === 'Jane Doe' || s.name === 'J. Doe');
    assert.deepEqual(skipped.map((s) => s.reason), [
      'the same person as line 1 of iphone.vcf (same email jane@acme.example): read as one',
      'the same person as line 1 of iphone.vcf (same email jane@acme.example): read as one',
      'the same person as line 1 of iphone.vcf (same email Jane@Acme.example): read as one',
    ]);
  });

  it('tells apart namesakes with different LinkedIn profiles (regression: José Núñez and Jose Nunez became one note)', async () => {
    const csv = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nJosé,Núñez,https://www.linkedin.com/in/jose-nunez-1,,,,01 Dec 2026\nJose,Nunez,https://www.linkedin.com/in/jose-nunez-2,,,,02 Dec 2026\nJosé,Núñez,https://www.linkedin.com/in/jose-nunez-1/,,,,03 Dec 2026\n';
    const plan = await new Diary().plan([text('Connections.csv', csv)]);
    assert.equal(plan.created.length, 2);
    // The same profile twice is one person.
    assert.equal(plan.skipped.length, 1);
  });

  it('tells apart namesakes with different LinkedIn profiles against the diary too (regression: both merged into hugo-berg.md)', async () => {
    const csv = (...rows: Array<[number, string]>) => text('Connections.csv', `First Name,Last Name,URL,Email Address,Company,Position,Connected On\n${
      rows.map(([n, role]) => `Hugo,Berg,https://www.linkedin.com/in/hugo-berg-${n},,Nordic Paper,${role},0${n} Dec 2026\n`).join('')}`);
    const diary = new Diary();
    diary.write(await diary.plan([csv([1, 'Buyer'])]));
    // The note an import made records its profile: another profile is another person, in either order.
    const plan = await diary.plan([csv([2, 'Printer'], [1, 'Buyer'])]);
    assert.deepEqual(plan.created.map((n) => n.path), ['diary/contacts/hugo-berg-2.md']);
    assert.match(plan.created[0]!.text, /\nrole: Printer\n[^]*- LinkedIn: https:\/\/www\.linkedin\.com\/in\/hugo-berg-2\n/);
    assert.deepEqual(plan.merged, []);
    assert.match(plan.skipped[0]?.reason ?? '', /^already in the diary as diary\/contacts\/hugo-berg\.md \(same profile linkedin\.com\/in\/hugo-berg-1\)/);
    // A note that records none is the first profile's; a second profile is someone else.
    const own = new Diary(new Map([['diary/hugo.md', ['---', 'name: Hugo Berg', 'company: Nordic Paper', 'next:', '---', ''].join('\n')]]));
    const second = await own.plan([csv([1, 'Buyer'], [2, 'Printer'])]);
    assert.deepEqual(second.merged.map((m) => [m.path, m.fields]), [['diary/hugo.md', ['role']]]);
    assert.deepEqual(second.created.map((n) => n.path), ['diary/contacts/hugo-berg.md']);
    // A profile the note records that the new export doesn't hold is their old address, changed
    // since: the same person, not a second note (regression: jane-doe-2.md for a new vanity URL).
    const renamed = await diary.plan([csv([3, 'Buyer'])]);
    assert.deepEqual(renamed.created, []);
    assert.match(renamed.skipped[0]?.reason ?? '', /^already in the diary as diary\/contacts\/hugo-berg\.md/);
  });

  it('regression: LinkedIn twins (one name and company, two profiles) got a new note on every re-import', async () => {
    const twins = text('Connections.csv', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n' +
      'John,Smith,https://www.linkedin.com/in/johnsmith-ibm-1,,IBM,Architect,01 Jan 2020\nJohn,Smith,https://www.linkedin.com/in/john-smith-7b2a,,IBM,Sales Lead,05 May 2021\n');
    const diary = new Diary();
    const first = await diary.plan([twins]);
    assert.deepEqual(first.created.map((n) => n.path), ['diary/contacts/john-smith.md', 'diary/contacts/john-smith-2.md']);
    // The file given twice is the same two people.
    assert.deepEqual((await diary.plan([twins, twins])).created.map((n) => n.path), ['diary/contacts/john-smith.md', 'diary/contacts/john-smith-2.md']);
    diary.write(first);
    const snapshot = new Map(diary.files);
    // In either order of the diary's contacts, and with the file given twice.
    for (const reads of [[twins], [twins, twins]]) {
      for (const reversed of [false, true]) {
        const contacts = reversed ? diary.contacts().reverse() : diary.contacts();
        const again = await diary.plan(reads, { contacts });
        assert.deepEqual([again.created, again.merged], [[], []]);
        assert.deepEqual(again.skipped.filter((s) => s.reason.startsWith('already')).map((s) => s.reason.replace(/;.*/, '')), [
          'already in the diary as diary/contacts/john-smith.md (same profile linkedin.com/in/johnsmith-ibm-1)',
          'already in the diary as diary/contacts/john-smith-2.md (same profile linkedin.com/in/john-smith-7b2a)',
        ]);
      }
    }
    diary.write(await diary.plan([twins]));
    assert.deepEqual(diary.files, snapshot);
  });

  it('regression: a person whose company changed or was filled in by hand was imported again, though their LinkedIn profile or phone was the same', async () => {
    const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n';
    const diary = new Diary();
    diary.write(await diary.plan([text('Connections.csv', `${header}Jane,Doe,https://www.linkedin.com/in/janedoe,,,Director,07 Dec 2026\n`)]));
    // The user fills in her company by hand.
    diary.files.set('diary/contacts/jane-doe.md', diary.files.get('diary/contacts/jane-doe.md')!.replace('\nrole:', '\ncompany: Acme Print\nrole:'));
    const same = await diary.plan([text('Connections.csv', `${header}Jane,Doe,https://www.linkedin.com/in/janedoe,,,Director,07 Dec 2026\n`)]);
    assert.deepEqual([same.created, same.merged], [[], []]);
    assert.match(same.skipped[0]!.reason, /^already in the diary as diary\/contacts\/jane-doe\.md \(same profile linkedin\.com\/in\/janedoe\); nothing to add/);
    // A newer export: the same profile at another company (written another way) is still her.
    const newer = await diary.plan([text('Connections.csv', `${header}Jane,Doe,http://linkedin.com/in/JaneDoe/,,Globex,VP,01 Mar 2027\n`)]);
    assert.deepEqual([newer.created, newer.merged], [[], []]);

    // A phone's card: the same name and number are the same person, at any company, the number in phones: too.
    const card = (org: string, tel: string) => text('phone.vcf', `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lena Vogel\r\nORG:${org}\r\nTEL:${tel}\r\nEND:VCARD\r\n`);
    diary.files.set('diary/lena.md', ['---', 'name: Lena Vogel', 'company: Vogel Druck', 'phone: +49 30 1234567', 'phones: [+49 171 2345678]', 'next:', '---', ''].join('\n'));
    const moved = await diary.plan([card('Globex', '030 1234567'), card('Initech', '0171 2345678')]);
    assert.deepEqual([moved.created, moved.merged], [[], []]);
    assert.deepEqual(moved.skipped.map((s) => s.reason.replace(/;.*/, '')), [
      'the same person as line 1 of phone.vcf (same name and phone 0171 2345678): read as one',
      'already in the diary as diary/lena.md (same name and phone 030 1234567)',
    ]);
  });

  it('regression: of namesakes sharing an office number, a row went into the other company\'s note (same name and phone)', async () => {
    const note = (company: string) => ['---', 'name: Pat Lee', `company: ${company}`, 'phone: "+1 425 555 0110"', 'next:', '---', ''].join('\n');
    const diary = new Diary(new Map([['diary/pat-lee.md', note('Acme')], ['diary/pat-lee-2.md', note('Globex')]]));
    const plan = await diary.plan([text('people.csv', 'Name,Company,Phone,Email\nPat Lee,Acme,(425) 555-0110,pat@acme.example\nPat Lee,Globex,(425) 555-0110,pat@globex.example\n')]);
    assert.deepEqual(plan.merged.map((m) => [m.path, m.fields.join(',')]).sort(), [['diary/pat-lee-2.md', 'email'], ['diary/pat-lee.md', 'email']]);
    assert.deepEqual(plan.created, []);
  });

  it('regression: a phone written as a bare number (phone: 4255550177) matched, then was added again under phones:', async () => {
    const diary = new Diary(new Map([['diary/kay.md', ['---', 'name: Kay Poe', 'company: Acme', 'phone: 4255550177', 'next:', '---', ''].join('\n')]]));
    const plan = await diary.plan([text('people.csv', 'Name,Company,Phone\nKay Poe,Initech,+1 (425) 555-0177\n')]);
    assert.deepEqual([plan.created, plan.merged], [[], []]);
    assert.match(plan.skipped[0]!.reason, /^already in the diary as diary\/kay\.md \(same name and phone/);
  });

  it('keeps apart people who share a number but not a name, and says when a new note has the name of a contact nothing else matched', async () => {
    const diary = new Diary(new Map([['diary/sam.md', ['---', 'name: Sam Lee', 'company: Acme', 'phone: +44 20 7946 0000', 'next:', '---', ''].join('\n')]]));
    const vcf = text('office.vcf', ['Ann Lee', 'Bo Chen'].map((fn) => `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${fn}\r\nORG:Acme\r\nTEL;TYPE=WORK:+44 20 7946 0000\r\nEND:VCARD\r\n`).join(''));
    const csv = text('people.csv', 'Name,Company\nSam Lee,Globex\n');
    const plan = await diary.plan([vcf, csv]);
    assert.deepEqual(plan.created.map((n) => [n.path, n.possibleDuplicateOf]), [
      ['diary/contacts/ann-lee.md', undefined], ['diary/contacts/bo-chen.md', undefined], ['diary/contacts/sam-lee.md', 'diary/sam.md'],
    ]);
    const lines = previewLines([vcf, csv], plan, (f) => f);
    assert.ok(lines.includes('  Sam Lee → diary/contacts/sam-lee.md — possible duplicate of diary/sam.md'), lines.join('\n'));
  });

  it('keeps apart people named by emoji or symbols alone, in one file and against the diary (regression: 🏠\'s phone went into ❤️\'s note)', async () => {
    const cards = (...people: Array<[string, string]>) => people.map(([fn, prop]) => `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${fn}\r\n${prop}\r\nEND:VCARD\r\n`).join('');
    const diary = new Diary();
    const first = await diary.plan([text('emoji.vcf', cards(['❤️', 'TEL:+44 7700 900001'], ['🏠', 'TEL:+44 20 7946 0002'], ['***', 'TEL:+44 20 7946 0003']))]);
    assert.deepEqual(first.skipped, []);
    assert.deepEqual(first.created.map((n) => [n.name, n.path]), [['❤️', 'diary/contacts/contact.md'], ['🏠', 'diary/contacts/contact-2.md'], ['***', 'diary/contacts/contact-3.md']]);
    assert.match(first.created[0]!.text, /\nphone: \+44 7700 900001\n/);
    assert.match(first.created[1]!.text, /\nphone: \+44 20 7946 0002\n/);
    diary.write(first);
    // Imported again later, a third emoji-named place is no one of the diary either.
    const again = await diary.plan([text('more.vcf', cards(['🍕', 'EMAIL:pizza@example.com']))]);
    assert.deepEqual(again.merged, []);
    assert.deepEqual(again.created.map((n) => n.path), ['diary/contacts/contact-4.md']);
  });

  it('matches a CJK name written with or without the space between family and given name (regression: 王 小明 beside 王小明)', async () => {
    const diary = new Diary(new Map([['diary/wang.md', ['---', 'next:', '---', '# 王小明', ''].join('\n')], ['diary/yamada.md', ['---', 'name: 山田 太郎', 'next:', '---', ''].join('\n')]]));
    const plan = await diary.plan([text('cjk.vcf', 'BEGIN:VCARD\r\nVERSION:3.0\r\nN:王;小明;;;\r\nTEL:+86 1\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:山田太郎\r\nTEL:+81 2\r\nEND:VCARD\r\n')]);
    assert.deepEqual(plan.created, []);
    assert.deepEqual(plan.merged.map((m) => m.path).sort(), ['diary/wang.md', 'diary/yamada.md']);
  });

  it('tells apart namesakes at different companies', async () => {
    const plan = await new Diary().plan([text('n.csv', 'Name,Company\nSam Lee,Acme\nSam Lee,Globex\nSam Lee,Acme Ltd\n')]);
    assert.deepEqual(plan.created.map((n) => n.path), ['diary/contacts/sam-lee.md', 'diary/contacts/sam-lee-2.md']);
  });

  it('skips a contact that can\'t be read, saying why, and plans the rest', async () => {
    const diary = new Diary(new Map([['diary/jane.md', existing]]));
    const options = diary.options({ readText: async () => fail('permission denied') });
    const plan = await planImport([fixture('iphone.vcf')], options);
    assert.ok(plan.ok);
    assert.match(plan.value.skipped.find((s) => s.name === 'Jane Doe')!.reason, /in the diary as diary\/jane\.md \(same email jane@acme\.example\), which can't be read: permission denied/);
    assert.equal(plan.value.created.length, 2);
  });
});

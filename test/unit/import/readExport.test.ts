import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ExportRead, readExport } from '../../../src/core/import';

const FIXTURES = join(__dirname, '../../fixtures/import');

/** A fixture read as the import reads it; fails the test when it is refused. */
function read(name: string): ExportRead {
  const r = readExport(name, readFileSync(join(FIXTURES, name)));
  if (!r.ok) assert.fail(r.error);
  return r.value;
}

const person = (r: ExportRead, name: string) => r.people.find((p) => p.name === name) ?? assert.fail(`no ${name} in ${r.file}`);

describe('readExport: vCard', () => {
  it('reads an iPhone 3.0 export: preferred email and phone first, ORG units, Apple labels, the 1604 birthday, photo skipped', () => {
    const r = read('iphone.vcf');
    assert.equal(r.formatName, 'vCard 3.0');
    const jane = person(r, 'Jane Doe');
    assert.equal(jane.company, 'Acme Print');
    assert.equal(jane.role, 'Director of Marketing');
    assert.deepEqual(jane.emails, ['jane@acme.example', 'jane.doe@mail.example']);
    assert.deepEqual(jane.phones, ['+44 7700 900123', '+44 20 7946 0000']);
    assert.equal(jane.birthday, '--05-14');
    assert.deepEqual(jane.tags, ['printing', 'met-at-expo']);
    assert.deepEqual(jane.related, ['Bob Smith']);
    assert.deepEqual(jane.details.map((d) => d.label), ['Department', 'Address (work)', 'Note', 'URL (homepage)', 'Related (friend)']);
    assert.equal(jane.details.find((d) => d.label === 'Note')?.value, 'Met at the print expo.\nInterested in short runs, oak samples.');
    assert.ok(!JSON.stringify(r.people).includes('AAECAwQF'), 'no photo data is kept');
    assert.equal(person(r, 'Bob Smith').birthday, '1980-02-29');
  });

  it('reads an Android 2.1 export: quoted-printable UTF-8 with soft line breaks, bare TYPEs, --MMDD, a base64 photo', () => {
    const r = read('android-2.1.vcf');
    assert.equal(r.formatName, 'vCard 2.1');
    const zoe = person(r, 'Zoë Ñúñez');
    assert.equal(zoe.company, 'Imprenta García');
    assert.deepEqual(zoe.phones, ['+34 600 123 456', '+34 910 000 000']);
    assert.equal(zoe.birthday, '--03-22');
    assert.equal(zoe.details[0]?.value, 'Conocida en la feria de Madrid. Le interesa el papél reciclado y las tiradas cortas.');
    // A 2.1 fold keeps its blank: the words stay apart.
    assert.match(person(r, '王芳').details[0]!.value, /when it was written out/);
  });

  it('reads a 4.0 card: PREF=1, a tel: URI, RELATED as text (a urn: is kept in the body only), --MMDD', () => {
    const carol = person(read('v4.vcf'), 'Carol West');
    assert.deepEqual(carol.emails, ['carol@globex.example', 'carol.west@mail.example']);
    assert.deepEqual(carol.phones, ['+1-555-555-0100']);
    assert.equal(carol.birthday, '--12-31');
    assert.deepEqual(carol.related, ['Jane Doe']);
    assert.ok(carol.details.some((d) => d.value.startsWith('urn:uuid:')));
  });

  it('reports a card with no name, a line that is no property and a card that never ends, and reads the rest', () => {
    const r = read('broken.vcf');
    assert.deepEqual(r.people.map((p) => p.name), ['Good Card']);
    assert.deepEqual(r.problems.map((p) => p.line), [1, 8, 10]);
    assert.match(r.problems[0]!.reason, /no name .*nobody@nowhere\.example/);
    assert.match(r.problems[2]!.reason, /never ends/);
  });

  it('reads a card folded inside a character as its whole name (regression: "Jos�� Müller", the split é shown as two bad bytes)', () => {
    const enc = (t: string) => Buffer.from(t, 'utf8');
    /** `FN:` and the name, folded with `eol` and `blank` after `cut` bytes of it: inside a character. */
    const folded = (name: string, cut: number, eol: string, blank: string) => {
      const line = enc(`FN:${name}`);
      return Buffer.concat([line.subarray(0, 3 + cut), enc(eol + blank), line.subarray(3 + cut)]);
    };
    const card = (fn: Buffer, eol: string) => Buffer.concat([enc(`BEGIN:VCARD${eol}VERSION:3.0${eol}`), fn, enc(`${eol}TEL:+44 20 7946 0000${eol}END:VCARD${eol}`)]);
    const cases: Array<[string, number, string, string]> = [
      ['José Müller', 4, '\r\n', ' '], // é is 2 bytes: cut after its first
      ['王小明', 4, '\n', ' '], // 小 is 3 bytes: cut after its first
      ['王小明', 5, '\r\n', '\t'], // … or its second
      ['Ana 🌻 Silva', 6, '\r\n', ' '], // 🌻 is 4 bytes: cut after its second
    ];
    for (const [name, cut, eol, blank] of cases) {
      const bytes = card(folded(name, cut, eol, blank), eol);
      const before = Buffer.from(bytes);
      const r = readExport('split.vcf', bytes);
      assert.ok(r.ok);
      assert.deepEqual(r.value.people.map((p) => p.name), [name.replace(' 🌻', '')], JSON.stringify(name));
      assert.equal(r.value.encodingNote, undefined);
      assert.ok(before.equals(bytes), 'the caller\'s bytes are left as they were');
    }
    // A bad byte that no fold explains is still named, on its line.
    const stray = readExport('stray.vcf', Buffer.concat([enc('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jürgen Müller Jos'), Buffer.from([0xc3]), enc('\r\n x\r\nEND:VCARD\r\n')]));
    assert.ok(stray.ok);
    assert.match(stray.value.encodingNote ?? '', /UTF-8 but for a byte that is not \(line 3\)/);
  });

  it('regression: a .vcf joining UTF-8 cards and Outlook\'s Windows-1252 cards garbled one or the other ("J�rgen M�ller", "GarcÃ­a")', () => {
    const utf8 = (t: string) => Buffer.from(t, 'utf8');
    const cp1252 = (t: string) => Buffer.from(t, 'latin1');
    const phone = (fn: string) => utf8(`BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${fn}\r\nNOTE:Conoció en la feria de Málaga; habla español\r\nEND:VCARD\r\n`);
    const v4 = utf8('BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Carlos García\r\nEND:VCARD\r\n');
    // As Outlook writes a card: its own code page, and UTF-8 named for a property of ASCII alone.
    const outlook = (fn: string, charset = ';CHARSET=Windows-1252') => cp1252(`BEGIN:VCARD\r\nVERSION:2.1\r\nFN${charset}:${fn}\r\nORG${charset}:Müller & Söhne GmbH\r\nX-MS-OL-DESIGN;CHARSET=utf-8:<card/>\r\nEND:VCARD\r\n`);
    const names = (bytes: Buffer) => {
      const r = readExport('contacts.vcf', bytes);
      assert.ok(r.ok);
      return { names: r.value.people.map((p) => p.name), encoding: r.value.encoding, note: r.value.encodingNote };
    };
    // Mostly UTF-8, the file was read as UTF-8 with bad bytes.
    assert.deepEqual(names(Buffer.concat([phone('Zoë Núñez'), v4, outlook('Jürgen Müller')])), {
      names: ['Zoë Núñez', 'Carlos García', 'Jürgen Müller'], encoding: 'mixed',
      note: 'contacts.vcf joins cards in different encodings: the card at line 10 was read as Windows-1252, as its CHARSET says; the rest as UTF-8. Check that accented names look right.',
    });
    // Mostly Windows-1252, the file was read as Windows-1252; a card naming no CHARSET is read so.
    assert.deepEqual(names(Buffer.concat([v4, outlook('Jürgen Müller'), outlook('Françoise Lefèvre', '')])), {
      names: ['Carlos García', 'Jürgen Müller', 'Françoise Lefèvre'], encoding: 'mixed',
      note: 'contacts.vcf joins cards in different encodings: the card at line 5 was read as Windows-1252, as its CHARSET says; the card at line 11 was read as Windows-1252 (it is not UTF-8 and names no CHARSET); the rest as UTF-8. Check that accented names look right.',
    });
    // A file in one encoding is read as before.
    assert.deepEqual(names(Buffer.concat([outlook('Jürgen Müller'), outlook('Françoise Lefèvre', '')])), {
      names: ['Jürgen Müller', 'Françoise Lefèvre'], encoding: 'windows-1252',
      note: 'contacts.vcf is not UTF-8: it was read as Windows-1252 (Western European); check that accented names look right, and if they don\'t (a file from Central or Eastern Europe, say), save it as UTF-8 and import it again.',
    });
  });

  it('regression: Android\'s and Google\'s cards with only an organisation were dropped as having no name', () => {
    const vcf = [
      'BEGIN:VCARD', 'VERSION:2.1', 'ORG:Fabrikam Inc.', 'TEL;WORK:+1 425-555-0110', 'END:VCARD',
      'BEGIN:VCARD', 'VERSION:3.0', 'FN:', 'N:;;;;', 'ORG:Contoso Pharmacy;Dispensary', 'TEL;TYPE=WORK:+1 425-555-0111', 'END:VCARD',
      'BEGIN:VCARD', 'VERSION:2.1', 'N:;;;;', 'FN:', 'TEL;CELL:+15555550199', 'END:VCARD',
      'BEGIN:VCARD', 'VERSION:3.0', 'ORG:;', 'END:VCARD', '',
    ].join('\r\n');
    const r = readExport('android.vcf', new TextEncoder().encode(vcf));
    assert.ok(r.ok);
    assert.deepEqual(r.value.people.map((p) => [p.name, p.company, p.phones[0]]), [
      ['Fabrikam Inc.', 'Fabrikam Inc.', '+1 425-555-0110'], ['Contoso Pharmacy', 'Contoso Pharmacy', '+1 425-555-0111'],
    ]);
    // A card that truly has no name says so, and what it can be found by.
    assert.deepEqual(r.value.problems.map((p) => `${p.line}: ${p.reason}`), [
      '13: a card with no name (FN and N empty or absent) and no ORG — +15555550199, so no note was made',
      '19: a card with no name (FN and N empty or absent) and no ORG, so no note was made',
    ]);
  });

  it('takes a company card (X-ABShowAs: COMPANY) by its company name', () => {
    const text = 'BEGIN:VCARD\nVERSION:3.0\nN:;;;;\nFN:\nORG:Acme Print;\nX-ABShowAs:COMPANY\nEND:VCARD\n';
    const r = readExport('c.vcf', new TextEncoder().encode(text));
    assert.ok(r.ok);
    assert.equal(r.value.people[0]?.name, 'Acme Print');
  });
});

describe('readExport: group cards', () => {
  it('leaves the title N names out of the name, keeping it in the body (regression: dr-siobhan-o-brien.md)', () => {
    const r = readExport('t.vcf', new TextEncoder().encode("BEGIN:VCARD\r\nVERSION:3.0\r\nN:O'Brien;Siobhán;;Dr.;\r\nFN:Dr. Siobhán O'Brien\r\nEND:VCARD\r\n"));
    const p = r.ok ? r.value.people[0] : undefined;
    assert.deepEqual([p?.name, p?.details], ["Siobhán O'Brien", [{ label: 'Title', value: 'Dr.' }]]);
  });

  it('writes a vCard 4 tel: URI as a person writes the number, its extension too', () => {
    const r = readExport('t.vcf', new TextEncoder().encode('BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ole Lund\r\nTEL;VALUE=uri:tel:+1-555-555-5555;ext=5555\r\nEND:VCARD\r\n'));
    assert.deepEqual(r.ok && r.value.people[0]?.phones, ['+1-555-555-5555 ext. 5555']);
  });

  it('reads iCloud\'s and vCard 4\'s group cards as their members\' tags, not as people (regression: "Book Club" became a contact)', () => {
    const vcf = [
      'BEGIN:VCARD', 'VERSION:3.0', 'FN:Ines Duarte', 'UID:AB12-CD34', 'EMAIL:ines@duarte.example', 'END:VCARD',
      'BEGIN:VCARD', 'VERSION:3.0', 'FN:Book Club', 'N:Book Club;;;;', 'X-ADDRESSBOOKSERVER-KIND:group', 'X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:ab12-cd34', 'END:VCARD',
      'BEGIN:VCARD', 'VERSION:4.0', 'FN:Team Alpha', 'KIND:group', 'MEMBER:urn:uuid:AB12-CD34', 'END:VCARD', '',
    ].join('\r\n');
    const r = readExport('groups.vcf', new TextEncoder().encode(vcf));
    assert.ok(r.ok);
    assert.deepEqual(r.ok && [r.value.people.map((p) => [p.name, p.tags]), r.value.groups], [[['Ines Duarte', ['Book Club', 'Team Alpha']]], ['Book Club', 'Team Alpha']]);
  });
});

describe('readExport: CSV', () => {
  it('reads a UTF-8 file with a stray byte as UTF-8, naming the line (regression: every accent garbled, "JÃ¼rgen")', () => {
    const enc = (t: string) => [...new TextEncoder().encode(t)];
    const bytes = new Uint8Array([...enc('Name,Company\nJürgen Müller,Kraftwerk GmbH\nJos'), 0xe9, ...enc(' Ruiz,Café Sol\n')]);
    const r = readExport('mixed.csv', bytes);
    assert.ok(r.ok);
    assert.deepEqual(r.ok && [r.value.encoding, r.value.people.map((p) => p.name)], ['utf-8', ['Jürgen Müller', 'Jos\uFFFD Ruiz']]);
    assert.equal(r.ok && r.value.encodingNote, 'mixed.csv is UTF-8 but for a byte that is not (line 3): shown as �, check that line.');
  });

  it('reads German Outlook\'s columns, leaving out its bookkeeping (regression: SMTP and a display name became emails, "Priorität: Normal" filled the body)', () => {
    const csv = [
      'Vorname,Weitere Vornamen,Nachname,Firma,Position,E-Mail-Adresse,E-Mail-Typ,E-Mail: angezeigter Name,Telefon Assistent,Telefon geschäftlich,Priorität,Privat,Geschlecht,Jahrestag,Geburtstag',
      'Jürgen,Karl,Müller,Firma GmbH,Einkauf,juergen@firma.example,SMTP,Jürgen Müller (juergen@firma.example),+49 30 999999,+49 30 123456,Normal,Aus,Nicht angegeben,0.0.00,05.04.1980',
    ].join('\r\n');
    const r = readExport('outlook-de.csv', new TextEncoder().encode(csv));
    assert.ok(r.ok, r.ok ? '' : r.error);
    const p = r.ok ? r.value.people[0] : undefined;
    assert.deepEqual([p?.name, p?.company, p?.role, p?.emails, p?.phones, p?.birthday], ['Jürgen Karl Müller', 'Firma GmbH', 'Einkauf', ['juergen@firma.example'], ['+49 30 123456'], '1980-04-05']);
    assert.deepEqual(p?.details, [{ label: 'Telefon Assistent', value: '+49 30 999999' }]);
  });

  it('says an empty file is empty, and a workbook to be saved as CSV', () => {
    assert.deepEqual(readExport('none.csv', new Uint8Array()), { ok: false, error: 'none.csv is empty: expected a vCard file (.vcf, BEGIN:VCARD) or a CSV whose header row names its columns (a name, or first and last name), as phones, LinkedIn, Google and Outlook export them.' });
    const xlsx = readExport('contacts.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]));
    assert.match(xlsx.ok ? '' : xlsx.error, /^contacts\.xlsx is not a contacts export \(it is a spreadsheet workbook: save it as CSV first\)/);
  });

  it('keeps only addresses as emails, and an assistant\'s phone out of the person\'s (regression: "3" and "false" became emails)', () => {
    const csv = [
      'Record ID,First Name,Last Name,Email,Email Domain,Phone Number,Asst. Phone,Account Name,Marketing emails opened,Unsubscribed from all email,Contact owner',
      '101,Ada,Baker,ada@baker.example,baker.example,+44 20 7946 0101,+44 20 7946 0999,Baker & Co,3,false,Sam',
    ].join('\r\n');
    const r = readExport('hubspot.csv', new TextEncoder().encode(csv));
    assert.ok(r.ok, r.ok ? '' : r.error);
    const person = r.ok ? r.value.people[0] : undefined;
    assert.deepEqual([person?.emails, person?.phones, person?.company], [['ada@baker.example'], ['+44 20 7946 0101'], 'Baker & Co']);
    // Nothing is lost: what is no address is kept in the body under its column's name.
    const details = Object.fromEntries((person?.details ?? []).map((d) => [d.label, d.value]));
    assert.deepEqual([details['Email Domain'], details['Marketing emails opened'], details['Unsubscribed from all email'], details['Asst. Phone']],
      ['baker.example', '3', 'false', '+44 20 7946 0999']);
  });

  it('keeps only numbers as phones, the rest of a phone column in the body (regression: "Mobile" and "No" became phones)', () => {
    const csv = 'Name,Company,Phone,Phone Type,Mobile Phone Opt Out,Home Phone\nAnn Lee,Acme,+1 555 0100,Mobile,No,"ext. 12; +44 20 7946 0000 ext. 7; Room 101"\n';
    const r = readExport('crm.csv', new TextEncoder().encode(csv));
    const p = r.ok ? r.value.people[0] : undefined;
    assert.deepEqual(p?.phones, ['+1 555 0100', '+44 20 7946 0000 ext. 7']);
    assert.deepEqual(p?.details, [
      { label: 'Phone Type', value: 'Mobile' }, { label: 'Mobile Phone Opt Out', value: 'No' }, { label: 'Home Phone', value: 'ext. 12, Room 101' },
    ]);
  });

  it('reads a Windows-1252 CSV\'s curly quotes, dashes and € as such (regression: read as control characters)', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Name,Company\r\nSe'), 0xe1, ...new TextEncoder().encode('n O'), 0x92, ...new TextEncoder().encode('Brien,Caf'), 0xe9, 0x20, 0x80, ...new TextEncoder().encode('uro Ltd\r\n')]);
    const r = readExport('cp1252.csv', bytes);
    assert.ok(r.ok, r.ok ? '' : r.error);
    assert.deepEqual(r.ok && [r.value.people[0]?.name, r.value.people[0]?.company], ['Seán O’Brien', 'Café €uro Ltd']);
  });

  it('names a LinkedIn connection without the degrees and emoji added to the name, keeping them in the body (regression: okafor-mba-🚀.md)', () => {
    const csv = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,"Okafor, MBA 🚀",https://www.linkedin.com/in/ada-okafor-example,,Kestrel Books,Buyer,02 Dec 2026\n';
    const r = readExport('Connections.csv', new TextEncoder().encode(csv));
    const p = r.ok ? r.value.people[0] : undefined;
    assert.equal(p?.name, 'Ada Okafor');
    assert.deepEqual(p?.details.find((d) => d.label === 'Name as exported'), { label: 'Name as exported', value: 'Ada Okafor, MBA 🚀' });
  });

  it('names a connection without the pronouns and credentials after the name, keeping them in the body (regression: "Doe, CFP®" and "Doe (she/her)" stayed in names)', () => {
    const rows = ['Ann,Doe (she/her)', 'Ben,"Doe, CFP®"', 'Cat,"Doe, MBA, CFP"', 'Dan,"Doe, MS"', 'Eve,"Doe, SHRM-SCP"', 'Fay,"Doe, Ph.D. (they/them)"',
      'Gus,"Doe (he/him/his), PMP"', 'Hal,"Doe, Jr."', 'Ian,"Doe, Jr., MBA"', 'Jo,"Doe, III"'];
    const csv = `First Name,Last Name,URL,Email Address,Company,Position,Connected On\n${rows.map((r) => `${r},,,,,01 Dec 2026\n`).join('')}`;
    const r = readExport('Connections.csv', new TextEncoder().encode(csv));
    assert.deepEqual(r.ok && r.value.people.map((p) => p.name), [
      'Ann Doe', 'Ben Doe', 'Cat Doe', 'Dan Doe', 'Eve Doe', 'Fay Doe', 'Gus Doe', 'Hal Doe, Jr.', 'Ian Doe, Jr.', 'Jo Doe, III',
    ]);
    assert.deepEqual(r.ok && r.value.people[1]?.details.find((d) => d.label === 'Name as exported'), { label: 'Name as exported', value: 'Ben Doe, CFP®' });
    // Capitals after a comma are no credential in a name written in capitals, nor a single initial, nor a company's legal form.
    const other = readExport('people.csv', new TextEncoder().encode('Name,Company\n"DOE, JANE",\n"Doe, J.",\n,"Acme, LLC"\n'));
    assert.deepEqual(other.ok && other.value.people.map((p) => p.name), ['DOE, JANE', 'Doe, J.', 'Acme, LLC']);
  });

  it('keeps a joiner inside a word of a non-Latin name, and takes a whole emoji out (regression: Sinhala lost its ZWJ)', () => {
    const csv = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nශ්\u200dරී,ලංකා,https://www.linkedin.com/in/x,,,,01 Dec 2026\nAda,Okafor 👨\u200d👩\u200d👧 Dipl.-Ing.,https://www.linkedin.com/in/y,,,,01 Dec 2026\n';
    const r = readExport('Connections.csv', new TextEncoder().encode(csv));
    assert.deepEqual(r.ok && r.value.people.map((p) => p.name), ['ශ්\u200dරී ලංකා', 'Ada Okafor Dipl.-Ing.']);
  });

  it('finds LinkedIn\'s header below its Notes preamble, after a BOM', () => {
    const r = read('Connections.csv');
    assert.equal(r.format, 'linkedin');
    assert.equal(r.csv?.headerLine, 4);
    assert.deepEqual(r.people.map((p) => [p.name, p.company, p.role, p.source.line]), [
      ['Jane Doe', 'Acme Print', 'Director of Marketing', 5],
      ['Hugo Berg', 'Berg & Söhne, GmbH', 'Owner', 6],
      ['Amara Okafor', 'Lagos Print Works', 'Head of Sales, West Africa', 7],
    ]);
    assert.deepEqual(person(r, 'Jane Doe').details, [
      { label: 'LinkedIn', value: 'https://www.linkedin.com/in/jane-doe-example' },
      { label: 'Connected on LinkedIn', value: '14 Mar 2021' },
    ]);
  });

  it('reads Google Contacts: labels without myContacts, two emails and phones, a multi-line note, the relation', () => {
    const r = read('google.csv');
    assert.equal(r.format, 'google');
    const ben = person(r, 'Ben Hartley');
    assert.deepEqual(ben.tags, ['Suppliers', 'starred']);
    assert.deepEqual(ben.emails, ['ben@hartley.example', 'ben.hartley@mail.example']);
    assert.deepEqual(ben.phones, ['+44 7700 900321', '+44 1632 960000']);
    assert.equal(ben.birthday, '1975-09-02');
    assert.deepEqual(ben.related, ['Bob Smith']);
    assert.equal(ben.details.find((d) => d.label === 'Note')?.value, 'Likes oak samples.\nCall after 10.');
    // The multi-line note does not shift the next row's line number.
    assert.equal(person(r, 'Priya Shah').source.line, 6);
  });

  it('keeps a formula-looking cell as text', () => {
    assert.ok(read('google.csv').people.some((p) => p.name === '=HYPERLINK("https://evil.example")'));
  });

  it('reads Outlook: the title left out of the name (regression: and dropped, where a vCard keeps it in the body), the address parts on one line, 0/0/00 as no birthday, a D/M/YYYY birthday', () => {
    const r = read('outlook.csv');
    assert.equal(r.format, 'outlook');
    const lena = person(r, 'Lena Fischer');
    assert.equal(lena.birthday, undefined);
    assert.deepEqual(lena.tags, ['Customers', 'Trade fair']);
    assert.deepEqual(lena.details, [
      { label: 'Title', value: 'Ms.' },
      { label: 'Address (business)', value: 'Hafenstraße 5, Hamburg, 20457, Germany' },
      { label: 'Note', value: 'Prefers email.' },
    ]);
    assert.equal(person(r, 'Tom Baker').birthday, '1969-07-23');
  });

  it('reads Excel\'s UTF-16 "Unicode Text" (tab-separated) and says nothing of its encoding', () => {
    const r = read('excel-utf16.txt');
    assert.equal(r.encoding, 'utf-16le');
    assert.equal(r.encodingNote, undefined);
    assert.deepEqual(r.people.map((p) => p.name), ['José Álvarez', 'Åsa Lindqvist']);
  });

  it('reads Windows-1252 bytes, with a note for the preview', () => {
    const r = read('windows-1252.csv');
    assert.equal(r.encoding, 'windows-1252');
    assert.match(r.encodingNote ?? '', /not UTF-8: it was read as Windows-1252/);
    assert.deepEqual(r.people.map((p) => [p.name, p.company]), [['François Lefèvre', 'Imprimerie Müller'], ['Renée Côté', 'Café Crème']]);
  });

  it('matches a generic CSV\'s columns by name, keeps the others in the body, and shows the mapping', () => {
    const r = read('generic.csv');
    assert.equal(r.format, 'csv');
    assert.deepEqual(r.csv?.mapping.map((m) => m.field), ['name', 'company', 'email', 'phone', 'role', 'tags', 'detail', 'related', 'detail']);
    const ada = person(r, 'Ada Lovelace');
    assert.deepEqual(ada.tags, ['vip', 'founders']);
    // The related name is kept in the body too: `introduced_by` takes it only where it names a contact (regression: lost otherwise).
    assert.deepEqual(ada.details, [{ label: 'Note', value: 'Wants a demo in spring' }, { label: 'Referred By', value: 'Jane Doe' }, { label: 'Favourite Colour', value: 'green' }]);
  });

  it('reads a CSV again with the mapping the user changed', () => {
    const first = read('generic.csv');
    const mapping = first.csv!.mapping.map((m) => (m.header === 'Favourite Colour' ? { ...m, field: 'ignore' as const } : m.header === 'Role' ? { ...m, field: 'tags' as const } : m));
    const r = readExport('generic.csv', readFileSync(join(FIXTURES, 'generic.csv')), { mapping });
    assert.ok(r.ok);
    const ada = person(r.value, 'Ada Lovelace');
    assert.equal(ada.role, undefined);
    assert.deepEqual(ada.tags, ['Mathematician', 'vip', 'founders']);
    assert.deepEqual(ada.details.map((d) => d.label), ['Note', 'Referred By']);
  });

  it('refuses a changed mapping with no name column, or one naming a column the file lacks', () => {
    const bytes = readFileSync(join(FIXTURES, 'generic.csv'));
    const noName = readExport('generic.csv', bytes, { mapping: [{ column: 2, header: 'Email', field: 'email' }] });
    assert.deepEqual(noName, { ok: false, error: 'generic.csv: the mapping needs a column for the name (or first or last name).' });
    const far = readExport('generic.csv', bytes, { mapping: [{ column: 40, header: 'X', field: 'name' }] });
    assert.equal(far.ok, false);
  });

  it('reports an unclosed quote, a row with no name and a row with too many cells by line, and reads the rows after them', () => {
    const r = read('broken.csv');
    // Line 5 has a company and no name: named after the company, as a vCard's card is (regression: refused).
    assert.deepEqual(r.people.map((p) => p.name), ['Good One', 'After Bad', 'Acme']);
    assert.deepEqual(r.problems.map((p) => [p.line, p.reason.split(',')[0]]), [
      [3, 'a quote (") opened in this row is never closed'],
      [6, 'this row has 4 cells but the header has 3'],
    ]);
    const nameless = readExport('n.csv', new TextEncoder().encode('Name,Company,Email\n,,noname@acme.example\n'));
    assert.deepEqual(nameless.ok && nameless.value.problems.map((p) => p.reason.split(',')[0]), ['a row with no name (noname@acme.example)']);
    // Regression: a row with a phone alone said nothing to find it by.
    const phoneOnly = readExport('p.csv', new TextEncoder().encode('Name,Phone\n,+44 20 7946 0018\n'));
    assert.deepEqual(phoneOnly.ok && phoneOnly.value.problems.map((p) => p.reason.split(',')[0]), ['a row with no name (+44 20 7946 0018)']);
  });

  it('regression: Google\'s Name Prefix (Dr.) was dropped without a word, where a vCard keeps its title in the body', () => {
    const r = readExport('google.csv', new TextEncoder().encode('Name Prefix,First Name,Last Name,E-mail 1 - Value\nDr.,Ada,Lovelace,ada@example.org\n'));
    assert.ok(r.ok);
    const ada = r.ok ? r.value.people[0]! : assert.fail();
    assert.equal(ada.name, 'Ada Lovelace');
    assert.deepEqual(ada.details, [{ label: 'Title', value: 'Dr.' }]);
  });

  it('reads a CSV and a vCard whose lines end in CR alone, as Excel for Mac saves them (regression: 0 people, no problem said)', () => {
    const csv = readExport('mac.csv', new TextEncoder().encode('Name,Company,Email\rAnn Lee,Acme,ann@acme.example\rBob Ray,Beta,bob@beta.example\r'));
    assert.deepEqual(csv.ok && csv.value.people.map((p) => [p.name, p.company, p.emails]), [['Ann Lee', 'Acme', ['ann@acme.example']], ['Bob Ray', 'Beta', ['bob@beta.example']]]);
    const vcf = readExport('mac.vcf', new TextEncoder().encode('BEGIN:VCARD\rVERSION:3.0\rFN:Ann Lee\rTEL:+1 555 0100\rEND:VCARD\r'));
    assert.deepEqual(vcf.ok && vcf.value.people.map((p) => [p.name, p.phones]), [['Ann Lee', ['+1 555 0100']]]);
  });

  it('reads a row with blank cells past the header\'s last column, and refuses one with text there (regression: a trailing comma refused every row)', () => {
    const r = readExport('t.csv', new TextEncoder().encode('Name,Email,Phone\r\nAnn Lee,ann@x.example,+1 555 0100,\r\nBob Ray,bob@x.example,,  ,\r\nCy Doe,cy@x.example,,extra\r\n'));
    assert.ok(r.ok);
    assert.deepEqual(r.value.people.map((p) => p.name), ['Ann Lee', 'Bob Ray']);
    assert.deepEqual(r.value.problems.map((p) => [p.line, p.reason.split(',')[0]]), [[4, 'this row has 4 cells but the header has 3']]);
  });

  it('keeps Google\'s columns it has no key for in the body, each under the label its row gives (regression: events, custom fields and IM were dropped)', () => {
    const csv = 'First Name,Last Name,E-mail 1 - Label,E-mail 1 - Value,Relation 1 - Label,Relation 1 - Value,Event 1 - Label,Event 1 - Value,Custom Field 1 - Label,Custom Field 1 - Value,IM 1 - Label,IM 1 - Value,Photo,Address 1 - Street\n' +
      'Grace,Hopper,* Work,grace@navy.example,Spouse,Vincent Hopper,Anniversary,1930-06-15,Shoe size,7,Skype,grace.h,https://photos.example/1,1 Navy Way\n';
    const r = readExport('contacts.csv', new TextEncoder().encode(csv));
    assert.ok(r.ok);
    const grace = r.value.people[0]!;
    assert.deepEqual(grace.details.map((d) => `${d.label}: ${d.value}`), ['Spouse: Vincent Hopper', 'Anniversary: 1930-06-15', 'Shoe size: 7', 'Skype: grace.h']);
    assert.deepEqual(grace.related, ['Vincent Hopper']);
  });

  it('keeps Outlook\'s other columns in the body, reads Referred By as a related name, and leaves its bookkeeping out (regression: Hobby and Referred By were dropped)', () => {
    const csv = '"First Name","Last Name","Job Title","E-mail Address","Referred By","Hobby","Priority","Sensitivity","Gender"\n"Elodie","Lefevre","CFO","elodie@sg.example","Jean Dupont","Sailing","Normal","Normal","Unspecified"\n';
    const r = readExport('outlook.csv', new TextEncoder().encode(csv));
    assert.ok(r.ok);
    const elodie = r.value.people[0]!;
    assert.deepEqual(elodie.related, ['Jean Dupont']);
    assert.deepEqual(elodie.details.map((d) => `${d.label}: ${d.value}`), ['Referred By: Jean Dupont', 'Hobby: Sailing']);
    // The kind of each address and an identity number are bookkeeping, not the person's (regression of the change: "E-mail 2 Type: SMTP" in every note).
    const more = readExport('outlook.csv', new TextEncoder().encode('"First Name","Last Name","Job Title","E-mail Address","E-mail 2 Address","E-mail 2 Type","Government ID Number","Language"\n"Ann","Lee","CTO","ann@x.example","ann@y.example","SMTP","123-45-6789","Spanish"\n'));
    assert.ok(more.ok);
    assert.deepEqual(more.value.people[0]!.details.map((d) => `${d.label}: ${d.value}`), ['Language: Spanish']);
  });

  it('takes an Exchange contact\'s address from its display name (regression: the directory path went to the body, and the note had no email)', () => {
    const csv = '"First Name","Last Name","Company","Job Title","E-mail Address","E-mail Type","E-mail Display Name"\n' +
      '"John","Smith","Contoso","Manager","/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=1a2b-jsmith","EX","John Smith (john.smith@contoso.example)"\n';
    const r = readExport('outlook.csv', new TextEncoder().encode(csv));
    assert.ok(r.ok);
    assert.deepEqual(r.value.people[0]!.emails, ['john.smith@contoso.example']);
    assert.deepEqual(r.value.people[0]!.details, []);
  });

  it('names a Chinese, Japanese or Korean person family name first, as their phones do (regression: 太郎 山田 made a second note beside 山田 太郎)', () => {
    const vcf = readExport('jp.vcf', new TextEncoder().encode('BEGIN:VCARD\r\nVERSION:3.0\r\nN:山田;太郎;;;\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nN:김;민준;;;\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;Jane;Q.;;\r\nEND:VCARD\r\n'));
    assert.deepEqual(vcf.ok && vcf.value.people.map((p) => p.name), ['山田 太郎', '김 민준', 'Jane Q. Doe']);
    const csv = readExport('google.csv', new TextEncoder().encode('First Name,Last Name,Labels\n太郎,山田,* myContacts\nTaro,Yamada,* myContacts\n'));
    assert.deepEqual(csv.ok && csv.value.people.map((p) => p.name), ['山田 太郎', 'Taro Yamada']);
  });

  it('reads UTF-16 written without a byte order mark, either way round (regression: refused as binary data)', () => {
    const text = 'Name,Company,Email\r\nZoë Núñez,Acme,zoe@acme.example\r\n';
    const le = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) { le[2 * i] = text.charCodeAt(i) & 0xff; le[2 * i + 1] = text.charCodeAt(i) >> 8; }
    const be = le.map((_, i) => le[i ^ 1]!);
    for (const [bytes, encoding] of [[le, 'utf-16le'], [be, 'utf-16be']] as const) {
      const r = readExport('unicode.csv', bytes);
      assert.ok(r.ok, encoding);
      assert.equal(r.value.encoding, encoding);
      assert.deepEqual(r.value.people.map((p) => [p.name, p.emails]), [['Zoë Núñez', ['zoe@acme.example']]]);
    }
  });

  it('reads dotted birthdays day first, as German exports write them', () => {
    const r = readExport('de.csv', new TextEncoder().encode('Vorname;Nachname;Geburtstag\nJürgen;Müller;05.04.1980\n'));
    assert.deepEqual(r.ok && r.value.people[0]?.birthday, '1980-04-05');
  });

  it('reads a semicolon-separated CSV, as European Excel saves it', () => {
    const r = readExport('eu.csv', new TextEncoder().encode('Name;Firma;E-Mail\nJonas Weber;Druckerei Weber;jonas@weber.example\n'));
    assert.ok(r.ok);
    assert.deepEqual(r.value.people[0]?.emails, ['jonas@weber.example']);
  });
});

describe('readExport: not an export', () => {
  const expected = /expected a vCard file \(\.vcf, BEGIN:VCARD\) or a CSV whose header row names its columns/;
  it('refuses a PNG as binary data, in one line', () => {
    const r = readExport('not-contacts.png', readFileSync(join(FIXTURES, 'not-contacts.png')));
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.error : '', /^not-contacts\.png is not a contacts export \(it is binary data\): /);
    assert.match(!r.ok ? r.error : '', expected);
    assert.ok(!(!r.ok && r.error.includes('\n')));
  });

  it('refuses JSON, and a CSV without a name column', () => {
    const json = readExport('contacts.json', readFileSync(join(FIXTURES, 'contacts.json')));
    assert.match(!json.ok ? json.error : 'accepted', /^contacts\.json is not a contacts export: /);
    const noName = readExport('orders.csv', new TextEncoder().encode('Order,Amount,Email\n1,20,a@b.example\n'));
    assert.match(!noName.ok ? noName.error : 'accepted', expected);
  });
});

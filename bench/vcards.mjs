// A phone's export for the import benchmark: `count` vCard 3.0 cards, as an iPhone writes them
// (folded PHOTO data, several EMAIL and TEL with TYPE, ORG with a unit, BDAY with Apple's
// placeholder year now and then, CATEGORIES, a related name, a NOTE), the same every time for the same seed.
import { writeFileSync } from 'node:fs';

const FIRST = ['Ada', 'Bruno', 'Chiara', 'Dmitri', 'Eun-ji', 'Farah', 'Gustav', 'Hana', 'Ibrahim', 'Jonas', 'Keiko', 'Lucía', 'Mateo', 'Nia', 'Olumide', 'Priya', 'Quentin', 'Rosa', 'Søren', 'Tomasz'];
const LAST = ['Okafor', 'Rossi', 'Nguyen', 'Müller', 'García', 'Haddad', 'Kowalski', 'Tanaka', 'Andersen', 'Patel', 'Cohen', "O'Brien", 'Dubois', 'Silva', 'Berg', 'Lindqvist', 'Ferri', 'Raman', 'Weber', 'Zhou'];
const ORG = ['Acme Print', 'Northwind Paper', 'Harbour Studio', 'Kestrel Books', 'Baltic Paper', 'Fjord Events', 'Lumen Health', 'Glenbrook Distillery'];

/** A small LCG: the same cards for the same seed. */
function random(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** Writes the export to `file`; returns its size in bytes. */
export function generateVcards(file, count, seed = 7) {
  const r = random(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  // About 300 bytes of base64 per photo, folded at 75 columns as phones fold it.
  const photo = Buffer.from(Array.from({ length: 225 }, (_, i) => (i * 37) & 255)).toString('base64');
  const folded = photo.match(/.{1,74}/g).join('\r\n ');
  const cards = [];
  for (let i = 0; i < count; i++) {
    const first = pick(FIRST);
    const last = pick(LAST);
    const org = pick(ORG);
    const user = `${first}.${last}.${i}`.toLowerCase().replace(/[^a-z0-9.]/g, '');
    const year = r() < 0.3 ? 1604 : 1950 + Math.floor(r() * 50);
    cards.push([
      'BEGIN:VCARD', 'VERSION:3.0', `PRODID:-//Apple Inc.//iPhone OS 17.0//EN`,
      `N:${last};${first};;;`, `FN:${first} ${last}`, `ORG:${org};Sales`, 'TITLE:Buyer',
      `EMAIL;type=INTERNET;type=WORK;type=pref:${user}@${org.toLowerCase().replace(/\W+/g, '')}.example`,
      ...(r() < 0.5 ? [`EMAIL;type=INTERNET;type=HOME:${user}@mail.example`] : []),
      `TEL;type=CELL;type=VOICE;type=pref:+44 7700 ${String(900000 + i).slice(-6)}`,
      ...(r() < 0.4 ? [`TEL;type=WORK;type=VOICE:+44 20 7946 ${String(1000 + (i % 9000))}`] : []),
      `BDAY:${year}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`,
      `CATEGORIES:${pick(['Customers', 'Prospects', 'Suppliers'])}`,
      // A related name on a card in four, as the Contacts app writes a partner or an assistant:
      // the import looks each one up among the new notes.
      ...(i % 4 === 0 ? [`item1.X-ABRELATEDNAMES:${pick(FIRST)} ${pick(LAST)}`, 'item1.X-ABLabel:_$!<Spouse>!$_'] : []),
      'NOTE:Met at the trade fair\\, asked about short runs.',
      `PHOTO;ENCODING=b;TYPE=JPEG:${folded}`,
      'END:VCARD',
    ].join('\r\n'));
  }
  const text = `${cards.join('\r\n')}\r\n`;
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}

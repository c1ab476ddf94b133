import * as assert from 'node:assert/strict';
import { importBirthday } from '../../../src/core/import/birthday';
import { decodeQuotedPrintable, parseProperty, readVcards, splitValue } from '../../../src/core/import/vcard';

const cards = (text: string) => readVcards(text, 'x.vcf');

describe('vCard lines', () => {
  it('joins a 3.0 folded line without its leading blank', () => {
    const { cards: [card] } = cards('BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:one long\r\n  line\r\nEND:VCARD\r\n');
    assert.equal(card?.properties[0]?.value, 'one long line');
  });

  it('decodes quoted-printable in the CHARSET given, and across soft line breaks', () => {
    const { cards: [card] } = cards('BEGIN:VCARD\nVERSION:2.1\nFN;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:Ren=E9e C=\n=F4t=E9\nEND:VCARD\n');
    assert.equal(card?.properties[0]?.value, 'Renée Côté');
    assert.equal(decodeQuotedPrintable('caf=C3=A9 = 3', 'no-such-charset'), 'café = 3');
  });

  it('decodes quoted-printable without a CHARSET as UTF-8 where it is, else as Windows-1252 (regression: J=FCrgen became J\uFFFDrgen)', () => {
    const { cards: [card] } = cards('BEGIN:VCARD\r\nVERSION:2.1\r\nFN;ENCODING=QUOTED-PRINTABLE:J=FCrgen M=FCller\r\nN;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen\r\nEND:VCARD\r\n');
    assert.deepEqual(card?.properties.map((p) => p.value), ['Jürgen Müller', 'Müller;Jürgen']);
  });

  it('reads Windows-1252\'s quotes, dashes and € in a CHARSET\'d value (regression: read as control characters)', () => {
    const { cards: [card] } = cards('BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:Se=E1n O=92Neill =96 =80\r\nEND:VCARD\r\n');
    assert.equal(card?.properties[0]?.value, 'Seán O’Neill – €');
  });

  it('joins a soft line break before a line that starts with a blank, without its = (regression: "seventy-six= characters")', () => {
    const { cards: [card] } = cards('BEGIN:VCARD\r\nVERSION:2.1\r\nNOTE;ENCODING=QUOTED-PRINTABLE:wraps at seventy-six=\r\n characters\r\nEND:VCARD\r\n');
    assert.equal(card?.properties[0]?.value, 'wraps at seventy-six characters');
  });

  it('drops the blank that folds the line after a soft line break (regression: "Викто р")', () => {
    const qp = 'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=92=D0=B8=D0=BA=D1=82=D0=BE=\r\n =D1=80\r\nNOTE;ENCODING=QUOTED-PRINTABLE:call after=\r\n lunch\r\n';
    const { cards: [card] } = cards(`BEGIN:VCARD\r\nVERSION:2.1\r\n${qp}END:VCARD\r\n`);
    // The blank before an encoded byte is the fold's; before text it may be the value's own
    // (regression of the fix: "call afterlunch").
    assert.deepEqual(card?.properties.map((p) => p.value), ['Виктор', 'call after lunch']);
  });

  it('reads 2.1 bare parameters, quoted parameter values and a group', () => {
    assert.deepEqual(parseProperty('TEL;CELL;PREF:+44 1')?.types, ['cell', 'pref']);
    const p = parseProperty('item1.EMAIL;TYPE="work,internet";X-NOTE="a:b;c":jane@acme.example');
    assert.deepEqual([p?.group, p?.name, p?.types, p?.value], ['item1', 'EMAIL', ['work', 'internet'], 'jane@acme.example']);
    assert.equal(parseProperty('no colon here'), undefined);
  });

  it('splits structured values at unescaped separators only', () => {
    assert.deepEqual(splitValue('Doe\\, Jr.;Jane;;;', ';'), ['Doe, Jr.', 'Jane', '', '', '']);
    assert.deepEqual(splitValue('a\\,b,c', ','), ['a,b', 'c']);
  });

  it('passes over a 2.1 base64 photo whose lines are not indented, up to the blank line', () => {
    const text = 'BEGIN:VCARD\nVERSION:2.1\nFN:Jo\nPHOTO;ENCODING=BASE64;JPEG:/9j/4AAQ\nSkZJRgABAQ\nAAAQABAAD\n\nTEL:123\nEND:VCARD\n';
    const { cards: [card], problems } = cards(text);
    assert.deepEqual(card?.properties.map((p) => p.name), ['FN', 'TEL']);
    assert.deepEqual(problems, []);
  });

  it('reads many cards, each with the line of its BEGIN', () => {
    const one = (n: number) => `BEGIN:VCARD\nVERSION:3.0\nFN:Person ${n}\nEND:VCARD\n`;
    const { cards: all } = cards(Array.from({ length: 50 }, (_, i) => one(i)).join(''));
    assert.equal(all.length, 50);
    assert.equal(all[49]?.line, 197);
  });
});

describe('importBirthday', () => {
  const table: [string, string | undefined][] = [
    ['1980-05-14', '1980-05-14'], ['19800514', '1980-05-14'], ['--0514', '--05-14'], ['--05-14', '--05-14'],
    ['1604-05-14', '--05-14'], ['1980-05-14T00:00:00Z', '1980-05-14'], ['1980/5/14', '1980-05-14'],
    ['14/05/1980', '1980-05-14'], ['5/14/1980', '1980-05-14'], ['5/4/1980', undefined], ['1981-02-29', undefined],
    ['--02-29', '--02-29'], ['circa 1800', undefined],
  ];
  for (const [text, expected] of table) {
    it(`${text} → ${expected ?? 'kept as text'}`, () => assert.equal(importBirthday(text), expected));
  }
});

import { strict as assert } from 'node:assert';
import { readContact } from '../../../src/core/read';
import { oneLine } from '../../../src/core/oneLine';

// A note's values reach terminals, Markdown and views: found by a trial of hostile values, an
// escape sequence in a name cleared the terminal, and a multi-line name broke the agenda's table.
describe('values as one line of plain text', () => {
  it('drops controls, escape sequences\' escapes and bidi overrides, folds line breaks, keeps the rest', () => {
    assert.equal(oneLine('Clear\u001b[2J\u001b[HCo'), 'Clear[2J[HCo');
    assert.equal(oneLine('Rtl \u202eoverride\u202c here'), 'Rtl override here');
    assert.equal(oneLine('Anna\n# Injected\r\nthen'), 'Anna # Injected then');
    assert.equal(oneLine('Beep\u0007 and\u0085 more\u2028line'), 'Beep and more line');
    assert.equal(oneLine('Tab\tkept'), 'Tab\tkept');
    for (const plain of ['José Núñez', '山田太郎', 'محمد', 'Smith & Sons | Print', 'R&D *urgent*']) assert.equal(oneLine(plain), plain);
  });

  it('reads a contact whose values carry them as one line of text (regression: a name cleared the terminal)', () => {
    const text = '---\nname: "Ansi \\e[31mRed\\e[0m"\ncompany: "Clear\\e[2JCo"\nnext_action: |\n  call\n  then write\nnext: 2026-12-09\n---\n';
    const r = readContact('a.md', new TextEncoder().encode(text));
    assert.equal(r.kind, 'contact');
    assert.deepEqual(r.kind === 'contact' && [r.contact.name, r.contact.company, r.contact.nextAction], ['Ansi [31mRed[0m', 'Clear[2JCo', 'call then write']);
  });

  it('makes a plain block\'s multi-line value one line too (regression: a | name kept its line break where the block was plain ASCII)', () => {
    const r = readContact('a.md', new TextEncoder().encode('---\nname: |\n  Ada\n  Lovelace\ncompany: >\n  Analytical\n\n  Engines\nnext: 2026-12-01\n---\n'));
    assert.deepEqual(r.kind === 'contact' && [r.contact.name, r.contact.company], ['Ada Lovelace', 'Analytical Engines']);
  });

  it('reads a very long next: value in one pass (regression: the docs-page hint\'s pattern backtracked, seconds for 100,000 characters)', () => {
    const r = readContact('a.md', new TextEncoder().encode(`---\nname: A\nnext: ${'a'.repeat(100_000)}\n---\n`));
    assert.doesNotMatch(r.kind === 'contact' ? r.contact.problems[0]!.message : '', /exclude/);
  });
});

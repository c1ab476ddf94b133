import { strict as assert } from 'node:assert';
import { type Contact } from '../../../src/core/contact';
import { readContact, readContactText } from '../../../src/core/read';
import { paceOf, readPacing } from '../../../src/core/pacing';

// Front-matter as Obsidian vaults write it (its Properties editor, public CRM vaults, Dataview
// users): read as Obsidian reads it, or said, never passed over.

const read = (block: string): Contact => {
  const r = readContact('people/jane.md', new TextEncoder().encode(`---\nname: Jane Doe\nnext: 2026-12-01\n${block}\n---\n`));
  assert.equal(r.kind, 'contact', JSON.stringify(r));
  return r.kind === 'contact' ? r.contact : assert.fail();
};
const messages = (c: Contact) => c.problems.map((p) => `${p.line + 1}: ${p.message}`);

describe('front-matter as vaults write it', () => {
  it("regression: a Logseq page's properties (next:: [[Dec 10th, 2026]]) left the contact out without a word", () => {
    const page = 'title:: Jane Doe\nnext:: [[Dec 10th, 2026]]\nnext_action:: Send revised quote\ncompany:: [[Acme Print]]\n\n- met at the fair\n';
    for (const r of [readContact('pages/Jane Doe.md', new TextEncoder().encode(page)), readContactText('pages/Jane Doe.md', page)]) {
      assert.equal(r.kind, 'attention');
      assert.equal(r.kind === 'attention' ? r.name : '', 'Jane Doe');
      assert.equal(r.kind === 'attention' ? r.problem.message : '',
        'next:: is a property as Logseq writes a page\'s (or Dataview a field), and the diary reads only YAML front-matter: write the contact\'s keys between --- lines at the top of the note (next: 2026-12-09).');
    }
    // A page's properties without a diary key, a key:: further down, and words with colons are no contact's.
    for (const text of ['title:: Reading list\ntags:: books\n\n- Dune\n', '# Notes\nnext:: 2026-12-10\n', 'Agenda: next:: call\n', 'alias:: J\n\nnext:: 2026-12-10\n']) {
      assert.deepEqual(readContact('p.md', new TextEncoder().encode(text)), { kind: 'none' }, text);
    }
  });

  it('reads a company written as a link as the name the link shows (regression: "[[Acme]]" was shown, and intro found no colleague)', () => {
    assert.equal(read('company: "[[Acme]]"').company, 'Acme');
    assert.equal(read('company: [[Acme]]').company, 'Acme');
    assert.equal(read('company:\n  - "[[Acme]]"').company, 'Acme');
    assert.equal(read('company: "[[Companies/Acme Print]]"').company, 'Acme Print');
    assert.equal(read('company: "[[Acme Print Ltd|Acme]]"').company, 'Acme');
    assert.equal(read('company: "[[Acme#Sales]]"').company, 'Acme');
    assert.equal(read('company: "[[Acme|]]"').company, 'Acme');
    assert.equal(read('company: ["[[Acme]]", Globex]').company, 'Acme, Globex');
    // Text stays text, brackets and all when they are no link.
    assert.equal(read('company: Acme [UK]').company, 'Acme [UK]');
    assert.equal(read('company: "[[]]"').company, undefined);
  });

  it('says how to write a link in a list, which YAML reads too deep unquoted', () => {
    const c = read('company:\n  - [[Acme]]');
    assert.equal(c.company, undefined);
    assert.deepEqual(messages(c), ['5: company should be text: a link in a list is written in quotes, as in - "[[Acme]]".']);
  });

  it('reads tags as Obsidian does: several in one text, a # not part of the name, tag: for tags: (regression: "#key-account" never took its cadence)', () => {
    assert.deepEqual(read('tags: "#key-account"').tags, ['key-account']);
    assert.deepEqual(read('tags: ["#key-account", vip]').tags, ['key-account', 'vip']);
    assert.deepEqual(read('tags: client, key-account').tags, ['client', 'key-account']);
    assert.deepEqual(read('tags: "#client #key-account"').tags, ['client', 'key-account']);
    // A list's item is one tag, spaces and all, as the diary's own notes write them.
    assert.deepEqual(read('tags: [met at expo, "#vip"]').tags, ['met at expo', 'vip']);
    assert.deepEqual(read('tags:\n  - "#a"\n  - b/c').tags, ['a', 'b/c']);
    assert.deepEqual(read('tag: key-account').tags, ['key-account']);
    assert.deepEqual(read('tags: [a]\ntag: b').tags, ['a'], 'tags: wins over tag:');
    assert.deepEqual(read('tags: "#"').tags, []);
  });

  it('paces a contact by a tag written with #, and by a tagCadences key written with # (regression: left Unscheduled)', () => {
    const { pacing } = readPacing({ tagCadences: { '#key-account': '2 weeks', other: 'monthly' } }, (k) => k);
    assert.deepEqual(paceOf(read('tags: "#key-account"'), pacing), { max: { count: 2, unit: 'week' } });
    assert.deepEqual(paceOf(read('tags: other'), pacing), { max: { count: 1, unit: 'month' } });
  });

  it('reads aliases as Obsidian does: several between commas in one text, alias: for aliases:', () => {
    assert.deepEqual(read('aliases: Bobby, BR').aliases, ['Bobby', 'BR']);
    assert.deepEqual(read('alias: JD').aliases, ['JD']);
    // In a list, an item is one alias, commas and all.
    assert.deepEqual(read('aliases: [Bob, "Smith, Bob"]').aliases, ['Bob', 'Smith, Bob']);
  });

  it('reads a Markdown link to a note in introduced_by and knows as Foam writes it (regression: "[[[Jane](jane-doe.md)]] points to no note")', () => {
    assert.equal(read('introduced_by: "[Jane](jane-doe.md)"').introducedBy, 'jane-doe');
    assert.equal(read('introduced_by: "[Jane](../people/jane%20doe.md#met)"').introducedBy, 'jane doe');
    assert.deepEqual(read('knows: ["[Bob](bob-smith.md)", Acme]').knows, ['[[bob-smith]]', 'Acme']);
    // A web page is no note.
    assert.equal(read('introduced_by: "[Jane](https://example.com/jane.md)"').introducedBy, '[Jane](https://example.com/jane.md)');
  });

  it('says a diary key written with a capital is not read (regression: Last: and Cadence: dropped silently, the contact never went cold)', () => {
    const c = read('Company: Acme\nLast: 2026-11-01\nLast_Action: Phone call\nCadence: 2 weeks');
    assert.equal(c.company, undefined);
    assert.equal(c.last, undefined);
    assert.deepEqual(messages(c), [
      "4: Company: is not read: the diary's keys are in lower case, so write company:.",
      "5: Last: is not read: the diary's keys are in lower case, so write last:.",
      "6: Last_Action: is not read: the diary's keys are in lower case, so write last_action:.",
      "7: Cadence: is not read: the diary's keys are in lower case, so write cadence:.",
    ]);
    assert.ok(read('Last: 2026-11-01').problems.every((p) => p.severity === 'warning'));
    // The key in lower case beside it is read, and the other is the note's own; keys not the diary's are the note's own.
    assert.deepEqual(messages(read('last: 2026-11-01\nLast: 2026-10-01\nTitle: Notes\nCreated: 2026-01-01')), []);
  });
});

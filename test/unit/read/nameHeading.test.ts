import { strict as assert } from 'node:assert';
import { readContactText } from '../../../src/core/read';

const nameOf = (...body: string[]) => {
  const r = readContactText('notes/jane-doe.md', ['---', 'next: 2026-11-27', '---', ...body].join('\n'));
  return r.kind === 'contact' ? r.contact.name : r.kind;
};

describe('reading a name from the first # heading', () => {
  it('regression: a Dendron note (a title, no heading) was named by its file name, people.maria-garcia', () => {
    const read = (text: string) => readContactText('notes/people.maria-garcia.md', text);
    const contact = read('---\nid: 4kq2\ntitle: Maria Garcia\nupdated: 1700000000000\nnext: 2026-12-14\n---\nMet at the expo.\n');
    assert.equal(contact.kind === 'contact' ? contact.contact.name : contact.kind, 'Maria Garcia');
    // A name and a heading come first; a note that needs attention takes its title too.
    assert.equal(nameOf('# Jane'), 'Jane');
    const headed = read('---\ntitle: Meeting notes\nnext: 2026-12-14\n---\n# Maria\n');
    assert.equal(headed.kind === 'contact' ? headed.contact.name : headed.kind, 'Maria');
    const broken = read('---\nid: 4kq2\ntitle: Maria Garcia\ncreated: 1700000000000\nnext: someday\n---\n');
    assert.equal(broken.kind === 'contact' ? broken.contact.name : broken.kind, 'Maria Garcia');
    const attention = read('---\nid: 4kq2\ntitle: "Maria Garcia"\nupdated: 1700000000000\nnext: [2026-12-14\n---\n');
    assert.equal(attention.kind === 'attention' ? attention.name : attention.kind, 'Maria Garcia');
  });

  it('regression: a job title in title: (VP Sales) became the name of a note that has none', () => {
    const read = (text: string) => readContactText('people/Jane Doe.md', text);
    const contact = read('---\ncompany: Acme\ntitle: VP Sales\nnext: 2026-12-09\n---\nMet at SaaStr.\n');
    assert.equal(contact.kind === 'contact' ? contact.contact.name : contact.kind, 'Jane Doe');
    const attention = read('---\ntitle: VP Sales\nnext: [2026-12-09\n---\n');
    assert.equal(attention.kind === 'attention' ? attention.name : attention.kind, 'Jane Doe');
  });

  it('skips a # heading inside an HTML comment, a fence or indented code', () => {
    assert.equal(nameOf('<!--', '# Draft', '-->', '# Jane'), 'Jane');
    assert.equal(nameOf('<!-- ```', '# Draft', '``` -->', '# Jane'), 'Jane');
    assert.equal(nameOf('~~~', '# Code', '~~~', '    # Code', '', '# Jane'), 'Jane');
    assert.equal(nameOf('<!--', '# Draft', '-->'), 'jane-doe');
  });

  it('takes the heading\'s words without their Markdown (regression: "**Carol** [[Acme]] West" was the name)', () => {
    assert.equal(nameOf('# **Carol** West'), 'Carol West');
    assert.equal(nameOf('# Carol West ([[Companies/Acme Print|Acme]])'), 'Carol West (Acme)');
    assert.equal(nameOf('# [Carol West](https://example.com) <small>CFO</small>'), 'Carol West CFO');
    assert.equal(nameOf('# `Carol` _West_ #'), 'Carol West');
    // Marks that don't pair, and a snake_case word, are left as written.
    assert.equal(nameOf('# Carol * West'), 'Carol * West');
    assert.equal(nameOf('# carol_west'), 'carol_west');
    assert.equal(nameOf('# carol_de_west'), 'carol_de_west');
  });

  it('takes a setext heading (Jane Doe over ===) as a # heading (regression: the file name was shown)', () => {
    assert.equal(nameOf('Dan Example', '==========', '', 'Notes.'), 'Dan Example');
    // A --- underline is a level-2 heading, not the name.
    assert.equal(nameOf('Notes', '---', '', '# Jane'), 'Jane');
  });
});

import { strict as assert } from 'node:assert';
import { diagnostics } from '../../../src/core/editor/diagnostics';
import { createDiaryIndex } from '../../../src/core/diaryIndex';
import { LinkTable, linkTableOf, linkTarget } from '../../../src/core/links';
import { removeTree, renameTree } from '../../../src/core/live/indexTree';
import { linkProblems } from '../../../src/core/linkProblems';
import { readContact, readContactText } from '../../../src/core/read';
import { fixtureDiary } from './helpers';

const contactOf = (text: string, file = '/d/x.md') => {
  const r = readContactText(file, text);
  if (r.kind !== 'contact') throw new Error(`not a contact: ${r.kind}`);
  return r.contact;
};
const doc = (...keys: string[]) => `---\nname: X\nnext: 2026-12-01\n${keys.join('\n')}\n---\n`;

describe('links: names with a slash', () => {
  it('finds a contact whose name holds a slash or a backslash by that name (regression: taken for a path, and not found)', () => {
    const lee = contactOf('---\nname: Lee / Park\nnext: 2026-12-01\n---\n', '/d/lee-park.md');
    const back = contactOf('---\nname: "Back \\\\ Slash"\nnext: 2026-12-01\n---\n', '/d/back.md');
    const table = new LinkTable([lee, back]);
    assert.equal(table.resolve('Lee / Park')?.file, '/d/lee-park.md');
    assert.equal(table.resolve('[[Lee / Park]]')?.file, '/d/lee-park.md');
    assert.equal(table.resolve('Back \\ Slash')?.file, '/d/back.md');
    // A path still wins where one is meant.
    assert.equal(table.resolve('d/lee-park')?.file, '/d/lee-park.md');
  });
});

describe('links: reading knows and aliases', () => {
  it('reads knows as links (quoted or not, alias and heading dropped) and company names', () => {
    const c = contactOf(doc('knows: ["[[carol-west|Carol]]", "[[eve#Notes]]", Lagos Print Works, ""]'));
    assert.deepEqual(c.knows, ['[[carol-west]]', '[[eve]]', 'Lagos Print Works']);
    // Unquoted inside a flow list, YAML nests it three lists deep: the reader reads no further.
    assert.deepEqual(contactOf(doc('knows: [[[dan]], Acme]')).knows, ['Acme']);
  });

  it('reads a knows block list, and a single unquoted link', () => {
    assert.deepEqual(contactOf(doc('knows:', '  - "[[a]]"', '  - Acme')).knows, ['[[a]]', 'Acme']);
    assert.deepEqual(contactOf(doc('knows: [[a]]')).knows, ['[[a]]']);
    assert.deepEqual(contactOf(doc('knows: Acme Print')).knows, ['Acme Print']);
  });

  it('keeps knows and aliases absent when blank, empty or not text', () => {
    for (const keys of [[], ['knows:'], ['knows: []'], ['knows: {a: 1}'], ['aliases: []'], ['knows: ["[[]]"]']]) {
      const c = contactOf(doc(...keys));
      assert.ok(!('knows' in c) && !('aliases' in c), keys.join());
    }
  });

  it('reads aliases as a list or one text', () => {
    assert.deepEqual(contactOf(doc('aliases: [JD, Janie]')).aliases, ['JD', 'Janie']);
    assert.deepEqual(contactOf(doc('aliases: JD')).aliases, ['JD']);
  });

  it('linkTarget takes the target out of the forms Foam and Obsidian write', () => {
    assert.equal(linkTarget('[[jane-doe]]'), 'jane-doe');
    assert.equal(linkTarget(' [[people/jane-doe|Jane]] '), 'people/jane-doe');
    assert.equal(linkTarget('[[jane-doe#Log]]'), 'jane-doe');
    assert.equal(linkTarget('Acme Print'), undefined);
    assert.equal(linkTarget('[[]]'), undefined);
    assert.equal(linkTarget('[[ | x]]'), undefined);
  });
});

describe('links: the resolver', () => {
  it('resolves by file name without .md, case-insensitive', async () => {
    const { table, file } = await fixtureDiary();
    assert.equal(table.resolve('jane-doe')?.file, file('people/jane-doe.md'));
    assert.equal(table.resolve('[[JANE-DOE]]')?.file, file('people/jane-doe.md'));
    assert.equal(table.resolve('jane-doe.md')?.file, file('people/jane-doe.md'));
  });

  it('resolves by name and by alias', async () => {
    const { table, file } = await fixtureDiary();
    assert.equal(table.resolve('Jane Doe')?.file, file('people/jane-doe.md'));
    assert.equal(table.resolve('jd')?.file, file('people/jane-doe.md'));
    assert.equal(table.resolve('[[Mimi|Mia]]')?.file, file('people/mia-wong.md'));
  });

  it('of two files of one name takes the shorter path, and a written path the one it names', async () => {
    const { table, file } = await fixtureDiary();
    assert.equal(table.resolve('bob-smith')?.file, file('people/bob-smith.md'));
    assert.equal(table.resolve('archive/2024/bob-smith')?.file, file('archive/2024/bob-smith.md'));
    assert.equal(table.resolve('people/bob-smith')?.file, file('people/bob-smith.md'));
    assert.equal(table.resolve('elsewhere/bob-smith'), undefined);
  });

  it('a file name wins over another note\'s name', () => {
    const table = new LinkTable([{ file: '/d/a.md', name: 'b' }, { file: '/d/b.md', name: 'Bee' }]);
    assert.equal(table.resolve('b')?.file, '/d/b.md');
  });

  it('resolves nothing from blank or bracket-only text', async () => {
    const { table } = await fixtureDiary();
    for (const t of ['', '  ', '[[]]', '[[ ]]', '/']) assert.equal(table.resolve(t), undefined, JSON.stringify(t));
  });

  it('counts a note under Needs attention as a note, never as someone to introduce', async () => {
    const { table } = await fixtureDiary();
    assert.equal(table.resolve('broken-note'), undefined);
    assert.equal(table.points('broken-note'), true);
    assert.equal(table.points('ghost'), false);
  });

  it('counts a plain note as a note: a link to it is not dangling (regression: [[meeting-notes]] was warned about)', async () => {
    const { table, index } = await fixtureDiary();
    assert.equal(table.points('[[meeting-notes]]'), true);
    assert.equal(table.points('notes/meeting-notes'), true);
    assert.equal(table.resolve('meeting-notes'), undefined, 'no one to introduce');
    assert.equal(linkTableOf(index.entries()).points('meeting-notes'), false, 'without the notes read, it would be');
  });

  it('forgets a plain note when it is deleted or its folder is, and follows a rename', () => {
    const index = createDiaryIndex({ read: readContact });
    const plain = new TextEncoder().encode('---\ntitle: Plan\n---\n');
    index.upsert('/d/notes/plan.md', plain);
    index.upsert('/d/notes/other.md', plain);
    assert.equal(linkTableOf(index.entries(), index.notes()).points('plan'), true);
    renameTree(index, '/d/notes/plan.md', '/d/notes/roadmap.md');
    assert.deepEqual([...index.notes()].sort(), ['/d/notes/other.md', '/d/notes/roadmap.md']);
    removeTree(index, '/d/notes');
    assert.deepEqual([...index.notes()], []);
    assert.equal(linkTableOf(index.entries(), index.notes()).points('roadmap'), false);
  });
});

describe('links: reverse links', () => {
  it('lists whom a contact introduced the user to', async () => {
    const { table, file } = await fixtureDiary();
    assert.deepEqual(table.introducedYouTo(file('people/bob-smith.md')).map((c) => c.name), ['Jane Doe']);
    assert.deepEqual(table.introducedYouTo(file('people/carol-west.md')).map((c) => c.name).sort(), ['Bob Smith', 'Ines Costa']);
    assert.deepEqual(table.introducedYouTo(file('people/ines-costa.md')).map((c) => c.name), ['Jon Park']);
    assert.deepEqual(table.introducedYouTo(file('archive/2024/bob-smith.md')).map((c) => c.name), ['Kara Lind']);
  });

  it('lists who knows a contact, by file name, name or alias, then who knows its company by name', async () => {
    const { table, file } = await fixtureDiary();
    // Carol West knows "Acme Print", Jane Doe's company: after those who link to Jane herself.
    const names = table.knownBy(file('people/jane-doe.md')).map((c) => c.name);
    assert.deepEqual(names.slice(0, 3).sort(), ['Bob Smith', 'Frank Hale', 'Gita Rao']);
    assert.deepEqual(names.slice(3), ['Carol West']);
    assert.deepEqual(table.knownBy(file('contacts/tom-reed.md')), []);
  });

  it('counts one who knows the company once, and not the colleague who knows their own company', () => {
    const table = new LinkTable([
      { file: '/d/jane.md', name: 'Jane', company: 'Acme' },
      { file: '/d/bob.md', name: 'Bob', knows: ['[[jane]]', 'ACME '] },
      { file: '/d/ann.md', name: 'Ann', company: 'Acme', knows: ['Acme'] },
    ]);
    assert.deepEqual(table.knownBy('/d/jane.md').map((c) => c.name), ['Bob', 'Ann']);
    assert.deepEqual(table.knownBy('/d/ann.md').map((c) => c.name), ['Bob']);
  });

  it('leaves out a link of a note to itself', () => {
    const table = new LinkTable([{ file: '/d/a.md', name: 'A', introducedBy: 'a', knows: ['[[a]]'] }]);
    assert.deepEqual(table.introducedYouTo('/d/a.md'), []);
    assert.deepEqual(table.knownBy('/d/a.md'), []);
  });
});

describe('links: dangling links', () => {
  it('finds the links that point nowhere, and not company names', async () => {
    const { index, table } = await fixtureDiary();
    const dangling = [...index.contacts()].flatMap((c) => table.dangling(c).map((t) => `${c.name}: ${t}`)).sort();
    assert.deepEqual(dangling, ['Hugo Berg: ghost', 'Hugo Berg: nobody-here', 'Pia Roth: missing-person']);
  });

  it('puts each one on the line and columns where the link is written, as a warning', () => {
    const text = doc('introduced_by: "[[nobody]]"', 'knows:', '  - Acme', '  - "[[ghost|G]]"', 'tags: [ghost]');
    const table = new LinkTable([]);
    const problems = linkProblems(text, contactOf(text), table);
    assert.deepEqual(problems.map((p) => [p.line, p.column, p.endColumn, p.severity, p.code]), [[3, 16, 26, 'warning', 'link'], [6, 5, 16, 'warning', 'link']]);
    assert.match(problems[0]!.message, /\[\[nobody\]\] points to no note/);
  });

  it('resolves a link whose accents are encoded otherwise than the file name\'s, as macOS writes names (regression: [[José-okafor]] pointed to no note)', async () => {
    const nfd = 'José-okafor'.normalize('NFD');
    const table = new LinkTable([{ file: `/d/people/${nfd}.md`, name: 'José Okafor'.normalize('NFD') }]);
    assert.equal(table.resolve('[[José-okafor]]'.normalize('NFC'))?.file, `/d/people/${nfd}.md`);
    assert.equal(table.resolve('[[José Okafor]]'.normalize('NFC'))?.file, `/d/people/${nfd}.md`);
  });

  it('puts the warning on the link after a text that grows lower-cased (regression: three characters late after İŞ BANKASI İSTANBUL)', () => {
    const text = doc('company: İŞ BANKASI İSTANBUL', 'introduced_by: "[[ghost]]"');
    const [problem] = linkProblems(text, contactOf(text), new LinkTable([]));
    const line = text.split('\n')[problem!.line]!;
    assert.equal(line.slice(problem!.column, problem!.endColumn), '[[ghost]]');
  });

  it('finds a link written on the key line of a flow list, and an introducer named without brackets', () => {
    const text = doc('introduced_by: Bob Smith', 'knows: [Acme, "[[ghost]]"]');
    const problems = linkProblems(text, contactOf(text), new LinkTable([]));
    assert.deepEqual(problems.map((p) => [p.line, p.column]), [[3, 15], [4, 15]]);
  });

  it('does not make the contact need attention: its own problems stay empty', async () => {
    const { index, file } = await fixtureDiary();
    const hugo = index.get(file('people/hugo-berg.md'));
    assert.equal(hugo?.kind, 'contact');
    assert.deepEqual(hugo?.kind === 'contact' && hugo.contact.problems, []);
  });

  it('are editor warnings with the code link, only when the diary is given', () => {
    const text = doc('knows: ["[[ghost]]", "[[a]]"]');
    const table = new LinkTable([{ file: '/d/a.md', name: 'A' }]);
    assert.deepEqual(diagnostics(text).filter((d) => d.code === 'link'), []);
    const found = diagnostics(text, { links: table }).filter((d) => d.code === 'link');
    assert.deepEqual(found.map((d) => [d.severity, d.range.start.line, d.range.start.character]), [['warning', 3, 9]]);
  });
});

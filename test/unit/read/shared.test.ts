import { strict as assert } from 'node:assert';
import { type Contact, type ReadResult } from '../../../src/core/contact';
import { createDiaryIndex, createInternTable } from '../../../src/core/diaryIndex';
import { readContact, readContactText } from '../../../src/core/read';

// An index keeps one copy of the values its contacts repeat (stage, company, tags…): arrays shared
// between contacts are the same object, strings are handed to the index's table.

const utf8 = (s: string) => new TextEncoder().encode(s);
const file = (name: string, extra = '') =>
  `---\nname: ${name}\nemail: ${name.toLowerCase().replace(/ /g, '.')}@example.com\nphone: +44 20 7946 0${name.length}\n` +
  `company: Blue Harbour Ltd\nrole: Director of Marketing\nstage: customer\nnext: 2026-11-27\nnext_action: Phone call about pricing\n` +
  `last: 2026-11-01\nlast_action: Sent proposal\nintroduced_by: "[[ada-archer]]"\ntags: [warm, north]\ninterests: [sailing, chess]\n${extra}---\n# ${name}\n`;

function contactOf(r: ReadResult): Contact {
  assert.equal(r.kind, 'contact', JSON.stringify(r));
  return (r).contact;
}

/** An intern table that remembers what it was offered. */
function recordingTable(): { intern: (s: string) => string; offered: Set<string> } {
  const table = createInternTable();
  const offered = new Set<string>();
  return { offered, intern: (s) => (offered.add(s), table(s)) };
}

describe('reading with an index’s table of shared values', () => {
  it('gives two contacts with the same tags and interests the same frozen arrays', () => {
    const { intern } = recordingTable();
    const a = contactOf(readContact('a.md', utf8(file('Yusuf Fairbairn')), { intern }));
    const b = contactOf(readContact('b.md', utf8(file('Cleo Castell')), { intern }));
    assert.deepEqual(a.tags, ['warm', 'north']);
    assert.ok(Object.is(a.tags, b.tags));
    assert.ok(Object.is(a.interests, b.interests));
    assert.ok(Object.isFrozen(a.tags));
    assert.notEqual(a.tags, a.interests);
  });

  it('gives contacts with the same days and cadence the same date and pace objects, a time of day its own', () => {
    const { intern } = recordingTable();
    const a = contactOf(readContact('a.md', utf8(file('Yusuf Fairbairn', 'cadence: 2-4 weeks\nwaiting: a reply\nwaiting_since: 2026-11-01\n')), { intern }));
    const b = contactOf(readContact('b.md', utf8(file('Cleo Castell', 'cadence: 2-4 weeks\nwaiting: a reply\nwaiting_since: 2026-11-01\n')), { intern }));
    assert.deepEqual([a.next, a.last, a.cadenceMin, a.cadence], [{ year: 2026, month: 11, day: 27 }, { year: 2026, month: 11, day: 1 }, { count: 2, unit: 'week' }, { count: 4, unit: 'week' }]);
    for (const key of ['next', 'last', 'cadence', 'cadenceMin', 'waitingSince'] as const) assert.ok(Object.is(a[key], b[key]), key);
    // Equal days under other keys are one object too; another day is another.
    assert.ok(Object.is(a.last, a.waitingSince));
    assert.notEqual(a.next, a.last);
    const timed = (name: string) => contactOf(readContact(`${name}.md`, utf8('---\nnext: 2026-11-27 09:30\n---\n'), { intern })).next;
    assert.deepEqual(timed('t1'), { year: 2026, month: 11, day: 27, time: { hour: 9, minute: 30 } });
    assert.notEqual(timed('t1'), timed('t2'));
    // Without a table (the editor's reads), nothing is shared.
    assert.notEqual(contactOf(readContact('a.md', utf8(file('A')))).next, contactOf(readContact('b.md', utf8(file('B')))).next);
  });

  it('shares the dates a log gives (the last conversation, the third touch) with the ones the front-matter gives', () => {
    const { intern } = recordingTable();
    const log = '\n## Log\n- 2026-11-20 Email\n- 2026-11-15 Email\n- 2026-11-10 Email\n- 2026-11-01 Call\n';
    const read = (name: string) => contactOf(readContact(`${name}.md`, utf8(`---\nnext: 2026-11-10\nlast: 2026-11-20\nlast_action: Email\n---\n# ${name}${log}`), { intern }));
    const [a, b] = [read('a'), read('b')];
    assert.deepEqual([a.conversation?.date, a.thirdTouch], [{ year: 2026, month: 11, day: 1 }, { year: 2026, month: 11, day: 10 }]);
    assert.ok(Object.is(a.conversation!.date, b.conversation!.date));
    assert.ok(Object.is(a.thirdTouch, a.next));
  });

  it('offers the repeating values to the table, and not the name, email or phone that would fill it', () => {
    const { intern, offered } = recordingTable();
    const c = contactOf(readContact('a.md', utf8(file('Yusuf Fairbairn')), { intern }));
    for (const v of ['customer', 'Blue Harbour Ltd', 'Director of Marketing', 'warm', 'north', 'sailing', 'chess', 'ada-archer', 'Phone call about pricing', 'Sent proposal']) {
      assert.ok(offered.has(v), `${v} offered`);
    }
    for (const v of [c.name, c.email!, c.phone!]) assert.ok(!offered.has(v), `${v} not offered`);
  });

  it('shares equal lists whichever key they are under, and keeps different lists apart', () => {
    const { intern } = recordingTable();
    const a = contactOf(readContact('a.md', utf8('---\nnext: 2026-11-27\ntags: [jazz, golf]\ninterests: [golf]\n---\n'), { intern }));
    const b = contactOf(readContact('b.md', utf8('---\nnext: 2026-11-27\ntags: [golf]\ninterests: [jazz, golf]\n---\n'), { intern }));
    assert.ok(Object.is(a.tags, b.interests));
    assert.ok(Object.is(a.interests, b.tags));
    assert.deepEqual([a.tags, a.interests], [['jazz', 'golf'], ['golf']]);
  });

  it('never mixes up two lists whose items hold a NUL, though joined they read alike (the NUL itself goes: no value keeps a control character)', () => {
    const { intern } = recordingTable();
    const a = contactOf(readContact('a.md', utf8('---\nnext: 2026-11-27\ntags: ["a\\0b", c]\n---\n'), { intern }));
    const b = contactOf(readContact('b.md', utf8('---\nnext: 2026-11-27\ntags: [a, "b\\0c"]\n---\n'), { intern }));
    assert.deepEqual(a.tags, ['ab', 'c']);
    assert.deepEqual(b.tags, ['a', 'bc']);
  });

  it('reads the same contact without a table (the editor’s reads), sharing nothing but empty lists', () => {
    const { intern } = recordingTable();
    const text = file('Yusuf Fairbairn');
    const shared = contactOf(readContact('a.md', utf8(text), { intern }));
    const alone = contactOf(readContact('a.md', utf8(text)));
    const again = contactOf(readContact('a.md', utf8(text)));
    assert.deepStrictEqual(alone, shared);
    assert.deepStrictEqual(contactOf(readContactText('a.md', text)), shared);
    assert.notEqual(alone.tags, again.tags);
    assert.ok(!Object.isFrozen(alone.tags));
  });

  it('keeps absent fields absent: a contact is a plain object with only the keys it has', () => {
    const c = contactOf(readContact('people/min.md', utf8('---\nnext: 2026-11-27\n---\n'), { intern: createInternTable() }));
    assert.equal(Object.getPrototypeOf(c), Object.prototype);
    assert.deepStrictEqual(c, { file: 'people/min.md', name: 'min', tags: [], interests: [], next: { year: 2026, month: 11, day: 27 }, touchesSince: 0, nextLine: 1, problems: [] });
    assert.deepEqual(Object.keys(contactOf(readContact('x.md', utf8(file('Ada Archer', 'cadence: 2 weeks\n'))))), [
      'file', 'name', 'company', 'role', 'email', 'phone', 'stage', 'tags', 'interests', 'introducedBy',
      'next', 'nextAction', 'last', 'lastAction', 'cadence', 'touchesSince', 'touchesText', 'nextLine', 'problems',
    ]);
  });

  it('still reads every contact once the table of lists is full, sharing no more', () => {
    const { intern } = recordingTable();
    const read = (i: number) => contactOf(readContact(`c${i}.md`, utf8(`---\nnext: 2026-11-27\ntags: [t${i}, x]\n---\n`), { intern }));
    for (let i = 0; i < 4200; i++) assert.deepEqual(read(i).tags, [`t${i}`, 'x']);
    assert.notEqual(read(4199).tags, read(4199).tags);
    assert.equal(read(0).tags, read(0).tags);
  });

  it('shares across the contacts of one index, as the index reads them', () => {
    const index = createDiaryIndex({ read: readContact });
    index.upsert('a.md', file('Yusuf Fairbairn'));
    index.upsert('b.md', file('Cleo Castell'));
    const [a, b] = [...index.contacts()];
    assert.ok(a && b && Object.is(a.tags, b.tags) && Object.is(a.interests, b.interests));
  });
});

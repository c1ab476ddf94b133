import * as assert from 'node:assert/strict';
import {
  type Agenda, type OwnerFilter, agenda, byOwner, callSheetModel, createDiaryIndex, dueFollowUps, filterAgenda, matchesOwner,
  ownerFilter, planWeek, readContact, readContactText,
} from '../../../src/core';
import { localDate } from '../../../src/core/dates/localDate';

const today = localDate(2026, 11, 23);

/** A contact file as people write them: `owner` in any form, as the line given. */
function note(name: string, next: string, ...extra: string[]): string {
  return ['---', `name: ${name}`, `next: ${next}`, ...extra, '---', '', `# ${name}`, ''].join('\n');
}

function ownersOf(text: string) {
  const r = readContactText('c.md', text);
  assert.equal(r.kind, 'contact');
  return r.kind === 'contact' ? { owners: r.contact.owners, problems: r.contact.problems.map((p) => p.message) } : undefined;
}

/** An index read from these files by the real reader. */
function diary(files: Record<string, string>): Agenda {
  const index = createDiaryIndex({ read: readContact });
  for (const [path, text] of Object.entries(files)) index.upsert(path, text);
  return agenda(index, today);
}

const names = (a: Agenda, id = 'overdue') => a.groups.find((g) => g.id === id)!.items.map((i) => i.name);
const mine = (me: string): OwnerFilter => ({ kind: 'mine', me });

describe('reading owner', () => {
  it('reads a name, a quoted name, and a list of names, each trimmed', () => {
    assert.deepEqual(ownersOf(note('Ann', '2026-11-20', 'owner: alice')), { owners: ['alice'], problems: [] });
    assert.deepEqual(ownersOf(note('Ann', '2026-11-20', 'owner: "  Alice Smith "')), { owners: ['Alice Smith'], problems: [] });
    assert.deepEqual(ownersOf(note('Ann', '2026-11-20', 'owner: [alice, " bob "]')), { owners: ['alice', 'bob'], problems: [] });
    assert.deepEqual(ownersOf(note('Ann', '2026-11-20', 'owner:', '  - alice', '  - bob')), { owners: ['alice', 'bob'], problems: [] });
  });

  it('reads no owner from a blank, ~, [] or a list of blanks', () => {
    for (const line of ['owner:', 'owner: ~', 'owner: []', 'owner: ""', 'owner: ["", "  "]']) {
      assert.deepEqual(ownersOf(note('Ann', '2026-11-20', line)), { owners: undefined, problems: [] }, line);
    }
    assert.deepEqual(ownersOf(note('Ann', '2026-11-20')), { owners: undefined, problems: [] });
  });

  it('reads a number as the name written (owner: 42)', () => {
    assert.deepEqual(ownersOf(note('Ann', '2026-11-20', 'owner: 42')), { owners: ['42'], problems: [] });
  });

  it('warns of a mapping or a nested list, and reads no owner from it', () => {
    for (const line of ['owner: { name: alice }', 'owner: [[alice], bob]']) {
      assert.deepEqual(ownersOf(note('Ann', '2026-11-20', line)), { owners: undefined, problems: ['owner should be a name, or a list of names like [alice, bob].'] }, line);
    }
  });
});

describe('matchesOwner', () => {
  it('keeps mine and nobody\'s for mine, whatever the case and spaces', () => {
    assert.equal(matchesOwner(['alice'], mine('Alice')), true);
    assert.equal(matchesOwner(['  ALICE '], mine('alice')), true);
    assert.equal(matchesOwner(['Ann  Lee'], mine(' ann lee')), true);
    assert.equal(matchesOwner([], mine('alice')), true);
    assert.equal(matchesOwner(['bob'], mine('alice')), false);
    assert.equal(matchesOwner(['bob', 'Alice'], mine('alice')), true);
    // Not a prefix or a part of a name.
    assert.equal(matchesOwner(['alice smith'], mine('alice')), false);
  });

  it('keeps only that owner\'s for owner, not nobody\'s', () => {
    const bob: OwnerFilter = { kind: 'owner', name: 'Bob' };
    assert.equal(matchesOwner(['bob'], bob), true);
    assert.equal(matchesOwner([], bob), false);
    assert.equal(matchesOwner(['alice'], bob), false);
  });

  it('keeps a file that could not be read (owner unknown) under every filter', () => {
    for (const f of [mine('alice'), { kind: 'owner', name: 'bob' } as const, { kind: 'all' } as const]) assert.equal(matchesOwner(undefined, f), true);
  });

  it('filters nothing with a blank name, and when me is unset', () => {
    assert.equal(matchesOwner(['bob'], mine('  ')), true);
    assert.equal(matchesOwner(['bob'], { kind: 'owner', name: '' }), true);
    assert.deepEqual(ownerFilter(undefined), { kind: 'all' });
    assert.deepEqual(ownerFilter(' '), { kind: 'all' });
    assert.deepEqual(ownerFilter('alice'), { kind: 'mine', me: 'alice' });
  });
});

describe('filterAgenda', () => {
  const files = {
    'ann.md': note('Ann', '2026-11-20', 'owner: alice'),
    'bob.md': note('Bob', '2026-11-19', 'owner: bob'),
    'cid.md': note('Cid', '2026-11-18'),
    'dee.md': note('Dee', '2026-11-23', 'owner: [Bob, ALICE]'),
    'eve.md': note('Eve', '2026-11-23', 'owner: bob', 'birthday: --11-23'),
    'bad.md': '---\nname: Bad\nnext: [\n---\n',
  };

  it('is the same agenda for all', () => {
    const a = diary(files);
    assert.equal(filterAgenda(a, { kind: 'all' }), a);
  });

  it('keeps my contacts and those nobody owns, in every group, counts included', () => {
    const a = filterAgenda(diary(files), mine('alice'));
    assert.deepEqual(names(a), ['Cid', 'Ann']);
    assert.deepEqual(names(a, 'today'), ['Dee']);
    assert.deepEqual(a.groups.map((g) => g.count), [2, 1, 0, 0, 0, 1]);
    assert.deepEqual(names(a, 'attention'), ['Bad']);
  });

  it('gives the badge, the call sheet and the plan only what the filter keeps', () => {
    const a = filterAgenda(diary(files), { kind: 'owner', name: 'bob' });
    assert.deepEqual(dueFollowUps(a), { overdue: 1, today: 2 });
    assert.deepEqual(names(a, 'today'), ['Dee', 'Eve', 'Eve']);
    const sheet = callSheetModel(a, { target: 5 });
    assert.deepEqual(sheet.now.map((e) => e.item.name), ['Bob', 'Dee', 'Eve']);
    const plan = planWeek(a, { start: today, target: 5 });
    assert.deepEqual(plan.days.flatMap((d) => d.items.map((i) => i.name)).sort(), ['Bob', 'Dee', 'Eve']);
  });
});

describe('byOwner', () => {
  it('groups by owner alphabetically, nobody\'s last, a shared contact under each, the first spelling shown', () => {
    const groups = byOwner(diary({
      'ann.md': note('Ann', '2026-11-20', 'owner: alice'),
      'bob.md': note('Bob', '2026-11-19', 'owner: Bob'),
      'cid.md': note('Cid', '2026-11-30'),
      'dee.md': note('Dee', '2026-11-23', 'owner: [bob, Alice, ALICE]'),
      'bad.md': '---\nname: Bad\nnext: [\n---\n',
    }));
    assert.deepEqual(groups.map((g) => [g.owner, g.key, g.items.map((i) => i.name), g.overdue, g.today]), [
      ['alice', 'alice', ['Ann', 'Dee'], 1, 1],
      ['Bob', 'bob', ['Bob', 'Dee'], 1, 1],
      [undefined, '', ['Cid'], 0, 0],
    ]);
  });

  it('is empty for an empty diary', () => {
    assert.deepEqual(byOwner(diary({})), []);
  });
});

import * as assert from 'node:assert/strict';
import { type AgendaItem, agenda } from '../../../src/core/agenda';
import { attentionOnly, contactChoices, needAttention } from '../../../src/core/contactChoices';
import { localDate } from '../../../src/core/dates/localDate';
import { type DiaryIndex, createDiaryIndex } from '../../../src/core/diaryIndex';
import { readContact } from '../../../src/core/read';

const today = localDate(2026, 11, 23);

/** An index read by the real reader, so "needs attention" is what the user's files would give. */
function diary(files: Record<string, string | Uint8Array>): DiaryIndex {
  const index = createDiaryIndex({ read: readContact, maxFileSize: 512 });
  for (const [file, text] of Object.entries(files)) index.upsert(file, text);
  return index;
}

const BAD_YAML = '---\nname: [unclosed\nnext: 2026-11-27\n---\n';
const LATIN1 = new Uint8Array([...new TextEncoder().encode('---\nname: Jos'), 0xe9, ...new TextEncoder().encode('\nnext: 2026-11-27\n---\n')]);
const TOO_LARGE = `---\nname: Big\nnext: 2026-11-27\n---\n${'x'.repeat(600)}`;

function choices(index: DiaryIndex) {
  const c = contactChoices(agenda(index, today), (file) => index.get(file)?.kind === 'contact');
  return { items: c.items.map((i) => i.file), unreadable: c.unreadable.map((i) => i.file) };
}

describe('contact choices (what Log Contact…, Reschedule… and Snooze can offer)', () => {
  it('an empty diary offers nothing and has nothing that needs attention: "no contacts yet"', () => {
    assert.deepEqual(choices(diary({})), { items: [], unreadable: [] });
  });

  // The bug: a diary whose every note needs attention was told it had no contacts yet.
  it('a diary whose notes all need attention offers nothing, and says which notes need it', () => {
    const index = diary({ 'bad-yaml.md': BAD_YAML, 'latin1.md': LATIN1, 'big.md': TOO_LARGE, 'plain.md': '# Not a contact\n' });
    const c = choices(index);
    assert.deepEqual(c.items, []);
    assert.deepEqual([...c.unreadable].sort(), ['bad-yaml.md', 'big.md', 'latin1.md'], 'a note without next: is not a contact and is not listed');
  });

  it('offers every contact once, most urgent first, then those whose next: can\'t be read; never a note that can\'t be read', () => {
    const index = diary({
      'later.md': '---\nname: Later\nnext: 2027-03-01\n---\n',
      'overdue.md': '---\nname: Overdue\nnext: 2026-11-01\n---\n',
      'today.md': '---\nname: Today\nnext: 2026-11-23\n---\n',
      'unscheduled.md': '---\nname: Unscheduled\nnext:\n---\n',
      // Listed twice in the view (Upcoming and Needs attention): offered once, in its place.
      'bad-last.md': '---\nname: Bad Last\nnext: 2026-11-25\nlast: yesterday-ish\n---\n',
      // Listed under Needs attention alone: a new date puts it right, so it is offered, last.
      'bad-next.md': '---\nname: Bad Next\nnext: someday\n---\n',
      'bad-yaml.md': BAD_YAML,
    });
    assert.deepEqual(choices(index), {
      items: ['overdue.md', 'today.md', 'bad-last.md', 'later.md', 'unscheduled.md', 'bad-next.md'],
      unreadable: ['bad-yaml.md'],
    });
  });

  it('a diary whose only contact has a next: that can\'t be read offers it (it is not "no contacts")', () => {
    const c = choices(diary({ 'bad-next.md': '---\nname: Bad Next\nnext: someday\n---\n' }));
    assert.deepEqual(c, { items: ['bad-next.md'], unreadable: [] });
  });

  it('attentionOnly leaves out a contact that also has its place in another group', () => {
    const index = diary({ 'bad-last.md': '---\nname: Bad Last\nnext: 2026-11-25\nlast: soon\n---\n', 'bad-yaml.md': BAD_YAML });
    const a = agenda(index, today);
    assert.equal(a.groups.find((g) => g.id === 'attention')!.count, 2);
    assert.deepEqual(attentionOnly(a).map((i) => i.file), ['bad-yaml.md']);
  });
});

describe('needAttention (what a message says of notes under Needs attention)', () => {
  const item = (file: string, problem?: string) => ({ file, problem }) as AgendaItem;
  const rel = (file: string) => `people/${file}`;

  it('names one note with its problem, without the problem\'s full stop', () => {
    assert.equal(needAttention([item('a.md', 'The front-matter is not valid YAML: bad indent.')], rel),
      'people/a.md needs attention (The front-matter is not valid YAML: bad indent)');
    assert.equal(needAttention([item('a.md')], rel), 'people/a.md needs attention');
  });

  it('counts several and names them in order, the first three and how many more', () => {
    assert.equal(needAttention([item('b.md', 'x'), item('a.md', 'y')], rel), '2 notes need attention (people/a.md and people/b.md)');
    assert.equal(needAttention(['c', 'a', 'b'].map((f) => item(`${f}.md`)), rel), '3 notes need attention (people/a.md, people/b.md and people/c.md)');
    assert.equal(needAttention(['e', 'd', 'c', 'b', 'a'].map((f) => item(`${f}.md`)), rel),
      '5 notes need attention (people/a.md, people/b.md, people/c.md and 2 more)');
  });
});

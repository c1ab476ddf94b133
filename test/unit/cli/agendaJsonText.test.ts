import * as assert from 'node:assert/strict';
import { agendaJson, agendaJsonText } from '../../../src/cli/render';
import { agenda, createDiaryIndex, readContact, relativeTo } from '../../../src/core';

// agendaJsonText writes agenda --json in one pass; the object form agendaJson is the reference
// it must match byte for byte, on every kind of item and on text that JSON has to escape.
const FILES: Record<string, string> = {
  'jane.md': '---\nname: Jane "JD" Doe\ncompany: Acme\\Print\nnext: 2026-11-20\nnext_action: Chase feedback\nlast: 2026-11-13\nlast_action: Sent proposal\nphone: +44 20 7946 0000\nemail: jane@example.com\n---\n',
  'people/bob.md': '---\nnext: 2026-11-23 09:30\nnext_action: Call\n---\n# Bob Smith\n',
  'people/bo2.md': '---\nname: Bö Tab\there\nnext: 2026-11-23 09:30\n---\n',
  'cold.md': '---\nname: Cold\ncadence: 3 weeks\nlast: 2026-10-01\nnext: 2027-02-01\n---\n',
  'later.md': '---\nname: Dee\nnext: 2027-01-10\n---\n',
  'blank.md': '---\nname: Eve\nnext:\n---\n',
  'broken.md': '---\nname: Broken\nnext: someday\n---\n',
  'bad-yaml.md': '---\nname: [Unclosed\nnext: 2026-11-24\n---\n',
  'two-problems.md': '---\nname: Two\nnext: 2026-11-24\nlast: never\ncadence: sometimes\n---\n',
};

describe('agenda --json text', () => {
  it('is byte for byte JSON.stringify of the agenda as objects', () => {
    const index = createDiaryIndex({ read: readContact });
    for (const [path, text] of Object.entries(FILES)) index.upsert(`/diary/${path}`, text);
    const a = agenda(index, { year: 2026, month: 11, day: 23 }, { upcomingDays: 7 });
    const rel = (file: string) => relativeTo('/diary', file);
    // Every group has something to write, so no kind of item goes untested.
    assert.deepEqual(a.groups.filter((g) => g.count === 0).map((g) => g.id), []);
    assert.equal(agendaJsonText(a, rel), JSON.stringify(agendaJson(a, rel)));
  });

  it('writes empty groups as empty lists', () => {
    const a = agenda(createDiaryIndex({ read: readContact }), { year: 2026, month: 1, day: 1 });
    const rel = (file: string) => file;
    assert.equal(agendaJsonText(a, rel), JSON.stringify(agendaJson(a, rel)));
  });
});

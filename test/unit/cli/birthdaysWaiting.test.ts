import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AgendaJson } from '../../../src/cli/render';
import { cli, lines, tempDiary } from './helpers';

const JANE = lines('---', 'name: Jane Doe', 'next: 2026-12-28', 'next_action: Chase', 'birthday: 1980-12-31', 'waiting: feedback on the proposal', 'waiting_since: 2026-12-21', '---', '', '## Log', '- 2026-12-21 Sent proposal');
const BOB = lines('---', 'name: Bob', 'next: 2027-02-01', 'anniversary: --01-01', '---');

describe('contact-diary: birthdays and waiting on them', function () {
  this.timeout(20_000);
  let d: ReturnType<typeof tempDiary>;
  beforeEach(() => { d = tempDiary({ 'jane.md': JANE, 'bob.md': BOB }); });
  afterEach(() => d.cleanup());

  it('agenda --json gives every item its kind and what the user waits on them for', async () => {
    const r = await cli(d.dir, 'agenda', '--json', '--today', '2026-12-28');
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out) as AgendaJson;
    const items = json.groups.flatMap((g) => g.items.map((i) => [g.id, i.kind, i.name, i.description, i.waiting] as const));
    assert.deepEqual(items, [
      ['today', 'follow-up', 'Jane Doe', 'today', { what: 'feedback on the proposal', since: '2026-12-21' }],
      ['upcoming', 'birthday', 'Jane Doe', 'birthday on Thu, turns 46', { what: 'feedback on the proposal', since: '2026-12-21' }],
      ['upcoming', 'birthday', 'Bob', 'anniversary on Fri', null],
      ['later', 'follow-up', 'Bob', 'in 5 weeks', null],
    ]);
  });

  it('agenda prints a birthday as a line of its own', async () => {
    const r = await cli(d.dir, 'agenda', '--today', '2026-12-31');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /Jane Doe +birthday today, turns 46 +jane\.md +birthday 31 December 1980\n/);
    // Whose move it is is said on the follow-up, as the view says it (regression: not in the tool's agenda).
    assert.match(r.out, /Jane Doe +3 days overdue +jane\.md +waiting 10 days · feedback on the proposal · Chase\n/);
  });

  it('log --answered clears waiting and waiting_since in the same edit; without it they stay', async () => {
    const kept = await cli(d.dir, 'log', 'jane.md', '--action', 'Email', '--next', '2027-01-04', '--today', '2026-12-28');
    assert.equal(kept.code, 0, kept.err);
    assert.match(readFileSync(join(d.dir, 'jane.md'), 'utf8'), /waiting: feedback on the proposal\nwaiting_since: 2026-12-21\n/);
    const r = await cli(d.dir, 'log', 'jane.md', '--action', 'Phone call', '--answered', '--next', '2027-01-11', '--today', '2026-12-29');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /no longer waiting for feedback on the proposal/);
    const text = readFileSync(join(d.dir, 'jane.md'), 'utf8');
    assert.match(text, /\nwaiting:\nwaiting_since:\n/);
    assert.match(text, /- 2026-12-29 Phone call\n/);
  });

  it('log --answered on a contact that was not waiting logs as before', async () => {
    const r = await cli(d.dir, 'log', 'bob.md', '--action', 'Call', '--answered', '--next', '2027-01-11', '--today', '2026-12-29');
    assert.equal(r.code, 0, r.err);
    assert.doesNotMatch(r.out, /waiting/);
    assert.doesNotMatch(readFileSync(join(d.dir, 'bob.md'), 'utf8'), /waiting/);
  });

  it('refuses a value for --answered', async () => {
    const r = await cli(d.dir, 'log', 'jane.md', '--action', 'Call', '--answered=yes');
    assert.notEqual(r.code, 0);
  });
});

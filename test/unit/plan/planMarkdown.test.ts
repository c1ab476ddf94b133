import * as assert from 'node:assert/strict';
import { localDate } from '../../../src/core/dates/localDate';
import { planMarkdown, plannedFrom } from '../../../src/core/export/planMarkdown';
import { type WeekPlan } from '../../../src/core/plan';

const mon = localDate(2026, 11, 23);
const tue = localDate(2026, 11, 24);
const week: WeekPlan = {
  days: [
    {
      date: mon,
      fixed: [{ file: '/d/cid.md', name: 'Cid', reason: 'appointment 09:30', from: localDate(2026, 11, 23, { hour: 9, minute: 30 }) }],
      items: [
        { file: '/d/ann.md', name: 'Ann *Bold* <b>', reason: '13 days overdue', from: localDate(2026, 11, 10), nextAction: 'Chase the [quote](x)' },
        { file: '/d/bob.md', name: 'Bob', reason: 'going cold', from: null },
      ],
    },
    { date: tue, fixed: [], items: [] },
  ],
  leftOver: 2,
};
const rel = (f: string) => f.replace('/d/', '');

describe('planMarkdown', () => {
  it('shows the plan day by day: appointments kept, then each contact with reason, next action and where its date comes from', () => {
    const md = planMarkdown(week, rel);
    assert.match(md, /^# Plan: Mon 23 Nov 2026 to Tue 24 Nov 2026\n\n2 contacts over 2 working days\. /);
    assert.match(md, /\n## Mon 23 Nov 2026\n\n- 09:30: \*\*Cid\*\* — appointment 09:30 \(kept as it is\)\n/);
    assert.match(md, /\n- \*\*Bob\*\* — going cold \(bob\.md, no next date\)\n/);
    assert.match(md, /\n## Tue 24 Nov 2026\n\n- nobody\n/);
    assert.match(md, /\n2 more contacts found no room and keep their dates\.\n$/);
  });

  it('escapes what the notes say, so a name can\'t make a link or markup', () => {
    const md = planMarkdown(week, rel);
    const ann = md.split('\n').find((l) => l.includes('Ann'))!;
    assert.ok(!ann.includes('[quote](x)'), ann);
    assert.ok(!ann.includes('*Bold*'), ann);
    assert.match(ann, /\(ann\.md, from 2026-11-10\)$/);
  });

  it('strikes through the contacts left out and counts the rest', () => {
    const md = planMarkdown(week, rel, new Set(['/d/bob.md']));
    assert.match(md, /\n1 contact over 2 working days, 1 left out\. /);
    assert.match(md, /\n- ~~\*\*Bob\*\* — going cold \(bob\.md, no next date\)~~ left out\n/);
  });
});

describe('plannedFrom', () => {
  it('says where a planned date comes from', () => {
    assert.equal(plannedFrom(null, mon), 'no next date');
    assert.equal(plannedFrom(mon, mon), 'already due then');
    assert.equal(plannedFrom(localDate(2026, 11, 23, { hour: 14, minute: 30 }), mon), 'from 2026-11-23 14:30');
    assert.equal(plannedFrom(localDate(2026, 11, 10), mon), 'from 2026-11-10');
  });
});

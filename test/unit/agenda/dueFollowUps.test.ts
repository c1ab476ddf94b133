import * as assert from 'node:assert/strict';
import { agenda, dueFollowUps } from '../../../src/core/agenda';
import { createDiaryIndex } from '../../../src/core/diaryIndex';
import { readContact } from '../../../src/core/read';

describe('dueFollowUps', () => {
  it('counts today\'s follow-ups, not its birthday lines (regression: a birthday made the badge say "1 due today")', () => {
    const index = createDiaryIndex({ read: readContact });
    const note = (front: string) => new TextEncoder().encode(`---\n${front}---\n`);
    index.upsert('/d/due.md', note('name: Due Today\nnext: 2026-11-23\n'));
    index.upsert('/d/late.md', note('name: Late\nnext: 2026-11-20\n'));
    index.upsert('/d/born.md', note('name: Born Today\nnext: 2027-02-01\nbirthday: 1980-11-23\n'));
    const a = agenda(index, { year: 2026, month: 11, day: 23 });
    const today = a.groups.find((g) => g.id === 'today')!;
    assert.equal(today.items.length, 2, 'the birthday line is listed under Today');
    assert.deepEqual(dueFollowUps(a), { overdue: 1, today: 1 });
  });
});

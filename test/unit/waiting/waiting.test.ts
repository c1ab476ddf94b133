import { strict as assert } from 'node:assert';
import { agenda } from '../../../src/core/agenda';
import { logContact, markWaiting, markWaitingOps } from '../../../src/core/actions';
import { type LocalDate } from '../../../src/core/dates/localDate';
import { createDiaryIndex } from '../../../src/core/diaryIndex';
import { applyEdits } from '../../../src/core/file/applyEdits';
import { readContact, readContactText } from '../../../src/core/read';
import { type Result, type TextEdit } from '../../../src/core/types';

const TODAY: LocalDate = { year: 2026, month: 11, day: 23 };
const ANN = '---\r\nname: Ann\r\nnext: 2026-11-20 # overdue\r\nnext_action: Chase\r\n---\r\n# Ann\r\n\r\n## Log\r\n- 2026-11-01 Email\r\n';

function run(text: string, plan: Result<TextEdit[]>): string {
  if (!plan.ok) return assert.fail(plan.error);
  const out = applyEdits(text, plan.value);
  return out.ok ? out.value : assert.fail(out.error);
}

describe('waiting on them', () => {
  it('sets waiting and waiting_since and the chase date, in one edit that keeps every other byte', () => {
    const out = run(ANN, markWaiting(ANN, { today: TODAY, what: ' feedback on the proposal ', next: { year: 2026, month: 11, day: 30 } }));
    assert.equal(out, ANN.replace('2026-11-20 #', '2026-11-30 #').replace('next_action: Chase\r\n', 'next_action: Chase\r\nwaiting: feedback on the proposal\r\nwaiting_since: 2026-11-23\r\n'));
    const r = readContactText('ann.md', out);
    assert.equal(r.kind, 'contact');
    if (r.kind === 'contact') {
      assert.equal(r.contact.waiting, 'feedback on the proposal');
      assert.deepEqual(r.contact.waitingSince, TODAY);
    }
  });

  it('leaves next as it is without a chase date, and replaces what it waited for before', () => {
    const once = run(ANN, markWaiting(ANN, { today: { ...TODAY, time: { hour: 9, minute: 30 } }, what: 'the signed order' }));
    assert.match(once, /next: 2026-11-20 # overdue\r\n/);
    assert.match(once, /waiting_since: 2026-11-23\r\n/);
    const twice = run(once, markWaiting(once, { today: { year: 2026, month: 11, day: 25 }, what: 'a reply: yes or no #2' }));
    const r = readContactText('ann.md', twice);
    assert.ok(r.kind === 'contact');
    assert.equal(r.contact.waiting, 'a reply: yes or no #2');
    assert.deepEqual(r.contact.waitingSince, { year: 2026, month: 11, day: 25 });
  });

  it('refuses an empty reason or one of two lines', () => {
    assert.deepEqual(markWaitingOps({ today: TODAY, what: '  ' }).ok, false);
    assert.deepEqual(markWaitingOps({ today: TODAY, what: 'a\nb' }).ok, false);
  });

  it('Log Contact with answered clears waiting and waiting_since in the same edit', () => {
    const waiting = run(ANN, markWaiting(ANN, { today: TODAY, what: 'feedback' }));
    const out = run(waiting, logContact(waiting, { today: TODAY, action: 'Phone call', next: { year: 2026, month: 12, day: 1 }, answered: true }));
    const r = readContactText('ann.md', out);
    assert.ok(r.kind === 'contact');
    assert.equal(r.contact.waiting, undefined);
    assert.equal(r.contact.waitingSince, undefined);
    assert.equal(r.contact.lastAction, 'Phone call');
    // Without answered, it stays.
    const kept = run(waiting, logContact(waiting, { today: TODAY, action: 'Email', next: { year: 2026, month: 12, day: 1 } }));
    assert.match(kept, /waiting: feedback/);
    // A contact that was not waiting is logged as before.
    assert.equal(run(ANN, logContact(ANN, { today: TODAY, action: 'Call', next: TODAY, answered: true })), run(ANN, logContact(ANN, { today: TODAY, action: 'Call', next: TODAY })));
  });

  it('puts what for and since when on every item of the contact, and nothing on others', () => {
    const index = createDiaryIndex({ read: readContact });
    index.upsert('ann.md', '---\nname: Ann\nnext: 2026-11-23\nwaiting: feedback\nwaiting_since: 2026-11-18\nbirthday: --11-24\n---\n');
    index.upsert('bob.md', '---\nname: Bob\nnext: 2026-11-23\nwaiting: a call back\n---\n');
    index.upsert('cid.md', '---\nname: Cid\nnext: 2026-11-23\nwaiting_since: soon\n---\n');
    const items = agenda(index, TODAY).groups.flatMap((g) => g.items.map((i) => [g.id, i.kind, i.name, i.waiting] as const));
    assert.deepEqual(items, [
      ['today', 'follow-up', 'Ann', { what: 'feedback', since: { year: 2026, month: 11, day: 18 } }],
      ['today', 'follow-up', 'Bob', { what: 'a call back' }],
      ['today', 'follow-up', 'Cid', undefined],
      ['upcoming', 'birthday', 'Ann', { what: 'feedback', since: { year: 2026, month: 11, day: 18 } }],
      ['attention', 'follow-up', 'Cid', undefined],
    ]);
  });
});

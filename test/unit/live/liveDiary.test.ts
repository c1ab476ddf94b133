import * as assert from 'node:assert/strict';
import { COALESCE_MS, SETTLE_MS } from '../../../src/core/live/liveDiary';
import { parseIsoDate } from '../../../src/core/dates/localDate';
import { contact, gate } from './memoryWorkspace';
import { liveDiary } from './setup';

const today = () => {
  const r = parseIsoDate('2026-11-20');
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('live diary: first scan', () => {
  it('reads every folder, tells the views once it is whole, and says it is scanned', async () => {
    const { diary, time, told, paths, logged } = liveDiary(
      { 'a/jane.md': contact('Jane'), 'a/notes.txt': 'x', 'b/bob.md': contact('Bob'), 'b/readme.md': '# not a contact\n' },
      { a: {}, b: {} },
    );
    assert.equal(diary.isScanned, false);
    diary.start();
    assert.equal(diary.busy, true);
    await time.runAll();
    assert.deepEqual(paths(), ['a/jane.md', 'b/bob.md']);
    assert.equal(diary.isScanned, true);
    assert.equal(diary.busy, false);
    assert.deepEqual(told, [0], 'a short scan is told once, at its end');
    assert.deepEqual(diary.agenda(today()).groups.find((g) => g.id === 'today')!.items.map((i) => i.name), ['Bob', 'Jane']);
    assert.match(logged.join('\n'), /info: Scanned 2 folder\(s\) in 0 ms: 2 diary file\(s\)/);
  });

  it('tells the views that an empty diary is whole (no index event comes from an empty folder)', async () => {
    const { diary, time, told } = liveDiary({ 'ws/notes.txt': 'x' });
    diary.start();
    await time.runAll();
    assert.equal(diary.isScanned, true);
    assert.equal(diary.index.size, 0);
    assert.deepEqual(told, [0]);
  });

  it('reads each file with its folder\'s include, exclude and size limit', async () => {
    const big = contact('Big') + 'x'.repeat(200);
    const { diary, time, paths } = liveDiary(
      { 'a/c/jane.md': contact('Jane'), 'a/archive/old.md': contact('Old'), 'a/big.md': big, 'b/c/bob.md': contact('Bob'), 'b/big.md': big },
      { a: { exclude: ['archive/**'], maxFileSize: 100 }, b: { include: ['c/**/*.md'] } },
    );
    diary.start();
    await time.runAll();
    assert.deepEqual(paths(), ['a/big.md', 'a/c/jane.md', 'b/c/bob.md']);
    assert.equal(diary.index.get('a/big.md')?.kind, 'attention', 'over a\'s limit of 100 bytes');
    assert.equal(diary.covers('a/archive/new.md'), false);
    assert.equal(diary.covers('a/new.md'), true);
    assert.equal(diary.covers('b/new.md'), false);
    assert.equal(diary.covers('elsewhere/new.md'), false);
  });
});

describe('live diary: file events', () => {
  it('coalesces the events of a moment into one run: nothing is read before it, each file once, one change for all', async () => {
    const { ws, time, told, next, started } = liveDiary({ 'ws/jane.md': contact('Jane'), 'ws/bob.md': contact('Bob') });
    await started();
    ws.write('ws/jane.md', contact('Jane', '2026-12-01'));
    await time.advance(10);
    ws.write('ws/bob.md', contact('Bob', '2026-12-02'));
    ws.write('ws/jane.md', contact('Jane', '2026-12-03'));
    await time.advance(COALESCE_MS - 11);
    assert.deepEqual(ws.host.reads, [], 'nothing read before the delay of the first event');
    assert.equal(next('ws/jane.md'), '2026-11-20');
    await time.advance(1);
    assert.deepEqual([...ws.host.reads].sort(), ['ws/bob.md', 'ws/jane.md']);
    assert.equal(next('ws/jane.md'), '2026-12-03');
    assert.equal(next('ws/bob.md'), '2026-12-02');
    assert.deepEqual(told, [COALESCE_MS], 'one change for the whole run');
  });

  it('is not put off by a steady stream of events: each run comes one delay after the first event waiting', async () => {
    const { ws, time, told, started } = liveDiary({ 'ws/jane.md': contact('Jane') });
    await started();
    for (let i = 0; i < 10; i++) {
      ws.write('ws/jane.md', contact('Jane', `2026-12-${String(i + 1).padStart(2, '0')}`));
      await time.advance(10);
    }
    await time.runAll();
    assert.deepEqual(told, [40, 80, 120], 'one run every 40 ms, each for the events that came before it');
  });

  it('takes a burst of a thousand events (a checkout) in one run with one change', async () => {
    const { ws, time, told, diary, started } = liveDiary({ 'ws/keep.md': contact('Keep') });
    await started();
    for (let i = 0; i < 1000; i++) ws.write(`ws/p/c${i}.md`, contact(`C${i}`));
    for (let i = 0; i < 1000; i += 2) ws.delete(`ws/p/c${i}.md`);
    await time.runAll();
    assert.equal(diary.index.size, 501);
    assert.equal(ws.host.reads.length, 500, 'the deleted files are not read');
    assert.deepEqual(told, [COALESCE_MS]);
  });

  it('reads a saved file at once, without the delay', async () => {
    const { ws, time, next, started } = liveDiary({ 'ws/jane.md': contact('Jane') });
    await started();
    const doc = ws.open('ws/jane.md');
    doc.type(contact('Jane', '2026-12-24'));
    doc.save();
    await time.flush();
    assert.equal(next('ws/jane.md'), '2026-12-24');
  });

  it('leaves out files its settings leave out, and files in no folder', async () => {
    const { ws, time, diary, started } = liveDiary({ 'ws/jane.md': contact('Jane') }, { ws: { exclude: ['archive/**'] } });
    await started();
    ws.write('ws/archive/old.md', contact('Old'));
    ws.write('ws/notes.txt', 'x');
    ws.write('other/bob.md', contact('Bob'));
    await time.runAll();
    assert.deepEqual(ws.host.reads, []);
    assert.equal(diary.index.size, 1);
    assert.equal(diary.busy, false);
  });

  it("leaves out its vault's template notes, at the scan and when one changes after it", async () => {
    const { ws, time, diary, logged, started } = liveDiary({
      'ws/.obsidian/templates.json': '{"folder":"Templates"}',
      'ws/Templates/Person.md': '---\nname: {{title}}\nnext: {{date}}\n---\n',
      'ws/jane.md': contact('Jane'),
    });
    await started();
    assert.deepEqual([...diary.index.entries()].map((e) => (e.kind === 'contact' ? e.contact.file : e.file)), ['ws/jane.md']);
    assert.ok(logged.some((l) => l.includes("the vault's templates are left out (Templates/**)")), logged.join('\n'));
    ws.write('ws/Templates/Person.md', contact('Template'));
    ws.write('ws/Templates/Client.md', contact('Template'));
    await time.runAll();
    assert.deepEqual(ws.host.reads, []);
    assert.equal(diary.covers('ws/Templates/Client.md'), false);
    // Rescans leave them out once, not once more each time.
    const rescanned = diary.refresh();
    await time.runAll();
    await rescanned;
    assert.equal(diary.index.size, 1);
  });

  it('re-reads touched files at once, and keeps a touched path in no folder out', async () => {
    const { ws, time, next, diary, started } = liveDiary({ 'ws/jane.md': contact('Jane') });
    await started();
    ws.writeQuietly('ws/jane.md', contact('Jane', '2027-01-05'));
    ws.writeQuietly('other/bob.md', contact('Bob'));
    diary.touch(['ws/jane.md', 'other/bob.md']);
    await time.flush();
    assert.equal(next('ws/jane.md'), '2027-01-05');
    assert.equal(diary.index.has('other/bob.md'), false);
  });

  it('looks at touched files once more when things settle: a file deleted without a word leaves (regression: the watcher drops a create and a delete that come together)', async () => {
    const { ws, time, diary, started } = liveDiary({ 'ws/jane.md': contact('Jane') });
    await started();
    ws.writeQuietly('ws/new.md', contact('New'));
    diary.touch(['ws/new.md']);
    await time.flush();
    assert.equal(diary.index.has('ws/new.md'), true);
    // Deleted from outside at once, and no event comes of it.
    ws.deleteQuietly('ws/new.md');
    await time.advance(SETTLE_MS - 1);
    assert.equal(diary.index.has('ws/new.md'), true, 'looked again too soon');
    await time.advance(1);
    assert.equal(diary.index.has('ws/new.md'), false);
    assert.equal(diary.index.has('ws/jane.md'), true);
  });

  it('leaves no timer behind once disposed, however many second looks wait', async () => {
    const { time, diary, started } = liveDiary({ 'ws/jane.md': contact('Jane') });
    await started();
    diary.touch(['ws/jane.md']);
    await time.flush();
    assert.deepEqual(time.pending, [SETTLE_MS]);
    diary.dispose();
    assert.deepEqual(time.pending, []);
  });
});

describe('live diary: waiting and stopping', () => {
  it('whenIdle resolves once the waiting events are worked off, and at once when there are none', async () => {
    const { ws, time, diary, next, started } = liveDiary({ 'ws/jane.md': contact('Jane') });
    await started();
    let idle = false;
    await diary.whenIdle();
    ws.write('ws/jane.md', contact('Jane', '2026-12-09'));
    void diary.whenIdle().then(() => (idle = true));
    await time.advance(COALESCE_MS - 1);
    assert.equal(idle, false);
    await time.advance(1);
    assert.equal(idle, true);
    assert.equal(next('ws/jane.md'), '2026-12-09');
  });

  it('an event during a run waits for its end, then runs at once', async () => {
    const { ws, time, diary, next, started } = liveDiary({ 'ws/jane.md': contact('Jane'), 'ws/bob.md': contact('Bob') });
    await started();
    const held = gate();
    ws.holds.read.set('ws/jane.md', held);
    ws.write('ws/jane.md', contact('Jane', '2026-12-01'));
    await time.advance(COALESCE_MS);
    await held.reached;
    ws.write('ws/bob.md', contact('Bob', '2026-12-02'));
    await time.advance(COALESCE_MS);
    assert.equal(ws.readsOf('ws/bob.md'), 0, 'no second run while the first one reads');
    held.open();
    await time.flush();
    assert.equal(next('ws/jane.md'), '2026-12-01');
    assert.equal(next('ws/bob.md'), '2026-12-02', 'read right after the first run, with no new delay');
    assert.equal(diary.busy, false);
  });

  it('once disposed, hears no more events, lets waiters go and leaves no timer behind', async () => {
    const { ws, time, diary, next, started } = liveDiary({ 'ws/jane.md': contact('Jane') });
    await started();
    ws.write('ws/jane.md', contact('Jane', '2026-12-01'));
    const waiting = diary.whenIdle();
    diary.dispose();
    await waiting;
    ws.write('ws/jane.md', contact('Jane', '2026-12-02'));
    assert.deepEqual(time.pending, []);
    await time.runAll();
    assert.deepEqual(ws.host.reads, []);
    assert.equal(next('ws/jane.md'), '2026-11-20');
  });
});

import * as assert from 'node:assert/strict';
import { WorkQueue } from '../../../src/core/live/workQueue';
import { VirtualTime } from './virtualTime';

function queue(run: () => Promise<void> = async () => undefined) {
  const time = new VirtualTime();
  const runs: number[] = [];
  let work = 0;
  const q = new WorkQueue(time, async () => {
    runs.push(time.now());
    work = 0;
    await run();
  }, () => work > 0);
  return { time, runs, q, add: (delay: number) => (work++, q.kick(delay)) };
}

describe('work queue', () => {
  it('brings a waiting run forward for work that must not wait', async () => {
    const { time, runs, add } = queue();
    add(300);
    await time.advance(100);
    add(0);
    await time.flush();
    assert.deepEqual(runs, [100]);
    await time.runAll();
    assert.deepEqual(runs, [100], 'the run put forward is not run again at its first time');
  });

  it('runs again at once for work that came in during a run, and only then is idle', async () => {
    let release!: () => void;
    let first = true;
    const { time, runs, q, add } = queue(() => (first ? new Promise<void>((r) => ((release = r), (first = false))) : Promise.resolve()));
    let idle = false;
    add(40);
    void q.whenIdle().then(() => (idle = true));
    await time.advance(40);
    add(40);
    await time.advance(100);
    assert.deepEqual(runs, [40], 'no run while one is running');
    release();
    await time.flush();
    assert.deepEqual(runs, [40, 140]);
    assert.equal(idle, true);
    assert.equal(q.busy, false);
  });

  it('settles after a run that rejects', async () => {
    const { time, q, add } = queue(() => Promise.reject(new Error('boom')));
    add(0);
    const idle = q.whenIdle();
    await time.flush();
    await idle;
    assert.equal(q.busy, false);
  });
});

import * as assert from 'node:assert/strict';
import { SortedChunks, flatten } from '../../../src/core/sortedChunks';

interface Box { readonly v: number; readonly id: number }
const cmp = (a: Box, b: Box) => a.v - b.v || a.id - b.id;

/** A repeatable draw of 0 to n - 1 from `seed` (a linear congruential generator). */
function seeded(seed: number): (n: number) => number {
  return (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
}

describe('sorted chunks', () => {
  it('stays sorted and equal to a plain sorted array through random inserts and removals', () => {
    const rand = seeded(11);
    const start = Array.from({ length: 30 }, (_, id) => ({ v: rand(20), id }));
    const list = SortedChunks.from([...start], cmp, 4);
    let reference = [...start].sort(cmp);
    let nextId = 100;
    for (let step = 0; step < 2000; step++) {
      if (rand(2) === 0 && reference.length > 0) {
        const victim = reference[rand(reference.length)]!;
        assert.equal(list.remove(victim), true);
        reference = reference.filter((x) => x !== victim);
      } else {
        const box = { v: rand(20), id: nextId++ };
        list.insert(box);
        reference = [...reference, box].sort(cmp);
      }
      assert.equal(list.size, reference.length);
      if (step % 50 === 0) assert.deepEqual(list.toArray(), reference);
    }
    assert.deepEqual(list.toArray(), reference);
  });

  it('inserts many items at once in the same order as a plain sort, keeping snapshots as they were', () => {
    const rand = seeded(3);
    const list = new SortedChunks<Box>(cmp, 4);
    let reference: Box[] = [];
    let nextId = 0;
    for (let step = 0; step < 300; step++) {
      for (const victim of reference.filter(() => rand(5) === 0)) assert.equal(list.remove(victim), true);
      reference = reference.filter((x) => list.toArray().includes(x));
      // From nothing to three times the list at once; equal values too (v is drawn from 20).
      const added = Array.from({ length: rand(3) === 0 ? rand(40) : rand(6) }, () => ({ v: rand(20), id: nextId++ }));
      const snap = list.snapshot();
      const before = flatten(snap);
      list.insertMany([...added]);
      reference = [...reference, ...added].sort(cmp);
      assert.deepEqual(list.toArray(), reference);
      assert.equal(list.size, reference.length);
      assert.deepEqual(flatten(snap), before, 'a snapshot taken before is unchanged');
      // No chunk grows past twice the chunk size, none is empty.
      assert.ok(list.snapshot().every((c) => c.length > 0 && c.length <= 8), list.snapshot().map((c) => c.length).join());
    }
  });

  it('takes thousands of items in slices, as a first scan brings them, and holds them in order whenever it is read', () => {
    const rand = seeded(7);
    const list = new SortedChunks<Box>(cmp, 16);
    let reference: Box[] = [];
    let nextId = 0;
    for (let slice = 0; slice < 40; slice++) {
      // Slices of up to 600 items, enough to pass the point where inserted items are sorted in
      // before anyone reads the list; equal values too.
      const added = Array.from({ length: 1 + rand(600) }, () => ({ v: rand(5000), id: nextId++ }));
      list.insertMany(added);
      reference = [...reference, ...added];
      assert.equal(list.size, reference.length, 'the size counts items not yet sorted in');
      if (slice % 7 === 3) {
        reference.sort(cmp);
        assert.deepEqual(list.toArray(), reference);
        assert.ok(list.snapshot().every((c) => c.length > 0 && c.length <= 32));
      }
    }
    reference.sort(cmp);
    assert.deepEqual(flatten(list.snapshot()), reference);
  });

  it('sorts waiting items in before they pass 8,192, on a list large enough that half of it is more', () => {
    const rand = seeded(5);
    const list = new SortedChunks<Box>(cmp, 64);
    const reference: Box[] = [];
    for (let id = 0; id < 40_000;) {
      const added = Array.from({ length: 500 }, () => ({ v: rand(100_000), id: id++ }));
      list.insertMany(added);
      reference.push(...added);
    }
    // Chunks already hold most items: the last 8,192 at most were still waiting.
    let held = 0;
    for (const chunk of (list as unknown as { chunks: Box[][] }).chunks) held += chunk.length;
    assert.ok(held >= 40_000 - 8192, `${held} in chunks`);
    assert.deepEqual(list.toArray(), reference.sort(cmp));
  });

  it('removes an item inserted but not yet read, and only once', () => {
    const list = new SortedChunks<Box>(cmp, 4);
    const boxes = Array.from({ length: 10 }, (_, id) => ({ v: id % 3, id }));
    list.insertMany(boxes);
    assert.equal(list.remove(boxes[4]!), true);
    assert.equal(list.remove(boxes[4]!), false);
    assert.equal(list.size, 9);
    assert.deepEqual(list.toArray(), boxes.filter((b) => b.id !== 4).sort(cmp));
  });

  it('keeps a snapshot as it was, whatever changes after it', () => {
    const boxes = Array.from({ length: 20 }, (_, id) => ({ v: id, id }));
    const list = SortedChunks.from([...boxes], cmp, 4);
    const snap = list.snapshot();
    list.remove(boxes[3]!);
    list.insert({ v: 5, id: 99 });
    for (let i = 0; i < 30; i++) list.insert({ v: 1, id: 200 + i });
    assert.deepEqual(flatten(snap), boxes);
    assert.equal(list.size, 20 - 1 + 1 + 30);
  });

  it('answers false for an item it does not hold, and works from empty', () => {
    const list = new SortedChunks<Box>(cmp, 2);
    assert.equal(list.remove({ v: 1, id: 1 }), false);
    const a = { v: 2, id: 1 };
    list.insert(a);
    list.insert({ v: 1, id: 2 });
    list.insert({ v: 3, id: 3 });
    list.insert({ v: 0, id: 4 });
    list.insert({ v: 2, id: 0 });
    assert.deepEqual(list.toArray().map((b) => b.id), [4, 2, 0, 1, 3]);
    assert.equal(list.remove({ ...a }), false);
    assert.equal(list.remove(a), true);
    assert.equal(list.remove(a), false);
    assert.equal(list.size, 4);
  });
});

import * as assert from 'node:assert/strict';
import { type ReadResult } from '../../../src/core/contact';
import { type IndexChange, baseName, createDiaryIndex } from '../../../src/core/diaryIndex';
import fc from 'fast-check';
import { type ContactSpec, fakeIndex, fakeRead, put } from '../agenda/fakeIndex';

function recorder(index: ReturnType<typeof fakeIndex>) {
  const events: IndexChange[] = [];
  index.onDidChange((c) => events.push(c));
  return events;
}

describe('diary index', () => {
  it('holds contacts and files needing attention, and leaves other files out', () => {
    const index = fakeIndex({ 'a.md': { name: 'Ann' }, 'b.md': { attention: 'bad yaml' }, 'c.md': null });
    assert.equal(index.size, 2);
    assert.equal(index.has('c.md'), false);
    assert.equal(index.get('a.md')?.kind, 'contact');
    assert.equal(index.get('b.md')?.kind, 'attention');
    assert.deepEqual([...index.contacts()].map((c) => c.name), ['Ann']);
    assert.equal([...index.entries()].length, 2);
  });

  it('fires one event per change, naming what changed', () => {
    const index = fakeIndex();
    const events = recorder(index);
    put(index, 'a.md', { name: 'A' });
    put(index, 'a.md', { name: 'A2' });
    index.remove('a.md');
    index.remove('a.md');
    put(index, 'x.md', null);
    assert.deepEqual(events, [
      { updated: ['a.md'], removed: [], renamed: [] },
      { updated: ['a.md'], removed: [], renamed: [] },
      { updated: [], removed: ['a.md'], renamed: [] },
    ]);
  });

  it('fires one event for a whole batch, with the final state of each path', () => {
    const index = fakeIndex({ 'old.md': { name: 'Old' }, 'gone.md': {} });
    const events = recorder(index);
    index.batch(() => {
      put(index, 'a.md', {});
      put(index, 'b.md', {});
      index.remove('b.md');
      index.remove('gone.md');
      index.batch(() => index.rename('old.md', 'new.md'));
    });
    assert.equal(events.length, 1);
    assert.deepEqual(events[0], { updated: ['a.md', 'new.md'], removed: ['b.md', 'gone.md', 'old.md'], renamed: [{ from: 'old.md', to: 'new.md' }] });
    const moved = index.get('new.md');
    assert.equal(moved?.kind === 'contact' ? moved.contact.file : undefined, 'new.md');
    assert.equal(index.has('old.md'), false);
  });

  it('names each path a batch touched once, by its final state, whatever the order of changes', () => {
    const paths = ['a.md', 'b.md', 'c.md', 'd.md'];
    const op = fc.oneof(
      fc.record({ kind: fc.constant('put' as const), path: fc.constantFrom(...paths), spec: fc.constantFrom<ContactSpec | null>({ name: 'X' }, { attention: 'bad' }, null) }),
      fc.record({ kind: fc.constant('remove' as const), path: fc.constantFrom(...paths) }),
      fc.record({ kind: fc.constant('rename' as const), path: fc.constantFrom(...paths), to: fc.constantFrom(...paths) }),
    );
    fc.assert(fc.property(fc.subarray(paths), fc.array(op, { maxLength: 12 }), (before, ops) => {
      const index = fakeIndex(Object.fromEntries(before.map((p) => [p, { name: p }])));
      const events = recorder(index);
      // The model: each path's last word in the batch (present or removed), as the index must report it.
      const present = new Set(before);
      const last = new Map<string, boolean>();
      index.batch(() => {
        for (const o of ops) {
          if (o.kind === 'put') {
            put(index, o.path, o.spec);
            if (o.spec !== null) { present.add(o.path); last.set(o.path, true); } else if (present.delete(o.path)) last.set(o.path, false);
          } else if (o.kind === 'remove') {
            index.remove(o.path);
            if (present.delete(o.path)) last.set(o.path, false);
          } else {
            index.rename(o.path, o.to);
            if (present.has(o.path) && o.path !== o.to) { present.delete(o.path); last.set(o.path, false); present.add(o.to); last.set(o.to, true); }
          }
        }
      });
      assert.deepEqual([...index.entries()].map((e) => (e.kind === 'contact' ? e.contact.file : e.file)).sort(), [...present].sort());
      const updated = [...last].filter(([, p]) => p).map(([path]) => path).sort();
      const removed = [...last].filter(([, p]) => !p).map(([path]) => path).sort();
      if (updated.length + removed.length === 0) return;
      assert.equal(events.length, 1);
      assert.deepEqual([...events[0]!.updated].sort(), updated, 'updated');
      assert.deepEqual([...events[0]!.removed].sort(), removed, 'removed');
    }), { numRuns: 2000, seed: 3 });
  });

  it('a file that stops being a diary file leaves the index', () => {
    const index = fakeIndex({ 'a.md': {} });
    const events = recorder(index);
    put(index, 'a.md', null);
    assert.equal(index.has('a.md'), false);
    assert.deepEqual(events[0]?.removed, ['a.md']);
  });

  it('re-reading one file reads only that file', () => {
    const seen: string[] = [];
    const index = createDiaryIndex({ read: (f, b) => (seen.push(f), fakeRead(f, b)) });
    for (const f of ['a.md', 'b.md', 'c.md']) index.upsert(f, '{}');
    seen.length = 0;
    index.upsert('b.md', '{"name":"B"}');
    assert.deepEqual(seen, ['b.md']);
  });

  it('renaming an unknown path, or onto itself, changes nothing', () => {
    const index = fakeIndex({ 'a.md': {} });
    const events = recorder(index);
    index.rename('nope.md', 'x.md');
    index.rename('a.md', 'a.md');
    assert.equal(events.length, 0);
    assert.equal(index.has('a.md'), true);
  });

  it('renames a file that needs attention too', () => {
    const index = fakeIndex({ 'a.md': { attention: 'bad' } });
    index.rename('a.md', 'b.md');
    const e = index.get('b.md');
    assert.equal(e?.kind === 'attention' ? e.file : undefined, 'b.md');
  });

  it('records an unreadable file under attention, with the reason', () => {
    const index = fakeIndex();
    index.markUnreadable('dir/locked.md', 'Permission denied');
    const e = index.get('dir/locked.md');
    assert.ok(e?.kind === 'attention');
    assert.equal(e.name, 'locked');
    assert.equal(e.problem.message, 'Permission denied');
    assert.equal(e.problem.code, 'unreadable');
  });

  it('turns a reader that throws into a file needing attention, and goes on', () => {
    const read = (f: string, b: Uint8Array): ReadResult => {
      if (f === 'bad.md') throw new Error('boom');
      return fakeRead(f, b);
    };
    const index = createDiaryIndex({ read });
    index.upsert('bad.md', '{}');
    index.upsert('good.md', '{}');
    const e = index.get('bad.md');
    assert.ok(e?.kind === 'attention');
    assert.match(e.problem.message, /boom/);
    assert.equal(index.get('good.md')?.kind, 'contact');
  });

  it('hands the reader the bytes of text (UTF-8) and the size limit', () => {
    let got: { bytes?: Uint8Array; max?: number } = {};
    const index = createDiaryIndex({ read: (_f, bytes, o) => ((got = { bytes, max: o?.maxFileSize }), { kind: 'none' }), maxFileSize: 99 });
    index.upsert('a.md', 'é');
    assert.deepEqual([...got.bytes!], [0xc3, 0xa9]);
    assert.equal(got.max, 99);
  });

  it('stops telling a listener once disposed, and an event fires after the batch throws', () => {
    const index = fakeIndex();
    const events = recorder(index);
    const sub = index.onDidChange(() => assert.fail('disposed listener called'));
    sub.dispose();
    assert.throws(() => index.batch(() => { put(index, 'a.md', {}); throw new Error('x'); }));
    assert.deepEqual(events.map((e) => e.updated), [['a.md']]);
  });

  it('names a file after its base name', () => {
    assert.equal(baseName('a/b/Jane Doe.md'), 'Jane Doe');
    assert.equal(baseName('x.MD'), 'x');
    assert.equal(baseName('noext'), 'noext');
  });
});

import * as assert from 'node:assert/strict';
import { createDiaryIndex, createInternTable, type IndexReadOptions } from '../../../src/core/diaryIndex';
import { readContact } from '../../../src/core/read';

describe('index intern table', () => {
  it('gives back an equal string, whichever copy it is given', () => {
    // (Which copy comes back can't be seen from JavaScript; the benchmark's heap figure shows it.)
    const intern = createInternTable();
    assert.equal(intern(['cust', 'omer'].join('')), 'customer');
    assert.equal(intern(['custo', 'mer'].join('')), 'customer');
    assert.equal(intern(''), '');
  });

  it('leaves long strings alone and stops growing when full', () => {
    const intern = createInternTable(2);
    const long = 'x'.repeat(65);
    assert.equal(intern(long), long);
    intern('a');
    intern('b');
    const c1 = ['c', 'c'].join('');
    const c2 = ['c', 'c'].join('');
    assert.equal(intern(c1), 'cc');
    assert.equal(intern(c2), 'cc', 'a full table still returns an equal string');
  });

  it('is handed to the reader with the size limit, one table per index', () => {
    const seen: IndexReadOptions[] = [];
    const read = (file: string, bytes: Uint8Array, options?: IndexReadOptions) => {
      seen.push(options ?? {});
      return readContact(file, bytes, options);
    };
    const index = createDiaryIndex({ read, maxFileSize: 2048, sizeLimitName: '--max-file-size' });
    index.upsert('/d/a.md', '---\nname: A\nnext: 2026-11-23\n---\n');
    index.upsert('/d/b.md', '---\nname: B\nnext: 2026-11-24\n---\n');
    assert.equal(seen.length, 2);
    assert.equal(seen[0]!.maxFileSize, 2048);
    assert.equal(seen[0]!.sizeLimitName, '--max-file-size');
    assert.equal(typeof seen[0]!.intern, 'function');
    assert.equal(seen[0]!.intern, seen[1]!.intern);
    const other: IndexReadOptions[] = [];
    createDiaryIndex({ read: (f, b, o) => (other.push(o ?? {}), readContact(f, b, o)) }).upsert('/d/a.md', 'x');
    assert.notEqual(other[0]!.intern, seen[0]!.intern);
    assert.equal(other[0]!.maxFileSize, undefined);
    assert.equal(other[0]!.sizeLimitName, undefined);
  });
});

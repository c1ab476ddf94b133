import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { isUtf8 } from '../../../src/core/file/decode';
import { readContact } from '../../../src/core/read';
import { nodeIsUtf8 } from '../../../src/node/utf8';
import { utf8EdgeBytes } from '../file/utf8Bytes';

const bytes = utf8EdgeBytes;

describe("Node's check of UTF-8, as the reader uses it", () => {
  it("gives core's answer for random bytes, from any offset, in a Buffer or a plain Uint8Array", () => {
    fc.assert(
      fc.property(bytes, fc.integer({ min: 0, max: 7 }), (list, shift) => {
        const plain = new Uint8Array(list.length + shift);
        plain.set(list, shift);
        const view = plain.subarray(shift);
        const buffer = Buffer.from(view);
        for (let from = 0; from <= list.length; from++) {
          const core = isUtf8(view, from);
          assert.equal(nodeIsUtf8(view, from), core, `${JSON.stringify(list)} from ${from}`);
          assert.equal(nodeIsUtf8(buffer, from), core, `${JSON.stringify(list)} from ${from}, as a Buffer`);
        }
      }),
      { numRuns: 2000, seed: 11 },
    );
  });

  it('checks only from the offset given: bad bytes before it do not count, bad bytes after it do', () => {
    const latin1 = Buffer.from('caf\xe9 au lait\n', 'latin1');
    assert.equal(nodeIsUtf8(latin1, 0), false);
    assert.equal(nodeIsUtf8(latin1, 4), true);
    assert.equal(nodeIsUtf8(latin1, 3), false);
    assert.equal(nodeIsUtf8(latin1, latin1.length), true, 'nothing left to check');
  });

  it('reads every fixture, and a contact whose body is not UTF-8, exactly as the reader does without it', () => {
    const dir = join(__dirname, '..', '..', 'fixtures');
    const files = readdirSync(dir).filter((f) => f.endsWith('.md'));
    const badBody = Buffer.concat([Buffer.from('---\nname: Zoë\nnext: 2026-12-01\n---\n\nNotes\n'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])]);
    const inputs: Array<[string, Uint8Array]> = [...files.map((f): [string, Uint8Array] => [join(dir, f), readFileSync(join(dir, f))]), ['/d/bad-body.md', badBody]];
    for (const [file, b] of inputs) assert.deepEqual(readContact(file, b, { isUtf8: nodeIsUtf8 }), readContact(file, b), file);
    const bad = readContact('/d/bad-body.md', badBody, { isUtf8: nodeIsUtf8 });
    assert.equal(bad.kind, 'attention');
    assert.equal(bad.kind === 'attention' && bad.problem.code, 'not-utf8');
  });
});

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { decodeUtf8, isUtf8 } from '../../../src/core/file/decode';
import { utf8EdgeBytes } from './utf8Bytes';

const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const judged = (bytes: Uint8Array) => {
  try {
    fatal.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

const bytes = utf8EdgeBytes;

describe('UTF-8 check without decoding', () => {
  it('judges random bytes exactly as a fatal TextDecoder does, at any offset in the buffer', () => {
    fc.assert(
      fc.property(bytes, fc.integer({ min: 0, max: 7 }), (list, shift) => {
        // The shift puts the bytes at every alignment, to exercise the four-bytes-at-a-time run.
        const buffer = new Uint8Array(list.length + shift);
        buffer.set(list, shift);
        const view = buffer.subarray(shift);
        assert.equal(isUtf8(view), judged(view), JSON.stringify(list));
        assert.equal(decodeUtf8(view) !== undefined, judged(view));
        // From any offset, as a contact's body is checked.
        for (let from = 1; from <= Math.min(5, list.length); from++) {
          assert.equal(isUtf8(view, from), judged(view.subarray(from)), `${JSON.stringify(list)} from ${from}`);
        }
      }),
      { numRuns: 3000, seed: 5 },
    );
  });

  it('reads real text: ASCII runs, accents, CJK, emoji, a BOM; and checks only from the offset given', () => {
    const text = new TextEncoder().encode('\uFEFF---\nname: Zoë — 李 😀\n---\n' + 'x'.repeat(37) + '\n');
    assert.equal(isUtf8(text), true);
    assert.equal(decodeUtf8(text), '\uFEFF---\nname: Zoë — 李 😀\n---\n' + 'x'.repeat(37) + '\n');
    const latin1 = new Uint8Array([...new TextEncoder().encode('a'.repeat(20)), 0xe9, 0x41]);
    assert.equal(isUtf8(latin1), false);
    assert.equal(isUtf8(latin1, 21), true);
    assert.equal(isUtf8(new Uint8Array([0xe2, 0x80])), false, 'a sequence cut by the end of the bytes');
    assert.equal(isUtf8(new Uint8Array([0xed, 0xa0, 0x80])), false, 'a surrogate');
    assert.equal(isUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80])), false, 'past U+10FFFF');
  });

  it('reads a U+FFFD written in the file as text, and still refuses bad bytes beside one', () => {
    const written = new TextEncoder().encode('name: \uFFFD marks a lost character\n');
    assert.equal(decodeUtf8(written), 'name: \uFFFD marks a lost character\n');
    assert.equal(decodeUtf8(new Uint8Array([...written, 0xe9])), undefined);
    assert.equal(decodeUtf8(new Uint8Array([0xe9, ...written])), undefined);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant([0xef, 0xbf, 0xbd]), bytes), { maxLength: 6 }), (parts) => {
        const view = new Uint8Array(parts.flat());
        const text = decodeUtf8(view);
        assert.equal(text !== undefined, judged(view));
        if (text !== undefined) assert.equal(text, fatal.decode(view));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});

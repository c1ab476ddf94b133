import fc from 'fast-check';

// Bytes near the edges UTF-8 cares about: ASCII, continuation bytes, lead bytes of every
// length, the overlong and surrogate boundaries, and bytes that never appear in UTF-8.
const edgy = fc.constantFrom(0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff);

/** Up to 40 bytes, mostly near those edges: what a check of UTF-8 is tested on. */
export const utf8EdgeBytes = fc.array(fc.oneof(fc.integer({ min: 0, max: 255 }), edgy, fc.constant(0x61)), { maxLength: 40 });

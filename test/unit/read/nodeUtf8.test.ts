import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { isUtf8 } from '../../../src/core/file/decode';
import { readContact } from '../../../src/core/read';
import { nodeIsUtf8, nodeUtf8 } from '../../../src/node/utf8';
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
    for (const [file, b] of inputs) assert.deepEqual(readContact(file, b, { utf8: nodeUtf8 }), readContact(file, b), file);
    const bad = readContact('/d/bad-body.md', badBody, { utf8: nodeUtf8 });
    assert.equal(bad.kind, 'attention');
    assert.equal(bad.kind === 'attention' && bad.problem.code, 'not-utf8');
  });

  it('gives each byte as one character, from a view into a larger buffer too', () => {
    const all = Buffer.from('xx- 2026-11-20 Café — ok\nyy', 'utf8');
    const view = new Uint8Array(all.buffer, all.byteOffset + 2, all.length - 4);
    const chars = nodeUtf8.byteChars(view);
    assert.equal(chars.length, view.length);
    for (let i = 0; i < view.length; i++) assert.equal(chars.charCodeAt(i), view[i]);
  });

  it('reads the same log from byte characters as from the decoded body, with accents and dashes in headings and lines', () => {
    const line = fc.constantFrom('## Journal de bord é', '## Log', '## Lög', '# Zoë', '- 2026-11-20 Café — réunion', '- 2026-11-21 Emailed — devis envoyé',
      '- 2026-11-22 Appel — pas de réponse', 'Texte libre, où ça ?', '```', '  - 2026-11-23 Indenté', '', '---', '- 2026-10-01 Déjeuner');
    fc.assert(fc.property(fc.array(line, { maxLength: 12 }), fc.constantFrom('Log', 'Journal de bord é', 'Lög'), (lines, heading) => {
      const text = ['---', 'next: 2026-12-01', 'last: 2026-09-01', 'last_action: Emailed', '---', ...lines, ''].join('\n');
      const b = Buffer.from(text, 'utf8');
      assert.deepEqual(readContact('a.md', b, { utf8: nodeUtf8, logHeading: heading }), readContact('a.md', b, { logHeading: heading }), JSON.stringify(text));
    }), { numRuns: 2000 });
  });
});

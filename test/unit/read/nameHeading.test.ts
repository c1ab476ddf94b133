import { strict as assert } from 'node:assert';
import { readContactText } from '../../../src/core/read';

const nameOf = (...body: string[]) => {
  const r = readContactText('notes/jane-doe.md', ['---', 'next: 2026-11-27', '---', ...body].join('\n'));
  return r.kind === 'contact' ? r.contact.name : r.kind;
};

describe('reading a name from the first # heading', () => {
  it('skips a # heading inside an HTML comment, a fence or indented code', () => {
    assert.equal(nameOf('<!--', '# Draft', '-->', '# Jane'), 'Jane');
    assert.equal(nameOf('<!-- ```', '# Draft', '``` -->', '# Jane'), 'Jane');
    assert.equal(nameOf('~~~', '# Code', '~~~', '    # Code', '', '# Jane'), 'Jane');
    assert.equal(nameOf('<!--', '# Draft', '-->'), 'jane-doe');
  });
});

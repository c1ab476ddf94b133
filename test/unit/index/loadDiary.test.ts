import * as assert from 'node:assert/strict';
import { agenda, callSheet, loadDiary, localDateOf, relativeTo } from './coreApi';
import { memoryHost } from './memoryHost';

const jane = `---
name: Jane Doe
company: Acme Print
next: 2026-11-20
next_action: Chase feedback
last: 2026-11-12
---
# Jane Doe
`;

describe('loading a diary through the public API', () => {
  it('scans, reads real contact files, and gives the agenda', async () => {
    const host = memoryHost({
      files: {
        'root/people/jane.md': jane,
        'root/people/bob.md': '---\nname: Bob\nnext: 2026-11-23 09:00\n---\n',
        'root/notes/readme.md': '# Just notes\n',
        'root/broken.md': '---\nnext: someday soon\n---\n',
      },
    });
    const { index, report } = await loadDiary(host, 'root');
    assert.equal(report.files.length, 4);
    assert.equal(index.has('root/notes/readme.md'), false);
    const a = agenda(index, localDateOf('2026-11-23'));
    const names = (id: string) => a.groups.find((g) => g.id === id)!.items.map((i) => i.name);
    assert.deepEqual(names('overdue'), ['Jane Doe']);
    assert.deepEqual(names('today'), ['Bob']);
    assert.deepEqual(a.groups.find((g) => g.id === 'attention')!.items.map((i) => relativeTo('root', i.file)), ['broken.md']);
    assert.match(callSheet(a), /## 1\. Jane Doe — Acme Print/);
  });

  it('makes paths relative to the root', () => {
    assert.equal(relativeTo('/d', '/d/a/b.md'), 'a/b.md');
    assert.equal(relativeTo('/d/', '/d/a.md'), 'a.md');
    assert.equal(relativeTo('/d', '/dx/a.md'), '/dx/a.md');
    assert.equal(relativeTo('', 'a.md'), 'a.md');
    assert.equal(relativeTo('/d', '/d'), '/d', 'the root itself is not inside it');
    assert.equal(relativeTo('/d/', '/d'), '/d');
    assert.equal(relativeTo('/d/', '/d//a.md'), '/a.md');
    assert.equal(relativeTo('/d', '/d//a.md'), '/a.md');
  });
});

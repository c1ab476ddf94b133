import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { dayNumber } from '../../../src/core/dates/localDate';
import { logEventsNewestFirst, parseLog } from '../../../src/core/logSection';
import { readContact, readContactText } from '../../../src/core/read';

// The reader finds a note's events with a line scan where the body is plain, and leaves the rest
// to parseLog (the CommonMark scanner the editor uses): both must give the same events, in the
// same order (newest first, on one day in the log's order).
function expected(text: string, heading?: string) {
  return [...parseLog(text, heading).entries]
    .sort((a, b) => dayNumber(b.date) - dayNumber(a.date))
    .map((e) => `${dayNumber(e.date)} ${e.action}`);
}
const got = (text: string, heading?: string) => [...logEventsNewestFirst(text, heading)].map((e) => `${dayNumber(e.date)} ${e.action}`);

const LINE = fc.constantFrom(
  '', '## Log', '## log ##', '## Log#', '# Name', '### Log', '## Notes', 'Log', '---', '===', '***', '- - -',
  '- 2026-11-20 Call — about the reprint', '- 2026-11-21 Emailed', '* 2026-10-01 Lunch', '+ 2026-09-09 Sent samples',
  '- 2026-13-45 Bad date', '- 2026-11-20T10:30 Video call', '- 2026-11-20 10:30 Coffee', '-2026-11-20 Not a bullet',
  '1. 2026-11-20 Numbered', 'plain text', '  - 2026-11-22 Indented', '    - 2026-11-23 Code', '\t- 2026-11-24 Tab',
  '> - 2026-11-25 Quoted', '<!-- - 2026-11-26 Hidden -->', '<!--', '-->', '```', '~~~', '- ```', '## Log\r',
  '- 2027-01-02 Call\r', '#Log', '##\tLog', ' ## Log', '   ## Log',
  'see ```code``` inline', '`x`', '```js', '````', '~~~~ tilde', '~ 2026-11-20 Tilde', '-  ', '- \t', '--- ', '-- -',
  '- [[2026-11-20]] Call — a', '- 2026-11-19: Meeting — b', '- 2026-11-18T14:30:00 Call — c', '- [ ] 2026-11-17 Call', '- [x] 2026-11-16 Lunch',
  '- **2026-11-15** Demo', '- [[2026-11-14]]', '- [[2026-11-13** Odd', '- **2026-11-12]] Odd', '- 2026-11-20 — Call — x', '- 2026-11-20 10:30:00 Call',
  '- [[2026-02-30]] Bad', '* [X] 2026-11-11 Emailed', '- [ ]          2026-11-10 Call — many blanks after the box',
  '- [[Daily/2026-11-09]] Call', '- [[2026-11-08|Sun 8 Nov]] Coffee', '- [[2026-11-07#Meeting]] Met', '- *2026-11-06* Lunch', '2) 2026-11-05 Numbered',
  '   * 2026-11-04 Three spaces', '10. 2026-11-03 Ten', '1.2026-11-02 No blank', '- [[a/b/2026-11-01|x]] Deep', '- *2026-11-01** Odd',
  '  - 2026-10-31 Child', '- Calls:', '      - 2026-10-30 Deep child', '## 📞 Log', '## Log:', '## LOG 📝', '## Log 2025', '## Call log', '## Lög',
  '- _2026-10-29_ Lunch', '- __2026-10-28__ Demo', '- 2026-10-27, Call', '- 2026-10-26T10:30:15 Call', '- _2026-10-25* Odd',
);

describe('logEventsNewestFirst', () => {
  it('gives parseLog\'s events, newest first, on random bodies', () => {
    fc.assert(fc.property(fc.array(LINE, { maxLength: 14 }), fc.boolean(), (lines, frontMatter) => {
      const text = `${frontMatter ? '---\nnext: 2026-12-01\n---\n' : ''}${lines.join('\n')}\n`;
      assert.deepEqual(got(text), expected(text), JSON.stringify(text));
    }), { numRuns: 5000 });
  });

  it('gives parseLog\'s events on every fixture and example note', () => {
    const dirs = ['test/fixtures', 'examples/diary'];
    let n = 0;
    for (const dir of dirs) {
      for (const name of readdirSync(dir, { recursive: true }) as string[]) {
        if (!name.endsWith('.md')) continue;
        const text = readFileSync(join(dir, name), 'utf8');
        assert.deepEqual(got(text), expected(text), name);
        n++;
      }
    }
    assert.ok(n > 50, `only ${n} notes read`);
  });

  it('leaves a --- under a === paragraph to the scanner: it makes a heading that ends the log (regression: the entry after it was read as the log\'s)', () => {
    const text = '## Log\n===\n---\n- 2027-01-02 Call\r\n';
    assert.deepEqual(got(text), expected(text));
    assert.deepEqual(got(text), []);
  });

  it('reads the section under the configured heading', () => {
    const text = '## Journal\n- 2026-11-20 Site walk\n## Log\n- 2026-11-21 Call\n';
    assert.deepEqual(got(text, 'Journal'), expected(text, 'Journal'));
    assert.equal(got(text, 'Journal').length, 1);
  });

  it('reads the same relationship from a file\'s bytes (its body decoded alone) as from its text, on random bodies', () => {
    const relationshipOf = (r: ReturnType<typeof readContact>) => (r.kind === 'contact' ? { conversation: r.contact.conversation, touchesSince: r.contact.touchesSince, touchesText: r.contact.touchesText } : r.kind);
    fc.assert(fc.property(fc.array(LINE, { maxLength: 14 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
      const text = ['---', 'next: 2026-12-01', 'last: 2026-11-01', 'last_action: Emailed', '---', ...lines, ''].join(eol);
      assert.deepEqual(relationshipOf(readContact('a.md', new TextEncoder().encode(text))), relationshipOf(readContactText('a.md', text)), JSON.stringify(text));
    }), { numRuns: 2000 });
  });

  it('reads a body that starts with --- as a body, not as a second front-matter block (regression guard: the body is read on its own)', () => {
    // A fence sends the body to the CommonMark scanner, which must start where the body does.
    const text = '---\nnext: 2026-12-01\nlast: 2026-11-01\nlast_action: Emailed\n---\n---\n## Log\n- 2026-11-03 Call\n- 2026-11-01 Emailed\n---\n```\nx\n```\n';
    const r = readContact('a.md', new TextEncoder().encode(text));
    assert.equal(r.kind, 'contact');
    assert.deepEqual(r.kind === 'contact' && r.contact.conversation, { date: { year: 2026, month: 11, day: 3 }, action: 'Call' });
  });
});

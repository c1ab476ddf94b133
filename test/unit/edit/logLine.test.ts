import { strict as assert } from 'node:assert';
import { type EditOp } from '../../../src/core/file/edit';
import { parseLog } from '../../../src/core/logSection';
import { edit, refusal } from './helpers';

// markdown-it, as VS Code's Markdown preview renders: it ships without types, and this is all used of it.
const MarkdownIt = require('markdown-it') as new () => { render(src: string): string; renderInline(src: string): string };

const TODAY = { year: 2026, month: 11, day: 23 };
const LOG: EditOp = { kind: 'log', date: TODAY, action: 'Phone call', note: '20 min, wants a quote' };
const LINE = '- 2026-11-23 Phone call — 20 min, wants a quote';

describe('planEdits: log lines', () => {
  it('inserts the newest entry right under the heading, above the older ones', () => {
    const text = '---\nnext: 2026-11-27\n---\n# Ann\n\n## Log\n- 2026-11-20 Sent proposal — three options\n';
    const out = edit(text, [LOG]);
    assert.equal(out, text.replace('## Log\n', `## Log\n${LINE}\n`));
    assert.equal(parseLog(out).entries[0]!.action, 'Phone call');
  });

  it('writes the new entry with the log\'s own list marker (regression: "- " above indented entries nested them under it)', () => {
    for (const marker of ['  - ', '* ', '1. ', '   + ']) {
      const text = `---\nnext: 2026-11-27\n---\n## Log\n${marker}2026-11-01 Call\n`;
      const out = edit(text, [LOG]);
      assert.equal(out, text.replace('## Log\n', `## Log\n${marker}${LINE.slice(2)}\n`), marker);
      assert.deepEqual(parseLog(out).entries.map((e) => e.action), ['Phone call', 'Call'], marker);
    }
  });

  it('writes a done task box where the log keeps its entries as tasks (regression: the new line had none)', () => {
    for (const [first, marker] of [['- [x] 2026-11-20 Call', '- [x] '], ['* [ ] 2026-11-20 Call', '* [x] '], ['- [X] 2026-11-20 Call', '- [x] ']]) {
      const text = `---\nnext: 2026-11-27\n---\n## Log\n${first}\n`;
      const out = edit(text, [LOG]);
      assert.equal(out, text.replace('## Log\n', `## Log\n${marker}${LINE.slice(2)}\n`), first);
      assert.deepEqual(parseLog(out).entries.map((e) => e.action), ['Phone call', 'Call'], first);
    }
  });

  it('keeps a blank line between the heading and the entries where the file has one', () => {
    const text = '---\nnext:\n---\n## Log\n\n- 2026-11-20 Call\n';
    assert.equal(edit(text, [LOG]), text.replace('\n- 2026-11-20', `\n${LINE}\n- 2026-11-20`));
  });

  it('keeps the text right under the heading apart from the new entry (regression: a table, a note or undated lines became the entry\'s own text)', () => {
    const md = new MarkdownIt();
    for (const under of ['| Date | What |\n|---|---|\n| 2026-11-20 | Call |\n', '_Newest first._\n', '2026-11-20 Call\n2026-11-10 Email\n', '<!-- newest first -->\n']) {
      const text = `---\nnext:\n---\n## Log\n${under}`;
      const out = edit(text, [LOG]);
      assert.equal(out, text.replace('## Log\n', `## Log\n${LINE}\n\n`), under);
      // The entry is an item of its own, and the text after it renders as before.
      const body = (s: string) => md.render(s.slice(s.indexOf('## Log')));
      assert.equal(body(out), body(text).replace('</h2>\n', `</h2>\n<ul>\n<li>${md.renderInline(LINE.slice(2))}</li>\n</ul>\n`), under);
    }
    // A blank line, an item, a heading, a fence or the end need none.
    for (const under of ['- a\n', '### Notes\n', '```\ncode\n```\n', '1. one\n', '']) {
      const text = `---\nnext:\n---\n## Log\n${under}`;
      assert.equal(edit(text, [LOG]), text.replace('## Log\n', `## Log\n${LINE}\n`), JSON.stringify(under));
    }
    const crlf = '---\r\nnext:\r\n---\r\n## Log\r\nNewest first.\r\n';
    assert.equal(edit(crlf, [LOG]), crlf.replace('## Log\r\n', `## Log\r\n${LINE}\r\n\r\n`));
  });

  it('writes no note separator without a note', () => {
    const text = '---\nnext:\n---\n## Log\n';
    assert.equal(edit(text, [{ kind: 'log', date: TODAY, action: 'Lunch' }]), `${text}- 2026-11-23 Lunch\n`);
  });

  it('creates the heading at the end of the body, after a blank line, in CRLF', () => {
    const text = '---\r\nnext:\r\n---\r\n# Ann\r\n\r\nNotes.\r\n';
    const out = edit(text, [LOG]);
    assert.equal(out, `${text}\r\n## Log\r\n${LINE}\r\n`);
    assert.doesNotMatch(out, /[^\r]\n/);
  });

  it('does not add a second blank line when the body already ends with one', () => {
    const text = '---\nnext:\n---\nNotes.\n\n';
    assert.equal(edit(text, [LOG]), `${text}## Log\n${LINE}\n`);
  });

  it('keeps a file without a final newline without one', () => {
    assert.equal(edit('---\nnext:\n---\nNotes.', [LOG]), `---\nnext:\n---\nNotes.\n\n## Log\n${LINE}`);
    assert.equal(edit('---\nnext:\n---', [LOG]), `---\nnext:\n---\n\n## Log\n${LINE}`);
    assert.equal(edit('---\nnext:\n---\n## Log', [LOG]), `---\nnext:\n---\n## Log\n${LINE}`);
  });

  it('ignores a log heading inside a code fence', () => {
    const text = '---\nnext:\n---\n```\n## Log\n```\n';
    assert.equal(edit(text, [LOG]), `${text}\n## Log\n${LINE}\n`);
  });

  it('writes under the log after a fence inside an HTML comment (<!-- ``` … ``` -->), where it refused a fence never closed', () => {
    const text = '---\nnext:\n---\n<!-- ```\nold draft\n``` -->\n\n## Log\n- 2026-11-20 Call\n';
    assert.equal(edit(text, [LOG]), text.replace('## Log\n', `## Log\n${LINE}\n`));
  });

  it('does not write under a ## Log inside an HTML comment, where no one sees it: it starts a log section', () => {
    const text = '---\nnext:\n---\n<!--\n## Log\n-->\n';
    assert.equal(edit(text, [LOG]), `${text}\n## Log\n${LINE}\n`);
  });

  it('refuses a body that ends inside an HTML comment or fence never closed, where a new log section would be hidden', () => {
    for (const body of ['<!--\nnotes\n', '```\nnotes\n']) {
      assert.match(refusal(`---\nnext:\n---\n${body}`, [LOG]), /would not read back as one new entry/, body);
    }
  });

  it('writes under a setext Log heading', () => {
    const text = '---\nnext:\n---\nLog\n---\n- 2026-11-20 Call\n';
    assert.equal(edit(text, [LOG]), text.replace('---\n- ', `---\n${LINE}\n- `));
  });

  it('uses a configured heading', () => {
    const text = '---\nnext:\n---\n## Journal\n- 2026-11-20 Call\n';
    assert.equal(edit(text, [LOG], { logHeading: 'Journal' }), text.replace('## Journal\n', `## Journal\n${LINE}\n`));
    assert.equal(edit(text, [LOG], { logHeading: '## Journal' }), text.replace('## Journal\n', `## Journal\n${LINE}\n`));
  });

  it('writes into a 5 MB file without touching any other byte', function () {
    this.timeout(20_000); // a big file on a loaded machine; speed is measured by the benchmark, not here
    const line = `${'Notes about the account, long enough to fill the file. '.repeat(20)}\n`;
    const notes = line.repeat(Math.ceil(5_000_000 / line.length));
    const text = `---\nnext: 2026-11-27\n---\n# Big\n\n${notes}\n## Log\n- 2026-11-20 Call\n`;
    const out = edit(text, [LOG, { kind: 'set', key: 'next', value: '2026-12-01' }]);
    assert.ok(text.length > 5_000_000);
    assert.equal(out, text.replace('2026-11-27', '2026-12-01').replace('## Log\n', `## Log\n${LINE}\n`));
  });

  it('writes under "## 📞 Log", and refuses to start a second log beside "### Log" (regression: a second ## Log was added, the first one unread)', () => {
    const text = '---\nnext:\n---\n## 📞 Log\n- 2026-11-20 Call\n';
    assert.equal(edit(text, [LOG]), text.replace('Log\n', `Log\n${LINE}\n`));
    const near = '---\nnext:\n---\n# Ann\n\n### Log\n- 2026-11-20 Call\n';
    assert.equal(refusal(near, [LOG]), '"### Log" (line 6) is not read as the log, which is a level-2 heading "## Log": make it one, so the diary reads it and writes under it. Nothing was changed.');
  });

  it('refuses a body whose lines end in CR alone, where its log can\'t be found (regression: a second ## Log was started below the first)', () => {
    const text = '---\nname: Jane\nnext: 2026-12-01\n---\n\n## Log\r- 2026-11-20 Call\r';
    assert.match(refusal(text, [LOG]), /lines that end in CR alone .* save it with LF line endings .* Nothing was changed\.$/);
    // A stray CR where the log is found is no matter; CRLF is no such line end.
    const stray = '---\nnext: 2026-12-01\n---\nPasted\rtext.\n## Log\n- 2026-11-20 Call\n';
    assert.equal(edit(stray, [LOG]), stray.replace('## Log\n', `## Log\n${LINE}\n`));
    const crlf = '---\r\nnext: 2026-12-01\r\n---\r\n## Log\r\n- 2026-11-20 Call\r\n';
    assert.equal(edit(crlf, [LOG]), crlf.replace('## Log\r\n', `## Log\r\n${LINE}\r\n`));
  });

  it('refuses a file with two log headings, naming their lines', () => {
    const text = '---\nnext:\n---\n## Log\n- 2026-11-20 Call\n\n## Log\n';
    assert.match(refusal(text, [LOG]), /2 "## Log" headings \(lines 4, 7\)/);
  });

  it('refuses an action or note that does not fit on one line, and two log lines at once', () => {
    const text = '---\nnext:\n---\n';
    assert.match(refusal(text, [{ ...LOG, note: 'a\nb' }]), /fit on one line/);
    assert.match(refusal(text, [{ kind: 'log', date: TODAY, action: '  ' }]), /needs an action/);
    assert.match(refusal(text, [LOG, LOG]), /One log line per edit/);
  });

  it('refuses an action that would read back as a time of day', () => {
    assert.match(refusal('---\nnext:\n---\n', [{ kind: 'log', date: TODAY, action: '14:30 call' }]), /would not read back/);
  });
});

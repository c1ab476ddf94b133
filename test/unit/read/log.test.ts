import { strict as assert } from 'node:assert';
import { parseLog } from '../../../src/core/logSection';

const file = (...body: string[]) => ['---', 'next: 2026-11-27', '---', ...body].join('\n');

describe('parseLog', () => {
  it('reads entries under ## Log with action and note, and where to insert (before the newest)', () => {
    const text = file('# Jane', '', '## Log', '', '- 2026-11-20 Sent proposal — three options', '* 2026-11-12 Call – 20 min', '+ 2026-11-01 Lunch', '');
    const log = parseLog(text);
    assert.deepEqual(log.entries.map((e) => [e.date.day, e.action, e.note ?? null, e.line]), [
      [20, 'Sent proposal', 'three options', 7], [12, 'Call', '20 min', 8], [1, 'Lunch', null, 9],
    ]);
    assert.equal(log.headings.length, 1);
    assert.equal(log.insertAt, text.indexOf('- 2026-11-20'));
    assert.equal(log.insertNeedsLineBreak, false);
  });

  it('reads the entry lines people write by hand (regression: each was skipped, and the last conversation went unseen)', () => {
    const log = parseLog(file('## Log',
      '- [[2026-11-20]] Call — daily note link', '- 2026-11-19: Meeting — colon after the date', '- 2026-11-18T14:30:00 Call — as Obsidian writes date-times',
      '- [ ] 2026-11-17 Call — a task', '- [x] 2026-11-16 Lunch', '- **2026-11-15** Demo — in bold', '- 2026-11-14 — Coffee — a dash before the action'));
    assert.deepEqual(log.entries.map((e) => `${e.date.day}${e.date.time ? ` ${e.date.time.hour}:${e.date.time.minute}` : ''} ${e.action} | ${e.note ?? ''}`), [
      '20 Call | daily note link', '19 Meeting | colon after the date', '18 14:30 Call | as Obsidian writes date-times', '17 Call | a task', '16 Lunch | ',
      '15 Demo | in bold', '14 Coffee | a dash before the action',
    ]);
    // Marks that don't pair are no date of ours.
    assert.deepEqual(parseLog(file('## Log', '- [[2026-11-13** Odd', '- **2026-11-12]] Odd')).entries, []);
  });

  it('reads daily-note links with a folder, an alias or a heading, italics, and numbered or indented items (regression: each was skipped, and calls said "no conversation on record")', () => {
    const log = parseLog(file('## Log',
      '- [[Daily/2026-11-20]] Phone call — pricing', '- [[2026-11-12|Thu 12 Nov]] Coffee', '- [[2026-11-10#Meeting]] Demo', '- *2026-11-09* Lunch',
      '1. 2026-11-08 Call', '2) 2026-11-07 Emailed', '  - 2026-11-06 Met', '   * 2026-11-05 Called back'));
    assert.deepEqual(log.entries.map((e) => `${e.date.day} ${e.action}`), [
      '20 Phone call', '12 Coffee', '10 Demo', '9 Lunch', '8 Call', '7 Emailed', '6 Met', '5 Called back',
    ]);
    // Four spaces are indented code, and marks that don't pair are no date of ours.
    assert.deepEqual(parseLog(file('## Log', '    - 2026-11-04 Code', '- *2026-11-03** Odd', '- [[2026-11-02* Odd')).entries, []);
  });

  it('reads an item indented under an entry as a note of it, not an entry (regression: a dated sub-bullet became the last conversation)', () => {
    const log = parseLog(file('## Log', '- 2026-10-01 Meeting — pricing', '  - 2026-12-15 Call back after budget approval', '    - 2026-12-16 Deeper', '- 2026-09-01 Call',
      '', 'Notes between.', '', '  - 2026-08-01 Lunch'));
    assert.deepEqual(log.entries.map((e) => `${e.date.month}-${e.date.day} ${e.action}`), ['10-1 Meeting', '9-1 Call', '8-1 Lunch']);
    // Under an item that is no entry, its children are its own too: a new entry goes under the heading.
    const grouped = parseLog(file('## Log', '- Calls:', '  - 2026-11-10 Call'));
    assert.deepEqual([grouped.entries.length, grouped.marker], [0, undefined]);
  });

  it('reads a date in underscores or with a comma after it, and says a date-time it can\'t read (regression: each was dropped without a word)', () => {
    const log = parseLog(file('## Log', '- _2026-11-20_ Lunch', '- __2026-11-19__ Demo', '- 2026-11-18, Call', '- 2026-11-17T10:30:15 Call', '- 2026-11-16T10:30:00Z Call', '- _2026-11-15* Odd'));
    assert.deepEqual(log.entries.map((e) => `${e.date.day} ${e.action}`), ['20 Lunch', '19 Demo', '18 Call']);
    assert.deepEqual(log.problems.map((p) => [p.line, p.code, p.severity]), [[7, 'log-date', 'warning'], [8, 'log-date', 'warning']]);
    assert.match(log.problems[0]!.message, /^This log line's date can't be read: .*seconds/);
  });

  it('gives a new entry the first entry\'s marker, so it stays in its list (regression: a "- " line above "  - " entries took them in as its sub-items)', () => {
    assert.equal(parseLog(file('## Log', '- 2026-11-01 Call')).marker, '- ');
    assert.equal(parseLog(file('## Log', '  - 2026-11-01 Call')).marker, '  - ');
    assert.equal(parseLog(file('## Log', '* [ ] 2026-11-01 Call')).marker, '* [x] ');
    assert.equal(parseLog(file('## Log', '1. 2026-11-01 Call')).marker, '1. ');
    assert.equal(parseLog(file('## Log', 'Notes.')).marker, undefined);
  });

  it('ignores ## Log inside ``` and ~~~ fences', () => {
    const log = parseLog(file('```', '## Log', '- 2020-01-01 Fake', '```', '~~~~', '## Log', '~~~~', '## Log', '- 2026-11-20 Real'));
    assert.deepEqual(log.headings.map((h) => h.line), [10]);
    assert.deepEqual(log.entries.map((e) => e.action), ['Real']);
  });

  it('counts two log headings, so an insert can be refused', () => {
    assert.equal(parseLog(file('## Log', '- 2026-11-20 A', '## Log', '- 2026-11-12 B')).headings.length, 2);
  });

  it('puts a new entry right after a heading with no entries, and asks for a line break at the end of the file', () => {
    const text = file('## Log');
    const log = parseLog(text);
    assert.equal(log.insertAt, text.length);
    assert.equal(log.insertNeedsLineBreak, true);
    const crlf = '---\r\nnext:\r\n---\r\n## Log\r\n\r\n## Other\r\n- 2026-01-01 Not log\r\n';
    const l2 = parseLog(crlf);
    assert.equal(l2.insertAt, crlf.indexOf('## Log\r\n') + 8);
    assert.equal(l2.eol, '\r\n');
    assert.deepEqual(l2.entries, []);
  });

  it('uses a configured heading, case-insensitively, and only at level 2', () => {
    const text = file('# Journal', '## journal', '- 2026-11-20 Call');
    assert.equal(parseLog(text, 'Journal').entries.length, 1);
    assert.equal(parseLog(text).headings.length, 0);
    assert.equal(parseLog(text).insertAt, undefined);
  });

  it('reads a level-2 heading with the log\'s words, emoji and punctuation aside, as the log (regression: "## 📞 Log" was passed over, and logging added a second log)', () => {
    for (const heading of ['## 📞 Log', '## Log:', '## LOG 📝', '## 🗓️ Log ##', '##  log  ']) {
      const log = parseLog(file('# Jane', heading, '- 2026-11-20 Call'));
      assert.deepEqual([log.headings.length, log.entries.map((e) => e.action)], [1, ['Call']], heading);
    }
    for (const heading of ['## Log 2025', '## Call log', '## Logs', '### 📞 Log', '# Log']) {
      assert.equal(parseLog(file(heading, '- 2026-11-20 Call')).entries.length, 0, heading);
    }
    // Other levels are near: said, and not written under.
    assert.deepEqual(parseLog(file('### 📞 Log', '- 2026-11-20 Call')).nearHeadings.map((h) => [h.level, h.text]), [[3, '📞 Log']]);
    assert.equal(parseLog(file('# 📒 Contact history', '- 2026-11-20 Call'), 'Contact history:').nearHeadings.length, 1);
  });

  it('reports an entry whose date is not a calendar day, and skips list items without a date', () => {
    const log = parseLog(file('## Log', '- 2026-02-30 Call', '- a thought', '- 2026-11-20 Ok'));
    assert.deepEqual(log.problems.map((p) => [p.code, p.line, p.column]), [['log-date', 4, 2]]);
    assert.deepEqual(log.entries.map((e) => e.action), ['Ok']);
  });

  it('finds the log after a fence inside an HTML comment (<!-- ``` … ``` -->), where it saw a fence never closed', () => {
    const text = file('# Jane', '<!-- ```', 'old draft', '``` -->', '', '## Log', '- 2026-11-20 Call');
    const log = parseLog(text);
    assert.deepEqual(log.headings.map((h) => h.line), [8]);
    assert.deepEqual(log.entries.map((e) => e.action), ['Call']);
    assert.equal(log.insertAt, text.indexOf('- 2026-11-20'));
  });

  it('does not take a ## Log inside an HTML comment for the log heading, nor the entries under it', () => {
    const log = parseLog(file('# Jane', '<!--', '## Log', '- 2020-01-01 Hidden', '-->'));
    assert.deepEqual([log.headings, log.entries, log.insertAt], [[], [], undefined]);
    const both = parseLog(file('## Log', '<!--', '- 2020-01-01 Hidden', '-->', '- 2026-11-20 Shown'));
    assert.deepEqual(both.entries.map((e) => e.action), ['Shown']);
  });

  it('ignores ## Log and entries in other HTML blocks, indented code, block quotes and list items', () => {
    const log = parseLog(file('<div>', '## Log', '', '<script>', '## Log', '</script>', '    ## Log', '', '> ## Log', '- ## Log', '', '## Log', '- 2026-11-20 Call', '    - 2020-01-01 Code'));
    assert.deepEqual(log.headings.map((h) => h.line), [14]);
    assert.deepEqual(log.entries.map((e) => e.action), ['Call']);
  });

  it('takes a setext Log heading (Log over ---) for the log heading, and inserts under its underline', () => {
    const text = file('# Jane', '', 'Log', '---', '- 2026-11-20 Call');
    const log = parseLog(text);
    assert.deepEqual(log.headings, [{ line: 5, start: text.indexOf('Log\n'), end: text.indexOf('---\n-') + 3, next: text.indexOf('- 2026') }]);
    assert.deepEqual(log.entries.map((e) => e.action), ['Call']);
    const empty = file('Log', '---');
    assert.deepEqual([parseLog(empty).insertAt, parseLog(empty).insertNeedsLineBreak], [empty.length, true]);
    assert.equal(parseLog(file('Log', '===')).headings.length, 0, 'level 1');
    assert.equal(parseLog(file('## Log', '- 2026-11-20 A', '', 'Log', '---')).headings.length, 2);
  });

  it('ends the log section at any heading, a setext one too', () => {
    const log = parseLog(file('## Log', '- 2026-11-20 A', '', 'Other', '---', '- 2026-11-12 B'));
    assert.deepEqual(log.entries.map((e) => e.action), ['A']);
  });

  it('does not look for the log inside the front-matter', () => {
    assert.equal(parseLog('---\na: |\n  ## Log\n---\nbody\n').headings.length, 0);
  });
});

import { strict as assert } from 'node:assert';
import { agenda } from '../../../src/core/agenda';
import { createDiaryIndex } from '../../../src/core/diaryIndex';
import { diagnostics, readDiagnostics } from '../../../src/core/editor';
import { readContact, readContactText } from '../../../src/core/read';
import { CONTACT, TODAY, lines, textOf } from './helpers';

const contact = (...frontMatter: string[]) => lines('---', 'name: Jane', ...frontMatter, '---', '# Jane', '');

describe('diagnostics', () => {
  it('finds nothing wrong in a good contact', () => {
    assert.deepEqual(diagnostics(CONTACT, { today: TODAY }), []);
  });

  it('gives files that are not contacts nothing, however broken', () => {
    assert.deepEqual(diagnostics('# Notes\nnext: someday\n'), []);
    assert.deepEqual(diagnostics(lines('---', 'title: [unclosed', '---')), []);
  });

  it('reports invalid YAML as an error at its line', () => {
    const text = contact('next: 2026-11-27', 'tags: [a, b', 'last: 2026-11-20');
    const d = diagnostics(text);
    assert.ok(d.length >= 1);
    assert.ok(d.every((x) => x.code === 'yaml' && x.severity === 'error'));
    assert.ok(d[0]!.range.start.line >= 3 && d[0]!.range.start.line <= 5, JSON.stringify(d[0]));
    // A list never closed is said on its own line, with the mend (regression: yaml's words, on the closing ---).
    assert.equal(d[0]!.message, 'The value of tags opens a list ([) it never closes: add ] at the end of its line: tags: [a, b]');
    assert.equal(textOf(text, d[0]!.range), 'tags: [a, b');
    const quote = contact('next: 2026-11-27', 'next_action: "Call Bob');
    assert.equal(diagnostics(quote)[0]!.message, 'The value of next_action opens a quote (") it never closes: add " at the end of its line: next_action: "Call Bob"');
    // Another slip keeps yaml's words.
    assert.match(diagnostics(contact('next: 2026-11-27', 'a: b: c'))[0]!.message, /not valid YAML|holds ": "/);
  });

  it('reports a duplicate key on the repeated key', () => {
    const text = contact('next: 2026-11-27', 'next: 2026-12-01');
    const d = diagnostics(text);
    assert.deepEqual(d.map((x) => [x.code, x.severity, x.range.start.line]), [['duplicate-key', 'error', 3]]);
    assert.match(d[0]!.message, /"next" appears more than once/);
    // The whole key is underlined (regression: its first letter alone).
    assert.deepEqual([d[0]!.range.start.character, d[0]!.range.end.character], [0, 4]);
  });

  it('refuses a ---js block, on its fence, and never runs it', () => {
    const text = lines('---js', '{ next: (function () { throw new Error("ran") })() }', '---');
    const d = diagnostics(text);
    assert.deepEqual(d.map((x) => [x.code, x.severity, x.range.start.line]), [['language', 'error', 0]]);
    assert.match(d[0]!.message, /JavaScript is not read/);
  });

  it('points at a date it cannot read, on the value', () => {
    const text = contact('next: someday');
    const d = diagnostics(text);
    assert.deepEqual(d.map((x) => [x.code, x.severity, textOf(text, x.range)]), [['date', 'error', 'someday']]);
  });

  it('gives a natural-language date its own code for the quick fix, today or not', () => {
    const text = contact('next: next tue', 'last: yesterday');
    const d = diagnostics(text, { today: TODAY });
    assert.deepEqual(d.map((x) => [x.code, textOf(text, x.range)]), [['natural-date', 'next tue'], ['natural-date', 'yesterday']]);
    assert.deepEqual(diagnostics(text).map((x) => x.code), ['natural-date', 'natural-date']);
    assert.deepEqual(diagnostics(contact('next: sometime soonish'), { today: TODAY }).map((x) => x.code), ['date']);
  });

  it('says an unreadable date in the words of the Needs attention item, phrase or not', () => {
    for (const value of ['next friday', 'sometime soonish', '2026-13-45']) {
      const text = contact(`next: ${value}`);
      const index = createDiaryIndex({ read: readContact });
      index.upsert('/d/jane.md', text);
      const [item, ...more] = agenda(index, TODAY).groups.find((g) => g.id === 'attention')!.items;
      assert.equal(more.length, 0);
      assert.deepEqual(diagnostics(text, { today: TODAY }).map((x) => x.message), [item!.problem], value);
      assert.deepEqual(readDiagnostics(index.get('/d/jane.md')!).map((x) => x.message), [item!.problem], value);
    }
  });

  it('warns when next is earlier than last, on the next value', () => {
    const text = contact('next: 2026-11-01', 'last: 2026-11-20');
    const d = diagnostics(text);
    assert.deepEqual(d.map((x) => [x.code, x.severity, textOf(text, x.range)]), [['next-before-last', 'warning', '2026-11-01']]);
    assert.deepEqual(diagnostics(contact('next: 2026-11-20', 'last: 2026-11-20')), []);
  });

  it('warns about a cadence it cannot read', () => {
    const text = contact('next: 2026-11-27', 'cadence: every blue moon');
    const d = diagnostics(text);
    assert.deepEqual(d.map((x) => [x.code, x.severity, textOf(text, x.range)]), [['cadence', 'warning', 'every blue moon']]);
  });

  it('warns about a log line whose date is not a day of the calendar', () => {
    const text = lines(contact('next: 2026-11-27'), '## Log', '- 2026-02-30 Call — note');
    const d = diagnostics(text);
    assert.deepEqual(d.map((x) => [x.code, x.range.start.line, textOf(text, x.range)]), [['log-date', 7, '2026-02-30']]);
  });

  it('never gives an empty range: a blank problem value widens to its line', () => {
    const text = contact('next: 2026-11-27', 'tags: {a: [}');
    for (const x of diagnostics(text)) {
      const r = x.range;
      assert.ok(r.start.line !== r.end.line || r.end.character > r.start.character, JSON.stringify(r));
    }
  });

  it('a problem on a short line (a repeated blank key) never reaches past its end', () => {
    const text = contact('next: 2026-11-27', 'name:');
    const d = diagnostics(text);
    assert.deepEqual(d.map((x) => x.code), ['duplicate-key']);
    for (const x of d) {
      const row = text.split('\n')[x.range.end.line]!;
      assert.ok(x.range.end.character <= row.length, JSON.stringify(x));
    }
  });

  it('keeps ranges off the \\r of CRLF lines', () => {
    const text = contact('next: someday').replace(/\n/g, '\r\n');
    const d = diagnostics(text);
    assert.equal(textOf(text, d[0]!.range), 'someday');
  });
});

describe('readDiagnostics', () => {
  it('gives the problems of a note as the diary read it, where the reader put them', () => {
    const text = contact('next: someday', 'cadence: every blue moon');
    const d = readDiagnostics(readContactText('', text));
    assert.deepEqual(d.map((x) => [x.code, x.severity, textOf(text, x.range)]), [['date', 'error', 'someday'], ['cadence', 'warning', 'every blue moon']]);
  });

  it('gives a file that is not a contact its one problem, and a contact without problems or a stranger\'s note none', () => {
    const yaml = readDiagnostics(readContactText('', contact('next: 2026-11-27', 'tags: [a')));
    assert.deepEqual(yaml.map((x) => [x.code, x.severity]), [['yaml', 'error']]);
    const big = readDiagnostics(readContact('/d/big.md', new TextEncoder().encode(contact('next: 2026-11-27') + 'x'.repeat(100)), { maxFileSize: 64 }));
    assert.deepEqual(big.map((x) => [x.code, x.range.start.line]), [['too-large', 0]]);
    assert.deepEqual(readDiagnostics(readContactText('', CONTACT)), []);
    assert.deepEqual(readDiagnostics(readContactText('', '# Notes\n')), []);
  });
});

import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  ContactDocument, type Range, codeActions, codeLenses, completionsAt, dateDecorations, diagnostics, hoverAt, isContactText,
} from '../../../src/core/editor';
import { TODAY } from './helpers';

const dir = join(__dirname, '..', '..', 'fixtures');
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, { kind: string; problems: string[] }>;
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md').sort();
/** Problems of a file's bytes, which an editor's already-decoded text can't have. */
const BYTES = new Set(['not-utf8', 'too-large']);
const context = { stages: ['prospect'], contacts: [{ slug: 'bob-smith', name: 'Bob Smith' }] };

function inText(text: string, r: Range): boolean {
  const rows = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const ok = (p: Range['start']) => p.line >= 0 && p.line < rows.length && p.character >= 0 && p.character <= rows[p.line]!.length;
  return ok(r.start) && ok(r.end);
}

describe('editor features over the fixture corpus', () => {
  it('reads every fixture', () => assert.ok(fixtures.length >= 40, `${fixtures.length} fixtures`));

  for (const name of fixtures) {
    it(`${name}: never throws, ranges stay in the text, and agrees with the reader`, () => {
      const text = readFileSync(join(dir, name), 'utf8');
      const want = expected[name]!;
      const rows = text.split('\n');
      const everything: Range[] = [];
      // One document for all the calls, as a provider keeps one per version; the text alone must answer the same.
      const doc = new ContactDocument(text);
      const diags = diagnostics(doc, { today: TODAY });
      assert.deepEqual(diagnostics(text, { today: TODAY }), diags);
      const decorations = dateDecorations(doc, TODAY);
      const lenses = codeLenses(doc);
      everything.push(...diags.map((d) => d.range), ...decorations.map((d) => d.range), ...lenses.map((l) => l.range));
      const hovers = [];
      const completions = [];
      // Every line, at its start, its middle and its end: where a person hovers or types.
      for (let line = 0; line < Math.min(rows.length, 60); line++) {
        const length = rows[line]!.replace(/\r$/, '').length;
        for (const character of new Set([0, length >> 1, length])) {
          const p = { line, character };
          const h = hoverAt(doc, p, TODAY);
          if (h) hovers.push(h), everything.push(h.range);
          const c = completionsAt(doc, p, TODAY, context);
          completions.push(...c);
          everything.push(...c.map((i) => i.range));
          for (const a of codeActions(doc, { start: p, end: p }, TODAY)) {
            if (a.edit) assert.equal(text.slice(a.edit.offset, a.edit.offset + a.edit.length), a.edit.expected);
          }
        }
      }
      for (const r of everything) assert.ok(inText(text, r), JSON.stringify(r));
      if (want.kind === 'none') {
        assert.equal(isContactText(text) && diags.length > 0, false);
        assert.deepEqual([diags, decorations, lenses, hovers, completions], [[], [], [], [], []]);
      } else if (want.kind === 'attention' && BYTES.has(want.problems[0]!)) {
        // The editor gets text its own decoder made: what was wrong with the bytes is not the
        // text's problem, so the reader's expectation for the file doesn't apply here.
      } else if (want.kind === 'attention') {
        assert.equal(diags[0]?.code, want.problems[0], JSON.stringify(diags));
        assert.ok(diags.every((d) => d.severity === 'error'));
        assert.deepEqual([decorations, lenses], [[], []]);
      } else {
        const codes = diags.map((d) => (d.code === 'natural-date' ? 'date' : d.code));
        for (const code of want.problems) assert.ok(codes.includes(code), `${code} in ${JSON.stringify(diags)}`);
        assert.equal(lenses.length, 1);
      }
    });
  }
});

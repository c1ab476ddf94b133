import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatIsoDate } from '../../../src/core/dates/localDate';
import { formatDuration } from '../../../src/core/dates/duration';
import { parseLog } from '../../../src/core/logSection';
import { readContact, readContactText } from '../../../src/core/read';
import { type ReadResult } from '../../../src/core/contact';

/** What test/fixtures/expected.json says of one fixture. */
interface Expected {
  kind: ReadResult['kind'];
  problems: string[];
  name?: string;
  next?: string | null;
  last?: string;
  tags?: string[];
  interests?: string[];
  introducedBy?: string;
  cadence?: string;
  log?: number;
  logHeadings?: number;
}

const dir = join(__dirname, '..', '..', 'fixtures');
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, Expected>;
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md').sort();
const markers = ['js', 'javascript'].map((tag) => join(tmpdir(), `contact-diary-fixture-ran-${tag}`));

function problemCodes(r: ReadResult): string[] {
  return r.kind === 'contact' ? r.contact.problems.map((p) => p.code) : r.kind === 'attention' ? [r.problem.code] : [];
}

describe('reading the fixture corpus', () => {
  before(() => markers.forEach((m) => rmSync(m, { force: true })));

  it('has an expectation for every fixture, and at least 40 of them', () => {
    assert.deepEqual(Object.keys(expected).sort(), fixtures);
    assert.ok(fixtures.length >= 40, `${fixtures.length} fixtures`);
  });

  for (const name of fixtures) {
    it(`${name}: reads as expected.json says`, () => {
      const want = expected[name]!;
      const r = readContact(`notes/${name}`, readFileSync(join(dir, name)));
      assert.equal(r.kind, want.kind, JSON.stringify(r));
      assert.deepEqual(problemCodes(r), want.problems, JSON.stringify(r));
      if (want.name !== undefined) assert.equal(r.kind === 'none' ? undefined : r.kind === 'contact' ? r.contact.name : r.name, want.name);
      if (r.kind === 'contact') {
        const c = r.contact;
        if (want.next !== undefined) assert.equal(c.next ? formatIsoDate(c.next) : null, want.next);
        if (want.last !== undefined) assert.equal(c.last && formatIsoDate(c.last), want.last);
        if (want.tags) assert.deepEqual(c.tags, want.tags);
        if (want.interests) assert.deepEqual(c.interests, want.interests);
        if (want.introducedBy) assert.equal(c.introducedBy, want.introducedBy);
        if (want.cadence) assert.equal(c.cadence && formatDuration(c.cadence), want.cadence);
        for (const p of c.problems) assert.ok(p.line >= 1 && p.column >= 0, `problem placed in the block: ${JSON.stringify(p)}`);
      }
      if (want.log !== undefined || want.logHeadings !== undefined) {
        const log = parseLog(readFileSync(join(dir, name), 'utf8'));
        if (want.log !== undefined) assert.equal(log.entries.length, want.log);
        assert.equal(log.headings.length, want.logHeadings ?? 1);
      }
    });
  }

  it('reads the same from bytes and from text for every UTF-8 fixture', () => {
    for (const name of fixtures) {
      const bytes = readFileSync(join(dir, name));
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      if (Buffer.from(text, 'utf8').equals(bytes)) assert.deepEqual(readContactText(name, text), readContact(name, bytes), name);
    }
  });

  it('never runs front-matter code: no marker file appears after reading every fixture', () => {
    for (const name of fixtures) {
      readContact(name, readFileSync(join(dir, name)));
      readContactText(name, readFileSync(join(dir, name), 'utf8'));
    }
    for (const m of markers) assert.equal(existsSync(m), false, `${m} was created`);
  });

  it('leaves Object.prototype alone after reading __proto__ and constructor keys', () => {
    const r = readContact('proto-keys.md', readFileSync(join(dir, 'proto-keys.md')));
    assert.equal(r.kind, 'contact');
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    assert.equal(Object.getPrototypeOf(r.kind === 'contact' && r.contact), Object.prototype);
  });
});

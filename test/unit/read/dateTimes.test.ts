import { strict as assert } from 'node:assert';
import { parseDocument } from 'yaml';
import { readContactText } from '../../../src/core/read';

const AT = { year: 2026, month: 11, day: 27, time: { hour: 10, minute: 30 } };
const next = (block: string) => {
  const r = readContactText('a.md', `---\n${block}\n---\n`);
  assert.equal(r.kind, 'contact', block);
  return r.kind === 'contact' ? { next: r.contact.next, problems: r.contact.problems.map((p) => p.message) } : undefined;
};

describe('reading date-times as Obsidian writes them', () => {
  it('reads the T forms, plain or quoted, on the fast path and through yaml alike', () => {
    for (const value of ['2026-11-27T10:30', '2026-11-27T10:30:00', '"2026-11-27T10:30:00"', "'2026-11-27T10:30:00'"]) {
      assert.deepEqual(next(`next: ${value}`), { next: AT, problems: [] }, value);
      // An anchor sends the block to yaml, which keeps the scalar's text (the core schema has no timestamps).
      assert.deepEqual(next(`next: &n ${value}\ncopy: *n`), { next: AT, problems: [] }, `${value} through yaml`);
    }
    assert.equal(parseDocument('next: 2026-11-27T10:30:00\n', { schema: 'core' }).get('next'), '2026-11-27T10:30:00');
  });

  it('regression: a day written as a daily note\'s link (next: "[[2026-12-09]]") was "not a date", though the log reads the same link', () => {
    const DAY = { year: 2026, month: 12, day: 9 };
    for (const value of ['"[[2026-12-09]]"', "'[[Daily/2026-12-09]]'", '"[[2026-12-09|Wed 9 Dec]]"']) {
      assert.deepEqual(next(`next: ${value}`), { next: DAY, problems: [] }, value);
    }
    // Unquoted, it is a nested list to YAML, and a link to a note that is no day is no date.
    assert.match(next('next: [[2026-12-09]]')!.problems[0]!, /not a list \(a link in front-matter needs quotes: next: "\[\[2026-12-09\]\]"\)\.$/);
    assert.match(next('next: "[[2026-12-09 notes]]"')!.problems[0]!, /is not a date/);
    // A daily note's link with a slip in its day is a date's slip, not a page's link (regression: "leave its folder out").
    assert.doesNotMatch(next('next: "[[2026-02-30]]"')!.problems[0]!, /exclude/);
  });

  it('gives seconds, zones and a lowercase t a problem that says what to write', () => {
    assert.deepEqual(next('next: 2026-11-27T10:30:15'), {
      next: undefined, problems: ['next: "2026-11-27T10:30:15" has seconds, and the diary keeps times to the minute: write 2026-11-27T10:30.'],
    });
    assert.match(next('next: 2026-11-27T10:30Z')!.problems[0]!, /^next: "2026-11-27T10:30Z" has a time zone \(Z\)/);
    assert.match(next('next: 2026-11-27T10:30+01:00')!.problems[0]!, /^next: "2026-11-27T10:30\+01:00" has a time zone \(\+01:00\)/);
    assert.match(next('next: 2026-11-27t10:30')!.problems[0]!, /has a lowercase t: write 2026-11-27T10:30\.$/);
    assert.match(next('next: 2026-11-27T25:00')!.problems[0]!, /25:00 is not a time of day/);
  });
});

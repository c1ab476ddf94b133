import * as assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { agenda, loadDiary, parseIsoDate } from '../../../src/core';
import { createNodeHost } from '../../../src/node/nodeHost';
import {
  EXAMPLE_DIARY, daysBetween, prepareExampleDiary, shiftDate, shiftDiaryText,
} from '../../../scripts/example-diary.mjs';

const DATE = /\d{4}-\d{2}-\d{2}/g;

function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const name of readdirSync(dir)) files.set(name, readFileSync(join(dir, name)));
  return files;
}

/** The `next:` date of each contact file, or `undefined` for a blank or unreadable one. */
function nextDates(dir: string): Map<string, string | undefined> {
  const next = new Map<string, string | undefined>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
    const m = /^next:[ \t]*"?(\d{4}-\d{2}-\d{2})?/m.exec(readFileSync(join(dir, name), 'utf8'));
    assert.ok(m, `${name} has a next: key`);
    next.set(name, m[1]);
  }
  return next;
}

describe('example diary', () => {
  let tmp: string;
  beforeEach(() => { tmp = mkdtempSync(join(tmpdir(), 'contact-diary-example-')); });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  for (const today of ['2026-11-23', '2027-03-01', '2028-02-29', '2025-12-31']) {
    it(`shows overdue, today, upcoming and later follow-ups when opened on ${today}`, () => {
      const out = prepareExampleDiary({ today, outDir: join(tmp, 'diary') });
      const counts = { overdue: 0, today: 0, upcoming: 0, later: 0, unscheduled: 0 };
      for (const next of nextDates(out).values()) {
        if (next === undefined) { counts.unscheduled++; continue; }
        const d = daysBetween(today, next);
        counts[d < 0 ? 'overdue' : d === 0 ? 'today' : d <= 7 ? 'upcoming' : 'later']++;
      }
      assert.ok(counts.overdue >= 2, JSON.stringify(counts));
      assert.ok(counts.today >= 2, JSON.stringify(counts));
      assert.ok(counts.upcoming >= 2, JSON.stringify(counts));
      assert.ok(counts.later >= 2, JSON.stringify(counts));
      assert.ok(counts.unscheduled >= 2, JSON.stringify(counts)); // one blank, one unreadable
      assert.equal(readFileSync(join(out, '.anchor'), 'utf8'), `${today}\n`);
    });
  }

  it('moves every front-matter and log date by the same number of days and keeps every other byte', () => {
    const out = prepareExampleDiary({ today: '2027-03-01', outDir: join(tmp, 'diary') });
    const anchor = readFileSync(join(EXAMPLE_DIARY, '.anchor'), 'utf8').trim();
    const days = daysBetween(anchor, '2027-03-01');
    const source = snapshot(EXAMPLE_DIARY);
    const copy = snapshot(out);
    assert.deepEqual([...copy.keys()].sort(), [...source.keys()].sort());
    for (const [name, bytes] of source) {
      if (name === '.anchor') continue;
      const before = bytes.toString('utf8');
      const after = copy.get(name)!.toString('utf8');
      assert.equal(after.replace(DATE, 'DATE'), before.replace(DATE, 'DATE'), name);
      const moved = (before.match(DATE) ?? []).map((d) => shiftDate(d, days));
      assert.deepEqual(after.match(DATE) ?? [], moved, name);
    }
  });

  it('leaves the source files untouched', () => {
    const before = snapshot(EXAMPLE_DIARY);
    prepareExampleDiary({ today: '2030-06-15', outDir: join(tmp, 'diary') });
    assert.deepEqual(snapshot(EXAMPLE_DIARY), before);
  });

  it('replaces an earlier copy, dropping files no longer in the example', () => {
    const out = join(tmp, 'diary');
    prepareExampleDiary({ today: '2026-11-23', outDir: out });
    writeFileSync(join(out, 'stale.md'), '---\nnext: 2020-01-01\n---\n');
    prepareExampleDiary({ today: '2026-11-24', outDir: out });
    assert.ok(!readdirSync(out).includes('stale.md'));
    assert.equal(readFileSync(join(out, '.anchor'), 'utf8'), '2026-11-24\n');
  });

  it('refuses to replace a folder that is not an example diary, or its own source', () => {
    const out = join(tmp, 'notes');
    mkdirSync(out);
    writeFileSync(join(out, 'mine.md'), 'my notes');
    assert.throws(() => prepareExampleDiary({ outDir: out }), /isn't an example diary/);
    assert.equal(readFileSync(join(out, 'mine.md'), 'utf8'), 'my notes');
    assert.throws(() => prepareExampleDiary({ outDir: EXAMPLE_DIARY }), /can't replace its source/);
  });

  it('refuses a today that is not a date', () => {
    assert.throws(() => prepareExampleDiary({ today: 'tomorrow', outDir: join(tmp, 'diary') }), /YYYY-MM-DD/);
  });
});

describe('shiftDiaryText', () => {
  it('moves front-matter dates (quoted, with a time) and log dates, across a year end', () => {
    const text = '---\nnext: "2026-12-30 10:30"\nlast: 2026-12-01\n---\n\n## Log\n- 2026-12-01 Call — ok\n';
    assert.equal(shiftDiaryText(text, 3), '---\nnext: "2027-01-02 10:30"\nlast: 2026-12-04\n---\n\n## Log\n- 2026-12-04 Call — ok\n');
  });
  it('moves dates backwards', () => {
    assert.equal(shiftDiaryText('---\nnext: 2028-03-01\n---\n', -1), '---\nnext: 2028-02-29\n---\n');
  });
  it('keeps a BOM and CRLF line ends', () => {
    const text = '\uFEFF---\r\nnext: 2026-11-23\r\n---\r\n- 2026-11-20 Call\r\n';
    assert.equal(shiftDiaryText(text, 7), '\uFEFF---\r\nnext: 2026-11-30\r\n---\r\n- 2026-11-27 Call\r\n');
  });
  it('leaves dates in free text, and strings that are not calendar dates, alone', () => {
    const text = '---\nnext: 2026-02-30\n---\nMet on 2026-11-01 at the expo.\n- see 2026-11-01\n';
    assert.equal(shiftDiaryText(text, 5), text);
  });
  it('shifts only log-style list items when there is no front-matter', () => {
    assert.equal(shiftDiaryText('# Notes\n* 2026-01-31 Email\n', 1), '# Notes\n* 2026-02-01 Email\n');
  });
});

describe('example diary, as the diary reads it', () => {
  it('has one broken file needing attention, a contact going cold, times, and introductions that resolve', async () => {
    const { index } = await loadDiary(createNodeHost(), EXAMPLE_DIARY.replace(/\\/g, '/'));
    const today = parseIsoDate(readFileSync(join(EXAMPLE_DIARY, '.anchor'), 'utf8').trim());
    assert.ok(today.ok);
    const groups = new Map(agenda(index, today.value).groups.map((g) => [g.id, g.items]));
    const attention = groups.get('attention')!;
    assert.equal(attention.length, 1);
    assert.match(attention[0]!.file, /nils-andersen\.md$/);
    assert.ok(groups.get('overdue')!.some((i) => i.cause === 'cadence' && i.next !== undefined), 'a contact going cold');
    assert.ok(groups.get('today')!.some((i) => i.next?.time), 'a follow-up with a time today');
    const contacts = [...index.contacts()];
    assert.ok(contacts.length >= 14 && contacts.length <= 18, String(contacts.length));
    const files = new Set(readdirSync(EXAMPLE_DIARY).map((n) => n.replace(/\.md$/, '')));
    const introduced = contacts.filter((c) => c.introducedBy);
    assert.ok(introduced.length >= 3);
    for (const c of introduced) assert.ok(files.has(c.introducedBy!), `${c.name} was introduced by ${c.introducedBy}`);
    assert.deepEqual(new Set(contacts.map((c) => c.stage)), new Set(['suspect', 'prospect', 'customer']));
  });
});

import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, lines, tempDiary } from './helpers';

// Spoken to on Friday; the pace is every 2–4 weeks, so the earliest good day is Fri 4 Dec.
const JANE = lines(
  '---', 'name: Jane Doe', 'next: 2026-12-10', 'last: 2026-11-20', 'last_action: Phone call', 'cadence: 2-4 weeks', '---',
  '', '## Log', '- 2026-11-20 Phone call — liked the samples',
);
const WARNING = 'Too soon for Jane Doe? Last conversation 3 days ago; the pace is every 2–4 weeks. ' +
  'The earliest good date is Fri 4 Dec 2026: contact-diary reschedule jane.md 2026-12-04';

describe('contact-diary reschedule and log: a next contact too soon for the pace', function () {
  this.timeout(20_000);
  let d: ReturnType<typeof tempDiary>;
  const read = () => readFileSync(join(d.dir, 'jane.md'), 'utf8');
  beforeEach(() => { d = tempDiary({ 'jane.md': JANE }); });
  afterEach(() => d.cleanup());

  it('reschedule keeps the date asked, and says on stderr that it is too soon (exit 0)', async () => {
    const r = await cli(d.dir, 'reschedule', 'jane.md', '+3d', '--today', '2026-11-23');
    assert.equal(r.code, 0);
    assert.equal(read(), JANE.replace('next: 2026-12-10', 'next: 2026-11-26'));
    assert.match(r.out, /^Jane Doe: next 2026-12-10 → 2026-11-26/);
    assert.equal(r.err, `contact-diary reschedule: jane.md: warning: ${WARNING}\n`);
  });

  it('reschedule and log keep a next date gone by, or years away, and say so on stderr (regression: "last friday" was written without a word)', async () => {
    const past = await cli(d.dir, 'reschedule', 'jane.md', 'last', 'friday', '--today', '2026-11-26');
    assert.equal(past.code, 0);
    assert.match(read(), /^next: 2026-11-20$/m);
    assert.equal(past.err, 'contact-diary reschedule: jane.md: warning: The next contact, Fri 20 Nov 2026, is 6 days ago: Jane Doe stays overdue.\n');
    const far = await cli(d.dir, 'reschedule', 'jane.md', '2062-11-26', '--today', '2026-11-26');
    assert.equal(far.code, 0);
    assert.match(read(), /^next: 2062-11-26$/m);
    assert.equal(far.err, 'contact-diary reschedule: jane.md: warning: The next contact, Sun 26 Nov 2062, is in 36 years: is the year right?\n');
    const logged = await cli(d.dir, 'log', 'jane.md', '--action', 'Call', '--next', 'yesterday', '--today', '2026-11-26');
    assert.equal(logged.code, 0);
    assert.match(logged.err, /^contact-diary log: jane\.md: warning: The next contact, Wed 25 Nov 2026, is yesterday: Jane Doe stays overdue\.\n$/);
  });

  it('reschedule to the earliest good date or later says nothing more', async () => {
    for (const date of ['2026-12-04', '2026-12-20']) {
      const r = await cli(d.dir, 'reschedule', 'jane.md', date, '--today', '2026-11-23');
      assert.equal(r.code, 0);
      assert.equal(r.err, '', date);
    }
  });

  it('log of a conversation today counts from today', async () => {
    const r = await cli(d.dir, 'log', 'jane.md', '--action', 'Coffee', '--next', '+7d', '--today', '2026-11-23');
    assert.equal(r.code, 0);
    assert.match(read(), /^next: 2026-11-30$/m);
    assert.equal(r.err, 'contact-diary log: jane.md: warning: Too soon for Jane Doe? Last conversation today; the pace is every 2–4 weeks. ' +
      'The earliest good date is Mon 7 Dec 2026: contact-diary reschedule jane.md 2026-12-07\n');
  });

  it('log of a touch leaves the last conversation where it was', async () => {
    const r = await cli(d.dir, 'log', 'jane.md', '--action', 'Emailed the price list', '--next', '+3d', '--today', '2026-11-23');
    assert.equal(r.code, 0);
    assert.equal(r.err, `contact-diary log: jane.md: warning: ${WARNING}\n`);
  });

  it('log with the proposed date (today + the most of the pace) says nothing', async () => {
    // Due today: a next date still ahead would be kept instead.
    writeFileSync(join(d.dir, 'jane.md'), JANE.replace('next: 2026-12-10', 'next: 2026-11-23'));
    const r = await cli(d.dir, 'log', 'jane.md', '--action', 'Phone call', '--today', '2026-11-23');
    assert.equal(r.code, 0);
    assert.match(read(), /^next: 2026-12-21$/m);
    assert.equal(r.err, '');
  });

  it('is quiet without a least gap, and quotes a file name a shell would split', async () => {
    d.cleanup();
    d = tempDiary({
      'plain.md': JANE.replace('cadence: 2-4 weeks', 'cadence: 4 weeks'),
      'Jane Doe.md': JANE,
    });
    assert.equal((await cli(d.dir, 'reschedule', 'plain.md', '+1d', '--today', '2026-11-23')).err, '');
    const r = await cli(d.dir, 'reschedule', 'Jane Doe.md', '+1d', '--today', '2026-11-23');
    assert.equal(r.code, 0);
    assert.match(r.err, /contact-diary reschedule 'Jane Doe\.md' 2026-12-04\n$/);
  });

  it('takes the pace of the folder\'s stageCadences for a note without a cadence', async () => {
    d.cleanup();
    d = tempDiary({
      'jane.md': JANE.replace('cadence: 2-4 weeks\n', 'stage: prospect\n'),
      '.vscode/settings.json': '{ "contactDiary.stageCadences": { "prospect": "1-2 weeks" } }',
    });
    const r = await cli(d.dir, 'reschedule', 'jane.md', '+1d', '--today', '2026-11-23');
    assert.equal(r.code, 0);
    assert.match(r.err, /^contact-diary reschedule: jane\.md: warning: Too soon for Jane Doe\? Last conversation 3 days ago; the pace is every 1–2 weeks\. The earliest good date is Fri 27 Nov 2026/);
  });
});

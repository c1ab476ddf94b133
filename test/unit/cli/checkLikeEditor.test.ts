import * as assert from 'node:assert/strict';
import { cli, lines, tempDiary } from './helpers';

// `check` promised the Problems panel's problems, "open in an editor or not", and listed only
// those the scan finds: a log line's bad date, two log headings and next before last, which only
// the note's text tells, were the editor's alone (and `log` refused the two headings unannounced).
describe('contact-diary check: the problems the editor shows', function () {
  this.timeout(20_000);
  let d: ReturnType<typeof tempDiary>;
  afterEach(() => d.cleanup());

  it('lists a log line\'s bad date, two log headings and next before last, each on its line (regression: check said "no problems")', async () => {
    d = tempDiary({
      'ann.md': lines('---', 'name: Ann Example', 'next: 2026-12-10', 'last: 2026-12-12', 'last_action: Call', '---', '', '## Log', '- 2026-02-30 Meeting — y', '', '## Log', '- 2026-11-20 Call — z'),
      'bob.md': lines('---', 'name: Bob Example', 'next: 2026-12-10', '---', '', '## Log', '- 2026-11-20 Call'),
    });
    const r = await cli(d.dir, 'check');
    assert.equal(r.code, 1, r.err);
    assert.equal(r.out, lines(
      'ann.md:3:7: warning: next (2026-12-10) is before last (2026-12-12): the next contact should come after the last one.',
      'ann.md:9:3: warning: This log line\'s date can\'t be read: 2026-02-30 is not a day of the calendar — February 2026 has 28 days.',
      'ann.md:11:1: warning: This note has 2 "## Log" headings (lines 8, 11): keep one, so that logging a contact knows where to write.',
      '2 contacts checked (0 unreadable files): 3 problems in 1 file',
    ));
  });

  it('warns of a heading that looks like the log but is not read as it (regression: logging a contact added a second log section)', async () => {
    d = tempDiary({ 'cy.md': lines('---', 'name: Cy Example', 'next: 2026-12-10', '---', '', '# 🕐 log', '- 2026-11-20 Call') });
    const r = await cli(d.dir, 'check');
    assert.equal(r.out, lines(
      'cy.md:6:1: warning: "# 🕐 log" is not read as the log: the diary reads a level-2 heading, "## Log", and logging a contact is refused until there is one. Make this heading level 2, or set contactDiary.logHeading.',
      '1 contact checked (0 unreadable files): 1 problem in 1 file',
    ));
  });

  it('says how a next: written as a phrase gets its date (regression: only "not a date", where the editor offers the fix)', async () => {
    d = tempDiary({ 'ann west.md': lines('---', 'name: Ann', 'next: next friday', '---'), 'bob.md': lines('---', 'name: Bob', 'next: soon', '---') });
    const r = await cli(d.dir, 'check');
    assert.equal(r.out, lines(
      'ann west.md:3:7: error: next: "next friday" is not a date — write it as YYYY-MM-DD or YYYY-MM-DD HH:mm. It reads as a phrase, which is read where a date is typed: contact-diary reschedule \'ann west.md\' next friday writes its date.',
      'bob.md:3:7: error: next: "soon" is not a date — write it as YYYY-MM-DD or YYYY-MM-DD HH:mm.',
      '2 contacts checked (0 unreadable files): 2 problems in 2 files',
    ));
  });

  it('still says "no problems" of a clean diary', async () => {
    d = tempDiary({ 'bob.md': lines('---', 'name: Bob Example', 'next: 2026-12-10', '---', '', '## Log', '- 2026-11-20 Call') });
    const r = await cli(d.dir, 'check');
    assert.deepEqual([r.code, r.out], [0, '1 contact checked (0 unreadable files): no problems\n']);
  });
});

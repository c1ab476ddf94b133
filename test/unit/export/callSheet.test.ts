import * as assert from 'node:assert/strict';
import { agenda } from '../../../src/core/agenda';
import { localDate } from '../../../src/core/dates/localDate';
import { callSheet } from '../../../src/core/export/callSheet';
import { callSheetModel } from '../../../src/core/export/callSheetModel';
import { fakeIndex } from '../agenda/fakeIndex';

const today = localDate(2026, 11, 23);

describe('call sheet', () => {
  it('lists overdue then today, most urgent first, with links, last contact and why', () => {
    const index = fakeIndex({
      'jane.md': {
        name: 'Jane Doe', company: 'Acme Print', phone: '+44 20 7946 0000', email: 'jane@acme.example',
        next: '2026-11-20', nextAction: 'Chase feedback on the proposal', last: '2026-11-12', lastAction: 'Sent proposal',
      },
      'bob.md': { name: 'Bob', next: '2026-11-23 10:00', nextAction: 'Call about the order' },
      'old.md': { name: 'Old Friend', next: '2026-11-02', nextAction: 'Catch up' },
      'later.md': { name: 'Later', next: '2026-11-30' },
    });
    const sheet = callSheet(agenda(index, today));
    assert.equal(sheet, [
      '# Call sheet — Mon 23 Nov 2026',
      '',
      '0 of 5 calls today.',
      '',
      '3 to call (2 overdue, 1 due today).',
      '',
      '## 1. Old Friend',
      '',
      '- **Why now:** Catch up (3 weeks overdue; next was 2026-11-02)',
      '- **Call:** no conversation on record',
      '- **Last contact:** none recorded',
      '',
      '## 2. Jane Doe — Acme Print',
      '',
      '- **Why now:** Chase feedback on the proposal (3 days overdue; next was 2026-11-20)',
      '- **Call, not email:** no conversation on record, only 1 touch',
      '- **Phone:** [+44 20 7946 0000](tel:+442079460000)',
      '- **Email:** [jane@acme.example](mailto:jane@acme.example)',
      '- **Last contact:** 2026-11-12 (11 days ago) — Sent proposal',
      '',
      '## 3. Bob',
      '',
      '- **Why now:** Call about the order (today; next 2026-11-23 10:00)',
      '- **Call:** no conversation on record',
      '- **Last contact:** none recorded',
      '',
    ].join('\n'));
  });

  it('lists today\'s timed calls first, in time order, then the untimed ones', () => {
    const index = fakeIndex({
      'amy.md': { name: 'Amy', next: '2026-11-23' },
      'bob.md': { name: 'Bob', next: '2026-11-23 09:30' },
      'cy.md': { name: 'Cy', next: '2026-11-23 08:15' },
      'old.md': { name: 'Old', next: '2026-11-02' },
    });
    const sheet = callSheet(agenda(index, today));
    assert.deepEqual(sheet.match(/^## \d\. .*$/gm), ['## 1. Old', '## 2. Cy', '## 3. Bob', '## 4. Amy']);
  });

  it('caps the list at the daily target and lists the rest as also due', () => {
    const specs: Record<string, object> = {};
    for (let i = 1; i <= 7; i++) specs[`c${i}.md`] = { name: `C${i}`, next: `2026-11-${String(10 + i).padStart(2, '0')}`, nextAction: `Action ${i}` };
    const index = fakeIndex(specs);
    const sheet = callSheet(agenda(index, today), { target: 3 });
    assert.match(sheet, /^3 of 7 to call \(7 overdue, 0 due today\)\.$/m);
    assert.deepEqual(sheet.match(/^## \d\. .*$/gm), ['## 1. C1', '## 2. C2', '## 3. C3']);
    assert.match(sheet, /## Also due \(4\)\n\n- C4 \(9 days overdue\): Action 4 — Call: no conversation on record\n- C5/);
    const five = callSheet(agenda(index, today));
    assert.equal(five.match(/^## \d\./gm)?.length, 5);
    // A target of nothing lists everyone as also due; a nonsense target falls back to the default.
    assert.equal(callSheet(agenda(index, today), { target: 0 }).match(/^## \d\./gm), null);
    assert.equal(callSheet(agenda(index, today), { target: NaN }).match(/^## \d\./gm)?.length, 5);
  });

  it('regression: contact-diary calls left out how the day is going, which the extension\'s sheet shows at its top', () => {
    const index = fakeIndex({
      'a.md': { name: 'Ann', next: '2026-11-24', last: '2026-11-23', lastAction: 'Phone call' },
      'b.md': { name: 'Bo', next: '2026-11-24', last: '2026-11-23', lastAction: 'Email' },
      'c.md': { name: 'Cy', next: '2026-11-23' },
    });
    const sheet = callSheet(agenda(index, today), { target: 1 });
    assert.match(sheet, /^# Call sheet — Mon 23 Nov 2026\n\n1 of 1 call today · 1 touch, not counted — the daily target is reached\.\n/);
  });

  it('says so when nobody is due', () => {
    const sheet = callSheet(agenda(fakeIndex({ 'a.md': { next: '2026-12-01' } }), today));
    assert.equal(sheet, '# Call sheet — Mon 23 Nov 2026\n\n0 of 5 calls today.\n\nNobody is due today or overdue.\n');
  });

  // A diary whose notes need attention was told "Nobody is due", though a date that can't be read may be due.
  it('says that notes needing attention may be due when nobody else is', () => {
    const one = callSheet(agenda(fakeIndex({ 'a.md': { next: '2026-12-01' }, 'bad.md': { attention: 'The front-matter is not valid YAML' } }), today));
    assert.equal(one, "# Call sheet — Mon 23 Nov 2026\n\n0 of 5 calls today.\n\nNobody is due today or overdue, but 1 note needs attention and may be due: its date can't be read (see Needs attention).\n");
    const two = callSheet(agenda(fakeIndex({ 'b.md': { attention: 'Not UTF-8' }, 'c.md': { attention: 'Too large' } }), today));
    assert.match(two, /^Nobody is due today or overdue, but 2 notes need attention and may be due: their dates can't be read \(see Needs attention\)\.$/m);
    // A contact listed under Needs attention for another value keeps its place: it is not "may be due".
    const placed = callSheet(agenda(fakeIndex({ 'a.md': { next: '2026-12-01', problems: ['last: "soon" is not a date'] } }), today));
    assert.match(placed, /^Nobody is due today or overdue\.$/m);
  });

  it('explains a contact going cold', () => {
    const index = fakeIndex({ 'c.md': { name: 'Cold', cadence: '3 weeks', last: '2026-10-29' } });
    assert.match(callSheet(agenda(index, today)), /Why now:\*\* Keep in touch \(going cold for 4 days; cadence 3 weeks · last contact 25 days ago\)/);
  });

  it('escapes Markdown in what the user wrote', () => {
    const index = fakeIndex({
      'x.md': { name: '*Star* [PR](http://evil.example)', company: '_Under_ <b>Co</b>', next: '2026-11-23', nextAction: 'Say `hi`\n# not a heading' },
    });
    const sheet = callSheet(agenda(index, today));
    // (The ")" after a web address is left as it is: escaped, a renderer that links addresses took its backslash into the link.)
    assert.match(sheet, /^## 1\. \\\*Star\\\* \\\[PR\\\]\\\(http:\/\/evil.example\) — \\_Under\\_ \\<b\\>Co\\<\/b\\>$/m);
    assert.match(sheet, /Why now:\*\* Say \\`hi\\` \\# not a heading/);
  });

  it('says for each person to call, not email, and why: the touches since the last conversation', () => {
    const index = fakeIndex({
      'em.md': { name: 'Emailed', next: '2026-11-20', last: '2026-11-19', lastAction: 'Emailed prices', log: ['2026-11-19 Emailed prices', '2026-11-02 Emailed the catalogue', '2026-10-12 Phone call'] },
      'sp.md': { name: 'Spoken', next: '2026-11-21', last: '2026-11-10', lastAction: 'Coffee at Monmouth' },
      'nv.md': { name: 'Never', next: '2026-11-22', last: '2026-11-15', lastAction: 'Left voicemail' },
    });
    const sheet = callSheet(agenda(index, today));
    assert.match(sheet, /^## 1\. Emailed\n\n- \*\*Why now:\*\* .*\n- \*\*Call, not email:\*\* only 2 emails since 12 Oct$/m);
    assert.match(sheet, /^## 2\. Spoken\n\n- \*\*Why now:\*\* .*\n- \*\*Call:\*\* last spoke 10 Nov \\\(Coffee at Monmouth\\\)$/m);
    assert.match(sheet, /^## 3\. Never\n\n- \*\*Why now:\*\* .*\n- \*\*Call, not email:\*\* no conversation on record, only 1 voicemail$/m);
    // The also-due rows say it too, on their one line.
    assert.match(callSheet(agenda(index, today), { target: 1 }), /^- Spoken \(2 days overdue\) — Call: last spoke 10 Nov \\\(Coffee at Monmouth\\\)$/m);
  });

  it('tells a contact being pushed to be called, not written to again', () => {
    // Three touches inside the least gap of 2-4 weeks, the last conversation weeks before it.
    const index = fakeIndex({
      'p.md': {
        name: 'Pushed', cadence: '2-4 weeks', next: '2026-11-23', last: '2026-11-20', lastAction: 'Emailed again',
        log: ['2026-11-20 Emailed again', '2026-11-16 Left voicemail', '2026-11-12 Emailed the offer', '2026-10-20 Phone call'],
      },
    });
    const [entry] = callSheetModel(agenda(index, today)).now;
    assert.equal(entry?.item.pushing, true);
    assert.deepEqual(entry?.advice, { action: 'Call, not another email', why: '3 touches or more inside 2 weeks and no conversation since 20 Oct' });
    assert.match(callSheet(agenda(index, today)), /^- \*\*Call, not another email:\*\* 3 touches or more inside 2 weeks and no conversation since 20 Oct$/m);
  });
});

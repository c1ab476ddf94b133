import { strict as assert } from 'node:assert';
import { applyEdits } from '../../../src/core/file/applyEdits';
import { codeActions, completionsAt, diagnostics, hoverAt } from '../../../src/core/editor';
import { TODAY, at, lines, textOf } from './helpers';

// Date-times as Obsidian writes them (2026-11-27T10:30:00), in each editor feature.
const contact = (...frontMatter: string[]) => lines('---', 'name: Jane', ...frontMatter, '---', '# Jane', '');
const lineRange = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 0 } });
const context = { stages: [], contacts: [] };

describe('editor features on T date-times', () => {
  it('reads 2026-11-27T10:30 and 2026-11-27T10:30:00 without a problem or a fix', () => {
    for (const value of ['2026-11-27T10:30', '2026-11-27T10:30:00', '"2026-11-27T10:30:00"']) {
      const text = contact(`next: ${value}`, 'last: 2026-11-20T16:00:00');
      assert.deepEqual(diagnostics(text, { today: TODAY }), [], value);
      // The fix wrote 2026-11-27 10:30 over a T:00 value, as if it were a phrase.
      assert.deepEqual(codeActions(text, lineRange(2), TODAY), [], value);
    }
  });

  it('says why seconds and zones are refused, with no fix that would drop them', () => {
    const seconds = contact('next: 2026-11-27T10:30:15');
    const [d] = diagnostics(seconds, { today: TODAY });
    assert.deepEqual([d?.code, d?.message, textOf(seconds, d!.range)],
      ['date', 'next: "2026-11-27T10:30:15" has seconds, and the diary keeps times to the minute: write 2026-11-27T10:30.', '2026-11-27T10:30:15']);
    // Reschedule… or Clear, the user's choice; no date written that would drop the seconds.
    assert.deepEqual(codeActions(seconds, lineRange(2), TODAY).map((a) => a.title), ['Reschedule…', 'Clear (unscheduled)']);
    for (const zoned of ['2026-11-27T10:30Z', '2026-11-27T10:30+01:00']) {
      const text = contact(`next: ${zoned}`);
      assert.deepEqual(diagnostics(text, { today: TODAY }).map((x) => [x.code, x.message]),
        [['date', `next: "${zoned}" has a time zone (${zoned.slice(16)}), and the diary's times are local: write the time where you are, without the zone.`]]);
    }
  });

  it('fixes a lowercase t to the T form, and seconds after a space to minutes', () => {
    const text = contact('next: 2026-11-27t10:30');
    const [d] = diagnostics(text, { today: TODAY });
    assert.deepEqual([d?.code, d?.message], ['natural-date', 'next: "2026-11-27t10:30" has a lowercase t: write 2026-11-27T10:30.']);
    const [fix] = codeActions(text, lineRange(2), TODAY);
    assert.deepEqual(applyEdits(text, [fix!.edit!]), { ok: true, value: text.replace('t10:30', 'T10:30') });
    const spaced = contact('next: 2026-11-27 10:30:00');
    assert.deepEqual(diagnostics(spaced, { today: TODAY }).map((x) => [x.code, x.message]),
      [['natural-date', 'next: "2026-11-27 10:30:00" has seconds after a space: write 2026-11-27 10:30, or 2026-11-27T10:30:00.']]);
    assert.equal(codeActions(spaced, lineRange(2), TODAY)[0]?.edit?.newText, '2026-11-27 10:30');
  });

  it('writes a phrase\'s date-time in the form of the front-matter\'s other date-times', () => {
    const text = contact("next: 'fri 3pm'", 'last: 2026-11-20T16:00:00');
    const [fix] = codeActions(text, lineRange(2), TODAY);
    assert.equal(fix?.title, 'Change to 2026-11-27T15:00:00 (Fri 27 Nov 2026 15:00)');
    assert.equal(fix?.edit?.newText, '2026-11-27T15:00:00');
    assert.equal(diagnostics(text, { today: TODAY })[0]!.code, 'natural-date');
    const items = completionsAt(text, at(text, '3pm', 3), TODAY, context);
    assert.equal(items[0]!.label, 'fri 3pm → 2026-11-27T15:00:00');
    assert.equal(items[0]!.insertText, '2026-11-27T15:00:00');
    // A date alone is YYYY-MM-DD; without other date-times, a date-time takes a space.
    assert.equal(completionsAt(text, at(text, '3pm', 3), TODAY, context).find((i) => i.filterText === 'tomorrow')?.insertText, '2026-11-24');
    const plain = contact('next: fri 3pm');
    assert.equal(codeActions(plain, lineRange(2), TODAY)[0]?.edit?.newText, '2026-11-27 15:00');
  });

  it('hovers a T date-time whole, and says why one with seconds or a zone is refused', () => {
    const text = contact('next: 2026-11-27T10:30:00', 'last: 2026-11-20T16:00:15');
    const h = hoverAt(text, at(text, '10:30'), TODAY);
    assert.equal(h?.text, 'Friday 27 November 2026 10:30 — in 4 days');
    assert.equal(textOf(text, h.range), '2026-11-27T10:30:00');
    const bad = hoverAt(text, at(text, '2026-11-20'), TODAY);
    assert.equal(bad?.text, '"2026-11-20T16:00:15" has seconds, and the diary keeps times to the minute: write 2026-11-20T16:00.');
    assert.equal(textOf(text, bad.range), '2026-11-20T16:00:15');
    const zoned = contact('next: 2026-11-27T10:30Z');
    assert.match(hoverAt(zoned, at(zoned, '2026'), TODAY)!.text, /has a time zone \(Z\)/);
  });

  it('still hovers a log line\'s time span as the date and its start', () => {
    const text = lines('---', 'next: 2026-11-27', '---', '## Log', '- 2026-11-20 12:00-13:00 Lunch');
    const h = hoverAt(text, at(text, '2026-11-20'), TODAY);
    assert.equal(textOf(text, h!.range), '2026-11-20 12:00');
  });
});

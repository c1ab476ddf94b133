import { type LocalDate } from '../../../src/core/dates/localDate';
import { resolveDate } from '../../../src/core/dates/naturalDate';
import { type Position } from '../../../src/core/editor';

/** Monday 23 November 2026: the day the examples are written for. */
export const TODAY: LocalDate = { year: 2026, month: 11, day: 23 };

/** A file from its lines, joined with LF. */
export const lines = (...l: string[]) => l.join('\n');

/** The position of the `nth` occurrence of `needle` in `text`, plus `shift` characters. */
export function at(text: string, needle: string, shift = 0, nth = 0): Position {
  let i = -1;
  for (let n = 0; n <= nth; n++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`"${needle}" not in the text`);
  }
  const before = text.slice(0, i + shift);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - (before.lastIndexOf('\n') + 1) };
}

/** The text a range covers (single-line ranges). */
export function textOf(text: string, r: { start: Position; end: Position }): string {
  return text.split('\n')[r.start.line]!.replace(/\r$/, '').slice(r.start.character, r.end.character);
}

export const CONTACT = lines(
  '---',
  'name: Jane Doe',
  'company: Acme Print',
  'stage: prospect',
  'next: 2026-11-27           # date of the next contact',
  'next_action: Chase feedback on the proposal',
  'last: 2026-11-20',
  'last_action: Sent proposal',
  'cadence: 3 weeks',
  'introduced_by: "[[bob-smith]]"',
  'tags: [printing, met-at-expo]',
  '---',
  '',
  '# Jane Doe',
  '',
  'Met on 2026-11-02 at the expo.',
  '',
  '## Log',
  '- 2026-11-20 Sent proposal — three options, awaiting feedback',
  '- 2026-11-12 Phone call — 20 min, interested in short runs',
  '',
);

// The first phrase chrono reads loads its parsers (about a second on a busy machine), and
// completion, diagnostics and quick fixes all read phrases: pay it once, before any test, rather
// than in whichever test comes first. Not a speed test, so there is room.
before(function () {
  this.timeout(20_000);
  resolveDate('the day after tomorrow', TODAY);
});

/**
 * Plain-data shapes of the editor features. Lines and characters are 0-based, characters are
 * UTF-16 code units (as in JavaScript strings and VS Code documents), so the extension converts
 * them one to one.
 */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  /** Exclusive. */
  readonly end: Position;
}

/**
 * A command an editor feature offers, by the key it has among the extension's command ids
 * (`Commands.reschedule` is `contactDiary.reschedule`): core names the action, the extension
 * owns the ids.
 */
export type EditorCommand = 'logContact' | 'reschedule' | 'snooze1Day';

/** A range from 0-based line and character numbers. */
export const range = (line: number, start: number, endLine: number, end: number): Range => ({
  start: { line, character: start },
  end: { line: endLine, character: end },
});

/** Whether `p` lies in `r`, both ends included (a cursor just after a word is on it). */
export function contains(r: Range, p: Position): boolean {
  const afterStart = p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character);
  const beforeEnd = p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character);
  return afterStart && beforeEnd;
}

/** Whether two ranges share at least a point. */
export function overlaps(a: Range, b: Range): boolean {
  return contains(a, b.start) || contains(a, b.end) || contains(b, a.start);
}

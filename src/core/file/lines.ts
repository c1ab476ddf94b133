/**
 * Calls `visit` for each line of `text` from `start` that lies outside fenced code blocks
 * (``` or ~~~, as CommonMark opens and closes them), with the line's text (no line ending),
 * its start offset and its 0-based line number (`firstLine` is the number of the line at
 * `start`). Fence lines themselves are not visited. Return `false` from `visit` to stop.
 */
export function forEachLineOutsideFences(
  text: string,
  start: number,
  firstLine: number,
  visit: (line: string, offset: number, lineNumber: number, next: number) => boolean | void,
): void {
  let fence: string | undefined;
  let lineNumber = firstLine;
  for (let at = start; at < text.length; lineNumber++) {
    const nl = text.indexOf('\n', at);
    const next = nl < 0 ? text.length : nl + 1;
    const end = nl > at && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl < 0 ? text.length : nl;
    const line = text.slice(at, end);
    const f = FENCE.exec(line);
    if (fence === undefined && f) {
      fence = f[1];
    } else if (fence !== undefined) {
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length && f[2]!.trim() === '') fence = undefined;
    } else if (visit(line, at, lineNumber, next) === false) {
      return;
    }
    at = next;
  }
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/** The number of line breaks in `text` before `offset`. */
export function lineOf(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

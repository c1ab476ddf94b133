/**
 * Characters a note's value must not carry into a view or a terminal: C0 and C1 controls and DEL
 * (an escape sequence can clear a terminal or set its title), and the bidi embeddings, overrides
 * and isolates (an unclosed override reverses whatever is printed after the value).
 */
// eslint-disable-next-line no-control-regex -- control characters are what this class looks for
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex -- as UNSAFE, less the line breaks, which become spaces
const DROPPED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\u202a-\u202e\u2066-\u2069]+/g;
const BREAKS = /[\r\n\u0085\u2028\u2029]+/g;

/**
 * A value of a note as one line of plain text: line breaks become spaces (a `|` block holding a
 * name), controls and bidi formatting characters go (a tab stays, as YAML reads it). Most values have none: they are
 * returned as they are, after one test.
 */
export function oneLine(text: string): string {
  if (!UNSAFE.test(text)) return text;
  return text.replace(BREAKS, ' ').replace(DROPPED, '').replace(/ {2,}/g, ' ').trim();
}

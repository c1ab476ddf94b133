import { type Result, type TextEdit, fail, ok } from '../types';

/**
 * Applies edits computed on a text to that text. Refuses when an edit's `expected` text is not
 * what the range holds now (the file changed since it was read), when edits overlap or when a
 * range falls outside the text, so a stale plan never lands on newer content.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): Result<string> {
  const checked = checkEdits(text, edits);
  if (!checked.ok) return checked;
  let out = '';
  let at = 0;
  for (const e of checked.value) {
    out += text.slice(at, e.offset) + e.newText;
    at = e.offset + e.length;
  }
  return ok(out + text.slice(at));
}

/** The edits sorted by offset, once each is known to fit the text and none overlaps another. */
export function checkEdits(text: string, edits: readonly TextEdit[]): Result<TextEdit[]> {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  let end = 0;
  for (const e of sorted) {
    if (!Number.isInteger(e.offset) || !Number.isInteger(e.length) || e.offset < 0 || e.length < 0 || e.offset + e.length > text.length) {
      return fail('An edit falls outside the file; the file changed since it was read. Nothing was changed.');
    }
    if (e.offset < end) return fail('Two edits touch the same text; nothing was changed.');
    if (text.slice(e.offset, e.offset + e.length) !== e.expected) {
      return fail('The file changed since it was read; read it again and retry. Nothing was changed.');
    }
    end = e.offset + e.length;
  }
  return ok(sorted);
}

import { DEFAULT_MAX_FILE_SIZE, formatSize } from '../file/decode';
import { isContactText } from './contactText';
import { type EditorDiagnostic } from './diagnostics';
import { range } from './types';

/**
 * An open document as the size check sees it: its length, and its text only when asked, so a
 * document far over the limit is never copied whole.
 */
export interface SizedText {
  /** Length in UTF-16 code units (as JavaScript strings and VS Code documents count). */
  readonly length: number;
  /** The text from its start to `end` (UTF-16 code units). */
  textTo(end: number): string;
}

/** A string as a `SizedText`. */
export const sizedText = (text: string): SizedText => ({ length: text.length, textTo: (end) => text.slice(0, end) });

/** How much of a document over the limit is read to tell whether it is a contact (as the scan does). */
const HEAD = 64 * 1024;

const encoder = new TextEncoder();

/**
 * Whether a document is over `contactDiary.maxFileSize` (`limit` bytes), which the scan applies
 * to files on disk: weighed as the document would be saved, in UTF-8. A UTF-16 code unit is 1 to
 * 3 bytes, so the length alone decides unless it lies between a third of the limit and the
 * limit; only then is the text asked for, and it is at most `limit` code units long.
 */
export function isOverSizeLimit(doc: SizedText, limit = DEFAULT_MAX_FILE_SIZE): boolean {
  if (doc.length > limit) return true;
  if (doc.length * 3 <= limit) return false;
  return encoder.encode(doc.textTo(doc.length)).length > limit;
}

/**
 * The editor features' answer to a document over the limit: none of them parses it (every
 * keystroke would), and its diagnostics are this one warning on the opening fence, naming the
 * setting — when the first 64 KB read as a contact. Other large Markdown gets nothing, as it would
 * under the limit. Empty for a document under the limit.
 */
export function sizeLimitDiagnostics(doc: SizedText, limit = DEFAULT_MAX_FILE_SIZE): EditorDiagnostic[] {
  if (!isOverSizeLimit(doc, limit)) return [];
  const head = doc.textTo(Math.min(doc.length, HEAD));
  if (!isContactText(head)) return [];
  const fence = /^\uFEFF?---[^\r\n]*/.exec(head)?.[0].length ?? 0;
  const message = `This file is over the ${formatSize(limit)} limit of contactDiary.maxFileSize, so Contact Diary does not read it: `
    + 'its editor features are off here and the Follow-ups view lists it under Needs attention. Raise the setting to read it.';
  return [{ range: range(0, 0, 0, fence), message, severity: 'warning', code: 'too-large' }];
}

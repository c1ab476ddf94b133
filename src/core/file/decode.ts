import { type Problem, type Result, fail, ok } from '../types';

/** The default size limit of a contact file, in bytes: a contact is a page of notes, not a book. */
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

const MB = 1024 * 1024;

/**
 * `3.2 MB`, `64 KB`, `900 bytes`: a size in the unit that reads best, to a tenth, rounded by
 * `round` (a limit down, a file's size up: never "1 MB is over the 1 MB limit").
 */
export function formatSize(bytes: number, round: (n: number) => number = Math.floor): string {
  const [n, unit] = bytes >= MB ? [bytes / MB, 'MB'] : bytes >= 1024 ? [bytes / 1024, 'KB'] : [bytes, 'bytes'];
  return `${round(n * 10) / 10} ${unit}`;
}

/**
 * `3.2 MB is over the 1 MB limit (contactDiary.maxFileSize)`: why a file is too large to read or
 * edit. The limit's name, when given, is how the user of the front end that read the file raises
 * it (a setting, an option).
 */
export function tooLargeReason(size: number, limit: number, limitName?: string): string {
  return `${formatSize(size, Math.ceil)} is over the ${formatSize(limit)} limit${limitName ? ` (${limitName})` : ''}`;
}

/** What Needs attention says of a file over the size limit: `skipped: ` and the reason. */
export function tooLargeProblem(size: number, limit: number, limitName?: string): Problem {
  return { message: `skipped: ${tooLargeReason(size, limit, limitName)}`, line: 0, column: 0, severity: 'error', code: 'too-large' };
}

// One decoder, made once: isUtf8 refuses what is not UTF-8, so the decoder can be the lenient
// one, which also shows such a file's name. ignoreBOM keeps a BOM in the text, so offsets match the file.
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Bytes → text, or undefined when they are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  // The lenient decoder turns every bad sequence into U+FFFD, so text without one came from
  // good bytes: decoding and looking for it is twice as fast as checking the bytes first, and
  // much faster than the fatal decoder, which slows down on every non-ASCII character (a dash
  // in a log line is enough). Only text with a U+FFFD, bad or written as such, is checked.
  const text = lenient.decode(bytes);
  return text.indexOf('\uFFFD') < 0 || isUtf8(bytes) ? text : undefined;
}

/** A check of UTF-8 as `isUtf8` makes it: a platform may have a faster one (see `Utf8Tools`). */
export type Utf8Check = (bytes: Uint8Array, from: number) => boolean;

/**
 * Each byte as one character, U+0000 to U+00FF (what Node calls latin1): ASCII reads as itself,
 * and a line feed is never part of a UTF-8 sequence, so lines are found in it as in the text.
 */
export type ByteChars = (bytes: Uint8Array) => string;

/**
 * What a platform does with bytes faster than core's JavaScript can (Node's: `nodeUtf8`, from
 * `src/node`), handed to the reader: it checks a contact's body some five times faster, and finds
 * the log lines of a body without decoding the body (its dashes make decoding it cost ~2 µs).
 */
export interface Utf8Tools {
  /** Judges as core's `isUtf8` does (a unit test holds the two to the same answers). */
  readonly isUtf8: Utf8Check;
  readonly byteChars: ByteChars;
}

/** Int32Array lanes are read as little-endian below; elsewhere the words aren't used (bytes one by one). */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * True when `bytes` from `from` on are well-formed UTF-8, exactly as a fatal TextDecoder judges
 * (no overlong forms, no surrogates, nothing past U+10FFFF), without building the string: a
 * contact's body need only be valid, not decoded. ASCII is skipped four bytes at a time, and
 * the first byte over 0x7F of a word is found from its bits, not by stepping to it: a body has
 * a non-ASCII character (a dash) every line or so.
 */
export function isUtf8(bytes: Uint8Array, from = 0): boolean {
  const n = bytes.length;
  const offset = bytes.byteOffset;
  const base = (4 - (offset & 3)) & 3;
  const count = LITTLE_ENDIAN && n - base >= 4 ? (n - base) >> 2 : 0;
  const words = count > 0 ? new Int32Array(bytes.buffer, offset + base, count) : undefined;
  const wordsEnd = base + count * 4;
  let i = from;
  while (i < n) {
    if (words !== undefined && i >= base && i < wordsEnd) {
      // The lanes of i's word from i on, then whole words, until one has a byte over 0x7F.
      let w = (i - base) >> 2;
      let high = words[w]! & (0x80808080 << (((i - base) & 3) * 8));
      while (high === 0 && ++w < count) high = words[w]! & 0x80808080;
      if (high === 0) {
        i = wordsEnd;
        continue;
      }
      // The lowest lane with its top bit set: lane k is bits 8k to 8k+7.
      i = base + w * 4 + ((31 - Math.clz32(high & -high)) >> 3);
    } else if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const c = bytes[i]!;
    // Past the end, bytes[i + k] is undefined, and undefined & 0xc0 is 0: a cut sequence fails.
    const c1 = bytes[i + 1]!;
    if (c < 0xc2 || c > 0xf4 || (c1 & 0xc0) !== 0x80) return false;
    if (c < 0xe0) {
      i += 2;
      continue;
    }
    if ((bytes[i + 2]! & 0xc0) !== 0x80) return false;
    if (c < 0xf0) {
      if (c === 0xe0 ? c1 < 0xa0 : c === 0xed && c1 > 0x9f) return false;
      i += 3;
      continue;
    }
    if ((bytes[i + 3]! & 0xc0) !== 0x80 || (c === 0xf0 ? c1 < 0x90 : c === 0xf4 && c1 > 0x8f)) return false;
    i += 4;
  }
  return true;
}

/** Bytes → text, bad sequences shown as U+FFFD: for messages about a file we can't read. */
export function decodeLenient(bytes: Uint8Array): string {
  return lenient.decode(bytes);
}

/**
 * What Windows-1252 puts at 0x80 to 0x9F (curly quotes, dashes, €, …), where ISO-8859-1 has
 * control characters; the five bytes it leaves undefined read as themselves, as WHATWG reads them.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Bytes as Windows-1252 (what WHATWG reads for the labels latin1 and iso-8859-1 too): the
 * likeliest encoding of a file that is not UTF-8, an older Windows export's, or a name worth
 * showing readably ("José O’Brien", not "Jos� O�Brien"). Decoded here: some Node builds read the
 * label as ISO-8859-1, which turns the curly quotes, dashes and € into control characters.
 */
export function decodeLatin1(bytes: Uint8Array): string {
  let out = '';
  const codes: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    codes.push(b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH[b - 0x80]! : b);
    if (codes.length === 8192) out += String.fromCharCode(...codes.splice(0));
  }
  return out + String.fromCharCode(...codes);
}

/**
 * A file that starts with a UTF-16 byte order mark, as text, or undefined for any other file:
 * Windows tools save "Unicode" text so, and such a file is reported rather than passed over.
 */
export function decodeUtf16(bytes: Uint8Array): string | undefined {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (encoding === undefined) return undefined;
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    return '';
  }
}

/** The problem for a file saved as UTF-16. */
export function utf16Problem(): Problem {
  const message = 'This file is UTF-16 text ("Unicode" in some Windows editors), so it is not read: save it as UTF-8.';
  return { message, line: 0, column: 0, endLine: 0, endColumn: 1, severity: 'error', code: 'not-utf8' };
}

/**
 * Whether the file's front-matter fence line ends in CR alone (classic Mac OS line ends, perhaps
 * with LF lines appended since): the diary reads lines ended by LF or CRLF, and would not see the
 * block at all.
 */
export function crOnlyFrontMatter(bytes: Uint8Array): boolean {
  const first = bomLength(bytes);
  if (bytes[first] !== DASH || bytes[first + 1] !== DASH || bytes[first + 2] !== DASH) return false;
  let i = first + 3;
  while (bytes[i] === 32 || bytes[i] === 9) i++;
  return bytes[i] === CR && bytes[i + 1] !== LF;
}

export function crOnlyProblem(): Problem {
  // VS Code opens such a file as CRLF without marking it changed: LF is the choice that saves.
  const message = 'This file\'s lines end in CR alone (as on classic Mac OS), so it is not read: save it with LF line endings (in VS Code, pick LF in the status bar, then save).';
  return { message, line: 0, column: 0, endLine: 0, endColumn: 3, severity: 'error', code: 'cr-only' };
}

/** The problem for bytes that are not UTF-8, placed on the first bad character (`lenientText` is `decodeLenient`'s result). */
export function notUtf8Problem(lenientText: string, lineOffset = 0): Problem {
  const bad = Math.max(0, lenientText.indexOf('\uFFFD'));
  let line = lineOffset;
  let lineStart = 0;
  for (let i = lenientText.indexOf('\n'); i >= 0 && i < bad; i = lenientText.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const column = bad - lineStart;
  const message = 'This file is not UTF-8 text (perhaps Latin-1 or another old encoding), so it is not read: save it as UTF-8.';
  return { message, line, column, endLine: line, endColumn: column + 1, severity: 'error', code: 'not-utf8' };
}

/** The size limit a whole file is read against, and its name for the message (see `tooLargeProblem`). */
export interface SizeLimit {
  /** Bytes; `DEFAULT_MAX_FILE_SIZE` when absent. */
  readonly maxFileSize?: number;
  /** How the user raises the limit where they are (`contactDiary.maxFileSize`, `--max-file-size`); none named when absent. */
  readonly sizeLimitName?: string;
}

/**
 * A whole file's bytes as text, for the command-line tool and edits: refused when over the size
 * limit or not UTF-8. A BOM stays in the text (U+FEFF at offset 0) so writing it back keeps it.
 */
export function decodeFile(bytes: Uint8Array, limit: SizeLimit = {}): Result<string> {
  const max = limit.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (bytes.length > max) return fail(tooLargeProblem(bytes.length, max, limit.sizeLimitName).message);
  const text = decodeUtf8(bytes);
  return text === undefined ? fail(notUtf8Problem(decodeLenient(bytes)).message) : ok(text);
}

const DASH = 45;
const DOT = 46;
const LF = 10;
const CR = 13;

/** Byte length of a UTF-8 BOM at the start of `bytes`, else 0. */
function bomLength(bytes: Uint8Array): number {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
}

/**
 * Where the front-matter ends in the bytes, so only the block need be decoded: the byte just
 * after its closing line, `bytes.length` when it never closes, or undefined when the file does
 * not start with `---` (after a BOM), i.e. has no block. The closing line follows `splitFile`'s
 * rule (`---` or `...`, then blanks only); the opening line is checked later, on the text.
 */
export function frontMatterEnd(bytes: Uint8Array): number | undefined {
  const first = bomLength(bytes);
  if (bytes[first] !== DASH || bytes[first + 1] !== DASH || bytes[first + 2] !== DASH) return undefined;
  let at = bytes.indexOf(LF, first);
  while (at >= 0) {
    const start = at + 1;
    const nl = bytes.indexOf(LF, start);
    const c = bytes[start];
    if ((c === DASH || c === DOT) && bytes[start + 1] === c && bytes[start + 2] === c) {
      const end = nl < 0 ? bytes.length : nl > start && bytes[nl - 1] === CR ? nl - 1 : nl;
      let i = start + 3;
      while (i < end && (bytes[i] === 32 || bytes[i] === 9)) i++;
      if (i === end) return nl < 0 ? bytes.length : nl + 1;
    }
    at = nl;
  }
  return bytes.length;
}

import { decodeLatin1, decodeLenient, decodeUtf16, decodeUtf8 } from '../file/decode';

/** The encodings an export is read in. */
export type ExportEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** An export's text, without its byte order mark, and how it was read. */
export interface DecodedExport {
  readonly text: string;
  readonly encoding: ExportEncoding;
  /** Said in the preview when the encoding was a guess (Windows-1252). */
  readonly note?: string;
}

/**
 * Reads the bytes of an export: UTF-8 with or without a BOM; UTF-16 with a BOM (Excel's
 * "Unicode Text") or without one (mostly ASCII, so every other byte is zero); else Windows-1252, the encoding of older Windows exports with accented
 * names, which is then said in `note` so the user can check the names in the preview.
 */
export function decodeExport(bytes: Uint8Array, fileName: string): DecodedExport {
  const utf16 = decodeUtf16(bytes);
  if (utf16 !== undefined) return { text: stripBom(utf16), encoding: bytes[0] === 0xff ? 'utf-16le' : 'utf-16be' };
  const order = utf16WithoutBom(bytes);
  if (order) return { text: new TextDecoder(order).decode(bytes), encoding: order };
  const utf8 = decodeUtf8(bytes) ?? decodeUtf8Unsplit(bytes);
  if (utf8 !== undefined) return { text: stripBom(utf8), encoding: 'utf-8' };
  // UTF-8 but for a byte or two (a file saved by several programs): read as Windows-1252, every
  // accent of it would be garbled ("JÃ¼rgen"); read as UTF-8, only the bad bytes are, and they are named.
  const lenient = stripBom(decodeLenient(bytes));
  const bad = badLines(lenient);
  if (bad.count < nonAscii(lenient)) {
    const lines = bad.lines.length === 1 ? `line ${bad.lines[0]}` : `lines ${bad.lines.join(', ')}`;
    return {
      text: lenient, encoding: 'utf-8',
      note: `${fileName} is UTF-8 but for ${bad.count === 1 ? 'a byte' : `${bad.count} bytes`} that ${bad.count === 1 ? 'is' : 'are'} not (${lines}${bad.more ? ' and more' : ''}): shown as �, check ${bad.lines.length === 1 ? 'that line' : 'those lines'}.`,
    };
  }
  return {
    text: decodeLatin1(bytes),
    encoding: 'windows-1252',
    note: `${fileName} is not UTF-8: it was read as Windows-1252 (Western European); check that accented names look right.`,
  };
}

/**
 * UTF-8 whose lines some writer folded at 75 bytes inside a character, as vCard's folding is done
 * by more than one phone and library (`Jos\xC3` CRLF, a blank, `\xA9`): valid once each such
 * character is whole again, on the line it started on. The bytes keep their count and their
 * lines, so what is said of a line still names the file's own. Undefined for any other bytes
 * that are not UTF-8.
 */
function decodeUtf8Unsplit(bytes: Uint8Array): string | undefined {
  let mended: Uint8Array | undefined;
  for (let lf = bytes.indexOf(0x0a); lf >= 0; lf = bytes.indexOf(0x0a, lf + 1)) {
    const blank = bytes[lf + 1];
    if (blank !== 0x20 && blank !== 0x09) continue;
    const cut = bytes[lf - 1] === 0x0d ? lf - 1 : lf;
    // The last character before the line break: where it starts, and how many bytes it lacks.
    let lead = cut - 1;
    while (lead > 0 && cut - lead < 4 && (bytes[lead]! & 0xc0) === 0x80) lead--;
    const b = bytes[lead] ?? 0;
    const size = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
    const missing = size - (cut - lead);
    if (size === 0 || missing <= 0) continue;
    const rest = lf + 2;
    let whole = true;
    for (let i = rest; i < rest + missing; i++) if (i >= bytes.length || (bytes[i]! & 0xc0) !== 0x80) whole = false;
    if (!whole) continue;
    // Copies (a Node Buffer's `slice` would share the caller's bytes).
    mended ??= new Uint8Array(bytes);
    // `…\xC3 CR LF blank \xA9…` becomes `…\xC3\xA9 CR LF blank…`: the fold after the whole character.
    const fold = new Uint8Array(bytes.subarray(cut, rest));
    mended.set(bytes.subarray(rest, rest + missing), cut);
    mended.set(fold, cut + missing);
  }
  return mended && decodeUtf8(mended);
}

/**
 * UTF-16 written without a byte order mark (some Outlook and Excel exports): text that is mostly
 * ASCII has a zero in every other byte, the second of each pair (little-endian) or the first.
 * Undefined for anything else: no UTF-8 or Windows-1252 text has NULs.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 4) return undefined;
  let low = 0;
  let high = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] !== 0 && bytes[i + 1] === 0) low++;
    else if (bytes[i] === 0 && bytes[i + 1] !== 0) high++;
  }
  const pairs = n / 2;
  return low * 10 >= pairs * 9 ? 'utf-16le' : high * 10 >= pairs * 9 ? 'utf-16be' : undefined;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** How many U+FFFD a lenient decoding made, and the first three lines (1-based) that hold one. */
function badLines(text: string): { count: number; lines: number[]; more: boolean } {
  let count = 0;
  const lines: number[] = [];
  let line = 1;
  let more = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 0xfffd) {
      count++;
      if (lines[lines.length - 1] !== line) {
        if (lines.length < 3) lines.push(line);
        else more = true;
      }
    }
  }
  return { count, lines, more };
}

/** Characters past ASCII that decoded well: the accents that show a file is UTF-8. */
function nonAscii(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f && c !== 0xfffd) n++;
  }
  return n;
}

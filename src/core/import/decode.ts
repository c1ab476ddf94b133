import { decodeLatin1, decodeLenient, decodeUtf16, decodeUtf8 } from '../file/decode';

/** The encodings an export is read in; `mixed` for a vCard file read card by card, each in its own (see `decodeCards`). */
export type ExportEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'mixed';

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
 * names, which is then said in `note` so the user can check the names in the preview. A vCard
 * file that is not all UTF-8 is read card by card (see `decodeCards`).
 */
export function decodeExport(bytes: Uint8Array, fileName: string): DecodedExport {
  const utf16 = decodeUtf16(bytes);
  if (utf16 !== undefined) return { text: stripBom(utf16), encoding: bytes[0] === 0xff ? 'utf-16le' : 'utf-16be' };
  const order = utf16WithoutBom(bytes);
  if (order) return { text: new TextDecoder(order).decode(bytes), encoding: order };
  const utf8 = decodeUtf8OrUnsplit(bytes);
  if (utf8 !== undefined) return { text: stripBom(utf8), encoding: 'utf-8' };
  const guessed = guessEncoding(bytes, fileName);
  return looksLikeVcard(guessed.text) ? decodeCards(bytes, fileName, guessed) : guessed;
}

/** Whether a text is a vCard file: a `BEGIN:VCARD` line near its start. */
export function looksLikeVcard(text: string): boolean {
  return /^\s*BEGIN:VCARD\s*$/im.test(text.slice(0, 4096));
}

const decodeUtf8OrUnsplit = (bytes: Uint8Array) => decodeUtf8(bytes) ?? decodeUtf8Unsplit(bytes);

/**
 * Bytes that are not UTF-8, read as what they likeliest are: UTF-8 but for a byte or two (a file
 * saved by several programs), else Windows-1252; `note` says which, for the user to check.
 */
function guessEncoding(bytes: Uint8Array, fileName: string): DecodedExport {
  // Read as Windows-1252, every accent of a UTF-8 file with a stray byte would be garbled
  // ("JÃ¼rgen"); read as UTF-8, only the bad bytes are, and they are named.
  const lenient = stripBom(decodeLenient(bytes));
  const bad = badLines(lenient);
  if (bad.count < nonAscii(lenient)) {
    return {
      text: lenient, encoding: 'utf-8',
      note: `${fileName} is UTF-8 but for ${bad.count === 1 ? 'a byte' : `${bad.count} bytes`} that ${bad.count === 1 ? 'is' : 'are'} not (${linesText(bad.lines, bad.more)}): shown as �, check ${bad.lines.length === 1 ? 'that line' : 'those lines'}.`,
    };
  }
  return {
    text: decodeLatin1(bytes),
    encoding: 'windows-1252',
    note: `${fileName} is not UTF-8: it was read as Windows-1252 (Western European); check that accented names look right, and if they don't (a file from Central or Eastern Europe, say), save it as UTF-8${/\.csv$/i.test(fileName) ? ' (in Excel: CSV UTF-8)' : ''} and import it again.`,
  };
}

/** `line 8`, `lines 8, 153, 171 and more`. */
function linesText(lines: readonly number[], more: boolean): string {
  return `${lines.length === 1 ? 'line' : 'lines'} ${lines.join(', ')}${more ? ' and more' : ''}`;
}

/** A card's start, at the start of a line whatever ends lines (LF, CRLF, CR). */
const CARD_START = /^[ \t]*BEGIN:VCARD[ \t]*$/gim;

/**
 * A vCard file that is not all UTF-8, card by card: a phone's UTF-8 cards and Outlook's
 * (`CHARSET=Windows-1252`) joined in one file are each read in their own encoding, where reading
 * the file in one garbled the others' names ("J�rgen", "GarcÃ­a"). A card is UTF-8 when its bytes
 * are, else in the CHARSET it names (other than UTF-8), else as the file was guessed to be
 * (`guessed`, which is returned as it is when every card reads so).
 */
function decodeCards(bytes: Uint8Array, fileName: string, guessed: DecodedExport): DecodedExport {
  // One character a byte: a card's start and its CHARSET are ASCII, found at the bytes' offsets.
  const raw = decodeLatin1(bytes);
  const starts = [0, ...[...raw.matchAll(CARD_START)].map((m) => m.index).filter((i) => i > 0), bytes.length];
  const lineBreak = raw.includes('\n') ? '\n' : '\r';
  // The lines of the cards not read as UTF-8, by how they were read.
  const other = new Map<string, number[]>();
  // Cards read as UTF-8 with a character past ASCII: with none, the file is in no UTF-8 at all.
  let utf8Cards = 0;
  let text = '';
  let line = 1;
  for (let i = 0; i + 1 < starts.length; i++) {
    const card = bytes.subarray(starts[i], starts[i + 1]);
    const read = decodeCard(card, raw.slice(starts[i], starts[i + 1]), guessed);
    text += read.text;
    if (read.how === undefined) {
      if (card.some((b) => b > 0x7f)) utf8Cards++;
    } else {
      // Pushed, not copied: a file of 40,000 cards in Windows-1252 took 9 s copying the list each card.
      const lines = other.get(read.how);
      if (lines) lines.push(line);
      else other.set(read.how, [line]);
    }
    line += countOf(raw, lineBreak, starts[i]!, starts[i + 1]!);
  }
  text = stripBom(text);
  if (text === guessed.text) return guessed;
  const read = [...other].map(([how, lines]) => {
    const one = lines.length === 1;
    const as = how === GUESSED ? `Windows-1252 (${one ? 'it is' : 'they are'} not UTF-8 and name${one ? 's' : ''} no CHARSET)`
      : how === STRAY ? 'UTF-8 but for bytes that are not (shown as �)' : `${how}, as ${one ? 'its' : 'their'} CHARSET says`;
    return `the ${one ? 'card' : 'cards'} at ${linesText(lines.slice(0, 3), lines.length > 3)} ${one ? 'was' : 'were'} read as ${as}`;
  });
  const note = utf8Cards > 0 ? `joins cards in different encodings: ${read.join('; ')}; the rest as UTF-8` : `is not UTF-8: ${read.join('; ')}`;
  return { text, encoding: 'mixed', note: `${fileName} ${note}. Check that accented names look right.` };
}

// How a card not read as UTF-8 was read, besides in the CHARSET it names (`Windows-1252`): no CHARSET names these.
const GUESSED = '';
const STRAY = ';';

/** A card's text, and how it was read when not as UTF-8: in the CHARSET it names, `GUESSED` or `STRAY`. */
function decodeCard(card: Uint8Array, raw: string, guessed: DecodedExport): { text: string; how?: string } {
  const utf8 = decodeUtf8OrUnsplit(card);
  if (utf8 !== undefined) return { text: utf8 };
  // A card may name UTF-8 too (Outlook's X-MS-OL-DESIGN): its bytes say that is not the card's.
  for (const m of raw.matchAll(/;[ \t]*CHARSET="?([\w.-]+)/gi)) {
    const charset = m[1]!;
    const text = /^utf-?8$/i.test(charset) ? undefined : decodeCharset(card, charset);
    if (text !== undefined) return { text, how: charset };
  }
  return guessed.encoding === 'windows-1252' ? { text: decodeLatin1(card), how: GUESSED } : { text: decodeLenient(card), how: STRAY };
}

/** How many times `char` is in `text` from `from` to `to`. */
function countOf(text: string, char: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf(char, from); i >= 0 && i < to; i = text.indexOf(char, i + 1)) n++;
  return n;
}

/**
 * Bytes in the encoding `charset` names (a vCard's CHARSET), or undefined for a name no decoder
 * knows. The names WHATWG reads as Windows-1252 are decoded by core (see `decodeLatin1`).
 */
export function decodeCharset(bytes: Uint8Array, charset: string): string | undefined {
  if (/^(?:windows-1252|cp1252|iso-8859-1|iso8859-1|latin1|l1|us-ascii|ascii)$/i.test(charset)) return decodeLatin1(bytes);
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return undefined;
  }
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

import { decodeLatin1, decodeUtf16, decodeUtf8 } from '../file/decode';

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
 * "Unicode Text"); else Windows-1252, the encoding of older Windows exports with accented
 * names, which is then said in `note` so the user can check the names in the preview.
 */
export function decodeExport(bytes: Uint8Array, fileName: string): DecodedExport {
  const utf16 = decodeUtf16(bytes);
  if (utf16 !== undefined) return { text: stripBom(utf16), encoding: bytes[0] === 0xff ? 'utf-16le' : 'utf-16be' };
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== undefined) return { text: stripBom(utf8), encoding: 'utf-8' };
  return {
    text: decodeLatin1(bytes),
    encoding: 'windows-1252',
    note: `${fileName} is not UTF-8: it was read as Windows-1252 (Western European); check that accented names look right.`,
  };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

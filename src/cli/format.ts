/** The few colours the tool uses, as SGR codes. */
const SGR = { bold: 1, dim: 2, red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36 } as const;
export type Style = keyof typeof SGR;

/** `text` in `style` when `color` is on, else as it is. */
export function paint(color: boolean, style: Style, text: string): string {
  return color && text !== '' ? `\u001b[${SGR[style]}m${text}\u001b[0m` : text;
}

/**
 * Text whose every character takes one column: printable ASCII, Latin (ë, ·), Greek, Cyrillic…,
 * general punctuation (—) — no control, combining mark, joiner, surrogate or wide character.
 */
const ONE_COLUMN = /^[\x20-\x7e\xa0-\u02ff\u0370-\u10ff\u1160-\u200a\u2010-\u2029\u202f-\u205f\u2070-\u2e7f]*$/;
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** Width in terminal columns: colour codes take none; a wide (CJK) or emoji character takes two. */
export function displayWidth(text: string): number {
  // Most cells are plain text: their width is their length (a 10,000-row agenda measures 50,000 cells).
  if (ONE_COLUMN.test(text)) return text.length;
  let width = 0;
  for (const ch of text.replace(ANSI, '')) {
    const cp = ch.codePointAt(0)!;
    if (zeroWidth(cp)) continue;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

/** Controls, combining marks, the zero-width and bidi formatting characters (U+200B–U+200F, U+202A–U+202E, U+2060–U+206F), variation selectors and the BOM: no column. */
function zeroWidth(cp: number): boolean {
  return cp < 32 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) || (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0xfeff;
}

/**
 * `text` cut to `max` columns, the cut marked with `…`: a long company must not widen its column,
 * and so every row of a table, past a terminal's width.
 */
export function clip(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = '';
  let width = 0;
  for (const ch of text) {
    const w = displayWidth(ch);
    if (width + w > max - 1) break;
    out += ch;
    width += w;
  }
  return `${out}…`;
}

function isWide(cp: number): boolean {
  return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd);
}

/**
 * Rows of cells as aligned lines: each column padded to its widest cell, columns two spaces
 * apart, trailing blanks trimmed. `right` names the columns aligned to the right (numbers).
 */
export function table(rows: readonly (readonly string[])[], right: readonly number[] = [], indent = ''): string[] {
  const widths: number[] = [];
  const cellWidths = rows.map((row) => row.map((cell, i) => {
    const w = displayWidth(cell);
    widths[i] = Math.max(widths[i] ?? 0, w);
    return w;
  }));
  // Padding strings by length, made once each: a 10,000-row table pads 50,000 cells.
  const spaces: string[] = [];
  const pad = (n: number) => (spaces[n] ??= ' '.repeat(n));
  const alignRight = widths.map((_, i) => right.includes(i));
  return rows.map((row, r) => {
    let line = indent;
    for (let i = 0; i < row.length; i++) {
      const cell = row[i]!;
      if (i > 0) line += '  ';
      if (alignRight[i]) line += pad((widths[i] ?? 0) - cellWidths[r]![i]!) + cell;
      // The last cell's padding would only be trimmed away.
      else line += i === row.length - 1 ? cell : cell + pad((widths[i] ?? 0) - cellWidths[r]![i]!);
    }
    return line.trimEnd();
  });
}

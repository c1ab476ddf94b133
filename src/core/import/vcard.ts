import { decodeLatin1 } from '../file/decode';
import { decodeCharset } from './decode';
import { type ImportProblem } from './person';

/** One property of a card (`EMAIL;TYPE=work:jane@acme.example`), its value decoded but not unescaped. */
export interface VcardProperty {
  /** Upper case: `EMAIL`, `X-ABRELATEDNAMES`. */
  readonly name: string;
  /** `item1` in Apple's `item1.EMAIL`; undefined when none. */
  readonly group?: string;
  /** The TYPE values (and vCard 2.1's bare ones, `TEL;CELL`), lower case; `pref` when preferred. */
  readonly types: readonly string[];
  /** Every other parameter, its name in upper case. */
  readonly params: ReadonlyMap<string, readonly string[]>;
  /** The value after quoted-printable and CHARSET decoding (vCard 2.1), escapes still in. */
  readonly value: string;
}

/** One `BEGIN:VCARD` … `END:VCARD`. */
export interface Vcard {
  /** 1-based line of its BEGIN. */
  readonly line: number;
  readonly version: string;
  readonly properties: readonly VcardProperty[];
}

/**
 * Values large and of no use to a note: read past without being copied (a phone's export is
 * mostly photos).
 */
const BINARY = new Set(['PHOTO', 'LOGO', 'SOUND', 'KEY']);

/** A property line's start: an optional group, then the name, then `;` or `:`. */
const PROPERTY_START = /^(?:[A-Za-z0-9-]+\.)?[A-Za-z0-9-]+[;:]/;
const NAME_AT = /(?:([A-Za-z0-9-]+)\.)?([A-Za-z0-9-]+)/y;

/**
 * The cards of a vCard file (2.1, 3.0 or 4.0): folded lines joined, vCard 2.1's quoted-printable
 * values (with their soft line breaks) and CHARSET decoded, photos passed over. A card that
 * never ends and a line that is not a property are problems with their line; the other cards
 * are read.
 */
export function readVcards(text: string, file: string): { cards: Vcard[]; problems: ImportProblem[] } {
  const lines = new LineReader(text);
  const cards: Vcard[] = [];
  const problems: ImportProblem[] = [];
  let card: { line: number; version: string; properties: VcardProperty[] } | undefined;
  while (!lines.done()) {
    const line = lines.line + 1;
    NAME_AT.lastIndex = lines.pos;
    const name = NAME_AT.exec(text)?.[2]?.toUpperCase();
    if (name !== undefined && BINARY.has(name)) {
      lines.skipProperty(card?.version === '2.1');
      continue;
    }
    const logical = lines.logical(card?.version === '2.1');
    if (logical.trim() === '') continue;
    const upper = logical.trim().toUpperCase();
    if (upper === 'BEGIN:VCARD') {
      if (card) problems.push({ file, line: card.line, reason: 'this card never ends (no END:VCARD before the next BEGIN:VCARD), so it was not read' });
      card = { line, version: '3.0', properties: [] };
      continue;
    }
    if (!card) continue;
    if (upper === 'END:VCARD') {
      cards.push(card);
      card = undefined;
      continue;
    }
    const property = parseProperty(logical);
    if (!property) {
      problems.push({ file, line, reason: `can't read "${shorten(logical)}" as a vCard property (NAME:value); the rest of the card was read` });
      continue;
    }
    if (property.name === 'VERSION') card.version = property.value.trim();
    else card.properties.push(property);
  }
  if (card) problems.push({ file, line: card.line, reason: 'this card never ends (no END:VCARD), so it was not read' });
  return { cards, problems };
}

/** Walks a text line by line without splitting it (a photo's thousands of lines are never copied). */
class LineReader {
  pos = 0;
  /** 0-based number of the line at `pos`. */
  line = 0;
  constructor(private readonly text: string) {}

  done(): boolean {
    return this.pos >= this.text.length;
  }

  /** The line at `pos`, and moves past it. */
  private take(): string {
    const { text, pos } = this;
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    this.pos = nl < 0 ? text.length : nl + 1;
    this.line++;
    return text.slice(pos, end > pos && text[end - 1] === '\r' ? end - 1 : end);
  }

  /** Moves past the line at `pos` without copying it. */
  private pass(): void {
    const nl = this.text.indexOf('\n', this.pos);
    this.pos = nl < 0 ? this.text.length : nl + 1;
    this.line++;
  }

  private continues(): boolean {
    const c = this.text[this.pos];
    return c === ' ' || c === '\t';
  }

  /**
   * One property's line with its folded continuations joined (the leading blank dropped; kept
   * in vCard 2.1, which keeps it), and a quoted-printable value's soft breaks (`=` at the end).
   */
  logical(v21: boolean): string {
    let out = this.take();
    const qp = /^[^:]*QUOTED-PRINTABLE/i.test(out);
    for (;;) {
      // A soft break first: the line after `=` belongs to the value whether or not it starts with
      // a blank. One blank before an encoded byte folds the line too (ez-vcard and some Samsung
      // phones write `=` then a folded `=D1=80`): no part of the value, which would otherwise gain a
      // space inside a word. A blank before text may be the value's own (`after=` then ` lunch`).
      if (qp && out.endsWith('=') && !this.done()) out = out.slice(0, -1) + this.take().replace(/^[ \t](?==[0-9A-Fa-f]{2})/, '');
      else if (this.continues()) out += this.take().slice(v21 ? 0 : 1);
      else return out;
    }
  }

  /**
   * Passes a photo (or other binary value): its folded lines, and in vCard 2.1 the unindented
   * base64 lines up to the blank line that ends them.
   */
  skipProperty(v21: boolean): void {
    this.pass();
    for (;;) {
      if (this.done()) return;
      if (this.continues()) {
        this.pass();
        continue;
      }
      if (!v21) return;
      const nl = this.text.indexOf('\n', this.pos);
      const next = this.text.slice(this.pos, Math.min(nl < 0 ? this.text.length : nl, this.pos + 80)).trim();
      if (next === '' || PROPERTY_START.test(next) || /^END:VCARD$/i.test(next)) return;
      this.pass();
    }
  }
}

/** `group.NAME;param=a,b;BARE:value` as a property, or undefined when it has no name and colon. */
export function parseProperty(line: string): VcardProperty | undefined {
  const colon = indexOutsideQuotes(line, ':');
  if (colon < 0) return undefined;
  const [head = '', ...rawParams] = splitOutsideQuotes(line.slice(0, colon), ';');
  const m = /^(?:([A-Za-z0-9-]+)\.)?([A-Za-z0-9-]+)$/.exec(head.trim());
  if (!m) return undefined;
  const params = new Map<string, string[]>();
  const types: string[] = [];
  for (const raw of rawParams) {
    const eq = raw.indexOf('=');
    const key = (eq < 0 ? bareParamName(raw) : raw.slice(0, eq)).trim().toUpperCase();
    const values = eq < 0 ? [raw.trim()] : splitOutsideQuotes(raw.slice(eq + 1), ',').map((v) => v.trim().replace(/^"(.*)"$/, '$1'));
    if (key === 'TYPE') types.push(...values.flatMap((v) => v.split(',')).map((v) => v.toLowerCase()));
    else params.set(key, [...(params.get(key) ?? []), ...values]);
  }
  if (params.has('PREF')) types.push('pref');
  let value = line.slice(colon + 1);
  if (params.get('ENCODING')?.some((e) => /^quoted-printable$/i.test(e))) value = decodeQuotedPrintable(value, params.get('CHARSET')?.[0]);
  return { name: m[2]!.toUpperCase(), ...(m[1] ? { group: m[1].toLowerCase() } : {}), types, params, value };
}

/** vCard 2.1 writes some parameters without their name: `QUOTED-PRINTABLE`, `BASE64`, `CELL`. */
function bareParamName(value: string): string {
  const v = value.trim().toUpperCase();
  if (v === 'QUOTED-PRINTABLE' || v === 'BASE64' || v === '8BIT' || v === '7BIT' || v === 'B') return 'ENCODING';
  if (v === 'PREF') return 'PREF';
  return 'TYPE';
}

/**
 * `=C3=A9` and friends as bytes, read in `charset` (UTF-8 when not known). Without a charset,
 * UTF-8 when the bytes are UTF-8, else Windows-1252: old phones and Outlook write `J=FCrgen`
 * with no CHARSET, in their own code page.
 */
export function decodeQuotedPrintable(value: string, charset?: string): string {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < value.length; i++) {
    const hex = value[i] === '=' ? /^[0-9A-Fa-f]{2}/.exec(value.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else {
      const cp = value.codePointAt(i)!;
      if (cp > 0xffff) i++;
      bytes.push(...encoder.encode(String.fromCodePoint(cp)));
    }
  }
  const data = new Uint8Array(bytes);
  if (charset === undefined) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(data);
    } catch {
      return decodeLatin1(data);
    }
  }
  return decodeCharset(data, charset) ?? new TextDecoder('utf-8').decode(data);
}

/** A value split at each `sep` not escaped with a backslash, each part unescaped. */
export function splitValue(value: string, sep: ';' | ','): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '\\' && i + 1 < value.length) {
      current += c + value[++i]!;
    } else if (c === sep) {
      parts.push(unescapeValue(current));
      current = '';
    } else {
      current += c;
    }
  }
  parts.push(unescapeValue(current));
  return parts;
}

/** `\n` → a line break, `\,` → `,`, `\;` → `;`, `\\` → `\`. */
export function unescapeValue(value: string): string {
  return value.replace(/\\([nN,;:\\])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

function indexOutsideQuotes(text: string, ch: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (text[i] === ch && !quoted) return i;
  }
  return -1;
}

function splitOutsideQuotes(text: string, sep: string): string[] {
  const parts: string[] = [];
  let from = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (text[i] === sep && !quoted) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

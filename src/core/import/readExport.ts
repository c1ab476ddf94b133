import { type Result, fail, ok } from '../types';
import { findHeader, readCsvRows } from './csv';
import { CSV_FORMAT_NAMES, type ColumnMapping, type CsvFormat, checkMapping, csvFormatOf, mappingFor, rowPerson } from './csvMapping';
import { type ExportEncoding, decodeExport, looksLikeVcard } from './decode';
import { type ImportProblem, type ImportedPerson } from './person';
import { type Vcard, readVcards, unescapeValue } from './vcard';
import { vcardPerson } from './vcardPerson';

/** The formats an import reads. */
export type ImportFormat = 'vcard' | CsvFormat;

/** One export file, read: the people in it and what could not be read, nothing written. */
export interface ExportRead {
  /** The file's name as the user knows it (`contacts.vcf`): in messages and in each note's `## Imported`. */
  readonly file: string;
  readonly format: ImportFormat;
  /** `vCard 3.0`, `LinkedIn Connections.csv`, `CSV`: for the preview. */
  readonly formatName: string;
  readonly encoding: ExportEncoding;
  /** Said in the preview when the encoding was a guess. */
  readonly encodingNote?: string;
  /** A CSV's header and what each column became: shown in the preview, and changeable (`ReadExportOptions.mapping`). */
  readonly csv?: { readonly headerLine: number; readonly header: readonly string[]; readonly mapping: readonly ColumnMapping[] };
  readonly people: readonly ImportedPerson[];
  readonly problems: readonly ImportProblem[];
  /** A vCard file's group cards (iCloud's and vCard 4's), not people: their names became their members' tags. */
  readonly groups?: readonly string[];
}

export interface ReadExportOptions {
  /** For a CSV: the columns' meaning as the user set it, instead of the one found from the header. */
  readonly mapping?: readonly ColumnMapping[];
}

const EXPECTED = 'expected a vCard file (.vcf, BEGIN:VCARD) or a CSV whose header row names its columns ' +
  '(a name, or first and last name), as phones, LinkedIn, Google and Outlook export them';

/**
 * Reads an export's bytes: its encoding, its format (vCard, LinkedIn, Google or Outlook CSV, or
 * a CSV matched by its column names) and the people in it. A card or row that can't be read is
 * a problem with its line; the rest is read. Fails, in one line naming what was expected, for a
 * file that is none of these.
 */
export function readExport(file: string, bytes: Uint8Array, options: ReadExportOptions = {}): Result<ExportRead> {
  const decoded = decodeExport(bytes, file);
  const base = { file, encoding: decoded.encoding, ...(decoded.note ? { encodingNote: decoded.note } : {}) };
  // Excel for Mac's "CSV (Macintosh)" and old Mac address books end lines with CR alone.
  const text = !decoded.text.includes('\n') && decoded.text.includes('\r') ? decoded.text.replace(/\r/g, '\n') : decoded.text;
  if (looksLikeVcard(text)) {
    const { cards, problems } = readVcards(text, file);
    const groups = groupCards(cards);
    const people: ImportedPerson[] = [];
    for (const card of cards) {
      if (groups.has(card)) continue;
      const person = vcardPerson(card, file);
      if (!person.ok) problems.push({ file, line: card.line, reason: person.error });
      else people.push(withGroups(person.value, uidOf(card), groups));
    }
    const versions = [...new Set(cards.map((c) => c.version))].sort();
    const groupNames = [...groups.values()].map((g) => g.name);
    return ok({
      ...base, format: 'vcard', formatName: `vCard ${versions.join(', ') || ''}`.trim(), people, problems: sortProblems(problems),
      ...(groupNames.length > 0 ? { groups: groupNames } : {}),
    });
  }
  const header = looksBinary(text) ? undefined : findHeader(text, (cells) => csvFormatOf(cells) !== undefined);
  if (!header) {
    if (text.trim() === '') return fail(`${file} is empty: ${EXPECTED}.`);
    // A workbook is the likeliest binary file given for a CSV: the way on is to save it as one.
    const why = !looksBinary(text) ? '' : /\.(xlsx|xlsm|xls|numbers|ods)$/i.test(file) ? ' (it is a spreadsheet workbook: save it as CSV first)' : ' (it is binary data)';
    return fail(`${file} is not a contacts export${why}: ${EXPECTED}.`);
  }
  const format = csvFormatOf(header.cells)!;
  let mapping = mappingFor(format, header.cells);
  if (options.mapping) {
    const checked = checkMapping(options.mapping, header.cells.length);
    if (!checked.ok) return fail(`${file}: ${checked.error}.`);
    mapping = checked.value;
  }
  const { rows, problems } = readCsvRows(text, header, file);
  const people: ImportedPerson[] = [];
  for (const row of rows) {
    const person = rowPerson(row, mapping, file);
    if (person.ok) people.push(person.value);
    else problems.push({ file, line: row.line, reason: person.error });
  }
  return ok({
    ...base, format, formatName: CSV_FORMAT_NAMES[format],
    csv: { headerLine: header.line, header: header.cells, mapping }, people, problems: sortProblems(problems),
  });
}

/** A card's UID as members name it: without `urn:uuid:`, lower case. */
function uidOf(card: Vcard): string | undefined {
  const uid = card.properties.find((p) => p.name === 'UID')?.value.trim();
  return uid ? memberKey(uid) : undefined;
}

const memberKey = (value: string) => value.trim().replace(/^urn:uuid:/i, '').toLowerCase();

/**
 * The group cards of a file, by card: iCloud's (`X-ADDRESSBOOKSERVER-KIND:group`, whose members
 * are `X-ADDRESSBOOKSERVER-MEMBER` lines) and vCard 4's (`KIND:group`, `MEMBER`). Apple keeps a
 * contact's groups only there, not in its `CATEGORIES`.
 */
function groupCards(cards: readonly Vcard[]): Map<Vcard, { readonly name: string; readonly members: ReadonlySet<string> }> {
  const out = new Map<Vcard, { name: string; members: Set<string> }>();
  for (const card of cards) {
    const kind = card.properties.find((p) => p.name === 'X-ADDRESSBOOKSERVER-KIND' || p.name === 'KIND')?.value.trim().toLowerCase();
    if (kind !== 'group') continue;
    const name = unescapeValue(card.properties.find((p) => p.name === 'FN' || p.name === 'N')?.value ?? '').replace(/;+$/, '').trim();
    const members = new Set(card.properties.filter((p) => p.name === 'X-ADDRESSBOOKSERVER-MEMBER' || p.name === 'MEMBER').map((p) => memberKey(p.value)));
    out.set(card, { name: name || 'group', members });
  }
  return out;
}

/** A person with the names of the groups that list their card among the members as tags. */
function withGroups(person: ImportedPerson, uid: string | undefined, groups: ReadonlyMap<Vcard, { readonly name: string; readonly members: ReadonlySet<string> }>): ImportedPerson {
  if (!uid) return person;
  const extra = [...groups.values()].filter((g) => g.members.has(uid)).map((g) => g.name).filter((n) => !person.tags.includes(n));
  return extra.length > 0 ? { ...person, tags: [...person.tags, ...extra] } : person;
}

/** A NUL near the start, as in an image or an archive: no text export has one. */
function looksBinary(text: string): boolean {
  return text.slice(0, 1024).includes('\u0000');
}

function sortProblems(problems: ImportProblem[]): ImportProblem[] {
  return problems.sort((a, b) => a.line - b.line);
}

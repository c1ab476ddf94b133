import { foldAccents } from '../fold';
import { type Result, fail, ok } from '../types';
import { importBirthday, isEmptyDate } from './birthday';
import { type CsvRow } from './csv';
import { type ImportedPerson, PersonBuilder, joinName, tagOf } from './person';
import { isPhoneNumber } from './phone';

/** What a column of a CSV holds, as the note uses it. `detail` goes to the body, `ignore` nowhere. */
export type ImportField =
  | 'name' | 'first' | 'middle' | 'last' | 'suffix' | 'company' | 'role' | 'email' | 'phone'
  | 'birthday' | 'tags' | 'related' | 'detail' | 'ignore';

/** Each field in words, for a preview of the mapping and a choice of what a column holds. */
export const IMPORT_FIELD_NAMES: Readonly<Record<ImportField, string>> = {
  name: 'name', first: 'first name', middle: 'middle name', last: 'last name', suffix: 'name suffix', company: 'company',
  role: 'role', email: 'email', phone: 'phone', birthday: 'birthday', tags: 'tags', related: 'introduced by (a related name)',
  detail: 'the note\'s body', ignore: 'left out',
};

/**
 * One column and what it holds; `label` names a `detail` in the body (the header when absent),
 * and `labelColumn` is a column whose cell names it on each row (Google's `Event 1 - Label`
 * beside `Event 1 - Value`: `Anniversary`).
 */
export interface ColumnMapping {
  readonly column: number;
  readonly header: string;
  readonly field: ImportField;
  readonly label?: string;
  readonly labelColumn?: number;
}

/** The CSV exports told apart by their header rows. */
export type CsvFormat = 'linkedin' | 'google' | 'outlook' | 'csv';

/** How the preview names each format. */
export const CSV_FORMAT_NAMES: Readonly<Record<CsvFormat, string>> = {
  linkedin: 'LinkedIn Connections.csv', google: 'Google Contacts CSV', outlook: 'Outlook CSV', csv: 'CSV',
};

type Rule = readonly [RegExp, ImportField, string?];

/** Columns of address books' own bookkeeping (English and German), "Normal" and "Aus" on every row: left out in every format. */
const BOOKKEEPING = /^(priority|prioritat|private|privat|sensitivity|vertraulichkeit|gender|geschlecht|mileage|reisekilometer|billing information|abrechnungsinformationen|directory server|verzeichnisserver|internet free busy|internet frei\/gebucht|initials|initialen|e-mail( \d)?(-| )?(type|typ)( \d)?|e-mail( \d)?:? (type|typ|display name|angezeigter name)|(government|organizational) id number|(ausweisnummer|organisations-id))$/;

// Accents dropped (`Prénom`, `Teléfono`, `Société`), so one ASCII pattern serves each header in every spelling.
const norm = (header: string) => foldAccents(header).trim().replace(/\s+/g, ' ');

const LINKEDIN: readonly Rule[] = [
  [/^first name$/, 'first'], [/^last name$/, 'last'], [/^email address$/, 'email'], [/^company$/, 'company'],
  [/^position$/, 'role'], [/^url$/, 'detail', 'LinkedIn'], [/^connected on$/, 'detail', 'Connected on LinkedIn'],
];

// Google's export since 2020 (First Name, Organization Name, Labels, E-mail 1 - Label/Value) and
// before it (Given Name, Organization 1 - Name, Group Membership, E-mail 1 - Type/Value).
const GOOGLE: readonly Rule[] = [
  [/^name$/, 'name'], [/^name prefix$/, 'detail', 'Title'], [/^(first|given) name$/, 'first'], [/^(middle|additional) name$/, 'middle'],
  [/^(last|family) name$/, 'last'], [/^name suffix$/, 'suffix'], [/^organi[sz]ation( 1 -)? name$/, 'company'],
  [/^organi[sz]ation( 1 -)? title$/, 'role'], [/^organi[sz]ation( 1 -)? department$/, 'detail', 'Department'],
  [/^birthday$/, 'birthday'], [/^notes$/, 'detail', 'Note'], [/^(labels|group membership)$/, 'tags'],
  [/^e-mail \d+ - value$/, 'email'], [/^phone \d+ - value$/, 'phone'], [/^address (\d+) - formatted$/, 'detail', 'Address'],
  [/^website \d+ - value$/, 'detail', 'URL'], [/^relation \d+ - value$/, 'related'], [/^nickname$/, 'detail', 'Nickname'],
  // A value's kind (`* Work`) and the parts of an address already whole in `- Formatted`; a photo's address, phonetic names.
  [/^(e-mail|phone|website|relation|organi[sz]ation) \d+ - (label|type)$/, 'ignore'], [/^address \d+ - (?!formatted$)/, 'ignore'],
  [/^(photo|(given|family|additional) name yomi|(phonetic )?(first|middle|last) name( yomi)?|yomi name|file as|name prefix)$/, 'ignore'],
];

// Outlook's "Title" is Mr. or Dr. (kept in the body, out of the name, as a vCard's is); the job is "Job Title". Address parts go to one line per address.
const OUTLOOK: readonly Rule[] = [
  [/^title$/, 'detail', 'Title'], [/^first name$/, 'first'], [/^middle name$/, 'middle'], [/^last name$/, 'last'], [/^suffix$/, 'suffix'],
  [/^company$/, 'company'], [/^job title$/, 'role'], [/^department$/, 'detail', 'Department'],
  [/^e-mail( \d)? address$/, 'email'], [/^(primary|mobile|business|home|other|car|company main) phone( \d)?$/, 'phone'],
  [/^birthday$/, 'birthday'], [/^categories$/, 'tags'], [/^notes$/, 'detail', 'Note'], [/^(personal )?web page$/, 'detail', 'URL'],
  [/^business (street( \d)?|city|state|postal code|country\/region)$/, 'detail', 'Address (business)'],
  [/^home (street( \d)?|city|state|postal code|country\/region)$/, 'detail', 'Address (home)'],
  [/^other (street( \d)?|city|state|postal code|country\/region)$/, 'detail', 'Address (other)'],
  [/^(anniversary|spouse|nickname|office location|manager's name|assistant's name)$/, 'detail'],
  [/^referred by$/, 'related'],
];

// Any other CSV: columns matched by their names, the rest kept in the body. The names are
// English, and those of the exports of Outlook, Excel and address books in German, French,
// Spanish, Italian, Portuguese, Dutch and Swedish (`Vorname`, `Prénom`, `Apellidos`, `Firma`).
const GENERIC: readonly Rule[] = [
  [/^(full ?name|name|contact|contact name|display name|person|vollstandiger name|nom complet|nombre completo|nome completo|volledige naam)$/, 'name'],
  [/^(first|first ?name|given ?name|forename|vorname|prenom|nombre|nome|voornaam|fornamn)$/, 'first'],
  [/^(last|last ?name|surname|family ?name|nachname|familienname|nom|nom de famille|apellidos?|cognome|sobrenome|achternaam|efternamn)$/, 'last'],
  [/^(company|company name|organi[sz]ation|org|employer|account|account name|firma|firmenname|unternehmen|societe|entreprise|empresa|compania|organizacion|azienda|societa|bedrijf|foretag)$/, 'company'],
  [/^(title|job ?title|role|position|job|funktion|berufsbezeichnung|fonction|poste|puesto|cargo|ruolo|functie|befattning)$/, 'role'],
  [/^(middle ?name|weitere vornamen|second ?name|deuxieme prenom|segundo nombre|secondo nome|tussenvoegsel)$/, 'middle'],
  // Outlook's bookkeeping columns (English and German), "Normal" and "Aus" on every row: left out.
  [BOOKKEEPING, 'ignore'],
  // An assistant's number is not the person's: kept in the body.
  [/assist|\basst\b|sekretar|secretar/, 'detail'],
  // (A cell in an email column that is no address, `3` under "Marketing emails opened", goes to the body: see rowPerson.)
  [/e-?mail|courriel|messagerie|correo/, 'email'],
  [/phone|^(tel|telephone|mobile|cell)$|telefon|telefono|handy|mobil|portable|movil|cellulare|celular|gsm/, 'phone'],
  [/^(tags?|labels?|groups?|categor(y|ies)|kategorien?|gruppen?|categories|categorias?|categorie|etiquetas?|etiketten?)$/, 'tags'],
  [/^(notes?|comments?|description|notizen?|bemerkungen?|kommentare?|notas?|commentaires?|opmerkingen|anteckningar)$/, 'detail', 'Note'],
  [/^(birthday|date of birth|birth ?date|dob|geburtstag|geburtsdatum|anniversaire|date de naissance|cumpleanos|fecha de nacimiento|compleanno|data di nascita|aniversario|verjaardag|geboortedatum|fodelsedag)$/, 'birthday'],
  [/^(introduced by|referred by|referral|introducer)$/, 'related'],
];

const RULES: Readonly<Record<CsvFormat, readonly Rule[]>> = { linkedin: LINKEDIN, google: GOOGLE, outlook: OUTLOOK, csv: GENERIC };

/** Which export a header row is, or undefined when it is no contacts CSV we can read. */
export function csvFormatOf(cells: readonly string[]): CsvFormat | undefined {
  const has = (re: RegExp) => cells.some((c) => re.test(norm(c)));
  if (has(/^connected on$/) && has(/^first name$/) && has(/^last name$/)) return 'linkedin';
  if (has(/^e-mail \d+ - value$/) || (has(/^(given|first) name$/) && has(/^(labels|group membership)$/))) return 'google';
  if (has(/^e-mail address$/) && has(/^first name$/) && has(/^job title$/)) return 'outlook';
  return hasName(mappingFor('csv', cells)) ? 'csv' : undefined;
}

/**
 * The mapping of a header row in a format: each column matched by its header; the others kept
 * in the body under their headers (Google's `Custom Field 1 - Value` and `Event 1 - Value` under
 * the label their `- Label` column gives), but for address books' bookkeeping.
 */
export function mappingFor(format: CsvFormat, cells: readonly string[]): ColumnMapping[] {
  const normed = cells.map(norm);
  return cells.map((header, column) => {
    // `X 1 - Label` names `X 1 - Value` on each row (`Spouse`, `Anniversary`); on its own it says nothing.
    // (Google's export before 2020 calls the label a type: `Event 1 - Type`.)
    const pair = /^(.* \d+) - (label|type|value)$/.exec(normed[column]!);
    const labelIndex = (base: string) => Math.max(normed.indexOf(`${base} - label`), normed.indexOf(`${base} - type`));
    const labelColumn = pair?.[2] === 'value' ? labelIndex(pair[1]!) : -1;
    const labelled = labelColumn >= 0 ? { labelColumn } : {};
    const rule = RULES[format].find(([re]) => re.test(normed[column]!));
    if (rule) return { column, header, field: rule[1], ...(rule[2] ? { label: rule[2] } : {}), ...(rule[1] === 'related' ? labelled : {}) };
    if (header.trim() === '' || BOOKKEEPING.test(normed[column]!)) return { column, header, field: 'ignore' };
    if (pair && pair[2] !== 'value' && normed.includes(`${pair[1]} - value`)) return { column, header, field: 'ignore' };
    return { column, header, field: 'detail', ...labelled };
  });
}

/** A mapping names someone: a name column, or a first or last name. */
export function hasName(mapping: readonly ColumnMapping[]): boolean {
  return mapping.some((m) => m.field === 'name' || m.field === 'first' || m.field === 'last');
}

/** An email address, as a cell holds one: something, `@`, something, no blanks. */
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** A list cell: Google's ` ::: `, else commas or semicolons. */
function splitList(cell: string): string[] {
  return cell.split(cell.includes(':::') ? /\s*:::\s*/ : /\s*[;,]\s*/).map((s) => s.trim()).filter(Boolean);
}

/**
 * A row as a person through `mapping`. The name is the name column, else first, middle, last
 * and suffix joined; several email and phone columns (and Google's ` ::: ` lists) give
 * several emails and phones; details with the same label (an address's parts) share a line.
 * Fails for a row with no name.
 */
export function rowPerson(row: CsvRow, mapping: readonly ColumnMapping[], file: string): Result<ImportedPerson> {
  const p = new PersonBuilder();
  const cell = (m: ColumnMapping) => (row.cells[m.column] ?? '').trim();
  const parts: Partial<Record<ImportField, string[]>> = {};
  const details = new Map<string, string[]>();
  const keep = (label: string, v: string) => details.set(label, [...(details.get(label) ?? []), v]);
  for (const m of mapping) {
    const value = cell(m);
    if (!value) continue;
    switch (m.field) {
      case 'email':
        // Only addresses are emails: a count, a yes/no or a display name under an email-ish header is kept as written.
        for (const v of splitList(value)) {
          const address = EMAIL.test(v) ? v : exchangeAddress(v, row, mapping, m);
          if (address) p.add('emails', address);
          else keep(m.header.trim(), v);
        }
        break;
      case 'phone':
        // Only numbers are phones: a type (`Mobile`) or an opt-out (`No`) under a phone-ish header is kept as written.
        for (const v of splitList(value)) {
          if (isPhoneNumber(v)) p.add('phones', v);
          else keep(m.header.trim(), v);
        }
        break;
      case 'tags':
        for (const v of splitList(value)) p.add('tags', tagOf(v));
        break;
      case 'related':
        // Matched to a contact for `introduced_by` where one is; kept in the body either way.
        for (const v of splitList(value)) p.add('related', v);
        keep(labelOf(row, m), value);
        break;
      case 'birthday':
      {
        if (isEmptyDate(value)) break;
        const date = importBirthday(value);
        if (date) p.birthday ??= date;
        else details.set('Birthday', [value]);
        break;
      }
      case 'detail': {
        // Outlook's empty date (`0/0/00`, `0.0.00`) under Anniversary or any other date column is no value.
        if (isEmptyDate(value)) break;
        keep(labelOf(row, m), value);
        break;
      }
      case 'ignore':
        break;
      default:
        (parts[m.field] ??= []).push(value);
    }
  }
  const one = (f: ImportField) => parts[f]?.join(' ');
  // A title (Ms., Dr.) is left out: not part of a file name, nor of the name a duplicate is matched by.
  p.name = one('name') ?? joinName(one('first') ?? '', one('middle') ?? '', one('last') ?? '', one('suffix') ?? '');
  p.company = one('company');
  // A row for a company alone (Google's and Outlook's exports have them) is named after it, as a vCard's card is.
  if (!p.name.trim() && p.company) p.name = p.company;
  p.role = one('role');
  for (const [label, values] of details) p.detail(label, values.join(', '));
  if (!p.name.trim()) {
    // What the user can find the row by in their address book.
    const hint = p.emails[0] ?? p.phones[0];
    return fail(`a row with no name${hint ? ` (${hint})` : ''}, so no note was made`);
  }
  return ok(p.build({ file, line: row.line }));
}

/** A detail's label: the row's own (`labelColumn`), else the mapping's, else the column's header. */
function labelOf(row: CsvRow, m: ColumnMapping): string {
  const named = m.labelColumn === undefined ? undefined : tagOf(row.cells[m.labelColumn] ?? '');
  return named ?? m.label ?? m.header.trim();
}

/**
 * The address an Outlook export from Exchange hides in its display name: the `E-mail Address`
 * column holds the mailbox's directory path (`/o=ExchangeLabs/…`, with `E-mail Type` EX), and
 * `E-mail Display Name` the address, as `John Smith (john.smith@contoso.example)`.
 */
function exchangeAddress(value: string, row: CsvRow, mapping: readonly ColumnMapping[], column: ColumnMapping): string | undefined {
  if (!value.startsWith('/o=') && !value.startsWith('/O=')) return undefined;
  const n = /(\d)?\s*address$/i.exec(norm(column.header))?.[1] ?? '';
  const display = mapping.find((m) => new RegExp(`^e-mail${n ? ` ${n}` : ''} display name$`, 'i').test(norm(m.header)));
  const address = display && /\(([^\s()@]+@[^\s()@]+)\)\s*$/.exec(row.cells[display.column] ?? '')?.[1];
  return address || undefined;
}

/** A mapping the user changed, checked against the file: its columns exist and one holds the name. */
export function checkMapping(mapping: readonly ColumnMapping[], columns: number): Result<ColumnMapping[]> {
  if (mapping.some((m) => m.column < 0 || m.column >= columns)) return fail(`the mapping names a column the file doesn't have (it has ${columns})`);
  if (!hasName(mapping)) return fail('the mapping needs a column for the name (or first or last name)');
  return ok([...mapping]);
}

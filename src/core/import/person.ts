import { normalCompany } from './match';
import { samePhone } from './phone';

/** One line for the `## Imported` section of a note: what the diary has no key for, kept as text. */
export interface ImportedDetail {
  /** `Address (home)`, `Note`, `URL`, `Connected On`. */
  readonly label: string;
  /** The value as the export held it; may span lines. */
  readonly value: string;
}

/** Where in which export a person came from: 1-based line of the card's BEGIN or of the row. */
export interface ImportSourceLine {
  readonly file: string;
  readonly line: number;
}

/**
 * A person as an export describes them, before they become a note: every format (vCard, the
 * CSVs) is read into this, so the rest of the import knows no format.
 */
export interface ImportedPerson {
  readonly name: string;
  readonly company?: string;
  readonly role?: string;
  /** Every email, the preferred one first (it becomes `email`, the others `emails`). */
  readonly emails: readonly string[];
  /** Every phone number, the preferred one first (`phone`, then `phones`). */
  readonly phones: readonly string[];
  /** As the `birthday` key takes it: `1980-05-14` or `--05-14`. */
  readonly birthday?: string;
  /** Categories and groups. */
  readonly tags: readonly string[];
  /** Names of people the export says they are related to: `introduced_by` when one is a contact. */
  readonly related: readonly string[];
  readonly details: readonly ImportedDetail[];
  readonly source: ImportSourceLine;
}

/** Something in an export that could not be read, with where it is and why. */
export interface ImportProblem {
  readonly file: string;
  /** 1-based; 0 for the file as a whole. */
  readonly line: number;
  readonly reason: string;
}

/** Collects a person's fields while a card or row is read. */
export class PersonBuilder {
  name = '';
  company?: string;
  role?: string;
  birthday?: string;
  readonly emails: string[] = [];
  readonly phones: string[] = [];
  readonly tags: string[] = [];
  readonly related: string[] = [];
  readonly details: ImportedDetail[] = [];

  /** Adds `value` to `list` unless empty or already there (compared without case, phones by their digits). */
  add(list: 'emails' | 'phones' | 'tags' | 'related', value: string | undefined): void {
    const v = value?.trim();
    if (!v) return;
    const key = v.toLowerCase();
    const same = list === 'phones' ? (x: string) => samePhone(x, v) : (x: string) => x.toLowerCase() === key;
    if (!this[list].some(same)) this[list].push(v);
  }

  /** Adds a line for the `## Imported` section, unless the value is empty. */
  detail(label: string, value: string | undefined): void {
    const v = value?.trim();
    if (v) this.details.push({ label, value: v });
  }

  build(source: ImportSourceLine): ImportedPerson {
    const name = personName(this.name);
    // What was taken off the name (`MBA`, `🚀`) is kept in the body, never lost.
    if (name !== this.name.trim().replace(/\s+/g, ' ')) this.detail('Name as exported', this.name);
    return {
      name,
      ...(this.company?.trim() ? { company: this.company.trim() } : {}),
      ...(this.role?.trim() ? { role: this.role.trim() } : {}),
      ...(this.birthday ? { birthday: this.birthday } : {}),
      emails: this.emails, phones: this.phones, tags: this.tags, related: this.related, details: this.details, source,
    };
  }
}

/**
 * A group or category of an export as a tag, or undefined for none. Google puts every contact in
 * `myContacts` (`* myContacts` in its CSV, `myContacts` in its vCards): that says nothing of
 * anyone. A `*` marks Google's own groups (`* starred`).
 */
export function tagOf(label: string): string | undefined {
  // (Google's older export spells it `* My Contacts`.)
  if (/^\*?\s*my\s*contacts$/i.test(label.trim())) return undefined;
  return label.replace(/^\*\s*/, '').trim() || undefined;
}

/** Han, kana and Hangul: the scripts whose names are written family name first. */
const FAMILY_FIRST = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30FC\u30FB]+$/u;

/**
 * A name from its parts, as its people write it: `Jane Q. Doe`, but `山田 太郎` (family name
 * first) where the given and family names are Chinese, Japanese or Korean, as their phones show
 * them and as a note already in the diary would be named.
 */
export function joinName(given: string, middle: string, family: string, suffix: string): string {
  const familyFirst = given !== '' && family !== '' && FAMILY_FIRST.test(given) && FAMILY_FIRST.test(family);
  return (familyFirst ? [family, given, middle, suffix] : [given, middle, family, suffix]).filter(Boolean).join(' ');
}

/** Letters after a name that are no part of it, whatever their case: degrees and certifications, as LinkedIn names carry them. */
const CREDENTIALS = /^(?:mba|phd|ph\.d\.|md|m\.d\.|cpa|cfa|pmp|pe|esq|jd|msc|ma|bsc|ba|meng|dipl\.?-?ing|cissp|shrm-cp|acca|aca|fca|rn)\.?$/i;

/** A generation after a comma is part of the name (`Doe, Jr.`, `Doe, III`), however it is written. */
const GENERATION = /^(?:jr|sr|[ivx]+)\.?$/i;

/** Pronouns in parentheses (`(she/her)`, `(he/him/his)`), as LinkedIn users add them to their names. */
const PRONOUNS = /\(\s*(?:she|her|hers|he|him|his|they|them|theirs?|ze|hir|zir|xe|xem)(?:\s*\/\s*(?:she|her|hers|he|him|his|they|them|theirs?|ze|hir|zir|xe|xem))+\s*\)/gi;

/**
 * A person's name as a note is named after it: without emoji and symbols (`Okafor 🚀`, the `®`
 * of `CFP®`), pronouns (`(she/her)`) or the credentials after a comma (`Okafor, MBA`), which
 * LinkedIn users add to their names, and with single spaces. A name that would be left empty is
 * kept as it was.
 */
export function personName(raw: string): string {
  const spaced = raw.trim().replace(/\s+/g, ' ');
  // An emoji with its joiners and variation selectors; a joiner elsewhere is a letter's (Sinhala, Malayalam).
  const pictureless = spaced.replace(/\p{Extended_Pictographic}\u{FE0F}?(?:\u{200D}\p{Extended_Pictographic}\u{FE0F}?)*/gu, '').replace(PRONOUNS, '');
  const plain = withoutCredentials(pictureless.replace(/\s+/g, ' ')).replace(/[\s,|·-]+$/, '').trim();
  return plain === '' ? spaced : plain;
}

/**
 * The name without the credentials that end it after a comma (`Okafor, MBA, CFP`): each word
 * after some comma is a known one, or a short word mostly in capitals (`MS`, `SHRM-SCP`,
 * `Ph.D.`). Capitals tell nothing in a name written in capitals (`DOE, JANE`).
 */
function withoutCredentials(name: string): string {
  for (let at = name.indexOf(','); at >= 0; at = name.indexOf(',', at + 1)) {
    const words = name.slice(at + 1).split(/[\s,]+/).filter(Boolean);
    const cased = /\p{Ll}/u.test(name.slice(0, at));
    if (words.length > 0 && words.every((w) => CREDENTIALS.test(w) || (cased && inCapitals(w)))) return name.slice(0, at);
  }
  return name;
}

/**
 * A word of up to 8 letters, dots and hyphens, two letters or more and most of them capitals;
 * not a generation nor a company's legal form (`Acme, LLC` is named so), nor an initial (`Doe, J.`).
 */
function inCapitals(word: string): boolean {
  if (word.length > 8 || !/^[\p{L}.-]+$/u.test(word) || GENERATION.test(word) || normalCompany(word) === '') return false;
  const letters = word.match(/\p{L}/gu) ?? [];
  return letters.length >= 2 && letters.filter((l) => /\p{Lu}/u.test(l)).length * 2 > letters.length;
}

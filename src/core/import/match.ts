import { type Contact } from '../contact';
import { foldAccents } from '../fold';

/**
 * `Zoë  Núñez-Smith` → `zoe nunez smith`: a name compared without case, accents or punctuation,
 * and without the space between a Chinese, Japanese or Korean family and given name, which some
 * write and others don't (`山田 太郎` = `山田太郎`).
 */
export function normalName(name: string): string {
  return foldAccents(name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(CJK_SPACE, '');
}

const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}`;
const CJK_SPACE = new RegExp(String.raw`(?<=[${CJK}]) (?=[${CJK}])`, 'gu');

const LEGAL_FORMS = /\b(?:ltd|limited|inc|incorporated|llc|llp|lp|plc|gmbh|ag|kg|kgaa|sa|sas|sarl|sl|spa|srl|bv|nv|ab|oy|oyj|aps|as|asa|pty|kk|se|co|corp|corporation|company|and)\b/g;

/** A company compared as a name, without its legal form or an "and" (`Acme Print Ltd.` = `Acme Print`, `Okafor & Sons` = `Okafor and Sons`). */
export function normalCompany(company: string | undefined): string {
  return normalName(company ?? '').replace(LEGAL_FORMS, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The key a person is matched by when no email matches: their name and company. None for a name
 * with no letter or digit (`❤️`, `🏠`, `***`): such names tell nobody apart, so they match nobody.
 */
export function nameCompanyKey(name: string, company: string | undefined): string | undefined {
  const n = normalName(name);
  return n === '' ? undefined : `${n}\u0000${normalCompany(company)}`;
}

/** The diary's contacts, found by email, by name and company, and by name alone (for `introduced_by`). */
export class ContactLookup {
  private readonly byEmail = new Map<string, Contact>();
  // Every contact of a name and company: LinkedIn's namesakes at one company may have a note each.
  private readonly byNameCompany = new Map<string, Contact[]>();
  private readonly byName = new Map<string, Contact>();

  constructor(contacts: Iterable<Contact>) {
    for (const c of contacts) {
      // The `emails` list too: an import writes a person's other addresses there.
      for (const email of [c.email, ...(c.emails ?? [])]) if (email) setOnce(this.byEmail, email.trim().toLowerCase(), c);
      const key = nameCompanyKey(c.name, c.company);
      if (key !== undefined) this.byNameCompany.set(key, [...(this.byNameCompany.get(key) ?? []), c]);
      for (const name of [c.name, ...(c.aliases ?? [])]) if (normalName(name) !== '') setOnce(this.byName, normalName(name), c);
    }
  }

  /** The contact with one of these emails, and the email. */
  withEmail(emails: readonly string[]): { contact: Contact; email: string } | undefined {
    for (const email of emails) {
      const contact = this.byEmail.get(email.toLowerCase());
      if (contact) return { contact, email };
    }
    return undefined;
  }

  /** Every contact with this name and company, in the diary's order. */
  withNameAndCompany(name: string, company: string | undefined): readonly Contact[] {
    const key = nameCompanyKey(name, company);
    return (key === undefined ? undefined : this.byNameCompany.get(key)) ?? [];
  }

  /** The contact a related name (or email) names. */
  named(text: string): Contact | undefined {
    const name = normalName(text);
    return this.byEmail.get(text.toLowerCase()) ?? (name === '' ? undefined : this.byName.get(name));
  }
}

function setOnce<K, V>(map: Map<K, V>, key: K, value: V): void {
  if (!map.has(key)) map.set(key, value);
}

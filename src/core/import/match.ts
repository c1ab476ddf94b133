import { type Contact } from '../contact';
import { foldAccents } from '../fold';

/** `Zoë  Núñez-Smith` → `zoe nunez smith`: a name compared without case, accents or punctuation. */
export function normalName(name: string): string {
  return foldAccents(name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const LEGAL_FORMS = /\b(?:ltd|limited|inc|incorporated|llc|plc|gmbh|ag|sa|sarl|bv|co|corp|corporation|company)\b/g;

/** A company compared as a name, without its legal form (`Acme Print Ltd.` = `Acme Print`). */
export function normalCompany(company: string | undefined): string {
  return normalName(company ?? '').replace(LEGAL_FORMS, ' ').replace(/\s+/g, ' ').trim();
}

/** The key a person is matched by when no email matches: their name and company. */
export function nameCompanyKey(name: string, company: string | undefined): string {
  return `${normalName(name)}\u0000${normalCompany(company)}`;
}

/** The diary's contacts, found by email, by name and company, and by name alone (for `introduced_by`). */
export class ContactLookup {
  private readonly byEmail = new Map<string, Contact>();
  private readonly byNameCompany = new Map<string, Contact>();
  private readonly byName = new Map<string, Contact>();

  constructor(contacts: Iterable<Contact>) {
    for (const c of contacts) {
      if (c.email) setOnce(this.byEmail, c.email.trim().toLowerCase(), c);
      setOnce(this.byNameCompany, nameCompanyKey(c.name, c.company), c);
      for (const name of [c.name, ...(c.aliases ?? [])]) setOnce(this.byName, normalName(name), c);
    }
  }

  /** The contact with one of these emails, else with this name and company, and how it was found. */
  match(emails: readonly string[], name: string, company: string | undefined): { contact: Contact; by: string } | undefined {
    for (const email of emails) {
      const contact = this.byEmail.get(email.toLowerCase());
      if (contact) return { contact, by: `same email ${email}` };
    }
    const contact = this.byNameCompany.get(nameCompanyKey(name, company));
    return contact ? { contact, by: company ? 'same name and company' : 'same name, no company' } : undefined;
  }

  /** The contact a related name (or email) names. */
  named(text: string): Contact | undefined {
    return this.byEmail.get(text.toLowerCase()) ?? this.byName.get(normalName(text));
  }
}

function setOnce<K, V>(map: Map<K, V>, key: K, value: V): void {
  if (!map.has(key)) map.set(key, value);
}

import { foldAccents } from '../fold';
import { phoneKey } from './phone';

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

/** What a person is told apart by: a contact of the diary, or the people of the exports read as one. */
export interface Identity {
  /** Their names: a contact's `name` and `aliases`, each person's name. */
  readonly names: readonly string[];
  readonly company?: string | undefined;
  readonly emails: readonly string[];
  readonly phones: readonly string[];
  /** Profiles (LinkedIn's), each as `profileKey` gives it. */
  readonly profiles: readonly string[];
}

/** A profile's address as compared: without scheme, `www.`, case or a closing `/` (`linkedin.com/in/jane-doe`). */
export const profileKey = (address: string) => address.trim().toLowerCase().replace(/^https?:\/\/(?:www\.)?/, '').replace(/\/+$/, '');

/** Someone a person may be, how they were found, and whether by name (and a phone or a company), which two different profiles gainsay. */
export interface Candidate<T> {
  readonly item: T;
  readonly by: string;
  readonly byName: boolean;
}

/**
 * People (the diary's contacts, the exports' people) found by what tells them apart, each key
 * holding all who have it, in the order they were added: namesakes at one company may be two.
 */
export class PeopleIndex<T> {
  private readonly byEmail = new Map<string, T[]>();
  private readonly byProfile = new Map<string, T[]>();
  private readonly byNamePhone = new Map<string, T[]>();
  private readonly byNameCompany = new Map<string, T[]>();
  private readonly byName = new Map<string, T[]>();

  /** Indexes `item` by `who`'s keys (again as it gains people: the keys add up). */
  add(item: T, who: Identity): void {
    for (const email of who.emails) put(this.byEmail, email.trim().toLowerCase(), item);
    for (const profile of who.profiles) put(this.byProfile, profile, item);
    for (const name of names(who)) {
      put(this.byName, name, item);
      put(this.byNameCompany, `${name}\u0000${normalCompany(who.company)}`, item);
      for (const phone of who.phones) {
        const key = phoneKey(phone);
        if (key !== undefined) put(this.byNamePhone, `${name}\u0000${key}`, item);
      }
    }
  }

  /**
   * Who `who` may be, strongest first: the same email, the same profile, the same name and
   * phone, the same name and company. A phone alone is no one's: a switchboard or a family's
   * landline is several people's.
   */
  *candidates(who: Identity): Generator<Candidate<T>> {
    for (const email of who.emails) yield* this.found(this.byEmail, email.trim().toLowerCase(), `same email ${email}`, false);
    for (const profile of who.profiles) yield* this.found(this.byProfile, profile, `same profile ${profile}`, false);
    const all = names(who);
    const sameCompany = new Set(all.flatMap((name) => this.byNameCompany.get(`${name}\u0000${normalCompany(who.company)}`) ?? []));
    for (const phone of who.phones) {
      const key = phoneKey(phone);
      if (key === undefined) continue;
      const samePhone = all.flatMap((name) => this.byNamePhone.get(`${name}\u0000${key}`) ?? []);
      // Of namesakes who share a number (an office's), the one at the same company first.
      samePhone.sort((a, b) => Number(sameCompany.has(b)) - Number(sameCompany.has(a)));
      for (const item of samePhone) yield { item, by: `same name and phone ${phone}`, byName: true };
    }
    const by = who.company ? 'same name and company' : 'same name, no company';
    for (const name of all) yield* this.found(this.byNameCompany, `${name}\u0000${normalCompany(who.company)}`, by, true);
  }

  /** Those a related name (or email) names: by email, then by name. */
  named(text: string): readonly T[] {
    const name = normalName(text);
    return [...this.byEmail.get(text.trim().toLowerCase()) ?? [], ...(name === '' ? [] : this.byName.get(name) ?? [])];
  }

  /** Those with one of `who`'s names. */
  sameName(who: Identity): readonly T[] {
    return names(who).flatMap((name) => this.byName.get(name) ?? []);
  }

  private *found(map: ReadonlyMap<string, T[]>, key: string, by: string, byName: boolean): Generator<Candidate<T>> {
    for (const item of map.get(key) ?? []) yield { item, by, byName };
  }
}

/**
 * The names as compared. None for a name with no letter or digit (`❤️`, `🏠`, `***`): such names
 * tell nobody apart, so they match nobody.
 */
function names(who: Identity): string[] {
  return [...new Set(who.names.map(normalName).filter((n) => n !== ''))];
}

function put<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const values = map.get(key);
  if (!values) map.set(key, [value]);
  else if (!values.includes(value)) values.push(value);
}

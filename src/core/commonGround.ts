import { type Contact } from './contact';
import { type DiaryIndex } from './diaryIndex';

/** One of a contact's interests, as `agenda --json` lists it: shared with the user or not, and how many contacts have it. */
export interface GroundInterest {
  /** As the contact's note writes it. */
  readonly interest: string;
  /** The user has it too (`contactDiary.myInterests`). */
  readonly shared: boolean;
  /** How many contacts of the diary have it, this one included. */
  readonly contacts: number;
}

/**
 * The interests of a whole diary, counted once, and the user's own: what a contact shares with
 * the user, rarest first. You may be one of twenty who talk football with a buyer, and the only
 * one who talks opera: the rare interest is the better reason to call.
 */
export interface CommonGround {
  /** How many contacts were counted. */
  readonly total: number;
  /** The contact's interests ranked: the shared ones rarest first, then the others rarest first. */
  rank(interests: readonly string[]): readonly GroundInterest[];
  /** The best reason to call (see `line`) in two parts, for a page to set the label apart. */
  reason(interests: readonly string[]): GroundReason | undefined;
  /**
   * One line for a person: `common ground: opera (you and 3 of 412 contacts)`, or without a shared
   * interest the rarest one, `ask about: falconry (only contact)`; undefined without interests.
   */
  line(interests: readonly string[]): string | undefined;
}

/** `common ground` + `opera (you and 3 of 412 contacts)`, or `ask about` + `falconry (only contact)`. */
export interface GroundReason {
  readonly label: 'common ground' | 'ask about';
  readonly text: string;
}

/**
 * The key two spellings of an interest share: case, spaces and hyphens, and a simple English
 * plural (-s, -es, -ies) of the last word don't count; anything else does (`sailing boats` is not
 * `sailing`). Empty for a blank interest.
 */
export function interestKey(text: string): string {
  const words = text.toLowerCase().split(/[\s\-_]+/).filter((w) => w !== '');
  const last = words.pop();
  if (last === undefined) return '';
  words.push(singular(last));
  return words.join(' ');
}

function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && /(?:ch|sh|ss|x|z)es$/.test(word)) return word.slice(0, -2);
  // `tennis`, `chess`, `bus`: an s that isn't a plural's.
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * Counts the interests of `contacts` (each contact once per interest, however it spells it) and
 * keeps `mine` for ranking. Done once per agenda or diary: ranking a contact then only looks up.
 */
export function commonGround(contacts: Iterable<Pick<Contact, 'interests'>>, mine: readonly string[]): CommonGround {
  const counts = new Map<string, number>();
  // A diary spells its interests a few hundred ways at most, shared by its contacts' notes: each
  // spelling's key is worked out once (an agenda of 10,000 asks some 40,000 times).
  const keys = new Map<string, string>();
  const keyOf = (interest: string): string => {
    let key = keys.get(interest);
    if (key === undefined) keys.set(interest, (key = interestKey(interest)));
    return key;
  };
  let total = 0;
  for (const c of contacts) {
    total++;
    if (c.interests.length === 0) continue;
    for (const key of new Set(c.interests.map(keyOf))) if (key !== '') counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const own = new Set(mine.map(interestKey).filter((k) => k !== ''));
  // Contacts with the same interests share one list (the index keeps equal lists once): each list
  // is ranked once, which an agenda of 10,000 asks of 10,000 contacts.
  const ranked = new WeakMap<readonly string[], readonly GroundInterest[]>();
  const rank = (interests: readonly string[]): readonly GroundInterest[] => {
    let r = ranked.get(interests);
    if (r === undefined) ranked.set(interests, (r = Object.freeze(rankOnce(interests))));
    return r;
  };
  const rankOnce = (interests: readonly string[]): GroundInterest[] => {
    const seen = new Set<string>();
    const ranked: Array<GroundInterest & { key: string }> = [];
    for (const interest of interests) {
      const key = keyOf(interest);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      // A contact outside the counted ones (a note not yet in the index) still counts itself.
      ranked.push({ key, interest: interest.trim(), shared: own.has(key), contacts: Math.max(1, counts.get(key) ?? 0) });
    }
    ranked.sort((a, b) => Number(b.shared) - Number(a.shared) || a.contacts - b.contacts || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return ranked.map(({ interest, shared, contacts }) => ({ interest, shared, contacts }));
  };
  const reason = (interests: readonly string[]): GroundReason | undefined => {
    const first = rank(interests)[0];
    if (!first) return undefined;
    const of = `${first.contacts} of ${Math.max(total, first.contacts)} contacts`;
    if (first.shared) return { label: 'common ground', text: `${first.interest} (you and ${of})` };
    return { label: 'ask about', text: `${first.interest} (${first.contacts === 1 ? 'only contact' : of})` };
  };
  return {
    total,
    rank,
    reason,
    line: (interests) => {
      const r = reason(interests);
      return r && `${r.label}: ${r.text}`;
    },
  };
}

/** The interests of the contact in `file` (none for a file that needs attention, or not in the index). */
export function interestsIn(index: Pick<DiaryIndex, 'get'>, file: string): readonly string[] {
  const entry = index.get(file);
  return entry?.kind === 'contact' ? entry.contact.interests : [];
}

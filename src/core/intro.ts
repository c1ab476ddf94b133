import { goingCold } from './agendaItem';
import { type Contact } from './contact';
import { type LocalDate, diffDays } from './dates/localDate';
import { describePast } from './dates/describe';
import { type EditOp } from './file/edit';
import { type LinkTable, linkTarget, nameKey } from './links';
import { DEFAULT_PACING, type Pacing } from './pacing';

/**
 * "Who can introduce me to…?": the diary's contacts who could open the door to a person or a
 * company, warmest first. Pure: the links come from a `LinkTable` of the whole diary.
 */

/** How a contact could open the door, strongest first. */
export type IntroVia = 'knows' | 'introduced' | 'colleague' | 'second-hop';

/** Whom the user wants to meet: a contact of the diary, or a company by its name. */
export type IntroTarget =
  | { readonly kind: 'contact'; readonly contact: Contact }
  | { readonly kind: 'company'; readonly name: string };

/** One contact who could introduce the user, with why and how warm. */
export interface IntroPath {
  readonly contact: Contact;
  readonly via: IntroVia;
  /** The day warmth counts from: the last conversation, else the last contact; absent when neither is known. */
  readonly lastContact?: LocalDate;
  /** The day the contact went cold (see `goingCold`): warned about, and ranked lower. */
  readonly cold?: LocalDate;
  /** Higher is better: the way in, plus warmth, less a penalty when cold (see `why`). */
  readonly score: number;
  /** The score in words: `knows Acme Print +100 · last spoke 12 days ago +48 · going cold −20`. */
  readonly why: string;
}

/** What each way in is worth: someone who says they can introduce beats someone who only works there. */
const VIA_POINTS: Readonly<Record<IntroVia, number>> = { knows: 100, introduced: 90, colleague: 60, 'second-hop': 40 };
/** Warmth: this much for a conversation today, one point less each week, none after a year. */
const WARMTH_MAX = 52;
const COLD_PENALTY = 20;

/**
 * The target `text` names: a contact, as a link would name it (file name, path, name or alias,
 * with or without `[[ ]]`), else a company at least one contact works for (case-insensitive, as
 * the contacts write it), else a company by the words given (someone may `knows` it).
 */
export function introTarget(text: string, table: LinkTable): IntroTarget | undefined {
  const t = text.trim();
  if (!t) return undefined;
  const contact = table.resolve(t);
  if (contact) return { kind: 'contact', contact };
  const company = table.contacts().find((c) => c.company !== undefined && same(c.company, t))?.company;
  return { kind: 'company', name: company ?? linkTarget(t) ?? t };
}

/** What ranking needs besides the links. */
export interface IntroOptions {
  readonly today: LocalDate;
  readonly pacing?: Pacing;
}

/** The contacts who could introduce the user to `target`, best first (score, then name); one path per contact, its strongest way in. */
export function introPaths(target: IntroTarget, table: LinkTable, options: IntroOptions): IntroPath[] {
  const found = new Map<string, { contact: Contact; via: IntroVia; what: string }>();
  const offer = (c: Contact | undefined, via: IntroVia, what: string) => {
    if (!c || (target.kind === 'contact' && c.file === target.contact.file)) return;
    const had = found.get(c.file);
    if (!had || VIA_POINTS[via] > VIA_POINTS[had.via]) found.set(c.file, { contact: c, via, what });
  };
  const company = target.kind === 'contact' ? target.contact.company : target.name;
  const whom = target.kind === 'contact' ? target.contact.name : target.name;
  // The people the door is to: the contact, or everyone the diary has at the company.
  const inside = target.kind === 'contact' ? [target.contact] : table.contacts().filter((c) => c.company !== undefined && same(c.company, target.name));
  const insideFiles = new Set(inside.map((c) => c.file));
  for (const c of table.contacts()) {
    for (const k of c.knows ?? []) {
      const link = linkTarget(k);
      if (link !== undefined) {
        const to = table.resolve(link);
        if (to && insideFiles.has(to.file)) offer(c, 'knows', `knows ${to.name}`);
      } else if (company !== undefined && same(k, company)) offer(c, 'knows', `knows ${company}`);
    }
  }
  for (const t of inside) {
    const introducer = t.introducedBy === undefined ? undefined : table.resolve(t.introducedBy);
    if (!introducer || insideFiles.has(introducer.file)) continue;
    offer(introducer, 'introduced', `introduced you to ${t.name}`);
    const second = introducer.introducedBy === undefined ? undefined : table.resolve(introducer.introducedBy);
    if (second && !insideFiles.has(second.file)) offer(second, 'second-hop', `introduced you to ${introducer.name}, who introduced ${t.name}`);
  }
  if (company !== undefined) {
    for (const c of table.contacts()) {
      if (c.company !== undefined && same(c.company, company) && (c.last || c.conversation)) offer(c, 'colleague', target.kind === 'contact' ? `works with ${whom} at ${c.company}` : `works at ${c.company}`);
    }
  }
  const paths = [...found.values()].map(({ contact, via, what }) => scored(contact, via, what, options));
  return paths.sort((a, b) => b.score - a.score || a.contact.name.localeCompare(b.contact.name) || (a.contact.file < b.contact.file ? -1 : 1));
}

function scored(contact: Contact, via: IntroVia, what: string, options: IntroOptions): IntroPath {
  const parts = [`${what} +${VIA_POINTS[via]}`];
  let score = VIA_POINTS[via];
  const spoke = contact.conversation?.date;
  const lastContact = spoke ?? contact.last;
  if (lastContact) {
    const weeks = Math.max(0, Math.floor(diffDays(lastContact, options.today) / 7));
    const warmth = Math.max(0, WARMTH_MAX - weeks);
    score += warmth;
    parts.push(`${spoke ? 'last spoke' : 'last contact'} ${describePast(lastContact, options.today)} +${warmth}`);
  } else parts.push('no contact on record +0');
  const cold = goingCold(contact, options.today, options.pacing ?? DEFAULT_PACING);
  if (cold) {
    score -= COLD_PENALTY;
    parts.push(`going cold since ${describePast(cold, options.today)} −${COLD_PENALTY}`);
  }
  return { contact, via, ...(lastContact ? { lastContact } : {}), ...(cold ? { cold } : {}), score, why: parts.join(' · ') };
}

/** Two names (of companies) alike but for case, blanks around them and how accents are encoded (NFD or NFC). */
function same(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/** `Jane Doe (Acme Print)`, or the company's name: how an ask for an introduction names the target. */
export function introTargetName(target: IntroTarget): string {
  if (target.kind === 'company') return target.name;
  const { name, company } = target.contact;
  return company ? `${name} (${company})` : name;
}

/** Ask for an introduction: the contact's next step becomes the ask, on `date`, as one edit. */
export function askForIntroOps(target: IntroTarget, date: LocalDate): EditOp[] {
  const whom = target.kind === 'company' ? `someone at ${target.name}` : introTargetName(target);
  return [{ kind: 'date', key: 'next', date }, { kind: 'set', key: 'next_action', value: `Ask for an intro to ${whom}` }];
}

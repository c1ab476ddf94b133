import { mapAtOnce } from '../atOnce';
import { type Contact } from '../contact';
import { type LocalDate, formatIsoDate } from '../dates/localDate';
import { contactSlug, newContactText } from '../newContact';
import { forEachLineOutsideFences } from '../file/lines';
import { splitFile } from '../file/split';
import { planDates } from '../plan';
import { type Result, type TextEdit, fail, ok } from '../types';
import { type NoteFields, planMerge } from './merge';
import { type Identity, PeopleIndex, normalName, profileKey } from './match';
import { type ImportProblem, type ImportSourceLine, type ImportedDetail, type ImportedPerson } from './person';
import { samePhone } from './phone';
import { type ExportRead } from './readExport';

/** What an import needs of the diary and the user, besides the exports. */
export interface ImportOptions {
  readonly today: LocalDate;
  /** The folder new notes go in, as a host path (`/` separators). */
  readonly folder: string;
  /** Paths already taken in that folder (every file, contact or not): never overwritten. Compared without case. */
  readonly taken: Iterable<string>;
  /** The diary's contacts, matched by email, LinkedIn profile, name and phone, else name and company. */
  readonly contacts: Iterable<Contact>;
  /** The text of a contact file a person is merged into (its edits are planned on it). */
  readonly readText: (file: string) => Promise<Result<string>>;
  /** Added to every new note's tags (`linkedin`). */
  readonly tag?: string;
  /** `next:` of the new notes; blank (unscheduled) when absent. */
  readonly next?: LocalDate;
  /** Spread the new notes' `next` over the working days from `next` on, `perDay` a day. */
  readonly spread?: { readonly workingDays: readonly number[]; readonly perDay: number };
  readonly logHeading?: string;
  /** A contact file's path as the user knows it, in the reasons (`contacts/jane-doe.md`); as given when absent. */
  readonly displayPath?: (file: string) => string;
  /** Told after each person (awaited: the caller may yield and update a progress bar). */
  readonly progress?: (done: number, total: number) => void | Promise<void>;
  /** Asked after each person: true stops planning (nothing was written). */
  readonly isCancelled?: () => boolean;
}

/** A note to create. */
export interface PlannedNote {
  readonly path: string;
  readonly text: string;
  readonly name: string;
  /** Where the person came from: several places when they were in the exports more than once. */
  readonly sources: readonly ImportSourceLine[];
  /** A contact's file of the same name, which nothing else matched: perhaps the same person, said in the preview. */
  readonly possibleDuplicateOf?: string;
}

/** Fields to add to an existing contact. */
export interface PlannedMerge {
  readonly path: string;
  readonly name: string;
  /** On `before`, the text read when planning: applying them to anything else is refused. */
  readonly edits: readonly TextEdit[];
  readonly before: string;
  /** The keys added: `role`, `phones`. */
  readonly fields: readonly string[];
  /** `same email jane@acme.example`, `same name and company`. */
  readonly matchedBy: string;
  readonly sources: readonly ImportSourceLine[];
  /** What the export had that a merge doesn't add (`Note`, `Address (home)`): the note's body is the user's. */
  readonly leftOut: readonly string[];
}

/** A person not made into a note, and why. */
export interface SkippedPerson {
  readonly name: string;
  readonly source: ImportSourceLine;
  readonly reason: string;
}

/** The whole import, planned and not written: the caller shows it, then writes it (or not). */
export interface ImportPlan {
  readonly created: readonly PlannedNote[];
  readonly merged: readonly PlannedMerge[];
  readonly skipped: readonly SkippedPerson[];
  readonly problems: readonly ImportProblem[];
}

/** People found to be one: a new note or an existing contact, and everything the exports say of them. */
interface Group {
  /** The diary's contact they are. */
  readonly contact?: Contact;
  /** The profiles the contact's note records (read only for an import that holds profiles). */
  readonly noted: readonly string[];
  readonly people: ImportedPerson[];
  /** How the first of the people was found to be the contact: `same email jane@acme.example`. */
  by?: string;
  /** A contact of the same name that nothing else matched, for a new note. */
  sameNameAs?: Contact;
  path?: string;
}

/**
 * Plans the import of the people of `reads` into the diary: who becomes a new note (its path
 * and text), which existing contacts gain which fields (as edits), and who is skipped and why.
 * A person is the diary's contact, or someone read before them, by the strongest match (see
 * `PeopleIndex.candidates`), but for one by name that their LinkedIn profiles gainsay; the same
 * person twice in the exports is read as one. Nothing is written.
 */
export async function planImport(reads: readonly ExportRead[], options: ImportOptions): Promise<Result<ImportPlan>> {
  const skipped: SkippedPerson[] = [];
  const index = new PeopleIndex<Group>();
  const groups = await groupPeople(reads.flatMap((r) => r.people), options, index, skipped);
  if (!groups) return fail(CANCELLED);
  const fresh = groups.filter((g) => !g.contact);
  assignPaths(fresh, options);
  const dates = nextDates(fresh.length, options);
  const order = new Map(fresh.map((g, i) => [g, i]));
  const named = new FreshGroups(fresh);
  const created: PlannedNote[] = [];
  const merged: PlannedMerge[] = [];
  const total = groups.length;
  let done = 0;
  for (const group of groups) {
    const person = combined(group.people);
    const introducedBy = introducer(person, group, index, named);
    const name = group.contact?.name ?? person.name;
    if (group.contact) {
      const merge = await mergeInto(group, person, introducedBy, options);
      if ('reason' in merge) skipped.push({ name, source: person.source, reason: merge.reason });
      else merged.push(merge);
    } else {
      const text = noteText(person, group, introducedBy, dates[order.get(group)!] ?? null, options);
      const sources = group.people.map((p) => p.source);
      if (text.ok) created.push({ path: group.path!, text: text.value, name, sources, ...(group.sameNameAs ? { possibleDuplicateOf: group.sameNameAs.file } : {}) });
      else skipped.push({ name, source: person.source, reason: text.error });
    }
    await options.progress?.(++done, total);
    if (options.isCancelled?.()) return fail(CANCELLED);
  }
  return ok({ created, merged, skipped, problems: reads.flatMap((r) => r.problems) });
}

const CANCELLED = 'The import was cancelled; nothing was written.';

/**
 * People into groups: each matched to a contact of the diary or to someone read before them,
 * else a group of its own. The groups with people, in the order of their first; undefined when
 * cancelled while the notes were read.
 */
async function groupPeople(people: readonly ImportedPerson[], options: ImportOptions, index: PeopleIndex<Group>, skipped: SkippedPerson[]): Promise<Group[] | undefined> {
  const imported = new Set(people.flatMap(profiles));
  const contacts = [...options.contacts];
  // A note is read for its profiles only when the exports hold some: only those can match them.
  const noted = imported.size > 0 ? await notedProfilesOf(contacts, options) : contacts.map(() => []);
  if (!noted) return undefined;
  contacts.forEach((contact, i) => index.add({ contact, noted: noted[i]!, people: [] }, contactIdentity(contact, noted[i]!)));
  // The profiles a group is known by that the exports hold: another is the contact's old address, changed since.
  const known = (group: Group) => [...group.people.flatMap(profiles), ...group.noted].filter((t) => imported.has(t));
  const groups: Group[] = [];
  for (const person of people) {
    const who = identity(person);
    const mine = profiles(person);
    // Two profiles of one site (LinkedIn's) are two people, however alike their names.
    const match = first(index.candidates(who), (c) => !c.byName || !otherOf(mine, known(c.item)));
    const group = match?.item;
    if (group && group.people.length > 0) {
      const from = group.people[0]!.source;
      skipped.push({ name: person.name, source: person.source, reason: `the same person as line ${from.line} of ${from.file} (${match.by}): read as one` });
      group.people.push(person);
    } else if (group) {
      group.by = match.by;
      group.people.push(person);
      groups.push(group);
    } else {
      const sameNameAs = index.sameName(who).find((g) => g.contact && !otherOf(mine, known(g)))?.contact;
      groups.push({ noted: [], people: [person], ...(sameNameAs ? { sameNameAs } : {}) });
    }
    index.add(group ?? groups[groups.length - 1]!, who);
  }
  return groups;
}

/** The first of `items` that `ok` takes. */
function first<T>(items: Iterable<T>, ok: (item: T) => boolean): T | undefined {
  for (const item of items) if (ok(item)) return item;
  return undefined;
}

/** A person's names, company, emails, phones and profiles, as matched. */
function identity(person: ImportedPerson): Identity {
  return { names: [person.name], company: person.company, emails: person.emails, phones: person.phones, profiles: profiles(person) };
}

/** A contact's: its name and aliases, its emails and phones (the lists too: an import writes a person's others there), the profiles its note records. */
function contactIdentity(c: Contact, noted: readonly string[]): Identity {
  const list = (one: string | undefined, more: readonly string[] | undefined) => [...(one ? [one] : []), ...more ?? []];
  return { names: list(c.name, c.aliases), company: c.company, emails: list(c.email, c.emails), phones: list(c.phone, c.phones), profiles: noted };
}

/** The labels of details that name one person alone: a profile's address. */
const PROFILE_LABELS = new Set(['LinkedIn']);

/** A person's profiles (LinkedIn's), each as compared (`profileKey`). */
function profiles(person: ImportedPerson): string[] {
  return person.details.filter((d) => PROFILE_LABELS.has(d.label)).map((d) => profileKey(d.value));
}

/** Whether both sides have profiles and none in common. */
function otherOf(mine: readonly string[], theirs: readonly string[]): boolean {
  return mine.length > 0 && theirs.length > 0 && !theirs.some((t) => mine.includes(t));
}

/** The profiles a contact's note records: none from a note that can't be read (a merge says why). */
async function notedProfiles(file: string, readText: ImportOptions['readText']): Promise<readonly string[]> {
  const text = await readText(file);
  return text.ok ? profileLines(text.value) : [];
}

/**
 * The profiles each contact's note records, in their order, the notes read several at once (one
 * after another, 5,000 notes took a second); undefined when cancelled meanwhile.
 */
async function notedProfilesOf(contacts: readonly Contact[], options: ImportOptions): Promise<(readonly string[])[] | undefined> {
  let cancelled = false;
  const noted = await mapAtOnce(contacts, (c) => notedProfiles(c.file, options.readText), () => (cancelled ||= options.isCancelled?.() ?? false));
  return cancelled ? undefined : noted.map((n) => n ?? []);
}

/** The profiles of a note's `## Imported` section, as an import writes them there: `- LinkedIn: https://…`. */
function profileLines(text: string): string[] {
  const found: string[] = [];
  let imported = false;
  forEachLineOutsideFences(text, splitFile(text).bodyStart, 0, (line, _offset, _line, _next, heading) => {
    if (heading) imported = heading.level === 2 && heading.text === 'Imported';
    const detail = imported ? /^- ([^:]+): (.+)$/.exec(line) : null;
    if (detail && PROFILE_LABELS.has(detail[1]!)) found.push(profileKey(detail[2]!));
  });
  return found;
}

/** One person from several readings of them: the first's name and fields, the lists joined (a phone written two ways, once). */
function combined(people: readonly ImportedPerson[]): ImportedPerson {
  const [first, ...rest] = people;
  if (rest.length === 0) return first!;
  const union = (lists: (readonly string[])[]) => {
    const seen = new Set<string>();
    return lists.flat().filter((v) => !seen.has(v.toLowerCase()) && seen.add(v.toLowerCase()));
  };
  const details: ImportedDetail[] = [];
  for (const d of people.flatMap((p) => p.details)) if (!details.some((x) => x.label === d.label && x.value === d.value)) details.push(d);
  const pick = <K extends 'company' | 'role' | 'birthday'>(key: K) => people.map((p) => p[key]).find((v) => v !== undefined);
  const company = pick('company');
  const role = pick('role');
  const birthday = pick('birthday');
  const phones = people.flatMap((p) => p.phones);
  return {
    ...first!, ...(company ? { company } : {}), ...(role ? { role } : {}), ...(birthday ? { birthday } : {}),
    emails: union(people.map((p) => p.emails)), phones: phones.filter((v, i) => phones.findIndex((x) => samePhone(x, v)) === i),
    tags: union(people.map((p) => p.tags)), related: union(people.map((p) => p.related)), details,
  };
}

/** A path for each new note, from its name, never one taken nor another new note's (`jane-doe-2.md`). */
function assignPaths(groups: readonly Group[], options: ImportOptions): void {
  const used = new Set([...options.taken].map((p) => p.toLowerCase()));
  const folder = options.folder.replace(/\/+$/, '');
  for (const group of groups) {
    const slug = contactSlug(group.people[0]!.name);
    const base = slug.ok ? slug.value : 'contact';
    let path = `${folder}/${base}.md`;
    for (let n = 2; used.has(path.toLowerCase()); n++) path = `${folder}/${base}-${n}.md`;
    used.add(path.toLowerCase());
    group.path = path;
  }
}

/** The `next` of each new note in order: none, all the same, or spread over the working days. */
function nextDates(count: number, options: ImportOptions): (LocalDate | null)[] {
  const { next, spread } = options;
  if (!next) return [];
  if (!spread) return Array.from({ length: count }, () => next);
  const perDay = Math.max(1, spread.perDay);
  const days = planDates(next, Math.ceil(count / perDay), spread.workingDays);
  return Array.from({ length: count }, (_, i) => days[Math.floor(i / perDay)] ?? next);
}

/** `[[bob-smith]]` for the first related person who is a contact of the diary or of this import. */
function introducer(person: ImportedPerson, self: Group, index: PeopleIndex<Group>, fresh: FreshGroups): string | undefined {
  for (const related of person.related) {
    const contact = index.named(related).find((g) => g.contact)?.contact;
    if (contact && contact !== self.contact) return `[[${fileStem(contact.file)}]]`;
    const group = fresh.named(related, self);
    if (group?.path) return `[[${fileStem(group.path)}]]`;
  }
  return undefined;
}

/**
 * The new notes' groups by the names and emails of their people, built once for a plan: a
 * search of every group for each related name made a large import quadratic.
 */
class FreshGroups {
  private readonly byName = new Map<string, Group[]>();
  private readonly byEmail = new Map<string, Group[]>();
  private readonly order = new Map<Group, number>();

  constructor(fresh: readonly Group[]) {
    fresh.forEach((group, i) => {
      this.order.set(group, i);
      for (const p of group.people) {
        const name = normalName(p.name);
        if (name !== '') firstTwo(this.byName, name, group);
        for (const e of p.emails) firstTwo(this.byEmail, e.toLowerCase(), group);
      }
    });
  }

  /** The first group in order, other than `self`, with a person of this name or email. */
  named(related: string, self: Group): Group | undefined {
    const name = normalName(related);
    const byName = name === '' ? undefined : this.byName.get(name)?.find((g) => g !== self);
    const byEmail = this.byEmail.get(related.toLowerCase())?.find((g) => g !== self);
    if (!byName || !byEmail) return byName ?? byEmail;
    return this.order.get(byName)! < this.order.get(byEmail)! ? byName : byEmail;
  }
}

/** Adds `group` under `key` unless two are there already: one of the first two is never the asker itself. */
function firstTwo(map: Map<string, Group[]>, key: string, group: Group): void {
  const groups = map.get(key);
  if (!groups) map.set(key, [group]);
  else if (groups.length < 2 && !groups.includes(group)) groups.push(group);
}

const fileStem = (path: string) => path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/i, '');

function fieldsOf(person: ImportedPerson, introducedBy: string | undefined, tag: string | undefined): NoteFields {
  const tags = [...person.tags];
  if (tag && !tags.some((t) => t.toLowerCase() === tag.toLowerCase())) tags.unshift(tag);
  return {
    ...(person.company ? { company: person.company } : {}), ...(person.role ? { role: person.role } : {}),
    ...(person.birthday ? { birthday: person.birthday } : {}), ...(introducedBy ? { introducedBy } : {}),
    emails: person.emails, phones: person.phones, tags,
  };
}

async function mergeInto(group: Group, person: ImportedPerson, introducedBy: string | undefined, options: ImportOptions): Promise<PlannedMerge | { reason: string }> {
  const contact = group.contact!;
  const by = group.by!;
  const shown = options.displayPath?.(contact.file) ?? contact.file;
  const text = await options.readText(contact.file);
  if (!text.ok) return { reason: `in the diary as ${shown} (${by}), which can't be read: ${text.error}` };
  const plan = planMerge(text.value, fieldsOf(person, introducedBy, options.tag), options.logHeading);
  if (!plan.ok) return { reason: `in the diary as ${shown} (${by}); its new fields can't be added: ${plan.error}` };
  const leftOut = [...new Set(person.details.map((d) => d.label))];
  const notAdded = leftOut.length > 0 ? `; its ${leftOut.join(', ')} ${leftOut.length === 1 ? 'is' : 'are'} not added (a note's body is its own)` : '';
  if (plan.value.edits.length === 0) return { reason: `already in the diary as ${shown} (${by}); nothing to add${notAdded}` };
  return {
    path: contact.file, name: contact.name, edits: plan.value.edits, before: text.value, fields: plan.value.fields,
    matchedBy: by, sources: group.people.map((p) => p.source), leftOut,
  };
}

function noteText(person: ImportedPerson, group: Group, introducedBy: string | undefined, next: LocalDate | null, options: ImportOptions): Result<string> {
  const f = fieldsOf(person, introducedBy, options.tag);
  const [email, ...emails] = f.emails;
  const [phone, ...phones] = f.phones;
  const extra: [string, string | readonly string[]][] = [];
  if (f.birthday) extra.push(['birthday', f.birthday]);
  if (f.introducedBy) extra.push(['introduced_by', f.introducedBy]);
  if (emails.length > 0) extra.push(['emails', emails]);
  if (phones.length > 0) extra.push(['phones', phones]);
  const files = [...new Set(group.people.map((p) => p.source.file))];
  return newContactText({
    name: oneLine(person.name), ...(f.company ? { company: oneLine(f.company) } : {}), today: options.today,
    ...(options.logHeading ? { logHeading: options.logHeading } : {}),
    role: f.role ?? '', email: email ?? '', phone: phone ?? '', stage: '', next, nextAction: next ? 'Get in touch' : '',
    tags: f.tags, extra, body: importedSection(person.details, files, options.today),
  });
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * `## Imported`: where the note came from and when, then each detail the diary has no key for,
 * one list item each (a value's other lines indented under it, a `#` that would start a
 * heading escaped so it can't become a section of the note).
 */
function importedSection(details: readonly ImportedDetail[], files: readonly string[], today: LocalDate): string {
  const from = files.map((f) => f.replace(/[\\`*_[\]]/g, '\\$&')).join(' and ');
  const lines = ['## Imported', '', `From ${from} on ${formatIsoDate(today)}.`];
  if (details.length > 0) lines.push('');
  for (const d of details) {
    const [first = '', ...more] = d.value.split(/\r\n|\r|\n/).map((l) => l.replace(/^(\s*)#/, '$1\\#'));
    lines.push(`- ${d.label}: ${first}`, ...more.map((l) => `  ${l}`));
  }
  return lines.join('\n');
}

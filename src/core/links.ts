import { type Contact } from './contact';
import { type IndexEntry } from './diaryIndex';

/**
 * Links between contacts, resolved as Foam and Obsidian resolve `[[wiki-links]]`: by the file's
 * name without `.md`, case-insensitively, or by its path when one is written
 * (`[[people/jane-doe]]`), else by a note's `name` or one of its `aliases`.
 */

/** `[[target|alias]]`, `[[target#heading]]`: the target; undefined for text that is not a link. */
export function linkTarget(text: string): string | undefined {
  const m = /^\s*\[\[([^\]|#]*)(?:[|#][^\]]*)?\]\]\s*$/.exec(text);
  const target = m?.[1]?.trim();
  return target ? target : undefined;
}

/** What a link table needs of a contact. */
export type LinkedContact = Pick<Contact, 'file' | 'name'> & Partial<Pick<Contact, 'aliases' | 'introducedBy' | 'knows' | 'company'>>;

/**
 * A file name (or path) as links compare it: forward slashes, no `.md`, lower case, and accents
 * composed (macOS names files `José` with a separate accent, NFD, where a link typed elsewhere
 * has it composed, NFC).
 */
function key(s: string): string {
  return nameKey(s.replace(/\\/g, '/').replace(/\.md$/i, ''));
}

/** A name (a contact's, an alias, a company's) as links and introductions compare it: trimmed, accents composed, lower case. */
export function nameKey(name: string): string {
  return name.trim().normalize('NFC').toLowerCase();
}

function baseOf(file: string): string {
  return key(file.replace(/^.*[\\/]/, ''));
}

/** Of several notes answering to one name, the one Obsidian would take: the shortest path, then the first in order. */
function better<T extends LinkedContact>(a: T | undefined, b: T): T {
  if (!a) return b;
  return b.file.length < a.file.length || (b.file.length === a.file.length && b.file < a.file) ? b : a;
}

/**
 * The diary's contacts by the names a link may give them, and the links between them both ways.
 * Built once from the index (cheap: one pass), asked many times.
 */
export class LinkTable<T extends LinkedContact = Contact> {
  private readonly byBase = new Map<string, T>();
  private readonly byName = new Map<string, T>();
  private readonly all: T[] = [];
  private reverse: { introduced: Map<string, T[]>; knownBy: Map<string, T[]>; knowsCompany: Map<string, T[]> } | undefined;
  /** Notes that are not contacts (one under Needs attention): a link to one is not dangling. */
  private readonly others: LinkTable<LinkedContact> | undefined;

  /** `others`: the diary's other notes, which links may name but which are no one to introduce. */
  constructor(contacts: Iterable<T>, others?: Iterable<LinkedContact>) {
    this.others = others && new LinkTable(others);
    for (const c of contacts) {
      this.all.push(c);
      const base = baseOf(c.file);
      this.byBase.set(base, better(this.byBase.get(base), c));
      for (const n of [c.name, ...(c.aliases ?? [])]) {
        const k = nameKey(n);
        if (k) this.byName.set(k, better(this.byName.get(k), c));
      }
    }
  }

  /** Every contact, in the order given. */
  contacts(): readonly T[] {
    return this.all;
  }

  /**
   * The contact a link's target names (`jane-doe`, `people/jane-doe`, `Jane Doe`, an alias; a
   * `[[…]]` around it, an alias or heading after `|` or `#` are taken off), or undefined.
   */
  resolve(target: string): T | undefined {
    const inner = linkTarget(target) ?? target;
    const k = key(inner);
    if (!k) return undefined;
    if (k.includes('/')) {
      // A path: relative to the diary folder as written; any folder above it may hold the diary.
      const tail = `/${k.replace(/^\.?\//, '')}`;
      let found: T | undefined;
      for (const c of this.all) if (key(c.file).endsWith(tail) || key(c.file) === k) found = better(found, c);
      // No such path: a name may hold a slash too (`Lee / Park`), names kept as written.
      return found ?? this.byName.get(nameKey(inner));
    }
    return this.byBase.get(k) ?? this.byName.get(k);
  }

  /** The contacts whose `introduced_by` points at `file`: those it introduced the user to. */
  introducedYouTo(file: string): readonly T[] {
    return this.reverseLinks().introduced.get(file) ?? [];
  }

  /**
   * The contacts whose `knows` links to `file`, then those who know its company by name (`knows:
   * [Acme Print]`: someone there), each once.
   */
  knownBy(file: string): readonly T[] {
    const { knownBy, knowsCompany } = this.reverseLinks();
    const direct = knownBy.get(file) ?? [];
    const company = this.all.find((c) => c.file === file)?.company;
    const viaCompany = company ? (knowsCompany.get(nameKey(company)) ?? []).filter((c) => c.file !== file && !direct.includes(c)) : [];
    return viaCompany.length === 0 ? direct : [...direct, ...viaCompany];
  }

  /** Whether a link's target names a note: a contact, or one of the other notes. */
  points(target: string): boolean {
    return this.resolve(target) !== undefined || this.others?.resolve(target) !== undefined;
  }

  /** The links of a contact that point nowhere, as written (`introduced_by`'s target, `knows`'s `[[…]]` items). */
  dangling(c: Pick<LinkedContact, 'introducedBy' | 'knows'>): string[] {
    return linksOf(c).filter((t) => !this.points(t));
  }

  private reverseLinks(): { introduced: Map<string, T[]>; knownBy: Map<string, T[]>; knowsCompany: Map<string, T[]> } {
    if (this.reverse) return this.reverse;
    const introduced = new Map<string, T[]>();
    const knownBy = new Map<string, T[]>();
    const knowsCompany = new Map<string, T[]>();
    const add = (m: Map<string, T[]>, to: T | undefined, from: T) => {
      if (!to || to.file === from.file) return;
      const list = m.get(to.file);
      if (!list) m.set(to.file, [from]);
      else if (!list.includes(from)) list.push(from);
    };
    for (const c of this.all) {
      if (c.introducedBy) add(introduced, this.resolve(c.introducedBy), c);
      for (const k of c.knows ?? []) {
        if (linkTarget(k)) add(knownBy, this.resolve(k), c);
        else if (k.trim()) {
          const name = nameKey(k);
          const list = knowsCompany.get(name);
          if (!list) knowsCompany.set(name, [c]);
          else if (!list.includes(c)) list.push(c);
        }
      }
    }
    return (this.reverse = { introduced, knownBy, knowsCompany });
  }
}

/** The link targets a contact writes: `introduced_by`'s, and each `[[…]]` of `knows`. */
export function linksOf(c: Pick<LinkedContact, 'introducedBy' | 'knows'>): string[] {
  const out: string[] = [];
  if (c.introducedBy) out.push(c.introducedBy);
  for (const k of c.knows ?? []) {
    const t = linkTarget(k);
    if (t) out.push(t);
  }
  return out;
}

/** The link table of a diary: its contacts, and its other notes (under Needs attention, or plain: `notes`, every file read). */
export function linkTableOf(entries: Iterable<IndexEntry>, notes: Iterable<string> = []): LinkTable {
  const contacts: Contact[] = [];
  const others: LinkedContact[] = [];
  const listed = new Set<string>();
  for (const e of entries) {
    if (e.kind === 'contact') contacts.push(e.contact);
    else others.push({ file: e.file, name: e.name });
    listed.add(e.kind === 'contact' ? e.contact.file : e.file);
  }
  // A plain note (a meeting's, a company's page) is a note a link may name: by its file name.
  for (const file of notes) if (!listed.has(file)) others.push({ file, name: file.replace(/^.*[\\/]/, '').replace(/\.md$/i, '') });
  return new LinkTable(contacts, others);
}

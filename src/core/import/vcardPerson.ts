import { type Result, fail, ok } from '../types';
import { importBirthday } from './birthday';
import { type ImportedPerson, PersonBuilder, joinName, tagOf } from './person';
import { type Vcard, type VcardProperty, splitValue, unescapeValue } from './vcard';

/** What the `## Imported` section calls a property the diary has no key for. */
const DETAIL_LABELS: Readonly<Record<string, string>> = {
  NOTE: 'Note', URL: 'URL', NICKNAME: 'Nickname', 'X-SOCIALPROFILE': 'Profile', IMPP: 'Messaging', 'X-ABDATE': 'Date', ANNIVERSARY: 'Anniversary',
};

/**
 * A card as a person: `FN` (else `N`) is the name, the preferred `EMAIL` and `TEL` first, the
 * first `ORG` unit the company (the other units are kept in the body), `TITLE` (else `ROLE`)
 * the role, `BDAY` the birthday, `CATEGORIES` the tags, `RELATED` (and Apple's related names)
 * the people they are related to; `NOTE`, `ADR`, `URL` and the like go to the body. A card with
 * no name is named after its company, as a CSV row with only a company is: Apple marks such a
 * card (`X-ABShowAs:COMPANY`), Android and Google don't (no `FN`, or `FN:` and `N:;;;;`). Fails
 * for a card with neither to make a note of.
 */
export function vcardPerson(card: Vcard, file: string): Result<ImportedPerson> {
  const p = new PersonBuilder();
  const props = card.properties;
  const text = (prop: VcardProperty) => unescapeValue(prop.value).trim();
  const labels = appleLabels(props);
  p.name = props.filter((x) => x.name === 'FN').map(text).find((n) => n !== '') ?? '';
  const n = props.find((x) => x.name === 'N');
  if (!p.name) p.name = nameFromN(n);
  // A title the card's N names (`Dr.`) is left out of the name, as a CSV's title column is, and kept in the body.
  const prefix = n ? splitValue(n.value, ';')[3]?.trim() : undefined;
  if (prefix && p.name.startsWith(`${prefix} `)) {
    p.name = p.name.slice(prefix.length + 1);
    p.detail('Title', prefix);
  }
  const orgProp = props.find((x) => x.name === 'ORG');
  const [org = '', ...units] = orgProp ? splitValue(orgProp.value, ';').map((s) => s.trim()) : [];
  p.company = org;
  if (units.some(Boolean)) p.detail('Department', units.filter(Boolean).join(', '));
  if (!p.name) p.name = org;
  const title = props.find((x) => x.name === 'TITLE');
  const role = props.find((x) => x.name === 'ROLE');
  p.role = title ? text(title) : role ? text(role) : undefined;
  if (title && role) p.detail('Role', text(role));
  for (const prop of preferredFirst(props, 'EMAIL')) p.add('emails', text(prop));
  for (const prop of preferredFirst(props, 'TEL')) p.add('phones', phoneText(text(prop)));
  for (const prop of props) readOther(p, prop, text(prop), labels);
  if (!p.name) {
    // What the user can find the card by in their address book.
    const hint = p.emails[0] ?? p.phones[0];
    return fail(`a card with no name (FN and N empty or absent) and no ORG${hint ? ` — ${hint}` : ''}, so no note was made`);
  }
  return ok(p.build({ file, line: card.line }));
}

/** The properties the name, emails and phones don't cover. */
function readOther(p: PersonBuilder, prop: VcardProperty, text: string, labels: ReadonlyMap<string, string>): void {
  const kind = (prop.group && labels.get(prop.group)) ?? prop.types.find((t) => t !== 'pref' && t !== 'internet' && t !== 'voice');
  const label = (base: string) => (kind ? `${base} (${kind})` : base);
  switch (prop.name) {
    case 'BDAY': {
      const date = importBirthday(text);
      if (date) p.birthday ??= date;
      else p.detail('Birthday', text);
      return;
    }
    case 'CATEGORIES':
      for (const category of splitValue(prop.value, ',')) {
        const tag = tagOf(category);
        if (tag) p.add('tags', tag);
      }
      return;
    case 'RELATED':
    case 'X-ABRELATEDNAMES': {
      // A name or an email can name a contact; a `urn:uuid:` or a web address can't. A spouse, an
      // assistant or a manager is kept under their label, not taken for who introduced the person.
      if (!/^(urn|https?):/i.test(text) && !(kind !== undefined && FAMILY_OR_STAFF.test(kind))) p.add('related', text.replace(/^mailto:/i, ''));
      return p.detail(label('Related'), text);
    }
    case 'ADR':
      return p.detail(label('Address'), splitValue(prop.value, ';').map((s) => s.trim()).filter(Boolean).join(', '));
    default: {
      const base = DETAIL_LABELS[prop.name];
      if (base) p.detail(base === 'Date' || base === 'URL' || base === 'Profile' ? label(base) : base, text);
    }
  }
}

/** A related name's label that says a relation, not who may have introduced the person (Apple's and vCard 4's). */
const FAMILY_OR_STAFF = /spouse|partner|husband|wife|child|son|daughter|mother|father|parent|brother|sister|sibling|kin|assistant|manager|emergency/i;

/** `N:Doe;Jane;Q.;Dr.;PhD` as `Jane Q. Doe PhD` (`N:山田;太郎` as `山田 太郎`): the title left out, as from a CSV. */
function nameFromN(n: VcardProperty | undefined): string {
  if (!n) return '';
  const [family = '', given = '', additional = '', , suffix = ''] = splitValue(n.value, ';').map((s) => s.trim());
  return joinName(given, additional, family, suffix);
}

/** The properties named `name`, the preferred ones (`TYPE=pref`, `PREF=1`) first, else in file order. */
function preferredFirst(props: readonly VcardProperty[], name: string): VcardProperty[] {
  const all = props.filter((x) => x.name === name);
  return [...all.filter((x) => x.types.includes('pref')), ...all.filter((x) => !x.types.includes('pref'))];
}

/** Apple's `item1.X-ABLabel:_$!<Anniversary>!$_` labels, by group: `anniversary`. */
function appleLabels(props: readonly VcardProperty[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const x of props) {
    if (x.name === 'X-ABLABEL' && x.group) labels.set(x.group, unescapeValue(x.value).replace(/^_\$!<(.*)>!\$_$/, '$1').trim().toLowerCase());
  }
  return labels;
}

/** A vCard 4 `tel:` URI as a person writes the number: `tel:+1-555-0100;ext=42` → `+1-555-0100 ext. 42`. */
function phoneText(value: string): string {
  const m = /^tel:([^;]*)(?:;(.*))?$/i.exec(value);
  if (!m) return value;
  const ext = /(?:^|;)ext=([^;]+)/i.exec(m[2] ?? '')?.[1];
  return ext ? `${m[1]} ext. ${ext}` : m[1]!;
}

import { type LocalDate, formatIsoDate } from './dates/localDate';
import { renderScalar } from './file/quote';
import { foldAccents } from './fold';
import { isDateKey } from './file/setValue';
import { DEFAULT_LOG_HEADING } from './logSection';
import { type Result, fail, ok } from './types';

const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/;

/**
 * A file name for a contact: `Jane Doe` → `jane-doe`, accents dropped (`Zoë Ñúñez` →
 * `zoe-nunez`), anything but letters and digits becomes one hyphen. Names with no Latin
 * letter or digit (`王芳`) keep their letters. A name Windows reserves (`CON`, `NUL`) gets
 * `-contact` after it. Fails for a name with nothing to keep.
 */
export function contactSlug(name: string): Result<string> {
  const plain = foldAccents(name);
  // A mark belongs to the letter before it (the accent of a Devanagari or Thai letter); one after
  // anything else (the emoji presentation selector of `❤️`) goes with it.
  const slug = plain.replace(/(?<![\p{L}\p{N}\p{M}])\p{M}+/gu, '').replace(/[^\p{L}\p{N}\p{M}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '');
  if (slug === '') return fail(`"${name.trim()}" has no letters or digits to name a file after.`);
  // `con.md`, `nul.md`, `com1.md` can't be made on Windows, whatever the extension.
  return ok(WINDOWS_RESERVED.test(slug) ? `${slug}-contact` : slug);
}

/**
 * The folder, relative to `root`, that holds every one of these contact files (`People`,
 * `crm/contacts`, or `''` for `root` itself), or undefined when there are none or they are spread
 * over several folders. Files outside `root` don't count. Paths use `/`.
 */
export function contactsFolder(files: Iterable<string>, root: string): string | undefined {
  const prefix = root.endsWith('/') ? root : `${root}/`;
  let folder: string | undefined;
  for (const file of files) {
    if (!file.startsWith(prefix)) continue;
    const rel = file.slice(prefix.length);
    const dir = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
    if (folder === undefined) folder = dir;
    else if (folder !== dir) return undefined;
  }
  return folder;
}

/** Where new notes go when the user hasn't said and the contacts share no folder. */
export const DEFAULT_NEW_CONTACT_FOLDER = 'contacts';

/**
 * Where a new note goes, relative to `root`: the folder the user set (`contactDiary.newContactFolder`),
 * else the folder the diary's contacts already share (`People` in a vault), so the new one sits
 * beside them, else `DEFAULT_NEW_CONTACT_FOLDER`. New Contact… and the import, in the extension
 * and the tool alike.
 */
export function newContactPlace(setting: string | undefined, contactFiles: Iterable<string>, root: string): string {
  return setting ?? contactsFolder(contactFiles, root) ?? DEFAULT_NEW_CONTACT_FOLDER;
}

export interface NewContact {
  readonly name: string;
  readonly company?: string;
  /** The first follow-up: `next` is set to this day, unless `next` says otherwise. */
  readonly today: LocalDate;
  /** The log section's heading text (`Log`). */
  readonly logHeading?: string;
  readonly role?: string;
  readonly email?: string;
  readonly phone?: string;
  /** `stage`: `prospect` when absent; blank when empty. */
  readonly stage?: string;
  /** `next`: `today` when absent; blank (unscheduled) when null. */
  readonly next?: LocalDate | null;
  /** `next_action`: `First contact` when absent; blank when empty. */
  readonly nextAction?: string;
  readonly tags?: readonly string[];
  /** Keys after the template's (`birthday`, `emails`), each a text or a list, in this order. */
  readonly extra?: readonly (readonly [key: string, value: string | readonly string[]])[];
  /** Markdown between the heading and the log section (an import's `## Imported`). */
  readonly body?: string;
}

/**
 * The text of a new contact file: the diary keys with the values known so far (the rest left
 * blank to fill in), a heading, the body if any and an empty log section. Every value is
 * written so that it reads back as the text given (quoted where YAML would read it otherwise).
 */
export function newContactText(c: NewContact): Result<string> {
  const name = c.name.trim();
  if (name === '') return fail('A contact needs a name.');
  if (/[\r\n]/.test(name) || /[\r\n]/.test(c.company ?? '')) return fail('The name and company must fit on one line.');
  const company = c.company?.trim();
  const next = c.next === undefined ? c.today : c.next;
  const lines = [
    '---',
    `name: ${renderScalar(name, 'plain')}`,
    ...(company ? [`company: ${renderScalar(company, 'plain')}`] : []),
    keyLine('role', c.role ?? ''),
    keyLine('email', c.email ?? ''),
    keyLine('phone', c.phone ?? ''),
    keyLine('stage', c.stage ?? 'prospect'),
    next === null ? 'next:' : `next: ${formatIsoDate(next, false)}`,
    keyLine('next_action', c.nextAction ?? 'First contact'),
    'last:',
    'last_action:',
    keyLine('tags', c.tags ?? []),
    ...(c.extra ?? []).map(([key, value]) => keyLine(key, value)),
    '---',
    '',
    `# ${name}`,
    '',
    ...(c.body ? [c.body.replace(/\n*$/, ''), ''] : []),
    `## ${(c.logHeading ?? DEFAULT_LOG_HEADING).trim() || DEFAULT_LOG_HEADING}`,
    '',
  ];
  return ok(lines.join('\n'));
}

/** `key: value`, `key:` for an empty text, or `key: [a, "b"]` for a list. */
function keyLine(key: string, value: string | readonly string[]): string {
  if (typeof value !== 'string') return `${key}: [${value.map((v) => renderScalar(v, 'plain', false, true)).join(', ')}]`;
  const v = value.trim();
  return v === '' ? `${key}:` : `${key}: ${renderScalar(v, 'plain', isDateKey(key))}`;
}

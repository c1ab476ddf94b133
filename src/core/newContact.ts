import { type LocalDate, formatIsoDate } from './dates/localDate';
import { renderScalar } from './file/quote';
import { DEFAULT_LOG_HEADING } from './logSection';
import { type Result, fail, ok } from './types';

/**
 * A file name for a contact: `Jane Doe` → `jane-doe`, accents dropped (`Zoë Ñúñez` →
 * `zoe-nunez`), anything but letters and digits becomes one hyphen. Names with no Latin
 * letter or digit (`王芳`) keep their letters. Fails for a name with nothing to keep.
 */
export function contactSlug(name: string): Result<string> {
  const plain = name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  const slug = plain.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '');
  if (slug === '') return fail(`"${name.trim()}" has no letters or digits to name a file after.`);
  return ok(slug);
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

export interface NewContact {
  readonly name: string;
  readonly company?: string;
  /** The first follow-up: `next` is set to this day. */
  readonly today: LocalDate;
  /** The log section's heading text (`Log`). */
  readonly logHeading?: string;
}

/**
 * The text of a new contact file: the diary keys with the values known so far (the rest left
 * blank to fill in), a heading and an empty log section.
 */
export function newContactText(c: NewContact): Result<string> {
  const name = c.name.trim();
  if (name === '') return fail('A contact needs a name.');
  if (/[\r\n]/.test(name) || /[\r\n]/.test(c.company ?? '')) return fail('The name and company must fit on one line.');
  const company = c.company?.trim();
  const lines = [
    '---',
    `name: ${renderScalar(name, 'plain')}`,
    ...(company ? [`company: ${renderScalar(company, 'plain')}`] : []),
    'role:',
    'email:',
    'phone:',
    'stage: prospect',
    `next: ${formatIsoDate(c.today, false)}`,
    'next_action: First contact',
    'last:',
    'last_action:',
    'tags: []',
    '---',
    '',
    `# ${name}`,
    '',
    `## ${(c.logHeading ?? DEFAULT_LOG_HEADING).trim() || DEFAULT_LOG_HEADING}`,
    '',
  ];
  return ok(lines.join('\n'));
}

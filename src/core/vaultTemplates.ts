import { type FileHost, type FileType } from './host';

/** Where an Obsidian vault's plugins keep the folder of its templates, and the key that names it. */
const TEMPLATE_FOLDER_SETTINGS = [
  // The core Templates plugin.
  ['.obsidian/templates.json', 'folder'],
  // The Templater plugin.
  ['.obsidian/plugins/templater-obsidian/data.json', 'templates_folder'],
] as const;

/** Characters a glob reads as patterns (see glob.ts): a folder named with them is not left out. */
const GLOB_CHARACTERS = /[*?[\]{}!\\]/;

/**
 * Globs of the template notes of a vault at `root`, as its own tools' settings name them: the
 * folder an Obsidian vault keeps its templates in (the core Templates plugin's, Templater's), and
 * a Dendron workspace's `templates.*` notes. A template's front-matter holds `next: {{date}}` or
 * a Templater command, not a contact's next date: the diary leaves them out, as the people who
 * keep a vault leave them out of their own queries. None for a folder that is no vault, and none
 * for a setting that can't be read (a vault mid-sync): the templates are then read as notes.
 */
export async function vaultTemplateGlobs(host: FileHost, root: string): Promise<string[]> {
  const at = (rel: string) => (root.endsWith('/') ? root + rel : `${root}/${rel}`);
  const globs = new Set<string>();
  // Most folders are no vault: one look for its settings' folder, and no read.
  if (await isType(host, at('.obsidian'), 'directory', 'symlink-directory')) {
    for (const [file, key] of TEMPLATE_FOLDER_SETTINGS) {
      const folder = templateFolderOf(await readJson(host, at(file)), key);
      if (folder !== undefined) globs.add(`${folder}/**`);
    }
  }
  if (await isType(host, at('dendron.yml'), 'file', 'symlink-file')) globs.add('**/templates.*.md');
  return [...globs];
}

/** The folder a plugin's settings name, relative to the vault (`Templates`, `meta/templates`), if it is one below it. */
function templateFolderOf(settings: unknown, key: string): string | undefined {
  if (typeof settings !== 'object' || settings === null) return undefined;
  const value = (settings as Record<string, unknown>)[key];
  if (typeof value !== 'string') return undefined;
  const folder = value.trim().replace(/\\/g, '/').replace(/^(\.\/|\/)+/, '').replace(/\/+$/, '');
  // The vault itself, a folder above it, or one a glob would misread: nothing is left out.
  if (folder === '' || folder === '.' || folder.split('/').includes('..') || GLOB_CHARACTERS.test(folder)) return undefined;
  return folder;
}

async function readJson(host: FileHost, path: string): Promise<unknown> {
  try {
    return JSON.parse(new TextDecoder().decode(await host.readFile(path)));
  } catch {
    return undefined;
  }
}

async function isType(host: FileHost, path: string, ...types: FileType[]): Promise<boolean> {
  try {
    return types.includes((await host.stat(path)).type);
  } catch {
    return false;
  }
}

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';

/**
 * The `contactDiary.*` settings of a diary folder's `.vscode/settings.json` (JSON with
 * comments, as VS Code writes it), so one file serves the extension and the command-line tool.
 * Options on the command line win over them; a bad value is one clear line, and its default is
 * used.
 */
export interface FolderSettings {
  /** The settings file read, if any (for messages). */
  readonly file?: string;
  /** A setting's value as written, undefined when absent. */
  raw(key: string): unknown;
  /** VS Code's own `files.exclude` as written (an object of glob → on), undefined when absent. */
  readonly filesExclude?: unknown;
  /** The lines saying what could not be used (the file unreadable, or a value of the wrong kind). */
  readonly problems: readonly string[];
}

const SECTION = 'contactDiary.';

/**
 * Finds `.vscode/settings.json` in `root` or the nearest folder above it that has one, stopping
 * at a repository's root (a folder with `.git`), and reads its `contactDiary.*` settings. Never
 * throws: a file that can't be read or parsed is a problem line, and no settings.
 */
export function readFolderSettings(root: string): FolderSettings {
  const file = findSettingsFile(root);
  if (!file) return settingsOf(undefined, {}, []);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return settingsOf(file, {}, [`${file}: can't be read (${error instanceof Error ? error.message : String(error)}); its settings are not used`]);
  }
  return parseFolderSettings(text, file);
}

/** Reads the text of a settings file (exported for the tests). */
export function parseFolderSettings(text: string, file: string): FolderSettings {
  const errors: ParseError[] = [];
  const value: unknown = parse(text.replace(/^\uFEFF/, ''), errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const first = errors[0]!;
    const line = text.slice(0, first.offset).split('\n').length;
    return settingsOf(file, {}, [`${file}:${line}: ${describeError(printParseErrorCode(first.error))}; its settings are not used`]);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return settingsOf(file, {}, [`${file}: is not an object of settings; its settings are not used`]);
  }
  const ours: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  let filesExclude: unknown;
  for (const [key, v] of Object.entries(value)) {
    if (key === 'files.exclude') filesExclude = v;
    else if (key === 'files' && isObject(v) && 'exclude' in v && filesExclude === undefined) filesExclude = v.exclude;
    else if (key.startsWith(SECTION)) ours[key.slice(SECTION.length)] = v;
    // VS Code also accepts the section as one object: "contactDiary": { "dailyTarget": 3 }.
    else if (key === 'contactDiary' && isObject(v)) {
      for (const [inner, w] of Object.entries(v)) if (!(inner in ours)) ours[inner] = w;
    }
  }
  return settingsOf(file, ours, [], filesExclude);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function settingsOf(file: string | undefined, values: Record<string, unknown>, problems: string[], filesExclude?: unknown): FolderSettings {
  return { ...(file ? { file } : {}), raw: (key) => values[key], problems, ...(filesExclude === undefined ? {} : { filesExclude }) };
}

/**
 * `files.exclude` as VS Code honours it: the globs switched on (`true`). A `{ "when": … }` value
 * depends on sibling files, which VS Code checks and the tool does not: such a glob is left out,
 * as the extension leaves it out. Anything else is a line in `problems`.
 */
export function filesExcludeSetting(settings: FolderSettings, problems: string[]): readonly string[] {
  const v = settings.filesExclude;
  if (v === undefined) return [];
  if (!isObject(v)) {
    problems.push(`${settings.file}: files.exclude must be an object of globs, as in { "**/archive": true }, not ${JSON.stringify(v)}; not used`);
    return [];
  }
  return Object.entries(v).filter(([, on]) => on === true).map(([glob]) => glob);
}

function findSettingsFile(root: string): string | undefined {
  for (let dir = root; ;) {
    const candidate = join(dir, '.vscode', 'settings.json');
    if (existsSync(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir || existsSync(join(dir, '.git'))) return undefined;
    dir = up;
  }
}

const describeError = (code: string) => code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/**
 * A whole-number setting of at least `min`, else `fallback`; a value of another kind adds a line
 * to `problems` that names the setting, the file, the value and the default used.
 */
export function countSetting(settings: FolderSettings, key: string, fallback: number, min: number, problems: string[]): number {
  const v = settings.raw(key);
  if (v === undefined) return fallback;
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= min) return v;
  problems.push(`${settings.file}: contactDiary.${key} must be a whole number of at least ${min}, not ${JSON.stringify(v)}; using ${fallback}`);
  return fallback;
}

/** A non-empty string setting, else `fallback` (with a line in `problems` for a value of another kind). */
export function textSetting(settings: FolderSettings, key: string, fallback: string, problems: string[]): string {
  const v = settings.raw(key);
  if (v === undefined) return fallback;
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  problems.push(`${settings.file}: contactDiary.${key} must be a non-empty text, not ${JSON.stringify(v)}; using "${fallback}"`);
  return fallback;
}

/** One of `choices`, else `fallback` (with a line in `problems` for another value). */
export function choiceSetting<T extends string>(settings: FolderSettings, key: string, choices: readonly T[], fallback: T, problems: string[]): T {
  const v = settings.raw(key);
  if (v === undefined) return fallback;
  if (typeof v === 'string' && (choices as readonly string[]).includes(v)) return v as T;
  problems.push(`${settings.file}: contactDiary.${key} must be one of ${choices.map((c) => `"${c}"`).join(', ')}, not ${JSON.stringify(v)}; using "${fallback}"`);
  return fallback;
}

/** A list of non-empty strings, else `fallback` (with a line in `problems`; a wrong item drops the whole list). */
export function wordsSetting(settings: FolderSettings, key: string, problems: string[], fallback: readonly string[] = [], what = 'words, as in ["site walk", "tasting"]'): readonly string[] {
  const v = settings.raw(key);
  if (v === undefined) return fallback;
  if (Array.isArray(v) && v.every((w) => typeof w === 'string')) return (v).map((w) => w.trim()).filter((w) => w !== '');
  problems.push(`${settings.file}: contactDiary.${key} must be a list of ${what}, not ${JSON.stringify(v)}; not used`);
  return fallback;
}

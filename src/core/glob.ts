/**
 * Glob patterns as VS Code's `files.exclude` and `findFiles` read them, over paths relative to
 * the diary's root with forward slashes: `*` and `?` stay within one path segment, `**` spans
 * any number of segments, `{a,b}` is an alternative, `[abc]` / `[!abc]` a character class.
 */

/** Tests a relative path (`notes/jane-doe.md`) against one or more patterns. */
export type PathMatcher = (relativePath: string) => boolean;

/** The folders a scan walks into and the files it reads. */
export interface FileFilter {
  /** True for a file the diary reads. */
  readonly includesFile: (relativePath: string) => boolean;
  /**
   * The same for a file found by a walk that never entered an excluded folder: its folders need
   * no second look (a scan of 50,000 files saves a regular expression per folder level per file).
   */
  readonly includesWalkedFile: (relativePath: string) => boolean;
  /** True for a folder a scan never enters (nothing below it can be included). */
  readonly excludesFolder: (relativePath: string) => boolean;
}

export const DEFAULT_INCLUDE: readonly string[] = ['**/*.md'];
/**
 * Never read, whatever the settings say: installed packages, git's own files, hidden folders (an
 * Obsidian vault's `.trash` and `.obsidian`, Foam's `.foam/templates`, Syncthing's `.stversions`,
 * the `.history` copies of local-history extensions: none of them the user's current notes, and
 * Obsidian shows none of them), Logseq's backups, and Emacs's lock files (`.#jane.md`, a link to
 * nowhere while a note has unsaved changes).
 */
export const DEFAULT_EXCLUDE: readonly string[] = ['**/node_modules/**', '**/.*/**', '**/logseq/bak/**', '**/logseq/version-files/**', '**/.#*'];

/** The regular expression source of one glob, anchored at both ends. */
function globToRegExpSource(glob: string): string {
  let out = '';
  let i = 0;
  let braces = 0;
  const pattern = glob.replace(/\\/g, '/').replace(/^\.\//, '').replace(/^\/+/, '');
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      const atStart = i === 0 || pattern[i - 1] === '/';
      let j = i + 2;
      while (pattern[j] === '*') j++;
      const atEnd = j === pattern.length || pattern[j] === '/';
      if (atStart && atEnd) {
        // `**/` matches zero or more whole segments; a final `**` matches anything below.
        if (pattern[j] === '/') { out += '(?:.*/)?'; j++; } else out += '.*';
      } else {
        out += '[^/]*';
      }
      i = j;
      continue;
    }
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') { out += '(?:'; braces++; } else if (c === '}' && braces > 0) { out += ')'; braces--; } else if (c === ',' && braces > 0) out += '|';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) out += '\\[';
      else {
        let body = pattern.slice(i + 1, close);
        const negate = body.startsWith('!') || body.startsWith('^');
        if (negate) body = body.slice(1);
        out += `[${negate ? '^/' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
        i = close;
      }
    } else out += c.replace(/[.+^$()|\\\]{}]/g, '\\$&');
    i++;
  }
  // An unclosed `{` would make an invalid expression: close what was opened.
  out += ')'.repeat(braces);
  return `^${out}$`;
}

/**
 * Compiles patterns into one matcher. A pattern without a slash (`*.md`, `drafts`) matches at any
 * depth, as `files.exclude` does. Invalid patterns never throw: they match nothing.
 */
export function compileGlobs(patterns: readonly string[]): PathMatcher {
  const sources: string[] = [];
  for (const raw of patterns) {
    const p = raw.trim();
    if (p === '') continue;
    const anywhere = !p.replace(/\/+$/, '').includes('/') && !p.startsWith('**');
    sources.push(globToRegExpSource(anywhere ? `**/${p.replace(/\/+$/, '')}` : p.replace(/\/+$/, '')));
  }
  if (sources.length === 0) return () => false;
  let re: RegExp;
  try {
    re = new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'su');
  } catch {
    // One bad pattern must not hide the others: compile them one by one and drop the bad ones.
    const good = sources.flatMap((s) => { try { return [new RegExp(s, 'su')]; } catch { return []; } });
    return (path) => good.some((r) => r.test(path));
  }
  return (path) => re.test(path);
}

/**
 * The filter a scan applies: a file is read when it matches an include pattern and neither it
 * nor any folder above it matches an exclude pattern (`**\/node_modules` and
 * `**\/node_modules/**` both exclude the whole folder).
 */
export function createFileFilter(include: readonly string[] = DEFAULT_INCLUDE, exclude: readonly string[] = []): FileFilter {
  const inc = compileGlobs(include);
  const excludes = [...DEFAULT_EXCLUDE, ...exclude];
  const excl = compileGlobs(excludes);
  // A walk never enters a folder excludesFolder turns away, so `a/**` (which matches only what is
  // below a folder matching `a`) can't match a file it finds: its files are tested against the
  // other patterns only (with the default excludes, none: no regular expression per file).
  const exclWalked = compileGlobs(excludes.filter((p) => !p.trim().replace(/\/+$/, '').endsWith('/**')));
  // `a/**` excludes the folder `a` itself: test the folder as if it had a child.
  const excludesFolder = (dir: string) => excl(dir) || excl(`${dir}/\u0000`);
  const excludedByAncestor = (file: string) => {
    for (let i = file.indexOf('/'); i >= 0; i = file.indexOf('/', i + 1)) {
      if (excludesFolder(file.slice(0, i))) return true;
    }
    return false;
  };
  return {
    includesFile: (file) => inc(file) && !excl(file) && !excludedByAncestor(file),
    includesWalkedFile: (file) => inc(file) && !exclWalked(file),
    excludesFolder,
  };
}

/** `globs` and those of `more` not among them; `globs` itself when there is none to add. */
export function withGlobs(globs: readonly string[] | undefined, more: readonly string[]): readonly string[] | undefined {
  const added = more.filter((g) => !globs?.includes(g));
  return added.length === 0 ? globs : [...(globs ?? []), ...added];
}

/**
 * Globs written for a folder (`people/**\/*.md`, relative to the folder a settings file belongs
 * to) as they apply to `sub`, a folder below it (`people`): `**\/*.md`. A glob that matches at any
 * depth is kept; one that takes in all of `sub` becomes `**`; one that reaches no file of `sub` is
 * left out. (The tool reads the settings of the folder above the one it is given.)
 */
export function globsWithin(globs: readonly string[], sub: string): string[] {
  const prefix = sub.replace(/^\/+|\/+$/g, '');
  if (prefix === '') return [...globs];
  const out: string[] = [];
  for (const raw of globs) {
    const glob = raw.trim().replace(/\\/g, '/').replace(/^\.\//, '').replace(/^\/+/, '');
    if (glob === '') continue;
    if (glob.startsWith('**') || !glob.replace(/\/+$/, '').includes('/')) {
      out.push(glob);
      // `**/people/jonas*` over `people` (or `crm/people`): also `jonas*`, the files the glob names
      // at the top of `sub`, which the glob kept as it is no longer reaches from there.
      const segments = prefix.split('/');
      for (let i = 0; i < segments.length; i++) {
        const tail = `**/${segments.slice(i).join('/')}/`;
        if (glob.startsWith(tail) && glob.length > tail.length) out.push(glob.slice(tail.length));
      }
      continue;
    }
    if (glob.startsWith(`${prefix}/`)) out.push(glob.slice(prefix.length + 1));
    // `people/**` over `people/archive`: the whole of it (tested as a folder with a child).
    else if (compileGlobs([glob])(`${prefix}/\u0000`)) out.push('**');
  }
  return out;
}

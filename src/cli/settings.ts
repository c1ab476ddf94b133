import { dirname } from 'node:path';
import {
  DEFAULT_DAILY_TARGET, DEFAULT_FOLLOW_UP, DEFAULT_WORKING_DAYS, DEFAULT_LOG_HEADING, DEFAULT_MAX_FILE_SIZE, DEFAULT_UPCOMING_DAYS, DEFAULT_VOCABULARY,
  type Pacing, type Vocabulary, extendVocabulary, formatDuration, globsWithin, parseDuration, parseWorkingDays, readPacing,
} from '../core';
import { toHostPath } from '../node/nodeHost';
import { type FolderSettings, choiceSetting, countSetting, filesExcludeSetting, readFolderSettings, textSetting, wordsSetting } from './folderSettings';
import { type CliIo } from './io';
import { type ReadSettings } from './diary';

/** The longest Upcoming the extension allows (`contactDiary.upcomingDays`), the same here. */
const MAX_UPCOMING_DAYS = 366;

/**
 * The `contactDiary.*` settings of a diary folder as a command uses them, each read when the
 * command asks for it (a setting its option overrides is never read), and each bad value said
 * once on stderr, `contact-diary agenda: …/settings.json: contactDiary.dailyTarget must be…`:
 * its default is used and the command goes on.
 */
export interface DiarySettings {
  /** `contactDiary.dailyTarget`: how many contacts the call sheet lists to call. */
  dailyTarget(): number;
  /** `contactDiary.upcomingDays`: how far ahead Upcoming reaches. */
  upcomingDays(): number;
  /** `contactDiary.maxFileSize` in bytes; undefined when the folder doesn't set it. */
  maxFileSize(): number | undefined;
  /** `contactDiary.logHeading`. */
  logHeading(): string;
  /**
   * Which files are read: `contactDiary.include` (undefined: every Markdown file), and
   * `contactDiary.exclude` with the globs `files.exclude` switches on, as in the extension.
   */
  files(): { readonly include?: readonly string[]; readonly exclude: readonly string[] };
  /** `contactDiary.defaultFollowUp`: a duration the diary reads (`2 weeks`), else `1 week`. */
  defaultFollowUp(): string;
  /** `contactDiary.calendarOverdue` is `ownDate`. */
  keepOverdueDates(): boolean;
  /** The default words, with `conversationWords` and `touchWords` first. */
  vocabulary(): Vocabulary;
  /** `cadenceFrom`, `stageCadences` and `tagCadences`. */
  pacing(): Pacing;
  /** `contactDiary.myInterests`: the user's own interests, for the common ground with each contact. */
  myInterests(): readonly string[];
  /** `contactDiary.workingDays` as weekday numbers (0 = Sunday), else Monday to Friday. */
  workingDays(): readonly number[];
  /** `contactDiary.me`: whose contacts are the user's (see `OwnerFilter`); undefined when unset or blank. */
  me(): string | undefined;
}

/**
 * The settings of the folder `dir` (a host path): its `.vscode/settings.json`, or the nearest
 * one above it inside the same repository. A file that can't be read is one line, now.
 */
export function diarySettings(io: CliIo, command: string, dir: string): DiarySettings {
  const folder = readFolderSettings(dir);
  const said = new Set<string>();
  const warn = (line: string) => {
    if (said.has(line)) return;
    said.add(line);
    io.err(`contact-diary ${command}: ${line}\n`);
  };
  folder.problems.forEach(warn);
  /** Reads one setting with its problems said. */
  const read = <T>(get: (s: FolderSettings, problems: string[]) => T): T => {
    const problems: string[] = [];
    const value = get(folder, problems);
    problems.forEach(warn);
    return value;
  };
  const name = (key: string) => `${folder.file}: contactDiary.${key}`;
  return {
    dailyTarget: () => read((s, p) => countSetting(s, 'dailyTarget', DEFAULT_DAILY_TARGET, 1, p)),
    upcomingDays: () => Math.min(read((s, p) => countSetting(s, 'upcomingDays', DEFAULT_UPCOMING_DAYS, 1, p)), MAX_UPCOMING_DAYS),
    maxFileSize: () => (folder.raw('maxFileSize') === undefined ? undefined : read((s, p) => countSetting(s, 'maxFileSize', DEFAULT_MAX_FILE_SIZE, 1, p))),
    logHeading: () => read((s, p) => textSetting(s, 'logHeading', DEFAULT_LOG_HEADING, p)),
    files: () => {
      const include = read((s, p) => wordsSetting(s, 'include', p, [], 'globs, as in ["people/**/*.md"]'));
      const exclude = [...read((s, p) => wordsSetting(s, 'exclude', p, [], 'globs, as in ["archive/**"]')), ...read(filesExcludeSetting)];
      // Globs are relative to the folder the settings belong to, which may be above `dir`.
      const base = folder.file === undefined ? undefined : toHostPath(dirname(dirname(folder.file)));
      const here = toHostPath(dir);
      const within = base !== undefined && here.startsWith(`${base}/`) ? here.slice(base.length + 1) : '';
      const included = globsWithin(include, within);
      // Includes that reach no file below `dir` let none in (an empty list), not every Markdown file.
      return { ...(include.length > 0 ? { include: included } : {}), exclude: globsWithin(exclude, within) };
    },
    defaultFollowUp: () => {
      const fallback = formatDuration(DEFAULT_FOLLOW_UP);
      const text = read((s, p) => textSetting(s, 'defaultFollowUp', fallback, p));
      const duration = parseDuration(text, 'follow-up interval');
      if (duration.ok) return text;
      warn(`${name('defaultFollowUp')}: ${duration.error.replace(/\.$/, '')}; using "${fallback}"`);
      return fallback;
    },
    keepOverdueDates: () => read((s, p) => choiceSetting(s, 'calendarOverdue', ['today', 'ownDate'], 'today', p)) === 'ownDate',
    vocabulary: () => {
      const conversation = read((s, p) => wordsSetting(s, 'conversationWords', p));
      const touch = read((s, p) => wordsSetting(s, 'touchWords', p));
      return conversation.length === 0 && touch.length === 0 ? DEFAULT_VOCABULARY : extendVocabulary({ conversation, touch });
    },
    pacing: () => {
      const { pacing, problems } = readPacing(
        { cadenceFrom: folder.raw('cadenceFrom'), stageCadences: folder.raw('stageCadences'), tagCadences: folder.raw('tagCadences') },
        name,
      );
      problems.forEach(warn);
      return pacing;
    },
    myInterests: () => read((s, p) => wordsSetting(s, 'myInterests', p)),
    workingDays: () => {
      const raw = folder.raw('workingDays');
      if (raw === undefined) return DEFAULT_WORKING_DAYS;
      const days = parseWorkingDays(raw);
      if (days.ok) return days.value;
      warn(`${name('workingDays')}: ${days.error}; using Monday to Friday`);
      return DEFAULT_WORKING_DAYS;
    },
    me: () => {
      const raw = folder.raw('me');
      if (raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return undefined;
      if (typeof raw === 'string') return raw.trim();
      warn(`${name('me')} must be your name as notes write it in owner:, as in "alice", not ${JSON.stringify(raw)}; showing everyone's contacts`);
      return undefined;
    },
  };
}

/** Which of the folder's files are read, and how: its include and exclude globs, its log heading and its words. */
export function readingOf(settings: DiarySettings): ReadSettings & { readonly logHeading: string; readonly vocabulary: Vocabulary } {
  return { ...settings.files(), logHeading: settings.logHeading(), vocabulary: settings.vocabulary() };
}

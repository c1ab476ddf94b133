import * as vscode from 'vscode';
import { DEFAULT_VOCABULARY, DEFAULT_WORKING_DAYS, type Pacing, type Vocabulary, extendVocabulary, parseWorkingDays, readPacing } from '../core';
import { Disposable } from './disposable';
import { SettingDefaults, type SettingKey, Settings, SettingsSection, settingId } from './ids';

/** The settings that may differ per workspace folder (`"scope": "resource"`). */
export interface FolderConfig {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  /** `files.exclude` patterns that are switched on, honoured like `exclude`. */
  readonly filesExclude: readonly string[];
  readonly defaultFollowUp: string;
  readonly logHeading: string;
  readonly newContactFolder: string;
  /** Whether the user set `newContactFolder` (else New Contact… goes where the contacts already are). */
  readonly newContactFolderSet: boolean;
  /** In bytes. */
  readonly maxFileSize: number;
  /** The default words, with `conversationWords` and `touchWords` before them. */
  readonly vocabulary: Vocabulary;
}

/**
 * A typed view of the `contactDiary.*` settings. Built once in `activate` and passed to the
 * features that need it (no global), it reads the live settings on each call, so a value is
 * never stale; `onDidChange` says when to read again.
 */
export class Config extends Disposable {
  private readonly changed = this.register(new vscode.EventEmitter<vscode.ConfigurationChangeEvent>());
  /** Fires when a `contactDiary.*` setting or `files.exclude` changes. */
  readonly onDidChange = this.changed.event;

  constructor() {
    super();
    this.register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(SettingsSection) || e.affectsConfiguration('files.exclude')) this.changed.fire(e);
    }));
  }

  /** Whether a change event touches any of these settings. */
  affects(e: vscode.ConfigurationChangeEvent, ...keys: SettingKey[]): boolean {
    return keys.some((key) => e.affectsConfiguration(settingId(key)));
  }

  get upcomingDays(): number {
    const days = this.section().get<number>(Settings.upcomingDays, SettingDefaults.upcomingDays);
    return Number.isInteger(days) && days >= 1 ? Math.min(days, 366) : SettingDefaults.upcomingDays;
  }

  get showStatusBar(): boolean {
    return this.section().get<boolean>(Settings.showStatusBar, SettingDefaults.showStatusBar) !== false;
  }

  /** How many contacts the call sheet lists before "also due" (a whole number ≥ 1). */
  get dailyTarget(): number {
    const n = this.section().get<number>(Settings.dailyTarget, SettingDefaults.dailyTarget);
    return Number.isInteger(n) && n >= 1 ? n : SettingDefaults.dailyTarget;
  }

  /** The `.ics` file to keep up to date, as written in the setting; '' when off. */
  get calendarFile(): string {
    const path = this.section().get<string>(Settings.calendarFile, SettingDefaults.calendarFile);
    return typeof path === 'string' ? path.trim() : SettingDefaults.calendarFile;
  }

  /** Whether overdue follow-ups keep their own (past) dates in calendar exports, rather than move to today. */
  get keepOverdueDates(): boolean {
    return this.section().get<string>(Settings.calendarOverdue, SettingDefaults.calendarOverdue) === 'ownDate';
  }

  /** The user's own interests (`myInterests`), for the common ground with each contact. */
  get myInterests(): readonly string[] {
    return strings(this.section().get<unknown>(Settings.myInterests), SettingDefaults.myInterests);
  }

  /** The days Plan My Week plans, as weekday numbers (0 = Sunday); Monday to Friday when the setting can't be read. */
  get workingDays(): readonly number[] {
    const days = parseWorkingDays(this.section().get<unknown>(Settings.workingDays, SettingDefaults.workingDays));
    return days.ok ? days.value : DEFAULT_WORKING_DAYS;
  }

  /** Who the user is in notes' `owner:` (`me`), trimmed; undefined when unset or blank. */
  get me(): string | undefined {
    const name = this.section().get<unknown>(Settings.me, SettingDefaults.me);
    return typeof name === 'string' && name.trim() !== '' ? name.trim() : undefined;
  }

  /** The settings that apply to files in `folder` (a workspace folder or a file inside one). */
  forFolder(folder?: vscode.Uri): FolderConfig {
    const s = this.section(folder);
    const filesExclude = vscode.workspace.getConfiguration('files', folder).get<Record<string, unknown>>('exclude', {});
    const size = s.get<number>(Settings.maxFileSize, SettingDefaults.maxFileSize);
    return {
      include: strings(s.get(Settings.include), SettingDefaults.include),
      exclude: strings(s.get(Settings.exclude), SettingDefaults.exclude),
      // `when` clauses (sibling conditions) can't be honoured by a glob; only plain `true` entries count.
      filesExclude: Object.entries(filesExclude ?? {}).filter(([, on]) => on === true).map(([glob]) => glob),
      defaultFollowUp: text(s.get(Settings.defaultFollowUp), SettingDefaults.defaultFollowUp),
      logHeading: text(s.get(Settings.logHeading), SettingDefaults.logHeading),
      newContactFolder: text(s.get(Settings.newContactFolder), SettingDefaults.newContactFolder),
      newContactFolderSet: isSet(s.inspect<unknown>(Settings.newContactFolder)),
      maxFileSize: Number.isFinite(size) && size > 0 ? size : SettingDefaults.maxFileSize,
      vocabulary: vocabularyOf(strings(s.get(Settings.conversationWords), []), strings(s.get(Settings.touchWords), [])),
    };
  }

  /**
   * How relationships are paced: `cadenceFrom`, and the cadences of `stageCadences` and
   * `tagCadences`, with a line for each value that can't be read (it is left out).
   */
  get pacing(): { readonly pacing: Pacing; readonly problems: readonly string[] } {
    const s = this.section();
    // One reading of these settings for the extension and the tool (core's readPacing).
    return readPacing({
      cadenceFrom: s.get<unknown>(Settings.cadenceFrom),
      stageCadences: s.get<unknown>(Settings.stageCadences),
      tagCadences: s.get<unknown>(Settings.tagCadences),
    }, (key) => settingId(key));
  }

  private section(scope?: vscode.Uri): vscode.WorkspaceConfiguration {
    return vscode.workspace.getConfiguration(SettingsSection, scope);
  }
}

function strings(value: unknown, fallback: readonly string[]): readonly string[] {
  if (!Array.isArray(value)) return fallback;
  return value.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
}

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : fallback;
}

/** A value the user gave, at any level, rather than the default. */
function isSet(inspected: { globalValue?: unknown; workspaceValue?: unknown; workspaceFolderValue?: unknown } | undefined): boolean {
  return [inspected?.globalValue, inspected?.workspaceValue, inspected?.workspaceFolderValue].some((v) => typeof v === 'string' && v.trim() !== '');
}

/** The vocabulary for these extra words: the default one itself when there are none (a vocabulary's compiled pattern is kept per object). */
function vocabularyOf(conversation: readonly string[], touch: readonly string[]): Vocabulary {
  if (conversation.length === 0 && touch.length === 0) return DEFAULT_VOCABULARY;
  const key = JSON.stringify([conversation, touch]);
  if (lastVocabulary?.key !== key) lastVocabulary = { key, vocabulary: extendVocabulary({ conversation, touch }) };
  return lastVocabulary.vocabulary;
}
let lastVocabulary: { key: string; vocabulary: Vocabulary } | undefined;

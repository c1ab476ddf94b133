import * as vscode from 'vscode';
import { Disposable } from './disposable';
import { Settings, SettingsSection } from './ids';

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
}

const DEFAULTS: Omit<FolderConfig, 'filesExclude' | 'newContactFolderSet'> = {
  include: ['**/*.md'],
  exclude: ['**/node_modules/**', '**/.git/**'],
  defaultFollowUp: '1 week',
  logHeading: 'Log',
  newContactFolder: 'contacts',
  maxFileSize: 1024 * 1024,
};

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

  get upcomingDays(): number {
    const days = this.section().get<number>(Settings.upcomingDays, 7);
    return Number.isInteger(days) && days >= 1 ? Math.min(days, 366) : 7;
  }

  get showStatusBar(): boolean {
    return this.section().get<boolean>(Settings.showStatusBar, true) !== false;
  }

  /** The settings that apply to files in `folder` (a workspace folder or a file inside one). */
  forFolder(folder?: vscode.Uri): FolderConfig {
    const s = this.section(folder);
    const filesExclude = vscode.workspace.getConfiguration('files', folder).get<Record<string, unknown>>('exclude', {});
    const size = s.get<number>(Settings.maxFileSize, DEFAULTS.maxFileSize);
    return {
      include: strings(s.get(Settings.include), DEFAULTS.include),
      exclude: strings(s.get(Settings.exclude), DEFAULTS.exclude),
      // `when` clauses (sibling conditions) can't be honoured by a glob; only plain `true` entries count.
      filesExclude: Object.entries(filesExclude ?? {}).filter(([, on]) => on === true).map(([glob]) => glob),
      defaultFollowUp: text(s.get(Settings.defaultFollowUp), DEFAULTS.defaultFollowUp),
      logHeading: text(s.get(Settings.logHeading), DEFAULTS.logHeading),
      newContactFolder: text(s.get(Settings.newContactFolder), DEFAULTS.newContactFolder),
      newContactFolderSet: isSet(s.inspect<unknown>(Settings.newContactFolder)),
      maxFileSize: Number.isFinite(size) && size > 0 ? size : DEFAULTS.maxFileSize,
    };
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

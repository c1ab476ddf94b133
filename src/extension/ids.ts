import {
  DEFAULT_DAILY_TARGET, DEFAULT_EXCLUDE, DEFAULT_FOLLOW_UP, DEFAULT_INCLUDE, DEFAULT_LOG_HEADING, DEFAULT_MAX_FILE_SIZE, DEFAULT_NEW_CONTACT_FOLDER,
  DEFAULT_PACING, DEFAULT_UPCOMING_DAYS, formatDuration,
} from '../core';

/** Every id the extension shares with package.json, in one place, one prefix. */
export const Commands = {
  reschedule: 'contactDiary.reschedule',
  snooze1Day: 'contactDiary.snooze1Day',
  snooze1Week: 'contactDiary.snooze1Week',
  logContact: 'contactDiary.logContact',
  newContact: 'contactDiary.newContact',
  showFollowUps: 'contactDiary.showFollowUps',
  refresh: 'contactDiary.refresh',
  callSheet: 'contactDiary.callSheet',
  exportIcs: 'contactDiary.exportIcs',
  undoLastChange: 'contactDiary.undoLastChange',
  undoChanges: 'contactDiary.undoChanges',
  whoCanIntroduce: 'contactDiary.whoCanIntroduce',
  /** The Follow-ups view's title bar: show the contacts by company, or by date again. */
  viewByCompany: 'contactDiary.viewByCompany',
  viewByDate: 'contactDiary.viewByDate',
  /** The Follow-ups view's title bar, when `me` is set: show everyone's contacts grouped by owner, or mine again. */
  viewEveryone: 'contactDiary.viewEveryone',
  viewMine: 'contactDiary.viewMine',
  markWaiting: 'contactDiary.markWaiting',
  planWeek: 'contactDiary.planWeek',
  review: 'contactDiary.review',
  importContacts: 'contactDiary.importContacts',
} as const;

/** The status bar items (VS Code keeps a user's choice to hide one by its id). */
export const StatusBarItems = {
  due: 'contactDiary.due',
  undo: 'contactDiary.undo',
} as const;

export const Views = {
  container: 'contactDiary',
  followUps: 'contactDiary.followUps',
  /** The webview panel of Today's Call Sheet. */
  callSheet: 'contactDiary.callSheet',
  /** The webview panel of the weekly review. */
  review: 'contactDiary.review',
} as const;

/** Context keys for `when` clauses in package.json. */
export const ContextKeys = {
  /** At least one contact is known (contact commands show in the palette). */
  hasContacts: 'contactDiary.hasContacts',
  /** The first scan has finished (the welcome view may say "no contacts"). */
  scanned: 'contactDiary.scanned',
  /** The active editor shows a contact file. */
  activeIsContact: 'contactDiary.activeIsContact',
  /** The extension has made a change to the notes that Undo Last Change can take back. */
  canUndo: 'contactDiary.canUndo',
  /** The Follow-ups view shows its contacts by company (else by date). */
  followUpsByCompany: 'contactDiary.followUpsByCompany',
  /** `contactDiary.me` names the user: the owner switch shows. */
  meSet: 'contactDiary.meSet',
  /** The diary shows everyone's contacts, grouped by owner in the view (else the user's and nobody's). */
  showsEveryone: 'contactDiary.showsEveryone',
} as const;

/** The setting section and its keys (read as `contactDiary.<key>`). */
export const SettingsSection = 'contactDiary';
export const Settings = {
  include: 'include',
  exclude: 'exclude',
  upcomingDays: 'upcomingDays',
  defaultFollowUp: 'defaultFollowUp',
  logHeading: 'logHeading',
  newContactFolder: 'newContactFolder',
  maxFileSize: 'maxFileSize',
  showStatusBar: 'showStatusBar',
  dailyTarget: 'dailyTarget',
  calendarFile: 'calendarFile',
  calendarOverdue: 'calendarOverdue',
  conversationWords: 'conversationWords',
  touchWords: 'touchWords',
  cadenceFrom: 'cadenceFrom',
  stageCadences: 'stageCadences',
  tagCadences: 'tagCadences',
  myInterests: 'myInterests',
  workingDays: 'workingDays',
  me: 'me',
} as const;

export type SettingKey = keyof typeof Settings;

/** A setting's full id, `contactDiary.maxFileSize`, as `affectsConfiguration` and messages name it. */
export function settingId(key: SettingKey): string {
  return `${SettingsSection}.${Settings[key]}`;
}

/**
 * Each setting's default, as package.json declares it (a unit test checks they agree): core's
 * constants where core has the default too, so the command-line tool and the extension can't
 * differ.
 */
export const SettingDefaults = {
  include: DEFAULT_INCLUDE,
  exclude: DEFAULT_EXCLUDE,
  upcomingDays: DEFAULT_UPCOMING_DAYS,
  defaultFollowUp: formatDuration(DEFAULT_FOLLOW_UP),
  logHeading: DEFAULT_LOG_HEADING,
  newContactFolder: DEFAULT_NEW_CONTACT_FOLDER,
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  showStatusBar: true,
  dailyTarget: DEFAULT_DAILY_TARGET,
  calendarFile: '',
  /** `ownDate` keeps an overdue follow-up's date in calendar exports. */
  calendarOverdue: 'today',
  conversationWords: [] as readonly string[],
  touchWords: [] as readonly string[],
  /** `any` runs a cadence from any contact, touches too. */
  cadenceFrom: DEFAULT_PACING.cadenceFrom,
  stageCadences: {},
  tagCadences: {},
  myInterests: [] as readonly string[],
  /** Plan My Week plans these days (core's DEFAULT_WORKING_DAYS, by name). */
  workingDays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as readonly string[],
  /** Nobody: every contact is shown. */
  me: '',
} as const satisfies Record<SettingKey, unknown>;

/** The scheme of the extension's read-only virtual documents (the call sheet). */
export const DocumentScheme = 'contact-diary';

/** The tree item `contextValue` that the item menus in package.json match. */
export const ItemContext = {
  contact: 'contact',
  /** A file under Needs attention that can't be read as a contact (invalid YAML, too large…). */
  attention: 'attention',
  /** A contact under Needs attention for a value (a `next:` date) that Reschedule… or Log Contact… can write anew. */
  attentionContact: 'attentionContact',
  group: 'group',
  /** A company of the By company view. */
  company: 'company',
  /** An owner, when the view shows everyone's contacts. */
  owner: 'owner',
} as const;

export const Colors = {
  overdue: 'contactDiary.overdueForeground',
  today: 'contactDiary.todayForeground',
  upcoming: 'contactDiary.upcomingForeground',
} as const;

export const OutputChannelName = 'Contact Diary';

/**
 * The core's public API: what the extension and the command-line tool use. Front ends import
 * from here only, so the files behind it can move without touching them.
 */
import { type SizeLimit, type Utf8Tools } from './file/decode';
import { type Vocabulary } from './conversations';
import { type DiaryIndex, createDiaryIndex } from './diaryIndex';
import { type FileHost } from './host';
import { readContact } from './read';
import { type ScanOptions, type ScanReport, scanDiaryFolder } from './scan';

// Shared types and results.
export { Result, Problem, TextEdit, ok, fail } from './types';
export { FileHost, FileStat, FileType, DiaryFolder, HostDocument, FileWatcher, DocumentSource, FolderSource, FoldersChange, SettingsChange, WorkspaceHost } from './host';
export { Event } from './event';
export { Contact, LogEntry, ReadResult } from './contact';

// Dates.
export {
  LocalDate, LocalTime, parseIsoDate, formatIsoDate, todayLocal, addDays, addMonths, diffDays, compareDates, sameDay, dayNumber,
} from './dates/localDate';
export { Duration, parseDuration, formatDuration, addDuration } from './dates/duration';
export { describe, describePast, shortDate, fullDate, previewLine, monthName, plural, offDay, dayMonth, dayLabel } from './dates/describe';
export { resolveDate, previewPhrase, previewReading, warmUpDateParser, ResolveOptions, ResolvedDate, DATE_EXAMPLES } from './dates/naturalDate';

// Reading and editing files.
export { readContact, readContactText, ReadOptions } from './read';
export { parseLog, LogSection, LogHeading, DEFAULT_LOG_HEADING } from './logSection';
export { planEdits, EditOp, EditOptions } from './file/edit';
export { applyEdits, checkEdits } from './file/applyEdits';
export { decodeFile, formatSize, tooLargeReason, DEFAULT_MAX_FILE_SIZE, SizeLimit, Utf8Check, Utf8Tools, ByteChars } from './file/decode';

// The diary's actions on one file.
export { reschedule, rescheduleOps, snooze, snoozeOps, logContact, logContactOps, LogContactInput } from './actions';
export { answeredOps, markWaiting, markWaitingOps, WaitingInput } from './actions';
export { proposedNext, nextAhead, nextOrProposed, recentActions, actionChoices, ActionChoice, ProposedNext, DEFAULT_FOLLOW_UP } from './followUp';
export { mapAtOnce } from './atOnce';
export { type EventKind, type Vocabulary, type Classification, DEFAULT_VOCABULARY, classifyAction, extendVocabulary } from './conversations';
export { type Pace, parsePace, formatPace, paceDays, earliestGoodDay, dueBy } from './dates/pace';
export { type Pacing, type PacingSettings, type TooSoon, DEFAULT_PACING, paceOf, paceFrom, readPacing, tooSoon } from './pacing';
export { channelOf, touchesSinceText, isPushing } from './relationship';
export { type CallAdvice, type TalkFacts, adviceLine, callAdvice, lastSpoke, pushingText } from './conversationWords';
export { contactSlug, newContactText, contactsFolder, newContactPlace, DEFAULT_NEW_CONTACT_FOLDER, NewContact } from './newContact';
export { planUndo, sameBytes, UndoEntry, UndoState, UndoStep } from './undo';

// The editor features, as plain data over a file's text.
export {
  Position, Range, EditorCommand, ContactDocument, EditorInput, isContactText, DIARY_KEYS,
  diagnostics, readDiagnostics, DiagnosticsOptions, EditorDiagnostic, dateDecorations, DateDecoration, DateState, DecorationOptions,
  hoverAt, EditorHover, HoverOptions, completionsAt, completesAsTyped, CompletionContext, EditorCompletion,
  codeActions, codeLenses, EditorCodeAction, EditorCodeLens,
} from './editor';
export { isOverSizeLimit, sizeLimitDiagnostics, SizedText } from './editor';

// The diary: index, scan, agenda.
export { DiaryIndex, DiaryIndexOptions, IndexChange, IndexEntry, IndexReadOptions, ReadFile, Disposable, createDiaryIndex, baseName } from './diaryIndex';
export { compileGlobs, createFileFilter, FileFilter, PathMatcher, DEFAULT_INCLUDE, DEFAULT_EXCLUDE, globsWithin } from './glob';
export { listFiles, scanFolder, joinPath, relativeTo, Listing, ScanOptions, ScanProgress, ScanReport, Skipped } from './scan';
export { createScanCache, ScanCache } from './scanCache';
export { agenda, AgendaTracker, Agenda, AgendaGroup, AgendaGroupId, AgendaItem, AgendaOptions, AGENDA_GROUPS, DEFAULT_UPCOMING_DAYS, DueCause, goingCold, itemSummary, nextStepWords, dueFollowUps } from './agenda';
export { attentionOnly, contactChoices, needAttention, ContactChoices } from './contactChoices';
export { Waiting, waitingText } from './waiting';
export { occasionText, yearlyDateText, Occasion } from './yearlyItem';
export { parseYearly, nextOccurrence, yearlyIn, yearsOn, NO_YEAR, YearlyDate } from './dates/yearly';
export { commonGround, interestKey, interestsIn, CommonGround, GroundInterest, GroundReason } from './commonGround';
export { byCompany, CompanyGroup } from './byCompany';
export { byOwner, filterAgenda, matchesOwner, ownerFilter, ownerKey, EVERYONE, OwnerFilter, OwnerGroup } from './owner';
export { planWeek, plannedNext, planDates, parseWorkingDays, DEFAULT_PLAN_DAYS, DEFAULT_WORKING_DAYS, PROSPECT_STAGES, PlanDay, PlanOptions, PlannedItem, WeekPlan } from './plan';
export { planMarkdown, plannedFrom } from './export/planMarkdown';
export {
  weeklyReview, reviewContact, joinHistories, coldSpells, DEFAULT_REVIEW_WEEKS, MAX_REVIEW_WEEKS, RESCHEDULED_SHOWN, NEEDS_GIT, ColdFigures, ColdSpell, FileNextHistory,
  NextChange, NextHistory, Rescheduled, RescheduledContact, ReviewContact, ReviewEvent, ReviewOptions, ReviewWeek, WeeklyReview,
} from './review';
export { reviewWords, reviewBody, reviewPage, reviewPageMessage, FileName, ReviewSection, ReviewWords, ShownReview } from './export/reviewPage';
export { weeklyChart, weeklyChartSvg, weeklyChartText, rescheduledSvg, touchCount, REVIEW_CHART_STYLE, ChartBar, WeeklyChart } from './reviewChart';

// The diary kept in step with a workspace's folders, files and open documents.
export { LiveDiary, LiveDiaryOptions, LiveLog } from './live/liveDiary';
export { Scheduler } from './live/scheduler';

// Exports.
export { callSheet, dueToday, CallSheetOptions, DEFAULT_DAILY_TARGET } from './export/callSheet';
export { callSheetModel, loggedToday, CallSheetModel, CallSheetEntry } from './export/callSheetModel';
export { callSheetBody, callSheetPage, pageMessage, CallSheetAction, PageMessage, ShownSheet } from './export/callSheetHtml';
export { escapeMarkdown, phoneLink, emailLink } from './export/markdown';
export { exportIcs, sameCalendar, calendarFileUpdate, icsContents, icsEventCount, IcsOptions } from './export/ics';

/** Files over the size limit are listed under "Needs attention" instead of read (see `SizeLimit`). */
export interface LoadOptions extends ScanOptions, SizeLimit {
  /** The platform's faster ways with bytes (see `Utf8Tools`). */
  readonly utf8?: Utf8Tools;
  /** The log's heading (`contactDiary.logHeading`, default `Log`). */
  readonly logHeading?: string;
  /** The words that tell conversations from touches (default `DEFAULT_VOCABULARY`). */
  readonly vocabulary?: Vocabulary;
}

/**
 * A diary read once (the command-line tool): an index over `readContact`, filled by a scan of
 * `root` through `scanDiaryFolder`, as every scan of a `LiveDiary` is. A front end that follows
 * the files as they change keeps a `LiveDiary` instead.
 */
export async function loadDiary(host: FileHost, root: string, options: LoadOptions = {}): Promise<{ index: DiaryIndex; report: ScanReport }> {
  const index = createDiaryIndex({
    read: readContact, maxFileSize: options.maxFileSize, sizeLimitName: options.sizeLimitName, utf8: options.utf8,
    logHeading: options.logHeading, vocabulary: options.vocabulary,
  });
  const report = await scanDiaryFolder({ root, host, include: options.include, exclude: options.exclude }, index, options);
  return { index, report };
}

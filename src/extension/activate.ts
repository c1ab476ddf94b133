import * as vscode from 'vscode';
import { type Utf8Tools, readContact } from '../core';
import { ActiveContactContext } from './activeContact';
import { CalendarFile } from './calendarFile';
import { Clock } from './clock';
import { registerCommands } from './commands';
import { CallSheetPanel } from './callSheetPanel';
import { registerCallSheet } from './commands/callSheet';
import { registerReview } from './commands/review';
import { registerExportIcs } from './commands/exportIcs';
import { Config } from './config';
import { Diary } from './diary';
import { EditorFeatures } from './editor';
import { FollowUpsView } from './followUpsView';
import { Log } from './log';
import { OwnerScope } from './ownerScope';
import { type Prompts } from './prompts';
import { QuickInputPrompts } from './quickInputPrompts';
import { type NextHistoryReader, ReviewPanel } from './reviewPanel';
import { StatusBar } from './statusBar';
import { StatusMessage } from './statusMessage';
import { TestRecorder, type TestSeams } from './testSeams';
import { ActivationTimings } from './timings';
import { UndoHistory } from './undoHistory';
import { UndoStatus } from './undoStatus';
import { type WorkspaceHosts } from './workspaceHost';

/**
 * What differs between the desktop build and the web build: how a folder's files are reached
 * and how UTF-8 is checked. The rest of the extension is the same code in both.
 */
export interface Platform {
  /** The file host of each folder: Node's fs for `file:` folders on the desktop, `vscode.workspace.fs` everywhere on the web. */
  readonly hosts: WorkspaceHosts;
  /** The platform's fast check of UTF-8, where it has one (core's own check otherwise). */
  readonly utf8?: Utf8Tools;
  /** Reads the history of `next:` from git, where the platform can run it (the desktop). */
  readonly nextHistory?: NextHistoryReader;
}

/**
 * Starts every feature of the extension on `platform`. Returns the integration tests' seams in
 * `ExtensionMode.Test`; nothing to other extensions.
 */
export function activateOn(context: vscode.ExtensionContext, platform: Platform): TestSeams | undefined {
  const activateStart = performance.now();
  const log = new Log();
  const timings = new ActivationTimings(activateStart, log);
  const config = new Config();
  // The tests' seams, in their mode only: a day they can pin, and what VS Code can't read back.
  const recorder = context.extensionMode === vscode.ExtensionMode.Test ? new TestRecorder() : undefined;
  const clock = new Clock(recorder?.today);
  const diary = new Diary({ config, clock, log, hosts: platform.hosts, read: readContact, utf8: platform.utf8 });
  const owners = new OwnerScope(config, context.workspaceState);
  const view = new FollowUpsView(diary, owners, timings, context.workspaceState);
  const statusBar = new StatusBar(diary, config, owners);
  const message = new StatusMessage();
  const undo = new UndoHistory();
  const undoStatus = new UndoStatus(undo);
  // Typed as the interface: in Test mode the seams put scripted prompts in its place.
  const prompts: Prompts = new QuickInputPrompts();
  const commandDeps = { diary, owners, view, prompts, clock, config, log, message, undo };
  const editor = new EditorFeatures({ diary, clock, config, log, onDecorated: recorder?.onDecorated });
  const callSheet = new CallSheetPanel({ diary, owners, config, log, onShown: recorder?.onShown });
  const review = new ReviewPanel({ diary, config, clock, log, hosts: platform.hosts, owners, nextHistory: platform.nextHistory, onShown: recorder?.onReviewShown });
  context.subscriptions.push(
    log, config, clock, diary, owners, view, statusBar, undo, undoStatus,
    new ActiveContactContext(diary),
    registerCommands(commandDeps),
    callSheet,
    registerCallSheet(commandDeps, callSheet),
    review,
    registerReview(commandDeps, review),
    registerExportIcs(commandDeps),
    new CalendarFile({ diary, config, log }),
    editor,
    ...(recorder ? [recorder] : []),
  );
  diary.start();
  log.info(`Activated in ${vscode.workspace.workspaceFolders?.length ?? 0} folder(s)`);
  return recorder?.seams({ clock, config, diary, view, statusBar, undo, undoStatus, editor, callSheet, timings, commands: commandDeps });
}

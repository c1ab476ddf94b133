import * as vscode from 'vscode';
import { readContact } from '../core';
import { createNodeHost } from '../node/nodeHost';
import { nodeIsUtf8 } from '../node/utf8';
import { ActiveContactContext } from './activeContact';
import { CalendarFile } from './calendarFile';
import { Clock } from './clock';
import { registerCommands } from './commands';
import { CallSheetPanel } from './callSheetPanel';
import { registerCallSheet } from './commands/callSheet';
import { registerExportIcs } from './commands/exportIcs';
import { Config } from './config';
import { Diary } from './diary';
import { EditorFeatures } from './editor';
import { FollowUpsView } from './followUpsView';
import { Log } from './log';
import { type Prompts } from './prompts';
import { QuickInputPrompts } from './quickInputPrompts';
import { StatusBar } from './statusBar';
import { StatusMessage } from './statusMessage';
import { TestRecorder, type TestSeams } from './testSeams';
import { ActivationTimings } from './timings';
import { UndoHistory } from './undoHistory';
import { UndoStatus } from './undoStatus';
import { WorkspaceHosts } from './workspaceHost';

/** Returns the integration tests' seams in `ExtensionMode.Test`; nothing to other extensions. */
export function activate(context: vscode.ExtensionContext): TestSeams | undefined {
  const activateStart = performance.now();
  const log = new Log();
  const timings = new ActivationTimings(activateStart, log);
  const config = new Config();
  // The tests' seams, in their mode only: a day they can pin, and what VS Code can't read back.
  const recorder = context.extensionMode === vscode.ExtensionMode.Test ? new TestRecorder() : undefined;
  const clock = new Clock(recorder?.today);
  const diary = new Diary({ config, clock, log, hosts: new WorkspaceHosts(createNodeHost()), read: readContact, isUtf8: nodeIsUtf8 });
  const view = new FollowUpsView(diary, timings, context.workspaceState);
  const statusBar = new StatusBar(diary, config);
  const message = new StatusMessage();
  const undo = new UndoHistory();
  const undoStatus = new UndoStatus(undo);
  // Typed as the interface: in Test mode the seams put scripted prompts in its place.
  const prompts: Prompts = new QuickInputPrompts();
  const commandDeps = { diary, view, prompts, clock, config, log, message, undo };
  const editor = new EditorFeatures({ diary, clock, config, log, onDecorated: recorder?.onDecorated });
  const callSheet = new CallSheetPanel({ diary, config, log, onShown: recorder?.onShown });
  context.subscriptions.push(
    log, config, clock, diary, view, statusBar, undo, undoStatus,
    new ActiveContactContext(diary),
    registerCommands(commandDeps),
    callSheet,
    registerCallSheet(commandDeps, callSheet),
    registerExportIcs(commandDeps),
    new CalendarFile({ diary, config, log }),
    editor,
    ...(recorder ? [recorder] : []),
  );
  diary.start();
  log.info(`Activated in ${vscode.workspace.workspaceFolders?.length ?? 0} folder(s)`);
  return recorder?.seams({ clock, config, diary, view, statusBar, undo, undoStatus, editor, callSheet, timings, commands: commandDeps });
}

export function deactivate(): void {}

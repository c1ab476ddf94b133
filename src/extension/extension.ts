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
import { Prompts } from './prompts';
import { StatusBar } from './statusBar';
import { StatusMessage } from './statusMessage';
import { TestApi, createTestApi } from './testApi';
import { ActivationTimings } from './timings';
import { UndoHistory } from './undoHistory';
import { UndoStatus } from './undoStatus';
import { WorkspaceHosts } from './workspaceHost';

export function activate(context: vscode.ExtensionContext): TestApi {
  const activateStart = performance.now();
  const log = new Log();
  const timings = new ActivationTimings(activateStart, log);
  const config = new Config();
  const clock = new Clock();
  const prompts = new Prompts();
  const diary = new Diary({ config, clock, log, hosts: new WorkspaceHosts(createNodeHost()), read: readContact, isUtf8: nodeIsUtf8 });
  const view = new FollowUpsView(diary, timings);
  const statusBar = new StatusBar(diary, config);
  const message = new StatusMessage();
  const undo = new UndoHistory();
  const undoStatus = new UndoStatus(undo);
  const commandDeps = { diary, view, prompts, clock, config, log, message, undo };
  const editor = new EditorFeatures({ diary, clock, config, log });
  const callSheet = new CallSheetPanel({ diary, config, log, report: context.extensionMode === vscode.ExtensionMode.Test });
  context.subscriptions.push(
    log, config, clock, diary, view, statusBar, undo, undoStatus,
    new ActiveContactContext(diary),
    registerCommands(commandDeps),
    callSheet,
    registerCallSheet(commandDeps, callSheet),
    registerExportIcs(commandDeps),
    new CalendarFile({ diary, config, log }),
    editor,
  );
  diary.start();
  log.info(`Activated in ${vscode.workspace.workspaceFolders?.length ?? 0} folder(s)`);
  return createTestApi({ clock, diary, view, statusBar, prompts, editor, timings, message, undo, undoStatus, callSheet });
}

export function deactivate(): void {}

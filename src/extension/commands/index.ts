import * as vscode from 'vscode';
import { type CommandDeps } from './deps';
import { registerImportContacts } from './importContacts';
import { registerIntro } from './intro';
import { registerLogContact } from './logContact';
import { registerMarkWaiting } from './markWaiting';
import { registerNewContact } from './newContact';
import { registerPlanWeek } from './planWeek';
import { registerReschedule } from './reschedule';
import { registerSnooze } from './snooze';
import { registerUndoLastChange } from './undoLastChange';
import { registerViewCommands } from './view';

/** Every command of package.json, registered. */
export function registerCommands(deps: CommandDeps): vscode.Disposable {
  return vscode.Disposable.from(
    registerReschedule(deps),
    registerSnooze(deps),
    registerLogContact(deps),
    registerMarkWaiting(deps),
    registerNewContact(deps),
    registerImportContacts(deps),
    registerViewCommands(deps),
    registerUndoLastChange(deps),
    registerIntro(deps),
    registerPlanWeek(deps),
  );
}

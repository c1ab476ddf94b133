import * as vscode from 'vscode';
import { ShownSheet, parseIsoDate } from '../core';
import { CallSheetPanel } from './callSheetPanel';
import { Clock } from './clock';
import { Diary } from './diary';
import { EditorFeatures, ShownDecoration } from './editor';
import { FollowUpNode, FollowUpsView } from './followUpsView';
import { Answer, Prompts, ShownInput, ShownPick } from './prompts';
import { StatusBar } from './statusBar';
import { StatusMessage } from './statusMessage';
import { ActivationFigures, ActivationTimings } from './timings';
import { UndoHistory } from './undoHistory';
import { UndoStatus } from './undoStatus';

/**
 * What `activate` returns, for the integration tests only (users never see it): pin today,
 * wait for the diary to settle, read the tree and the status bar as VS Code gets them, and
 * script the answers to the commands' questions.
 */
export interface TestApi {
  /** Pins today (`YYYY-MM-DD`); `undefined` returns to the real date. */
  setToday(iso: string | undefined): void;
  /** Resolves when no file event is waiting and no scan or read is running. */
  whenIdle(): Promise<void>;
  /** The tree's nodes as the view gets them (`undefined` = the groups). */
  children(node?: FollowUpNode): FollowUpNode[];
  /** The tree item as the user sees it, tooltip included (VS Code resolves it on hover). */
  treeItem(node: FollowUpNode): vscode.TreeItem;
  badge(): number | undefined;
  /** The badge's tooltip, as VS Code shows it on hover. */
  badgeTooltip(): string | undefined;
  /** The nodes selected in the tree, as VS Code last told the view (a reveal selects). */
  treeSelection(): readonly FollowUpNode[];
  /** Fires after the tree was told to refresh (the diary changed). */
  readonly onDidUpdateTree: vscode.Event<unknown>;
  /** The last passing message a command left in the status bar (`Snoozed Jane Doe to …`). */
  statusMessage(): string | undefined;
  /** The status bar item's text and tooltip, undefined while hidden. */
  statusBar(): { readonly text: string; readonly tooltip: string } | undefined;
  /** The `next:` date decorations the editors of `uri` show (the editor API can't read them back). */
  decorations(uri: vscode.Uri): readonly ShownDecoration[];
  /** Whether the editor features hold a parsed copy of the document (a closed one must leave). */
  isCached(uri: vscode.Uri): boolean;
  /**
   * Queues answers for the next questions (`undefined` = Escape, `'<Back>'` = the Back button,
   * `{ back: text }` = text typed into the box, then Back); `null` clears and returns to the UI.
   */
  answer(answers: readonly Answer[] | null): void;
  /** Scripted answers not used yet. */
  unanswered(): number;
  /** The quick picks scripted answers met (title, placeholder, items as shown) since `answer(null)`. */
  shownPicks(): readonly ShownPick[];
  /** The input boxes scripted answers met (title, the text they started with) since `answer(null)`. */
  shownInputs(): readonly ShownInput[];
  /** The status bar's Undo button's tooltip while it shows (`Undo Snooze 1 Day (Dev Patel)`), else undefined. */
  undoButton(): string | undefined;
  /** Empties the undo history, so a test starts with nothing to undo. */
  forgetChanges(): void;
  /** When activation started and the whole diary first reached the tree (`performance.now()` ms). */
  timings(): ActivationFigures;
  /** What the call sheet's page reported it shows, once loaded (undefined while closed or loading). */
  callSheetShown(): ShownSheet | undefined;
  /** Handles `data` as if the call sheet's page had sent it: whether it was accepted, once its command has run. */
  callSheetMessage(data: unknown): Promise<boolean>;
}

export function createTestApi(deps: { clock: Clock; diary: Diary; view: FollowUpsView; statusBar: StatusBar; prompts: Prompts; editor: EditorFeatures; timings: ActivationTimings; message: StatusMessage; undo: UndoHistory; undoStatus: UndoStatus; callSheet: CallSheetPanel }): TestApi {
  return {
    setToday: (iso) => {
      if (iso === undefined) return deps.clock.pin(undefined);
      const date = parseIsoDate(iso);
      if (!date.ok) throw new Error(date.error);
      deps.clock.pin(date.value);
    },
    whenIdle: () => deps.diary.whenIdle(),
    children: (node) => deps.view.nodes(node),
    treeItem: (node) => deps.view.resolveTreeItem(deps.view.getTreeItem(node), node),
    badge: () => deps.view.treeView.badge?.value,
    badgeTooltip: () => deps.view.treeView.badge?.tooltip,
    treeSelection: () => deps.view.treeView.selection,
    onDidUpdateTree: deps.view.onDidChangeTreeData,
    statusBar: () => deps.statusBar.shownText,
    statusMessage: () => deps.message.last,
    decorations: (uri) => deps.editor.decorationsIn(uri),
    isCached: (uri) => deps.editor.isCached(uri),
    answer: (answers) => deps.prompts.script(answers),
    unanswered: () => deps.prompts.unanswered,
    shownPicks: () => deps.prompts.shownPicks,
    shownInputs: () => deps.prompts.shownInputs,
    timings: () => deps.timings.current,
    callSheetShown: () => deps.callSheet.shown,
    callSheetMessage: (data) => deps.callSheet.receive(data),
    undoButton: () => deps.undoStatus.shownTooltip,
    forgetChanges: () => deps.undo.clear(),
  };
}

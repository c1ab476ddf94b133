// The integration tests' API, built in test code on the seams `activate` returns in
// ExtensionMode.Test (src/extension/testSeams.ts): pin today, wait for the diary to settle, read
// what the user sees, and script the answers to the commands' questions.
import * as vscode from 'vscode';
import { type Contact, type DateState, type Pacing, type ShownReview, type ShownSheet, parseIsoDate } from '../../src/core';
import type { FollowUpNode } from '../../src/extension/followUpsView';
import type { Prompts } from '../../src/extension/prompts';
import { dueStatus } from '../../src/extension/statusBar';
import type { TestSeams } from '../../src/extension/testSeams';
import type { ActivationFigures } from '../../src/extension/timings';
import { type Answer, ScriptedPrompts, type ShownInput, type ShownPick } from './scriptedPrompts';

/** A `next:` decoration as the user sees it. */
export interface ShownDecoration {
  readonly line: number;
  /** The character it follows. */
  readonly character: number;
  readonly text: string;
  readonly state: DateState;
}

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
  /** The `next:` date decorations the editors of `uri` show. */
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
  /** What the review page reported it shows, once loaded (undefined while closed or loading). */
  reviewShown(): ShownReview | undefined;
  /** The contacts the diary knows now. */
  contacts(): Contact[];
  /** The pacing the diary reads cadences with. */
  pacing(): Pacing;
}

export function createTestApi(seams: TestSeams): TestApi {
  const messages = statusMessages();
  // The scripted prompts the commands ask through, if any, whichever test file set them: each file
  // is bundled with its own copy of the class, so they are known by their shape.
  const scripted = () => {
    const prompts: Prompts = seams.prompts();
    return 'script' in prompts ? (prompts as ScriptedPrompts) : undefined;
  };
  return {
    setToday: (iso) => {
      if (iso === undefined) return seams.pinToday(undefined);
      const date = parseIsoDate(iso);
      if (!date.ok) throw new Error(date.error);
      seams.pinToday(date.value);
    },
    whenIdle: () => seams.diary.whenIdle(),
    children: (node) => seams.view.nodes(node),
    treeItem: (node) => seams.view.resolveTreeItem(seams.view.getTreeItem(node), node),
    badge: () => seams.view.treeView.badge?.value,
    badgeTooltip: () => seams.view.treeView.badge?.tooltip,
    treeSelection: () => seams.view.treeView.selection,
    onDidUpdateTree: seams.view.onDidChangeTreeData,
    // What the item holds, as VS Code has it; whether it shows, by the rule the status bar follows.
    statusBar: () => {
      const { item } = seams.statusBar;
      return seams.config.showStatusBar && dueStatus(seams.diary.agenda(), seams.config.dailyTarget) ? { text: item.text, tooltip: String(item.tooltip ?? '') } : undefined;
    },
    statusMessage: () => messages.last,
    decorations: (uri) => seams.decorations(uri).map((d) => ({ line: d.range.end.line, character: d.range.end.character, text: d.text, state: d.state })),
    isCached: (uri) => seams.editor.documents.has(uri),
    answer: (answers) => {
      if (answers === null) return seams.setPrompts(undefined);
      let prompts = scripted();
      if (!prompts) seams.setPrompts((prompts = new ScriptedPrompts(seams.Back)));
      prompts.script(answers);
    },
    unanswered: () => scripted()?.unanswered ?? 0,
    shownPicks: () => scripted()?.shownPicks ?? [],
    shownInputs: () => scripted()?.shownInputs ?? [],
    // The button offers the newest change while there is one to undo.
    undoButton: () => (seams.undo.current ? String(seams.undoStatus.item.tooltip) : undefined),
    forgetChanges: () => {
      for (const change of [...seams.undo.all]) seams.undo.forget(change);
    },
    timings: () => seams.timings.current,
    callSheetShown: () => seams.sheetShown(),
    callSheetMessage: (data) => seams.callSheet.receive(data),
    reviewShown: () => seams.reviewShown(),
    contacts: () => [...seams.diary.index.contacts()],
    pacing: () => seams.diary.pacing(),
  };
}

type SetStatusBarMessage = typeof vscode.window.setStatusBarMessage & { readonly recorded?: { last?: string } };

/**
 * The passing messages of the status bar, which VS Code can't read back: its function is wrapped
 * once for the whole run to record the last (the tests share `vscode.window` with the extension,
 * and every test file, bundled on its own, finds the wrapper already there).
 */
function statusMessages(): { readonly last?: string } {
  const window = vscode.window as { setStatusBarMessage: SetStatusBarMessage };
  const current = window.setStatusBarMessage;
  if (current.recorded) return current.recorded;
  const recorded: { last?: string } = {};
  const wrapper = (text: string, ...rest: unknown[]) => {
    recorded.last = text;
    return (current as (text: string, ...rest: unknown[]) => vscode.Disposable).call(vscode.window, text, ...rest);
  };
  window.setStatusBarMessage = Object.assign(wrapper, { recorded }) as SetStatusBarMessage;
  return recorded;
}

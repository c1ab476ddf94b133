import * as vscode from 'vscode';
import { type DateDecoration, type LocalDate, type ShownReview, type ShownSheet, todayLocal } from '../core';
import { type CallSheetPanel } from './callSheetPanel';
import { type Clock } from './clock';
import { type Config } from './config';
import { type Diary } from './diary';
import { Disposable } from './disposable';
import { type EditorFeatures } from './editor';
import { type FollowUpsView } from './followUpsView';
import { Back, type Prompts } from './prompts';
import { type StatusBar } from './statusBar';
import { type ActivationTimings } from './timings';
import { type UndoHistory } from './undoHistory';
import { type UndoStatus } from './undoStatus';

/**
 * What `activate` returns in `ExtensionMode.Test`, the mode of the integration tests and of the
 * activation benchmark, and in no other mode: the parts they drive and read. The tests' API is
 * built on it in test code (test/integration/testApi.ts), so none of that ships.
 */
export interface TestSeams {
  readonly clock: Clock;
  readonly config: Config;
  readonly diary: Diary;
  readonly view: FollowUpsView;
  readonly statusBar: StatusBar;
  readonly undo: UndoHistory;
  readonly undoStatus: UndoStatus;
  readonly editor: EditorFeatures;
  readonly callSheet: CallSheetPanel;
  readonly timings: ActivationTimings;
  /** Pins "today"; `undefined` returns to the local calendar's. */
  pinToday(date: LocalDate | undefined): void;
  /** The extension's `Back`: prompts bundled apart from it (with the tests) answer Back with this one. */
  readonly Back: typeof Back;
  /** The prompts the commands ask through now. */
  prompts(): Prompts;
  /** The commands ask through `prompts` from their next question; `undefined` returns them to VS Code's input box and quick pick. */
  setPrompts(prompts: Prompts | undefined): void;
  /** The `next:` decorations last drawn in an editor of `uri` (VS Code can't read them back). */
  decorations(uri: vscode.Uri): readonly DateDecoration[];
  /** What the call sheet's page reported it shows once loaded; undefined while it is closed or loading. */
  sheetShown(): ShownSheet | undefined;
  /** What the review page reported it shows once loaded; undefined while it is closed or loading. */
  reviewShown(): ShownReview | undefined;
}

/** What the seams are made of: the extension's parts, and the commands' dependencies, whose prompts they set. */
export type SeamParts = Omit<TestSeams, 'pinToday' | 'Back' | 'prompts' | 'setPrompts' | 'decorations' | 'sheetShown' | 'reviewShown'> & {
  readonly commands: { prompts: Prompts };
};

/**
 * Made in `ExtensionMode.Test` only: holds the day the tests pin (`today` is the clock's source),
 * records what VS Code can't read back (its callbacks are given to the editor features and the
 * call sheet), and makes the seams.
 */
export class TestRecorder extends Disposable {
  private readonly drawn = new Map<string, readonly DateDecoration[]>();
  private sheet: ShownSheet | undefined;
  private review: ShownReview | undefined;
  private pinned: LocalDate | undefined;

  constructor() {
    super();
    // A document that closes takes its editors' decorations with it.
    this.register(vscode.workspace.onDidCloseTextDocument((d) => this.drawn.delete(d.uri.toString())));
  }

  readonly today = (): LocalDate => this.pinned ?? todayLocal();

  readonly onDecorated = (uri: vscode.Uri, decorations: readonly DateDecoration[]): void => {
    this.drawn.set(uri.toString(), decorations);
  };

  readonly onShown = (shown: ShownSheet | undefined): void => {
    this.sheet = shown;
  };

  readonly onReviewShown = (shown: ShownReview | undefined): void => {
    this.review = shown;
  };

  seams(parts: SeamParts): TestSeams {
    const { commands, ...rest } = parts;
    // Commands read `deps.prompts` when they ask, so a change takes effect from the next question.
    const ui = commands.prompts;
    return {
      ...rest,
      pinToday: (date) => {
        this.pinned = date;
        parts.clock.check();
      },
      Back,
      prompts: () => commands.prompts,
      setPrompts: (prompts) => { commands.prompts = prompts ?? ui; },
      decorations: (uri) => this.drawn.get(uri.toString()) ?? [],
      sheetShown: () => this.sheet,
      reviewShown: () => this.review,
    };
  }
}

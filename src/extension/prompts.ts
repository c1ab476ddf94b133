import * as vscode from 'vscode';
import { Result } from '../core';

/** One choice of a quick pick, carrying the value it stands for. */
export interface Choice<T> extends vscode.QuickPickItem {
  readonly value: T;
}

/**
 * An answer given ahead of time: the text typed or the label picked; `undefined` is Escape;
 * `{ back: text }` types `text` into the box and then clicks Back.
 */
export type Answer = string | undefined | { readonly back: string };

/**
 * What a step of a multi-step flow gives when the user clicks its Back button: the text in the
 * box at that moment, for the step to show again when the flow comes forward to it.
 */
export class Back {
  constructor(readonly text: string) {}
}

/** The scripted answer that clicks Back (where the question has the button), the box as it opened. */
export const BACK_ANSWER = '<Back>';

export interface TextOptions {
  readonly title: string;
  readonly prompt?: string;
  readonly placeHolder?: string;
  readonly value?: string;
  /** An error message for text that can't be accepted, else undefined. */
  readonly validate?: (text: string) => string | undefined;
  /** A later step of a flow: the box has a Back button, and resolves to a `Back` when it is clicked. */
  readonly back?: boolean;
}

export interface PickOptions<T> {
  readonly title: string;
  readonly placeHolder?: string;
  readonly choices: readonly Choice<T>[];
  /**
   * When set, typed text is a choice of its own: its meaning (shown under it as you type) or
   * the reason it can't be accepted. It comes after the choices that match it, so Enter takes a
   * known choice when one matches.
   */
  readonly typed?: (text: string) => Result<{ readonly value: T; readonly preview: string }>;
  /** Text already in the box. */
  readonly value?: string;
  /** A later step of a flow: the pick has a Back button, and resolves to a `Back` (with the text typed) when it is clicked. */
  readonly back?: boolean;
}

/** An input box as a scripted answer met it: its title and the text it started with (for the tests). */
export interface ShownInput {
  readonly title: string;
  readonly value: string;
}

/** A quick pick as a scripted answer met it: what the user would have seen (for the tests). */
export interface ShownPick {
  readonly title: string;
  readonly placeHolder?: string;
  readonly items: ReadonlyArray<Pick<vscode.QuickPickItem, 'label' | 'description' | 'detail'>>;
  /** The text the pick started with. */
  readonly value: string;
}

/**
 * Every question the extension asks goes through here. The UI is VS Code's input box and quick
 * pick; for the integration tests, answers can be queued instead, and each question then takes
 * the next one without showing anything (an answer that the real UI would refuse fails loudly).
 */
export class Prompts {
  private queue: Answer[] | undefined;
  private shown: ShownPick[] = [];
  private inputs: ShownInput[] = [];

  /** Test hook: queue answers (or `undefined` for Escape); `null` returns to the real UI. */
  script(answers: readonly Answer[] | null): void {
    this.queue = answers === null ? undefined : [...(this.queue ?? []), ...answers];
    if (answers === null) {
      this.shown = [];
      this.inputs = [];
    }
  }

  /** Test hook: the quick picks scripted answers met since answers were last cleared, oldest first. */
  get shownPicks(): readonly ShownPick[] {
    return this.shown;
  }

  /** Test hook: the input boxes scripted answers met since answers were last cleared, oldest first. */
  get shownInputs(): readonly ShownInput[] {
    return this.inputs;
  }

  /** How many scripted answers are still waiting (tests check that a flow used them all). */
  get unanswered(): number {
    return this.queue?.length ?? 0;
  }

  text(options: TextOptions & { readonly back?: false }): Promise<string | undefined>;
  text(options: TextOptions): Promise<string | Back | undefined>;
  async text(options: TextOptions): Promise<string | Back | undefined> {
    if (this.queue) {
      this.inputs.push({ title: options.title, value: options.value ?? '' });
      const answer = this.next(options.title);
      const back = scriptedBack(answer, options);
      if (back) return back;
      if (typeof answer === 'object') throw new Error(`Back at "${options.title}", which has no Back button`);
      const error = answer === undefined ? undefined : options.validate?.(answer);
      if (error) throw new Error(`"${answer}" refused at "${options.title}": ${error}`);
      return answer;
    }
    if (options.back) return showInputWithBack(options);
    return vscode.window.showInputBox({
      title: options.title,
      prompt: options.prompt,
      placeHolder: options.placeHolder,
      value: options.value,
      ignoreFocusOut: true,
      validateInput: options.validate,
    });
  }

  pick<T>(options: PickOptions<T> & { readonly back?: false }): Promise<T | undefined>;
  pick<T>(options: PickOptions<T>): Promise<T | Back | undefined>;
  async pick<T>(options: PickOptions<T>): Promise<T | Back | undefined> {
    if (this.queue) return this.scriptedPick(options);
    return showPick(options);
  }

  /**
   * An answer names a choice by its label or, where labels repeat (two Jane Does in two folders),
   * by `label — description` as the quick pick shows it; a label that fits several fails.
   */
  private scriptedPick<T>(options: PickOptions<T>): T | Back | undefined {
    this.shown.push({
      title: options.title,
      placeHolder: options.placeHolder,
      items: options.choices.map(({ label, description, detail }) => ({ label, description, detail })),
      value: options.value ?? '',
    });
    const answer = this.next(options.title);
    if (answer === undefined) return undefined;
    const back = scriptedBack(answer, options);
    if (back) return back;
    if (typeof answer === 'object') throw new Error(`Back at "${options.title}", which has no Back button`);
    const fits = options.choices.filter((c) => c.label === answer || shownAs(c) === answer);
    if (fits.length > 1) throw new Error(`"${answer}" fits ${fits.length} choices at "${options.title}": answer one of ${fits.map((c) => `"${shownAs(c)}"`).join(', ')}`);
    const choice = fits[0];
    if (choice) return choice.value;
    if (!options.typed) throw new Error(`"${answer}" is not a choice at "${options.title}"`);
    const typed = options.typed(answer);
    if (!typed.ok) throw new Error(`"${answer}" refused at "${options.title}": ${typed.error}`);
    return typed.value.value;
  }

  private next(title: string): Answer {
    if (!this.queue || this.queue.length === 0) throw new Error(`no scripted answer left for "${title}"`);
    return this.queue.shift();
  }
}

/** The Back a scripted answer clicks, with the text the box then holds; undefined when it clicks none. */
function scriptedBack(answer: Answer, options: { readonly value?: string; readonly back?: boolean }): Back | undefined {
  if (!options.back) return undefined;
  if (answer === BACK_ANSWER) return new Back(options.value ?? '');
  return typeof answer === 'object' ? new Back(answer.back) : undefined;
}

/** A choice's label and description as one line, `Jane Doe — today • work`. */
function shownAs(choice: vscode.QuickPickItem): string {
  return choice.description ? `${choice.label} — ${choice.description}` : choice.label;
}

interface Item<T> extends vscode.QuickPickItem {
  readonly value?: T;
  /** A typed entry that can't be accepted. */
  readonly refused?: boolean;
}

/** An input box with a Back button (`showInputBox` has no buttons). */
function showInputWithBack(options: TextOptions): Promise<string | Back | undefined> {
  const box = vscode.window.createInputBox();
  box.title = options.title;
  box.prompt = options.prompt;
  box.placeholder = options.placeHolder;
  box.value = options.value ?? '';
  box.ignoreFocusOut = true;
  box.buttons = [vscode.QuickInputButtons.Back];
  const validate = () => { box.validationMessage = options.validate?.(box.value); };
  box.onDidChangeValue(validate);
  validate();
  return new Promise((resolve) => {
    let settled = false;
    const settle = (value: string | Back | undefined) => {
      settled = true;
      resolve(value);
      box.hide();
    };
    // What was typed goes back with the click: the step shows it again when the flow returns.
    box.onDidTriggerButton((b) => { if (b === vscode.QuickInputButtons.Back) settle(new Back(box.value)); });
    box.onDidAccept(() => { if (!options.validate?.(box.value)) settle(box.value); });
    box.onDidHide(() => {
      if (!settled) resolve(undefined);
      box.dispose();
    });
    box.show();
  });
}

function showPick<T>(options: PickOptions<T>): Promise<T | Back | undefined> {
  const qp = vscode.window.createQuickPick<Item<T>>();
  qp.title = options.title;
  if (options.back) qp.buttons = [vscode.QuickInputButtons.Back];
  qp.placeholder = options.placeHolder;
  qp.ignoreFocusOut = true;
  qp.matchOnDescription = true;
  const choices: Item<T>[] = [...options.choices];
  const refresh = () => {
    const text = qp.value.trim();
    if (!options.typed || text === '' || choices.some((c) => c.label.toLowerCase() === text.toLowerCase())) {
      qp.items = choices;
      return;
    }
    const r = options.typed(text);
    // Quoted, so that a known choice the text begins or ends ranks above it: VS Code sorts the
    // matches by label, an exact match first, and the bare text "Phone" beat "Phone call".
    const label = `“${text}”`;
    const typed: Item<T> = r.ok
      ? { label, description: `→ ${r.value.preview}`, value: r.value.value, alwaysShow: true }
      : { label, detail: `$(error) ${r.error}`, refused: true, alwaysShow: true };
    qp.items = [...choices, typed];
  };
  qp.onDidChangeValue(refresh);
  if (options.value) qp.value = options.value;
  refresh();
  return new Promise<T | Back | undefined>((resolve) => {
    let settled = false;
    qp.onDidTriggerButton((b) => {
      if (b !== vscode.QuickInputButtons.Back) return;
      settled = true;
      resolve(new Back(qp.value));
      qp.hide();
    });
    qp.onDidAccept(() => {
      const item = qp.selectedItems[0] ?? qp.activeItems[0];
      if (!item || item.refused) return;
      settled = true;
      resolve(item.value);
      qp.hide();
    });
    qp.onDidHide(() => {
      if (!settled) resolve(undefined);
      qp.dispose();
    });
    qp.show();
  });
}

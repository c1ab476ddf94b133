import type * as vscode from 'vscode';
import { type Result } from '../core';

/** One choice of a quick pick, carrying the value it stands for. */
export interface Choice<T> extends vscode.QuickPickItem {
  readonly value: T;
}

/**
 * What a step of a multi-step flow gives when the user clicks its Back button: the text in the
 * box at that moment, for the step to show again when the flow comes forward to it.
 */
export class Back {
  constructor(readonly text: string) {}
}

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

/**
 * Every question the extension asks goes through here: VS Code's input box and quick pick for
 * the user (`QuickInputPrompts`), answers given ahead of time in the integration tests. Each
 * resolves to `undefined` when the question is dismissed (Escape).
 */
export interface Prompts {
  text(options: TextOptions & { readonly back?: false }): Promise<string | undefined>;
  text(options: TextOptions): Promise<string | Back | undefined>;
  pick<T>(options: PickOptions<T> & { readonly back?: false }): Promise<T | undefined>;
  pick<T>(options: PickOptions<T>): Promise<T | Back | undefined>;
}

// The tests' answers to the extension's questions, given ahead of time: each question takes the
// next one without showing anything, and an answer the real UI would refuse fails loudly.
import type * as vscode from 'vscode';
import type { Back, PickOptions, Prompts, TextOptions } from '../../src/extension/prompts';

/**
 * An answer given ahead of time: the text typed or the label picked; `undefined` is Escape;
 * `{ back: text }` types `text` into the box and then clicks Back.
 */
export type Answer = string | undefined | { readonly back: string };

/** The scripted answer that clicks Back (where the question has the button), the box as it opened. */
export const BACK_ANSWER = '<Back>';

/** An input box as a scripted answer met it: its title and the text it started with. */
export interface ShownInput {
  readonly title: string;
  readonly value: string;
}

/** A quick pick as a scripted answer met it: what the user would have seen. */
export interface ShownPick {
  readonly title: string;
  readonly placeHolder?: string;
  readonly items: ReadonlyArray<Pick<vscode.QuickPickItem, 'label' | 'description' | 'detail'>>;
  /** The text the pick started with. */
  readonly value: string;
}

/**
 * Prompts that answer from a queue. `makeBack` is the extension's own `Back`: the tests are
 * bundled apart from it, and a flow knows the Back button's answer by its class.
 */
export class ScriptedPrompts implements Prompts {
  private readonly queue: Answer[] = [];
  private readonly picks: ShownPick[] = [];
  private readonly inputs: ShownInput[] = [];

  constructor(private readonly makeBack: typeof Back) {}

  /** Queues answers after those still waiting. */
  script(answers: readonly Answer[]): void {
    this.queue.push(...answers);
  }

  /** How many answers are still waiting (tests check that a flow used them all). */
  get unanswered(): number {
    return this.queue.length;
  }

  /** The quick picks the answers met, oldest first. */
  get shownPicks(): readonly ShownPick[] {
    return this.picks;
  }

  /** The input boxes the answers met, oldest first. */
  get shownInputs(): readonly ShownInput[] {
    return this.inputs;
  }

  text(options: TextOptions & { readonly back?: false }): Promise<string | undefined>;
  text(options: TextOptions): Promise<string | Back | undefined>;
  async text(options: TextOptions): Promise<string | Back | undefined> {
    this.inputs.push({ title: options.title, value: options.value ?? '' });
    const answer = this.next(options.title);
    const back = this.back(answer, options);
    if (back) return back;
    if (typeof answer === 'object') throw new Error(`Back at "${options.title}", which has no Back button`);
    const error = answer === undefined ? undefined : options.validate?.(answer);
    if (error) throw new Error(`"${answer}" refused at "${options.title}": ${error}`);
    return answer;
  }

  /**
   * An answer names a choice by its label or, where labels repeat (two Jane Does in two folders),
   * by `label — description` as the quick pick shows it; a label that fits several fails.
   */
  pick<T>(options: PickOptions<T> & { readonly back?: false }): Promise<T | undefined>;
  pick<T>(options: PickOptions<T>): Promise<T | Back | undefined>;
  async pick<T>(options: PickOptions<T>): Promise<T | Back | undefined> {
    this.picks.push({
      title: options.title,
      placeHolder: options.placeHolder,
      items: options.choices.map(({ label, description, detail }) => ({ label, description, detail })),
      value: options.value ?? '',
    });
    const answer = this.next(options.title);
    if (answer === undefined) return undefined;
    const back = this.back(answer, options);
    if (back) return back;
    if (typeof answer === 'object') throw new Error(`Back at "${options.title}", which has no Back button`);
    // A separator (kind -1, QuickPickItemKind.Separator) can't be picked.
    const fits = options.choices.filter((c) => c.kind !== -1 && (c.label === answer || shownAs(c) === answer));
    if (fits.length > 1) throw new Error(`"${answer}" fits ${fits.length} choices at "${options.title}": answer one of ${fits.map((c) => `"${shownAs(c)}"`).join(', ')}`);
    const choice = fits[0];
    if (choice) return choice.value;
    if (!options.typed) throw new Error(`"${answer}" is not a choice at "${options.title}"`);
    const typed = options.typed(answer);
    if (!typed.ok) throw new Error(`"${answer}" refused at "${options.title}": ${typed.error}`);
    return typed.value.value;
  }

  private next(title: string): Answer {
    if (this.queue.length === 0) throw new Error(`no scripted answer left for "${title}"`);
    return this.queue.shift();
  }

  /** The Back an answer clicks, with the text the box then holds; undefined when it clicks none. */
  private back(answer: Answer, options: { readonly value?: string; readonly back?: boolean }): Back | undefined {
    if (!options.back) return undefined;
    if (answer === BACK_ANSWER) return new this.makeBack(options.value ?? '');
    return typeof answer === 'object' ? new this.makeBack(answer.back) : undefined;
  }
}

/** A choice's label and description as one line, `Jane Doe — today • work`. */
function shownAs(choice: vscode.QuickPickItem): string {
  return choice.description ? `${choice.label} — ${choice.description}` : choice.label;
}

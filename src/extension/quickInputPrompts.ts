import * as vscode from 'vscode';
import { Back, type PickOptions, type Prompts, type TextOptions } from './prompts';

/** The questions as the user meets them: VS Code's input box and quick pick. */
export class QuickInputPrompts implements Prompts {
  text(options: TextOptions & { readonly back?: false }): Promise<string | undefined>;
  text(options: TextOptions): Promise<string | Back | undefined>;
  async text(options: TextOptions): Promise<string | Back | undefined> {
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
  pick<T>(options: PickOptions<T>): Promise<T | Back | undefined> {
    return showPick(options);
  }
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
    // A separator's label (Touches) is no choice: typed, it is an action of its own.
    if (!options.typed || text === '' || choices.some((c) => c.kind !== vscode.QuickPickItemKind.Separator && c.label.toLowerCase() === text.toLowerCase())) {
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

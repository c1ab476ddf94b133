import * as vscode from 'vscode';
import { type AgendaItem, type CallSheetAction, type ShownSheet, callSheetBody, callSheetModel, callSheetPage, pageMessage } from '../core';
import { type Config } from './config';
import { lineSelection } from './coreVscode';
import { type Diary } from './diary';
import { Disposable } from './disposable';
import { type FollowUpNode } from './followUpsView';
import { Commands, Views } from './ids';
import { type OwnerScope } from './ownerScope';
import { type Log, guarded } from './log';
import { nonce, pageOptions } from './webviewPage';
import { toUri } from './workspaceHost';

/** The commands the page's buttons run, each given the contact as a tree item gives it. */
const COMMANDS: Readonly<Record<Exclude<CallSheetAction, 'open'>, string>> = {
  log: Commands.logContact,
  snooze: Commands.snooze1Day,
  reschedule: Commands.reschedule,
};

export interface CallSheetPanelDeps {
  readonly diary: Diary;
  /** Whose contacts the sheet lists. */
  readonly owners: OwnerScope;
  readonly config: Config;
  readonly log: Log;
  /**
   * When set, the page reports what it shows once loaded, and this is told (`undefined` while no
   * page is loaded): in ExtensionMode.Test only, as VS Code can't read a webview back.
   */
  readonly onShown?: (shown: ShownSheet | undefined) => void;
}

/**
 * Today's Call Sheet as a webview panel beside the editor, to work the day from: each contact's
 * name opens the note, phone and email are links, and Log…, Snooze and Reschedule… run the
 * commands of the Follow-ups view on that contact. One panel, revealed when asked for again; it
 * follows the diary and the daily target, and is given a new page only when the sheet changed.
 *
 * The notes are hostile input: the page (core's `callSheetPage`) escapes them and runs only its
 * own script, under a strict CSP, with no local resources; a message from the page is checked
 * (`pageMessage`) and names a contact only by an id this panel gave the page.
 */
export class CallSheetPanel extends Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** The body the page was last given: a diary change that leaves it as it is leaves the page alone. */
  private body: string | undefined;
  /** The contacts on the page, by the id it knows them by. */
  private items = new Map<string, AgendaItem>();
  /** Each file's id while the panel is open: a click that crosses a re-render still means its contact. */
  private readonly ids = new Map<string, string>();

  constructor(private readonly deps: CallSheetPanelDeps) {
    super();
    this.register(deps.diary.onDidChange(() => this.update()));
    this.register(deps.owners.onDidChange(() => this.update()));
    this.register(deps.config.onDidChange((e) => { if (deps.config.affects(e, 'dailyTarget')) this.update(); }));
    this.register({ dispose: () => this.panel?.dispose() });
  }

  /** Opens the panel beside the editor, or brings the open one forward where it is. */
  show(): void {
    if (this.panel) {
      this.panel.reveal();
      return;
    }
    // The page's own script (by nonce): the buttons post messages.
    const panel = vscode.window.createWebviewPanel(Views.callSheet, "Today's Call Sheet", vscode.ViewColumn.Beside, pageOptions(true));
    this.panel = panel;
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.body = undefined;
      this.items.clear();
      this.ids.clear();
      this.deps.onShown?.(undefined);
    });
    panel.webview.onDidReceiveMessage((data: unknown) => void this.receive(data));
    this.update();
  }

  /**
   * Does what a message from the page asks, if it may: one of the page's actions on a contact
   * the page shows. Resolves when the command has finished: true if it ran, false if refused.
   */
  async receive(data: unknown): Promise<boolean> {
    const message = pageMessage(data);
    if (!message) {
      this.deps.log.warn(`The call sheet refused a message it doesn't know: ${preview(data)}`);
      return false;
    }
    if (message.type === 'shown') {
      if (!this.deps.onShown) return false;
      this.deps.onShown(message.shown);
      return true;
    }
    const item = this.items.get(message.id);
    if (!item) {
      this.deps.log.warn(`The call sheet refused "${message.action}" on id ${message.id}, which is not a contact it shows`);
      return false;
    }
    if (message.action === 'open') {
      await guarded(this.deps.log, 'Open Contact', async () => {
        await vscode.commands.executeCommand('vscode.open', toUri(item.file), { selection: lineSelection(item.line), preview: true, viewColumn: this.noteColumn() });
      });
      return true;
    }
    // The commands are guarded themselves: a failure is shown to the user, not thrown here.
    const node: FollowUpNode = { kind: 'item', item };
    await vscode.commands.executeCommand(COMMANDS[message.action], node);
    return true;
  }

  private update(): void {
    const panel = this.panel;
    if (!panel) return;
    const { diary } = this.deps;
    const ground = diary.commonGround();
    const model = callSheetModel(this.deps.owners.agenda(diary.agenda()), { target: this.deps.config.dailyTarget, groundOf: (item) => ground.reason(diary.interestsOf(item.file)) });
    const body = callSheetBody(model, (entry) => this.idOf(entry.item.file));
    this.items = new Map([...model.now, ...model.rest].map((entry) => [this.idOf(entry.item.file), entry.item]));
    if (body === this.body) return;
    this.body = body;
    this.deps.onShown?.(undefined);
    panel.webview.html = callSheetPage(body, { nonce: nonce(), report: this.deps.onShown !== undefined });
  }

  private idOf(file: string): string {
    let id = this.ids.get(file);
    if (id === undefined) this.ids.set(file, (id = String(this.ids.size + 1)));
    return id;
  }

  /** A note opens beside the sheet, not in its place. */
  private noteColumn(): vscode.ViewColumn {
    return this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One;
  }
}

function preview(data: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(data) ?? String(data);
  } catch {
    text = String(data);
  }
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

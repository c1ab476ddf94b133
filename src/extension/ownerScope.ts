import * as vscode from 'vscode';
import { type Agenda, EVERYONE, type OwnerFilter, filterAgenda, ownerFilter } from '../core';
import { type Config } from './config';
import { Disposable } from './disposable';
import { Commands, ContextKeys } from './ids';

/** Where the choice of everyone's contacts is remembered, per workspace. */
const EVERYONE_KEY = 'contactDiary.showsEveryone';

/**
 * Whose contacts the diary shows, in a diary a team shares: with `contactDiary.me` set, the
 * user's and those nobody owns, or everyone's when the user switches to them (the Follow-ups
 * view's title bar). The view, its badge, the status bar, the call sheet and Plan My Week all
 * show `agenda(…)` through this one filter, so their counts agree. Without `me` the switch is
 * hidden and every contact is shown.
 */
export class OwnerScope extends Disposable {
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  /** The filter changed: the switch was used, or `contactDiary.me` changed. */
  readonly onDidChange = this.changed.event;
  private everyone: boolean;

  /** `state` remembers the switch (the workspace's state); without it the diary starts with the user's contacts. */
  constructor(private readonly config: Config, private readonly state?: vscode.Memento) {
    super();
    this.everyone = state?.get<boolean>(EVERYONE_KEY) === true;
    this.register(vscode.commands.registerCommand(Commands.viewEveryone, () => this.show(true)));
    this.register(vscode.commands.registerCommand(Commands.viewMine, () => this.show(false)));
    this.register(config.onDidChange((e) => {
      if (!config.affects(e, 'me')) return;
      this.setContext();
      this.changed.fire();
    }));
    this.setContext();
  }

  /** Whether everyone's contacts are shown, grouped by owner in the view: only once `me` is set. */
  get showsEveryone(): boolean {
    return this.everyone && this.config.me !== undefined;
  }

  /** The filter of the moment (see `OwnerFilter`). */
  filter(): OwnerFilter {
    return this.showsEveryone ? EVERYONE : ownerFilter(this.config.me);
  }

  /** The agenda with only the contacts shown. */
  agenda(agenda: Agenda): Agenda {
    return filterAgenda(agenda, this.filter());
  }

  /** Shows everyone's contacts or the user's, and remembers the choice. */
  async show(everyone: boolean): Promise<void> {
    if (everyone === this.everyone) return;
    this.everyone = everyone;
    this.setContext();
    this.changed.fire();
    await this.state?.update(EVERYONE_KEY, everyone);
  }

  private setContext(): void {
    void vscode.commands.executeCommand('setContext', ContextKeys.meSet, this.config.me !== undefined);
    void vscode.commands.executeCommand('setContext', ContextKeys.showsEveryone, this.showsEveryone);
  }
}

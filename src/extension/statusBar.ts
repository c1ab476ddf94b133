import * as vscode from 'vscode';
import { type Agenda, type AgendaGroupId, loggedToday } from '../core';
import { type Config } from './config';
import { type Diary } from './diary';
import { Disposable } from './disposable';
import { Commands, StatusBarItems } from './ids';
import { type OwnerScope } from './ownerScope';

const NAMES_IN_TOOLTIP = 5;

/** What the status bar says about the contacts due: its text, tooltip and the words a screen reader reads. */
export interface DueStatus {
  readonly text: string;
  readonly tooltip: string;
  readonly label: string;
}

/**
 * `$(calendar) 2 overdue · 3 due today` (the words of the view's badge), and with a daily
 * `target` the day's progress in the call sheet's words, `3 of 5 calls today` (conversations
 * logged today; `$(pass) 5 of 5 calls today, target met` once it is); undefined when nothing
 * is due and nothing was logged.
 */
export function dueStatus(agenda: Agenda, target?: number): DueStatus | undefined {
  const overdue = group(agenda, 'overdue');
  const today = group(agenda, 'today');
  const calls = target === undefined ? 0 : loggedToday(agenda).conversations;
  if (overdue.length + today.length === 0 && calls === 0) return undefined;
  const parts = [overdue.length ? `${overdue.length} overdue` : '', today.length ? `${today.length} due today` : ''].filter(Boolean);
  const met = target !== undefined && target > 0 && calls >= target;
  const progress = target === undefined ? '' : `${calls} of ${target} ${target === 1 ? 'call' : 'calls'} today${met ? ', target met' : ''}`;
  const words = [...parts, ...(progress ? [progress] : [])];
  const icon = met ? '$(pass)' : '$(calendar)';
  return {
    text: `${icon} ${words.join(' · ')}`,
    tooltip: tooltip(overdue, today, progress && `Today: ${progress} (conversations logged today, against contactDiary.dailyTarget)`),
    label: `Contact Diary: ${words.join(', ')}`,
  };
}

/** The contacts due in the status bar (`dueStatus`): hidden when nothing is due or the setting is off. */
export class StatusBar extends Disposable {
  readonly item = this.register(vscode.window.createStatusBarItem(StatusBarItems.due, vscode.StatusBarAlignment.Left, 50));

  /** `owners` says whose contacts count, as the view's badge counts them. */
  constructor(private readonly diary: Diary, private readonly config: Config, private readonly owners: OwnerScope) {
    super();
    this.item.name = 'Contact Diary: due contacts';
    this.item.command = Commands.showFollowUps;
    this.register(diary.onDidChange(() => this.update()));
    this.register(config.onDidChange(() => this.update()));
    this.register(owners.onDidChange(() => this.update()));
    this.update();
  }

  private update(): void {
    const status = this.config.showStatusBar ? dueStatus(this.owners.agenda(this.diary.agenda()), this.config.dailyTarget) : undefined;
    if (!status) {
      this.item.hide();
      return;
    }
    this.item.text = status.text;
    this.item.tooltip = status.tooltip;
    this.item.accessibilityInformation = { label: status.label };
    this.item.show();
  }
}

/** The names of a group's follow-ups (not its birthday lines: they are not due). */
function group(agenda: Agenda, id: AgendaGroupId): readonly string[] {
  return agenda.groups.find((g) => g.id === id)?.items.filter((i) => i.kind === 'follow-up').map((i) => i.name) ?? [];
}

function tooltip(overdue: readonly string[], today: readonly string[], progress: string): string {
  const line = (label: string, names: readonly string[]) => {
    if (names.length === 0) return undefined;
    const more = names.length > NAMES_IN_TOOLTIP ? ` and ${names.length - NAMES_IN_TOOLTIP} more` : '';
    return `${label}: ${names.slice(0, NAMES_IN_TOOLTIP).join(', ')}${more}`;
  };
  return [line('Overdue', overdue), line('Due today', today), progress, 'Click to show the follow-ups'].filter(Boolean).join('\n');
}

import * as vscode from 'vscode';
import { type Agenda, type AgendaGroupId } from '../core';
import { type Config } from './config';
import { type Diary } from './diary';
import { Disposable } from './disposable';
import { Commands, StatusBarItems } from './ids';

const NAMES_IN_TOOLTIP = 5;

/** What the status bar says about the contacts due: its text, tooltip and the words a screen reader reads. */
export interface DueStatus {
  readonly text: string;
  readonly tooltip: string;
  readonly label: string;
}

/** `$(calendar) 2 overdue · 3 due today` (the words of the view's badge), or undefined when nothing is due. */
export function dueStatus(agenda: Agenda): DueStatus | undefined {
  const overdue = group(agenda, 'overdue');
  const today = group(agenda, 'today');
  if (overdue.length + today.length === 0) return undefined;
  const parts = [overdue.length ? `${overdue.length} overdue` : '', today.length ? `${today.length} due today` : ''].filter(Boolean);
  return { text: `$(calendar) ${parts.join(' · ')}`, tooltip: tooltip(overdue, today), label: `Contact Diary: ${parts.join(', ')}` };
}

/** The contacts due in the status bar (`dueStatus`): hidden when nothing is due or the setting is off. */
export class StatusBar extends Disposable {
  readonly item = this.register(vscode.window.createStatusBarItem(StatusBarItems.due, vscode.StatusBarAlignment.Left, 50));

  constructor(private readonly diary: Diary, private readonly config: Config) {
    super();
    this.item.name = 'Contact Diary: due contacts';
    this.item.command = Commands.showFollowUps;
    this.register(diary.onDidChange(() => this.update()));
    this.register(config.onDidChange(() => this.update()));
    this.update();
  }

  private update(): void {
    const status = this.config.showStatusBar ? dueStatus(this.diary.agenda()) : undefined;
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

function group(agenda: Agenda, id: AgendaGroupId): readonly string[] {
  return agenda.groups.find((g) => g.id === id)?.items.map((i) => i.name) ?? [];
}

function tooltip(overdue: readonly string[], today: readonly string[]): string {
  const line = (label: string, names: readonly string[]) => {
    if (names.length === 0) return undefined;
    const more = names.length > NAMES_IN_TOOLTIP ? ` and ${names.length - NAMES_IN_TOOLTIP} more` : '';
    return `${label}: ${names.slice(0, NAMES_IN_TOOLTIP).join(', ')}${more}`;
  };
  return [line('Overdue', overdue), line('Due today', today), 'Click to show the follow-ups'].filter(Boolean).join('\n');
}

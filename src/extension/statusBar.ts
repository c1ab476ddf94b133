import * as vscode from 'vscode';
import { Agenda, AgendaGroupId } from '../core';
import { Config } from './config';
import { Diary } from './diary';
import { Disposable } from './disposable';
import { Commands } from './ids';

const NAMES_IN_TOOLTIP = 5;

/** `$(calendar) 2 overdue · 3 due today` (the words of the view's badge): hidden when nothing is due or the setting is off. */
export class StatusBar extends Disposable {
  readonly item = this.register(vscode.window.createStatusBarItem('contactDiary.due', vscode.StatusBarAlignment.Left, 50));
  private shown = false;

  /** What the item shows now, undefined while hidden (for the test API). */
  get shownText(): { readonly text: string; readonly tooltip: string } | undefined {
    return this.shown ? { text: this.item.text, tooltip: String(this.item.tooltip ?? '') } : undefined;
  }

  constructor(private readonly diary: Diary, private readonly config: Config) {
    super();
    this.item.name = 'Contact Diary: due contacts';
    this.item.command = Commands.showFollowUps;
    this.register(diary.onDidChange(() => this.update()));
    this.register(config.onDidChange(() => this.update()));
    this.update();
  }

  private update(): void {
    const agenda = this.diary.agenda();
    const overdue = group(agenda, 'overdue');
    const today = group(agenda, 'today');
    if (!this.config.showStatusBar || overdue.length + today.length === 0) {
      this.item.hide();
      this.shown = false;
      return;
    }
    const parts = [overdue.length ? `${overdue.length} overdue` : '', today.length ? `${today.length} due today` : ''].filter(Boolean);
    this.item.text = `$(calendar) ${parts.join(' · ')}`;
    this.item.tooltip = tooltip(overdue, today);
    this.item.accessibilityInformation = { label: `Contact Diary: ${parts.join(', ')}` };
    this.item.show();
    this.shown = true;
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

import * as vscode from 'vscode';
import { type Contact, type LocalDate, type PlannedItem, type WeekPlan, formatIsoDate, planMarkdown, plannedFrom, plannedNext, plural, planWeek, reschedule, shortDate } from '../../core';
import { Commands } from '../ids';
import { guarded } from '../log';
import { type Choice } from '../prompts';
import { toUri } from '../workspaceHost';
import { type CommandDeps } from './deps';
import { editContacts } from './editContacts';

const TITLE = 'Plan My Week';
/** The choice that writes the plan: first, so Enter takes it. */
export const ACCEPT = '$(check) Accept the plan';

/** A step of the plan's quick pick: accept the plan, or take a contact out of it (or back in). */
type Step = { readonly accept: true } | { readonly toggle: string };

/**
 * Plan My Week: the coming working days (`workingDays`), up to the daily target a day, shown day
 * by day before anything changes. Picking a contact leaves it out (or takes it back); Accept
 * writes each kept contact's `next:` as one change with one Undo; Escape changes nothing.
 */
export function registerPlanWeek(deps: CommandDeps): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.planWeek, () => guarded(deps.log, TITLE, async () => {
    await deps.diary.whenReadFor(TITLE);
    const today = deps.clock.today();
    const index = deps.diary.index;
    const plan = planWeek(deps.owners.agenda(deps.diary.agenda()), {
      start: today,
      target: deps.config.dailyTarget,
      workingDays: deps.config.workingDays,
      stageOf: (file) => { const e = index.get(file); return e?.kind === 'contact' ? e.contact.stage : undefined; },
    });
    const planned = plan.days.flatMap((d) => d.items.map((item) => ({ item, date: d.date })));
    if (planned.length === 0) {
      void vscode.window.showInformationMessage(`Contact Diary: nothing to plan — nobody overdue, going cold, due in the coming ${plural(plan.days.length, 'working day')} or a prospect without a next date.`);
      return;
    }
    const left = new Set<string>();
    const preview = new PlanPreview(() => planMarkdown(plan, (file) => vscode.workspace.asRelativePath(toUri(file)), left));
    try {
      await preview.show();
      for (;;) {
        const step = await deps.prompts.pick<Step>({ title: TITLE, placeHolder: 'Pick a contact to leave it out (or take it back); Accept writes the plan', choices: choicesOf(plan, left) });
        if (step === undefined) return;
        if ('toggle' in step) {
          if (!left.delete(step.toggle)) left.add(step.toggle);
          preview.update();
          continue;
        }
        break;
      }
    } finally {
      await preview.close();
    }
    const dates = new Map<string, LocalDate>();
    const contacts: Contact[] = [];
    for (const { item, date } of planned) {
      const entry = index.get(item.file);
      if (left.has(item.file) || entry?.kind !== 'contact') continue;
      const next = plannedNext(item, date);
      if (!next) continue;
      dates.set(item.file, next);
      contacts.push(entry.contact);
    }
    if (contacts.length === 0) {
      deps.message.show('$(calendar) The plan is already in the diary: nothing to change');
      return;
    }
    const { changed } = await editContacts(deps, contacts, { title: TITLE, verb: 'plan' }, (text, current, options) => reschedule(text, dates.get(current.file)!, options));
    if (changed > 0) deps.message.show(`$(calendar) Planned ${plural(changed, 'contact')} over ${plural(plan.days.length, 'day')}`);
  }));
}

/** Accept first (Enter takes it), then each day under a separator: its appointments in the separator, its contacts below. */
function choicesOf(plan: WeekPlan, left: ReadonlySet<string>): Choice<Step>[] {
  const kept = plan.days.reduce((n, d) => n + d.items.filter((i) => !left.has(i.file)).length, 0);
  const choices: Choice<Step>[] = [{ label: ACCEPT, description: `${plural(kept, 'contact')}${left.size > 0 ? ` · ${left.size} left out` : ''}`, value: { accept: true } }];
  for (const day of plan.days) {
    const fixed = day.fixed.length > 0 ? ` · ${day.fixed.map((f) => `${f.name} ${f.from ? formatIsoDate(f.from).slice(11) : ''}`.trim()).join(', ')}` : '';
    choices.push({ label: `${shortDate(day.date)}${fixed}`, kind: vscode.QuickPickItemKind.Separator, value: { accept: true } });
    for (const item of day.items) choices.push(itemChoice(item, day.date, left.has(item.file)));
  }
  return choices;
}

function itemChoice(item: PlannedItem, date: LocalDate, out: boolean): Choice<Step> {
  const from = plannedFrom(item.from, date);
  return {
    label: item.name,
    description: out ? 'left out · pick to take back' : `${shortDate(date)} · ${from}`,
    detail: `${item.reason}${item.nextAction ? ` · ${item.nextAction}` : ''}`,
    iconPath: new vscode.ThemeIcon(out ? 'circle-large-outline' : 'pass-filled'),
    value: { toggle: item.file },
  };
}

/** The scheme of the plan's Markdown, which lives only while the plan is shown. */
const PLAN_SCHEME = 'contact-diary-plan';

/**
 * The plan as a Markdown preview beside the list, day by day with each person's reason and next
 * action; it follows the contacts left out, and closes with the list.
 */
class PlanPreview implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly uri = vscode.Uri.from({ scheme: PLAN_SCHEME, path: `/${TITLE}.md` });
  private registration: vscode.Disposable | undefined;

  constructor(private readonly markdown: () => string) {}

  provideTextDocumentContent(): string {
    return this.markdown();
  }

  /** Opens the preview beside the editor, without taking the focus from the list; the Markdown itself where there is no preview. */
  async show(): Promise<void> {
    this.registration = vscode.workspace.registerTextDocumentContentProvider(PLAN_SCHEME, this);
    try {
      await vscode.commands.executeCommand('markdown.showPreviewToSide', this.uri);
      // The preview's tab comes a moment after the command: the list waits for it, so that
      // closing the list closes the preview too.
      await this.tabShown(3_000);
    } catch {
      await vscode.window.showTextDocument(this.uri, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: true });
    }
  }

  /** Resolves once the preview's tab is there, or after `ms` (a workbench without previews). */
  private tabShown(ms: number): Promise<void> {
    const shown = () => vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => isPlanTab(t, this.uri)));
    if (shown()) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        listener.dispose();
        resolve();
      };
      const timer = setTimeout(done, ms);
      const listener = vscode.window.tabGroups.onDidChangeTabs(() => { if (shown()) done(); });
    });
  }

  update(): void {
    this.changed.fire(this.uri);
  }

  /** Closes the preview (or the Markdown) and forgets the plan. */
  async close(): Promise<void> {
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => isPlanTab(t, this.uri));
    if (tabs.length > 0) await vscode.window.tabGroups.close(tabs).then(undefined, () => undefined);
    this.registration?.dispose();
    this.changed.dispose();
  }
}

function isPlanTab(tab: vscode.Tab, uri: vscode.Uri): boolean {
  if (tab.input instanceof vscode.TabInputText) return tab.input.uri.toString() === uri.toString();
  return tab.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(tab.input.viewType) && tab.label.includes(TITLE);
}

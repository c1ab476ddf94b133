import * as vscode from 'vscode';
import { type Contact, type LocalDate, type PlannedItem, type WeekPlan, formatIsoDate, plural, planWeek, reschedule, sameDay, shortDate } from '../../core';
import { Commands } from '../ids';
import { guarded } from '../log';
import { type Choice } from '../prompts';
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
    for (;;) {
      const step = await deps.prompts.pick<Step>({ title: TITLE, placeHolder: 'Pick a contact to leave it out (or take it back); Accept writes the plan', choices: choicesOf(plan, left) });
      if (step === undefined) return;
      if ('toggle' in step) {
        if (!left.delete(step.toggle)) left.add(step.toggle);
        continue;
      }
      break;
    }
    const dates = new Map<string, LocalDate>();
    const contacts: Contact[] = [];
    for (const { item, date } of planned) {
      const entry = index.get(item.file);
      if (left.has(item.file) || entry?.kind !== 'contact') continue;
      // Already due that day, untimed: nothing to write.
      if (item.from && !item.from.time && sameDay(item.from, date)) continue;
      dates.set(item.file, date);
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
  const from = item.from === null ? 'no next date' : sameDay(item.from, date) && !item.from.time ? 'already due then' : `from ${formatIsoDate(item.from)}`;
  return {
    label: item.name,
    description: out ? 'left out · pick to take back' : `${shortDate(date)} · ${from}`,
    detail: `${item.reason}${item.nextAction ? ` · ${item.nextAction}` : ''}`,
    iconPath: new vscode.ThemeIcon(out ? 'circle-large-outline' : 'pass-filled'),
    value: { toggle: item.file },
  };
}

import * as vscode from 'vscode';
import { type Contact, type LocalDate, describePast, ok, planEdits, previewLine } from '../../core';
import { type IntroPath, type IntroTarget, askForIntroOps, introPaths, introTarget, introTargetName } from '../../core/intro';
import { type LinkTable } from '../../core/links';
import { askDate } from '../dateInput';
import { Commands } from '../ids';
import { guarded } from '../log';
import { type Choice } from '../prompts';
import { toUri } from '../workspaceHost';
import { type CommandDeps } from './deps';
import { editContacts } from './editContacts';

const TITLE = 'Who Can Introduce Me…?';
const ASK = 'Ask for an Introduction';
const OPEN = 'Open Note';

/**
 * Who Can Introduce Me…?: for the tree item it was invoked on, the note it was given, or a
 * contact or company the user picks (or types), the contacts who could open the door, warmest
 * first. Choosing one offers Ask for an Introduction: that contact's next step and date, one edit.
 */
export function registerIntro(deps: CommandDeps): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.whoCanIntroduce, (...args: unknown[]) => guarded(deps.log, TITLE, async () => {
    await deps.diary.whenReadFor(TITLE);
    const table = deps.diary.links();
    const target = givenTarget(deps, table, args) ?? await pickTarget(deps, table);
    if (!target) return;
    const whom = introTargetName(target);
    const today = deps.clock.today();
    const paths = introPaths(target, table, { today, pacing: deps.config.pacing.pacing });
    if (paths.length === 0) {
      void vscode.window.showInformationMessage(`Contact Diary: nobody in the diary can introduce you to ${whom} yet. Add them to someone's knows: list, or note who introduced them (introduced_by).`);
      return;
    }
    const chosen = await deps.prompts.pick({ title: `Who can introduce you to ${whom}`, placeHolder: 'Warmest first: choose someone to ask', choices: paths.map((p) => pathChoice(p, today)) });
    if (!chosen) return;
    const next = await deps.prompts.pick({
      title: `${chosen.contact.name}: an introduction to ${whom}`,
      choices: [
        { label: ASK, description: `next step: Ask for an intro to ${target.kind === 'company' ? `someone at ${whom}` : whom}`, value: ASK },
        { label: OPEN, description: vscode.workspace.asRelativePath(toUri(chosen.contact.file)), value: OPEN },
      ],
    });
    if (next === OPEN) await vscode.window.showTextDocument(toUri(chosen.contact.file));
    if (next === ASK) await askForIntro(deps, chosen.contact, target);
  }));
}

/** Sets the contact's next step to the ask and its date through the date input: one edit, one Undo. */
async function askForIntro(deps: CommandDeps, contact: Contact, target: IntroTarget): Promise<void> {
  const today = deps.clock.today();
  const date = await askDate(deps.prompts, { title: `Ask ${contact.name} for an intro on…`, today });
  if (!date) return;
  const ops = askForIntroOps(target, date);
  const { changed } = await editContacts(deps, [contact], { title: ASK, verb: 'ask for an introduction' }, (text, _c, options) => planEdits(text, ops, options));
  if (changed > 0) deps.message.show(`$(person-add) Ask ${contact.name} for an intro to ${introTargetName(target)}: ${previewLine(date, today)}`);
}

/** `Gita Rao` · `knows · last contact 2 days ago`, the score's reasons under it, a warning when going cold. */
function pathChoice(p: IntroPath, today: LocalDate): Choice<IntroPath> {
  const last = p.lastContact ? `last contact ${describePast(p.lastContact, today)}` : 'no contact on record';
  return {
    label: p.contact.name,
    description: `${p.via} · ${last}${p.cold ? ' · going cold' : ''}`,
    detail: `${p.cold ? '$(warning) ' : ''}${p.why} = ${p.score}`,
    value: p,
  };
}

/** The contact of the tree item or note the command was invoked on. */
function givenTarget(deps: CommandDeps, table: LinkTable, args: readonly unknown[]): IntroTarget | undefined {
  const [first] = args;
  let file: string | undefined;
  if (first instanceof vscode.Uri) file = deps.diary.contactAt(first)?.file;
  else if (typeof first === 'object' && first !== null && (first as { kind?: unknown }).kind === 'item') file = (first as { item: { file: string } }).item.file;
  const contact = file === undefined ? undefined : table.contacts().find((c) => c.file === file);
  return contact && { kind: 'contact', contact };
}

/** A contact or a company from a quick pick; typed text that names neither is taken as a company. */
async function pickTarget(deps: CommandDeps, table: LinkTable): Promise<IntroTarget | undefined> {
  const companies = new Map<string, number>();
  for (const c of table.contacts()) if (c.company) companies.set(c.company, (companies.get(c.company) ?? 0) + 1);
  const choices: Choice<string>[] = [
    ...[...companies].sort(([a], [b]) => a.localeCompare(b)).map(([name, n]) => ({ label: `$(organization) ${name}`, description: `company · ${n} contact${n === 1 ? '' : 's'}`, value: name })),
    ...[...table.contacts()].sort((a, b) => a.name.localeCompare(b.name)).map((c) => ({ label: c.name, description: c.company ?? '', value: c.file })),
  ];
  const picked = await deps.prompts.pick({
    title: TITLE, placeHolder: 'A contact or a company (or type one)', choices,
    typed: (text) => ok({ value: text, preview: `someone at ${text.trim()}` }),
  });
  if (picked === undefined || picked.trim() === '') return undefined;
  const contact = table.contacts().find((c) => c.file === picked);
  return contact ? { kind: 'contact', contact } : introTarget(picked, table);
}

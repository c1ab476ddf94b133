import * as vscode from 'vscode';
import { type ActionChoice, type Contact, type LocalDate, actionChoices, classifyAction, logContact, ok, previewLine, proposedNext } from '../../core';
import { askDate, nextDateChoices } from '../dateInput';
import { Back, type Choice } from '../prompts';
import { Commands, settingId } from '../ids';
import { guarded } from '../log';
import { toUri } from '../workspaceHost';
import { type CommandDeps } from './deps';
import { editContacts } from './editContacts';
import { targetContacts } from './targets';
import { warnIfTooSoon } from './tooSoon';

/** What the user said in the Log Contact flow. */
interface Answers {
  readonly action: string;
  readonly note?: string;
  readonly nextAction?: string;
  readonly next: LocalDate;
  /** They answered what the user was waiting on them for (asked only when waiting). */
  readonly answered?: boolean;
}

/**
 * Log Contact…: what happened, an optional note, the next step and its date — then one edit
 * (last, last_action, next, next_action and a log line), one Undo. Escape at any step changes
 * nothing.
 */
export function registerLogContact(deps: CommandDeps): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.logContact, (...args: unknown[]) => guarded(deps.log, 'Log Contact', async () => {
    const [contact] = (await targetContacts(deps, args, 'Log Contact', false)) ?? [];
    if (!contact) return;
    const answers = await ask(deps, contact);
    if (!answers) return;
    const today = deps.clock.today();
    // The date was asked (proposed from the cadence or contactDiary.defaultFollowUp): core needs no default.
    const { changed } = await editContacts(deps, [contact], { title: 'Log Contact', verb: 'log the contact with' }, (text, _c, options) => logContact(text, {
      today,
      action: answers.action,
      note: answers.note,
      next: answers.next,
      nextAction: answers.nextAction,
      answered: answers.answered,
    }, options));
    if (changed === 0) return;
    deps.message.show(`$(note) Logged ${answers.action} with ${contact.name}; next due ${previewLine(answers.next, today)}${answers.answered ? '; no longer waiting' : ''}`);
    // Judged on the note as logged: a conversation today is the last one.
    warnIfTooSoon(deps, [contact], answers.next);
  }));
}

/**
 * The four questions (five when the user is waiting on the contact: did they answer?), each after the first with a Back button that returns to the one before
 * with what was answered there still in the box: a slip at the date no longer means typing the
 * action, the note and the next step again. What was typed in the box the user leaves by Back is
 * kept too, and is there again when the flow comes forward to it.
 */
async function ask(deps: CommandDeps, contact: Contact): Promise<Answers | undefined> {
  const { prompts } = deps;
  const title = `Log Contact with ${contact.name}`;
  const { vocabulary } = deps.config.forFolder(toUri(contact.file));
  const choices = actionItems(actionChoices(deps.diary.index.contacts(), vocabulary));
  const today = deps.clock.today();
  let action = '';
  let note = '';
  let nextAction = contact.nextAction ?? '';
  let nextTyped = '';
  let next: LocalDate | undefined;
  // Asked only of a contact the user is waiting on: everyone else's flow stays four steps.
  const waiting = contact.waiting;
  const steps = waiting === undefined ? 4 : 5;
  for (let step = 1; ;) {
    if (step === 1) {
      const answer = await prompts.pick<string>({
        title: `${title} (1/${steps})`,
        placeHolder: 'What happened? Pick a recent action or type one, e.g. "Phone call"',
        choices,
        // What the typed action counts as, and which rule says so: never guessed silently.
        typed: (text) => ok({ value: text.trim(), preview: `log this: ${classifyAction(text, vocabulary).rule}` }),
        value: action,
      });
      if (answer === undefined || answer.trim() === '') return undefined;
      action = answer.trim();
    } else if (step === 2) {
      const answer = await prompts.text({ title: `${title} (2/${steps})`, prompt: `A note for the log line (optional): ${action} — …`, placeHolder: 'e.g. interested in short runs', value: note, back: true });
      if (answer === undefined) return undefined;
      if (answer instanceof Back) { note = answer.text; step--; continue; }
      note = answer;
    } else if (step === 3) {
      const answer = await prompts.text({
        title: `${title} (3/${steps})`,
        prompt: 'The next step',
        value: nextAction,
        placeHolder: 'e.g. Send the samples',
        validate: (t) => (/[\r\n]/.test(t) ? 'The next step must fit on one line.' : undefined),
        back: true,
      });
      if (answer === undefined) return undefined;
      if (answer instanceof Back) { nextAction = answer.text; step--; continue; }
      nextAction = answer;
    } else if (step === 5 && waiting !== undefined && next !== undefined) {
      const answer = await prompts.pick<boolean>({
        title: `${title} (5/5)`,
        placeHolder: `You were waiting on them for ${waiting}. Did they answer?`,
        choices: [
          { label: 'They answered', description: 'stop waiting', value: true },
          { label: 'Still waiting', description: `for ${waiting}`, value: false },
        ],
        back: true,
      });
      if (answer === undefined) return undefined;
      if (answer instanceof Back) { step--; continue; }
      return { action, note: note.trim() || undefined, nextAction: nextAction.trim() || undefined, next, answered: answer };
    } else {
      const proposal = proposedNext(today, contact.cadence, deps.config.forFolder(toUri(contact.file)).defaultFollowUp);
      // A mistyped contactDiary.defaultFollowUp is said beside the date it changed, where the user looks.
      const warning = proposal.warning && `${proposal.warning.replace(/\.$/, '')}; one week is proposed instead (${settingId('defaultFollowUp')})`;
      if (warning) deps.log.warn(warning);
      const date = await askDate(prompts, {
        title: `${title} (4/${steps}): when is the next step?`,
        today,
        // "Cadence 3 weeks" or "Default follow-up 1 week", the date beside it like the other choices
        // (it read "Default (default follow-up 1 week)"), after Keep the next date when it is ahead.
        suggested: nextDateChoices(contact.next, today, proposal, warning, nextAction.trim() !== '' && nextAction.trim() !== contact.nextAction),
        back: true,
        value: nextTyped,
      });
      if (date === undefined) return undefined;
      if (date instanceof Back) { nextTyped = date.text; step--; continue; }
      next = date;
      if (steps === 5) { step++; continue; }
      return { action, note: note.trim() || undefined, nextAction: nextAction.trim() || undefined, next };
    }
    step++;
  }
}

/**
 * The actions as quick pick items under two separators, Conversations and Touches (the diary's
 * recent ones first in each); one that no word classifies says it is counted as a touch.
 */
function actionItems(groups: Readonly<Record<'conversation' | 'touch', readonly ActionChoice[]>>): Choice<string>[] {
  const item = (c: ActionChoice): Choice<string> => ({ label: c.action, value: c.action, ...(c.known ? {} : { description: 'counted as a touch: no word says which' }) });
  const separator = (label: string): Choice<string> => ({ label, kind: vscode.QuickPickItemKind.Separator, value: '' });
  return [
    separator('Conversations'), ...groups.conversation.map(item),
    separator('Touches'), ...groups.touch.map(item),
  ];
}

import * as vscode from 'vscode';
import { type Contact, type LocalDate, markWaiting, previewLine, proposedNext } from '../../core';
import { askDate, nextDateChoices } from '../dateInput';
import { Back } from '../prompts';
import { Commands } from '../ids';
import { guarded } from '../log';
import { toUri } from '../workspaceHost';
import { type CommandDeps } from './deps';
import { editContacts } from './editContacts';
import { targetContacts } from './targets';

/**
 * Mark as Waiting on Them…: what for, and when to chase them; then one edit (`waiting`,
 * `waiting_since` today, `next` the chase date), one Undo. Escape at either step changes nothing.
 */
export function registerMarkWaiting(deps: CommandDeps): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.markWaiting, (...args: unknown[]) => guarded(deps.log, 'Mark as Waiting on Them', async () => {
    const [contact] = (await targetContacts(deps, args, 'Mark as Waiting on Them', false)) ?? [];
    if (!contact) return;
    const answers = await ask(deps, contact);
    if (!answers) return;
    const today = deps.clock.today();
    const { changed } = await editContacts(deps, [contact], { title: 'Mark as Waiting on Them', verb: 'mark as waiting' },
      (text, _c, options) => markWaiting(text, { today, what: answers.what, next: answers.next }, options));
    if (changed > 0) deps.message.show(`$(watch) Waiting on ${contact.name} for ${answers.what}; chase ${previewLine(answers.next, today)}`);
  }));
}

/** What for (the current reason in the box), then the chase date, with Back between them. */
async function ask(deps: CommandDeps, contact: Contact): Promise<{ what: string; next: LocalDate } | undefined> {
  const title = `Waiting on ${contact.name}`;
  const today = deps.clock.today();
  let what = contact.waiting ?? '';
  let typed = '';
  for (;;) {
    const answer = await deps.prompts.text({
      title: `${title} (1/2)`,
      prompt: 'What are you waiting on them for?',
      placeHolder: 'e.g. feedback on the proposal',
      value: what,
      validate: (t) => (t.trim() === '' ? 'Say what you are waiting for.' : /[\r\n]/.test(t) ? 'It must fit on one line.' : undefined),
    });
    if (answer === undefined || answer.trim() === '') return undefined;
    what = answer.trim();
    // The next date already ahead is the chase date to keep; else one after the default follow-up.
    const proposal = proposedNext(today, undefined, deps.config.forFolder(toUri(contact.file)).defaultFollowUp);
    const suggested = nextDateChoices(contact.next, today, proposal, proposal.warning);
    const next = await askDate(deps.prompts, { title: `${title} (2/2): when to chase them if they don't answer?`, today, suggested, back: true, value: typed });
    if (next === undefined) return undefined;
    if (next instanceof Back) { typed = next.text; continue; }
    return { what, next };
  }
}

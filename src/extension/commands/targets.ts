import * as vscode from 'vscode';
import { type AgendaItem, type Contact, contactChoices } from '../../core';
import { type FollowUpNode } from '../followUpsView';
import { Commands } from '../ids';
import { folderToName, withFolder } from '../itemPresentation';
import { warnOfAttention } from '../needsAttention';
import { toPath, toUri } from '../workspaceHost';
import { type CommandDeps } from './deps';

/**
 * The contacts a command acts on: the tree items it was invoked on (all selected ones when
 * `many`), else the file URI it was given (a CodeLens, a quick fix), else the contact in the
 * active editor, else the one the user picks (most urgent
 * first). Undefined when the user pressed Escape or there is nothing to act on.
 */
export async function targetContacts(deps: CommandDeps, args: readonly unknown[], title: string, many: boolean): Promise<Contact[] | undefined> {
  const fromTree = treeItems(args, many);
  if (fromTree.length > 0) {
    const contacts = resolve(deps, fromTree.map((i) => i.file));
    const unreadable = fromTree.filter((i) => !contacts.some((c) => c.file === i.file));
    // A file under Needs attention that can't be read (invalid YAML) has no values to change.
    if (unreadable.length > 0) {
      const names = unreadable.map((i) => vscode.workspace.asRelativePath(toUri(i.file))).join(', ');
      const what = unreadable.length === 1 ? 'a contact' : 'contacts';
      void vscode.window.showWarningMessage(`Contact Diary: ${title} left out ${names}, which can't be read as ${what}: ${unreadable[0]!.problem ?? 'see Needs attention'}`);
    }
    return contacts;
  }
  // A CodeLens or quick fix names its document: that contact, whichever editor has the focus.
  const named = args[0] instanceof vscode.Uri ? deps.diary.contactAt(args[0]) : undefined;
  if (named) return [named];
  const editor = vscode.window.activeTextEditor;
  const active = editor && deps.diary.contactAt(editor.document.uri);
  if (active) return [active];
  // The note in the editor is listed under Needs attention (its front-matter can't be read): the
  // user means this one, and a list of the others would act on someone else.
  const unreadable = editor && deps.diary.index.get(toPath(editor.document.uri));
  if (editor && unreadable?.kind === 'attention') {
    void vscode.window.showWarningMessage(`Contact Diary: ${title} can't change ${vscode.workspace.asRelativePath(editor.document.uri)} until its front-matter can be read: ${unreadable.problem.message.replace(/\.$/, '')}. Fix it (see the Problems panel), then run ${title} again.`);
    return undefined;
  }
  return pickContact(deps, title);
}

/** VS Code calls a tree command with (clicked node, all selected nodes). */
function treeItems(args: readonly unknown[], many: boolean): AgendaItem[] {
  const [clicked, selected] = args;
  const nodes = many && Array.isArray(selected) && selected.length > 0 ? selected : clicked ? [clicked] : [];
  // Under Needs attention too: a contact whose next: date can't be read is put right by a new one.
  return nodes.filter(isItemNode).map((n) => n.item);
}

function isItemNode(n: unknown): n is Extract<FollowUpNode, { kind: 'item' }> {
  return typeof n === 'object' && n !== null && (n as FollowUpNode).kind === 'item';
}

function resolve(deps: CommandDeps, files: readonly string[]): Contact[] {
  const out: Contact[] = [];
  for (const file of new Set(files)) {
    const entry = deps.diary.index.get(file);
    if (entry?.kind === 'contact') out.push(entry.contact);
  }
  return out;
}

async function pickContact(deps: CommandDeps, title: string): Promise<Contact[] | undefined> {
  const { items, unreadable } = contactChoices(deps.diary.agenda(), (file) => deps.diary.index.get(file)?.kind === 'contact');
  if (items.length === 0) {
    void nothingToPick(deps, title, unreadable);
    return undefined;
  }
  const choices = items.map((item) => ({
    label: item.name,
    description: withFolder(item.description, folderToName(item.file)),
    detail: item.company,
    value: item.file,
  }));
  const file = await deps.prompts.pick({ title, placeHolder: 'Which contact? (most urgent first)', choices });
  return file === undefined ? undefined : resolve(deps, [file]);
}

/**
 * Why there is no contact to pick: the diary has none yet (New Contact… makes the first), or
 * every note it has needs attention first, which is a different thing to tell the user.
 */
async function nothingToPick(deps: CommandDeps, title: string, unreadable: readonly AgendaItem[]): Promise<void> {
  const create = 'New Contact…';
  const choice = unreadable.length === 0
    ? await vscode.window.showInformationMessage('Contact Diary: no contacts yet. "New Contact…" creates the first one.', create)
    : await warnOfAttention(deps, unreadable, (notes) => `no contact can be changed: ${notes}. Fix ${unreadable.length === 1 ? 'it' : 'them'}, then run ${title} again.`, create);
  if (choice === create) await vscode.commands.executeCommand(Commands.newContact);
}

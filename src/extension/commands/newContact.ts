import * as vscode from 'vscode';
import { contactSlug, newContactPlace, newContactText } from '../../core';
import { readBytes } from '../applyEdits';
import { Commands, SettingsSection, settingId } from '../ids';
import { guarded } from '../log';
import { toUri } from '../workspaceHost';
import { Back } from '../prompts';
import { type CommandDeps } from './deps';

/**
 * New Contact…: asks the name (and company), creates `<folder>/<slug>.md` and opens it; never
 * overwrites. Undo Last Change removes the file again while it holds what was written.
 */
export function registerNewContact(deps: CommandDeps): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.newContact, () => guarded(deps.log, 'New Contact', async () => {
    const folder = await pickFolder(deps);
    if (!folder) return;
    const config = deps.config.forFolder(folder.uri);
    const where = placeInFolder(deps, folder, config);
    // The company question has a Back button to the name. Every answer stays as it was given
    // when the user steps back and forth: the name and the company (typed before Back) are in
    // their boxes again, and a namesake question answered is not asked again while the name stands.
    let name = '';
    let company = '';
    let namesakesAnsweredFor: string | undefined;
    let uri: vscode.Uri;
    let fileExists: boolean;
    for (;;) {
      const typed = await deps.prompts.text({
        title: 'New Contact (1/2)',
        prompt: 'Name',
        placeHolder: 'e.g. Jane Doe',
        value: name,
        validate: (t) => {
          const slug = contactSlug(t);
          return t.trim() === '' ? 'A contact needs a name.' : slug.ok ? undefined : slug.error;
        },
      });
      if (typed === undefined) return;
      name = typed;
      const slug = contactSlug(name);
      if (!slug.ok) {
        void vscode.window.showWarningMessage(`Contact Diary: ${slug.error}`);
        return;
      }
      uri = vscode.Uri.joinPath(folder.uri, ...where.split(/[\\/]+/).filter(Boolean), `${slug.value}.md`);
      fileExists = await exists(uri);
      // The file is there: what it holds is opened below, with no company asked only to be dropped.
      if (fileExists) break;
      if (!deps.diary.covers(uri)) {
        void notCovered(uri);
        return;
      }
      const key = name.trim().toLowerCase();
      if (namesakesAnsweredFor !== key) {
        if ((await offerNamesakes(deps, folder, name.trim(), uri)) !== 'create') return;
        namesakesAnsweredFor = key;
      }
      const answer = await deps.prompts.text({ title: 'New Contact (2/2)', prompt: 'Company (optional)', placeHolder: 'e.g. Acme Print', value: company, back: true });
      if (answer === undefined) return;
      if (answer instanceof Back) {
        company = answer.text;
        continue;
      }
      company = answer;
      break;
    }
    if (fileExists || await exists(uri)) {
      void vscode.window.showInformationMessage(`Contact Diary: ${vscode.workspace.asRelativePath(uri)} already exists: it is opened, not overwritten. For someone else of that name, run New Contact… again with a name told apart, such as "${name.trim()} (their company)".`);
      await vscode.window.showTextDocument(uri, { preview: false });
      return;
    }
    const text = newContactText({ name, company: company.trim() || undefined, today: deps.clock.today(), logHeading: config.logHeading });
    if (!text.ok) {
      void vscode.window.showWarningMessage(`Contact Diary: ${text.error}`);
      return;
    }
    const edit = new vscode.WorkspaceEdit();
    // overwrite: false makes the creation fail rather than replace a file made meanwhile
    edit.createFile(uri, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(text.value) });
    if (!(await vscode.workspace.applyEdit(edit))) {
      void vscode.window.showWarningMessage(`Contact Diary: couldn't create ${vscode.workspace.asRelativePath(uri)}.`);
      return;
    }
    deps.diary.touch([uri]);
    deps.log.info(`New contact: ${uri.path}`);
    const doc = await vscode.workspace.openTextDocument(uri);
    if (doc.isDirty) await doc.save();
    // Undo Last Change deletes the file while it holds these bytes, and nothing else.
    const written = await readBytes(uri);
    if (written) deps.undo.remember(`New Contact (${name.trim()})`, [{ uri, entry: { kind: 'created', after: written } }]);
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('role:'));
    const at = new vscode.Position(Math.max(0, line), line >= 0 ? 'role: '.length : 0);
    // Pinned, not a preview tab: the next file opened must not replace the note being filled in.
    await vscode.window.showTextDocument(doc, { selection: new vscode.Range(at, at), preview: false });
  }));
}

/** Where a new note goes in `folder` (core's `newContactPlace`): the setting if set, else beside the folder's contacts. */
export function placeInFolder(deps: CommandDeps, folder: vscode.WorkspaceFolder, config: { readonly newContactFolder: string; readonly newContactFolderSet: boolean }): string {
  const files = [...deps.diary.index.contacts()].map((c) => toUri(c.file)).filter((u) => u.scheme === folder.uri.scheme).map((u) => u.path);
  return newContactPlace(config.newContactFolderSet ? config.newContactFolder : undefined, files, folder.uri.path);
}

/**
 * A contact of this name already in the folder (in another file: `hugo-berg.md` beside
 * `contacts/`) is most likely the person the user means: they choose between opening it and
 * creating another. Resolves to 'create' to go on, or undefined when a file was opened or the
 * user pressed Escape. Namesakes in other workspace folders are not asked about: a work and a
 * personal diary may each know a Jane Doe.
 */
async function offerNamesakes(deps: CommandDeps, folder: vscode.WorkspaceFolder, name: string, uri: vscode.Uri): Promise<'create' | undefined> {
  const key = name.toLowerCase();
  const namesakes = [...deps.diary.index.contacts()]
    .filter((c) => c.name.trim().toLowerCase() === key && vscode.workspace.getWorkspaceFolder(toUri(c.file))?.index === folder.index);
  if (namesakes.length === 0) return 'create';
  const choice = await deps.prompts.pick<vscode.Uri | 'create'>({
    title: `New Contact: ${name} is already in the diary`,
    placeHolder: 'Open the contact you have, or create another of the same name?',
    choices: [
      ...namesakes.map((c) => ({ label: `Open ${c.name}`, description: vscode.workspace.asRelativePath(toUri(c.file)), value: toUri(c.file) })),
      { label: `Create another ${name}`, description: vscode.workspace.asRelativePath(uri), value: 'create' as const },
    ],
  });
  if (choice === undefined || choice === 'create') return choice;
  await vscode.window.showTextDocument(choice);
  return undefined;
}

/**
 * The file would be made where contactDiary.include or contactDiary.exclude (or files.exclude)
 * keep the diary from reading it: it would never show in the Follow-ups view. Say which settings
 * decide, with a button to them, rather than make a contact that vanishes.
 */
async function notCovered(uri: vscode.Uri): Promise<void> {
  const open = 'Open Settings';
  const choice = await vscode.window.showWarningMessage(
    `Contact Diary: a new contact would go to ${vscode.workspace.asRelativePath(uri)}, where the diary doesn't look (${settingId('include')} and ${settingId('exclude')} leave it out), so it was not created. Change ${settingId('newContactFolder')}, or the include and exclude settings.`,
    open,
  );
  if (choice === open) await vscode.commands.executeCommand('workbench.action.openSettings', `${SettingsSection}.`);
}

/** The workspace folder a new note goes in: the only one, or the one the user picks; undefined when none is open or on Escape. */
export async function pickFolder(deps: CommandDeps, title = 'New Contact'): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showInformationMessage('Contact Diary: open a folder first; contacts are files in it.');
    return undefined;
  }
  if (folders.length === 1) return folders[0];
  return deps.prompts.pick({
    title,
    placeHolder: 'In which workspace folder?',
    choices: folders.map((f) => ({ label: f.name, description: f.uri.path, value: f })),
  });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

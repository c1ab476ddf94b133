import * as vscode from 'vscode';
import { contactSlug, newContactText } from '../../core';
import { Commands } from '../ids';
import { guarded } from '../log';
import { CommandDeps } from './deps';

/** New Contact…: asks the name (and company), creates `<folder>/<slug>.md` and opens it; never overwrites. */
export function registerNewContact(deps: CommandDeps): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.newContact, () => guarded(deps.log, 'New Contact', async () => {
    const folder = await pickFolder(deps);
    if (!folder) return;
    const name = await deps.prompts.text({
      title: 'New Contact (1/2)',
      prompt: 'Name',
      placeHolder: 'e.g. Jane Doe',
      validate: (t) => {
        const slug = contactSlug(t);
        return t.trim() === '' ? 'A contact needs a name.' : slug.ok ? undefined : slug.error;
      },
    });
    if (name === undefined) return;
    const company = await deps.prompts.text({ title: 'New Contact (2/2)', prompt: 'Company (optional)', placeHolder: 'e.g. Acme Print' });
    if (company === undefined) return;
    const config = deps.config.forFolder(folder.uri);
    const slug = contactSlug(name);
    const text = newContactText({ name, company: company.trim() || undefined, today: deps.clock.today(), logHeading: config.logHeading });
    if (!slug.ok || !text.ok) {
      void vscode.window.showWarningMessage(`Contact Diary: ${slug.ok ? (text as { error: string }).error : slug.error}`);
      return;
    }
    const uri = vscode.Uri.joinPath(folder.uri, ...config.newContactFolder.split(/[\\/]+/).filter(Boolean), `${slug.value}.md`);
    if (await exists(uri)) {
      void vscode.window.showInformationMessage(`Contact Diary: ${vscode.workspace.asRelativePath(uri)} already exists; it was opened, not overwritten.`);
      await vscode.window.showTextDocument(uri);
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
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('role:'));
    const at = new vscode.Position(Math.max(0, line), line >= 0 ? 'role: '.length : 0);
    await vscode.window.showTextDocument(doc, { selection: new vscode.Range(at, at) });
  }));
}

async function pickFolder(deps: CommandDeps): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showInformationMessage('Contact Diary: open a folder first; contacts are files in it.');
    return undefined;
  }
  if (folders.length === 1) return folders[0];
  return deps.prompts.pick({
    title: 'New Contact',
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

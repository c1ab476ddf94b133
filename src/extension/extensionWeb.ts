// The web entry point (`browser`): the extension in VS Code for the Web's worker (vscode.dev,
// github.dev), where there is no Node: every folder is read through `vscode.workspace.fs`.
import type * as vscode from 'vscode';
import { activateOn } from './activate';
import { type TestSeams } from './testSeams';
import { WorkspaceHosts } from './workspaceHost';

/** Returns the integration tests' seams in `ExtensionMode.Test`; nothing to other extensions. */
export function activate(context: vscode.ExtensionContext): TestSeams | undefined {
  return activateOn(context, { hosts: new WorkspaceHosts(undefined) });
}

export function deactivate(): void {}

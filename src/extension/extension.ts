// The desktop entry point (`main`): the extension on Node, which reads `file:` folders through
// Node's fs and the history of `next:` through git. The web build's entry is extensionWeb.ts.
import type * as vscode from 'vscode';
import { readNextHistory } from '../node/gitHistory';
import { createNodeHost } from '../node/nodeHost';
import { nodeUtf8 } from '../node/utf8';
import { activateOn } from './activate';
import { type TestSeams } from './testSeams';
import { WorkspaceHosts } from './workspaceHost';

/** Returns the integration tests' seams in `ExtensionMode.Test`; nothing to other extensions. */
export function activate(context: vscode.ExtensionContext): TestSeams | undefined {
  return activateOn(context, { hosts: new WorkspaceHosts(createNodeHost()), utf8: nodeUtf8, nextHistory: readNextHistory });
}

export function deactivate(): void {}

// The desktop entry point (`main`): the extension on Node, which reads `file:` folders through
// Node's fs and the history of `next:` through git. The web build's entry is extensionWeb.ts.
import { join } from 'node:path';
import type * as vscode from 'vscode';
import { type ScanCacheStore } from '../core';
import { readNextHistory } from '../node/gitHistory';
import { createNodeHost } from '../node/nodeHost';
import { scanCacheStore } from '../node/scanCacheFile';
import { nodeUtf8 } from '../node/utf8';
import { activateOn } from './activate';
import { type TestSeams } from './testSeams';
import { WorkspaceHosts } from './workspaceHost';

/** Returns the integration tests' seams in `ExtensionMode.Test`; nothing to other extensions. */
export function activate(context: vscode.ExtensionContext): TestSeams | undefined {
  return activateOn(context, { hosts: new WorkspaceHosts(createNodeHost()), utf8: nodeUtf8, nextHistory: readNextHistory, scanCaches });
}

/** The scan caches in the extension's own storage, on this machine's disk: never in the user's folders. */
function scanCaches(context: vscode.ExtensionContext): ScanCacheStore | undefined {
  const storage = context.globalStorageUri;
  return storage.scheme === 'file' ? scanCacheStore(join(storage.fsPath, 'scan-cache')) : undefined;
}

export function deactivate(): void {}

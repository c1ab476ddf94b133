import * as vscode from 'vscode';

/**
 * How long to wait for VS Code to reload an open document whose file was written under it. Its
 * file watcher takes a moment, longer on a busy machine; past this, something is wrong.
 */
export const RELOAD_WAIT_MS = 5_000;

/**
 * Waits for an open document to take in the file written under it: true once it no longer holds
 * `stale` or has closed; false when it still does after RELOAD_WAIT_MS.
 */
export function reloaded(doc: vscode.TextDocument, stale: string): Promise<boolean> {
  if (doc.isClosed || doc.getText() !== stale) return Promise.resolve(true);
  return new Promise((resolve) => {
    const subscriptions: vscode.Disposable[] = [];
    const settle = (done: boolean) => {
      clearTimeout(timer);
      vscode.Disposable.from(...subscriptions).dispose();
      resolve(done);
    };
    const timer = setTimeout(() => settle(false), RELOAD_WAIT_MS);
    subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => { if (e.document === doc && doc.getText() !== stale) settle(true); }),
      vscode.workspace.onDidCloseTextDocument((d) => { if (d === doc) settle(true); }),
    );
  });
}

import type * as vscode from 'vscode';

/** A fresh random value for a webview page's Content-Security-Policy: its own script and style run by it. */
export function nonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(18))));
}

/**
 * The options of a panel that shows one of our pages (the call sheet, the review): no local
 * resources and no command links, whatever the notes on it say; scripts only where the page has
 * one of its own (run by nonce); find in page.
 */
export function pageOptions(scripts: boolean): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return { enableScripts: scripts, enableCommandUris: false, localResourceRoots: [], enableFindWidget: true };
}

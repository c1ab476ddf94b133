import * as vscode from 'vscode';
import { DocumentScheme } from '../ids';

// Where contacts can be edited: on disk, unsaved, remote, in a virtual workspace. Not `git:`
// diffs or other read-only views, whose problems would land in the Problems panel twice.
const SCHEMES = ['file', 'untitled', 'vscode-remote', 'vscode-vfs'];

/**
 * The Markdown documents the editor features look at: the schemes above plus those of the
 * workspace's folders (a virtual workspace has its own). Contact or not is decided per call,
 * cheaply, by each provider.
 */
export function contactSelector(): vscode.DocumentFilter[] {
  const schemes = new Set(SCHEMES);
  for (const folder of vscode.workspace.workspaceFolders ?? []) schemes.add(folder.uri.scheme);
  schemes.delete(DocumentScheme);
  return [...schemes].map((scheme) => ({ language: 'markdown', scheme }));
}

/** Whether a document falls under the selector (for the features that are not providers). */
export function isSelected(selector: vscode.DocumentSelector, document: vscode.TextDocument): boolean {
  return vscode.languages.match(selector, document) > 0;
}

import * as vscode from 'vscode';
import { type Position, type Range, type TextEdit } from '../core';

/** The one place core positions, ranges and edits become VS Code's, and back. */

/** A core edit (UTF-16 offsets into the document's text) as a VS Code edit of that document. */
export function toTextEdit(document: vscode.TextDocument, edit: TextEdit): vscode.TextEdit {
  const range = new vscode.Range(document.positionAt(edit.offset), document.positionAt(edit.offset + edit.length));
  return new vscode.TextEdit(range, edit.newText);
}

/** Whether every edit still finds the text it expects in `text` (so none lands on changed text). */
export function editsMatch(text: string, edits: readonly TextEdit[]): boolean {
  return edits.every((e) => e.offset >= 0 && e.offset + e.length <= text.length &&
    text.slice(e.offset, e.offset + e.length) === e.expected);
}

/** A 0-based line as a selection at its start, for opening a file there. */
export function lineSelection(line: number): vscode.Range {
  const p = new vscode.Position(Math.max(0, line), 0);
  return new vscode.Range(p, p);
}

/**
 * A core editor position or range as VS Code's: both are 0-based lines and UTF-16 characters.
 * (VS Code's own Position and Range already fit the core shapes, so the way back needs nothing.)
 */
function toPosition(p: Position): vscode.Position {
  return new vscode.Position(Math.max(0, p.line), Math.max(0, p.character));
}

/** A core editor range as VS Code's (see `toPosition`). */
export function toRange(r: Range): vscode.Range {
  return new vscode.Range(toPosition(r.start), toPosition(r.end));
}

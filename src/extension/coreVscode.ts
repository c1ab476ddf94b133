import * as vscode from 'vscode';
import { Position, Problem, Range, TextEdit } from '../core';

/** The one place core positions, ranges and edits become VS Code's, and back. */

/** A problem's range (0-based lines and columns, as in VS Code). */
export function problemRange(problem: Problem): vscode.Range {
  const start = new vscode.Position(Math.max(0, problem.line), Math.max(0, problem.column));
  const endLine = Math.max(start.line, problem.endLine ?? problem.line);
  const endColumn = problem.endColumn ?? (endLine === start.line ? start.character : 0);
  const end = new vscode.Position(endLine, endLine === start.line ? Math.max(start.character, endColumn) : Math.max(0, endColumn));
  return new vscode.Range(start, end);
}

export function problemSeverity(problem: Problem): vscode.DiagnosticSeverity {
  return problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
}

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
export function toPosition(p: Position): vscode.Position {
  return new vscode.Position(Math.max(0, p.line), Math.max(0, p.character));
}

export function toRange(r: Range): vscode.Range {
  return new vscode.Range(toPosition(r.start), toPosition(r.end));
}

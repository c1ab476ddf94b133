import * as vscode from 'vscode';
import { type Result, type TextEdit, type UndoEntry, applyEdits, decodeFile, fail, ok, readContact, sameBytes } from '../core';
import { editsMatch, toTextEdit } from './coreVscode';
import { reloadedAs } from './documentReload';

/** One file to change: its edits are planned from the text the user sees right now. */
export interface FileOperation {
  readonly uri: vscode.Uri;
  /** Plans the core's minimal edits from the file's current text, or says why it can't. */
  plan(text: string): Result<readonly TextEdit[]>;
}

/** What an apply did, file by file. */
export interface ApplyOutcome {
  readonly changed: readonly vscode.Uri[];
  /** Files that already read as the operation would make them: no edit was needed. */
  readonly unchanged: readonly vscode.Uri[];
  readonly failed: ReadonlyArray<{ readonly uri: vscode.Uri; readonly error: string }>;
  /** How to take the change back, file by file. */
  readonly undo: readonly UndoFile[];
}

/** One file of a change the extension made, and how to take it back. */
export interface UndoFile {
  readonly uri: vscode.Uri;
  readonly entry: UndoEntry;
}

/** A document with unsaved changes: edited in place, through a WorkspaceEdit, and left unsaved. */
interface InDocument {
  readonly on: 'document';
  readonly uri: vscode.Uri;
  readonly document: vscode.TextDocument;
  readonly version: number;
  readonly text: string;
  readonly edits: readonly TextEdit[];
}

/** A file without unsaved changes: planned from its bytes, written straight to disk. */
interface OnDisk {
  readonly on: 'disk';
  readonly uri: vscode.Uri;
  readonly bytes: Uint8Array;
  /** The text its editor showed before, if open (the editor's own Undo returns to it). */
  readonly beforeText: string;
  readonly after: Uint8Array;
  readonly edits: readonly TextEdit[];
}

type Planned = InDocument | OnDisk;

interface Outcome {
  changed: vscode.Uri[];
  unchanged: vscode.Uri[];
  failed: Array<{ uri: vscode.Uri; error: string }>;
  undo: UndoFile[];
}

const ATTEMPTS = 3;

/**
 * Applies the operations, each file whole or not at all. A file without unsaved changes (closed,
 * or open and saved) is planned from its bytes on disk and the result written back as bytes, as
 * the command-line tool does: VS Code's document gives a file of mixed line ends one kind, and
 * saving it would change every line. Its editor then reloads it. A document with unsaved changes
 * is planned from its text — the user's text wins — and edited through one WorkspaceEdit, left
 * unsaved. A file or document that changes before its edit lands is planned again.
 */
export async function applyOperations(operations: readonly FileOperation[]): Promise<ApplyOutcome> {
  const outcome: Outcome = { changed: [], unchanged: [], failed: [], undo: [] };
  let pending = [...operations];
  for (let attempt = 1; attempt <= ATTEMPTS && pending.length > 0; attempt++) {
    const planned: Planned[] = [];
    for (const op of pending) {
      const result = await plan(op);
      if (!result.ok) outcome.failed.push({ uri: op.uri, error: result.error });
      else if (result.value.edits.length > 0) planned.push(result.value);
      else outcome.unchanged.push(op.uri);
    }
    const stale = [
      ...(await applyInDocuments(planned.filter((p): p is InDocument => p.on === 'document'), outcome)),
      ...(await writeToDisk(planned.filter((p): p is OnDisk => p.on === 'disk'), outcome)),
    ].map((uri) => uri.toString());
    pending = operations.filter((op) => stale.includes(op.uri.toString()));
    if (attempt === ATTEMPTS) for (const op of pending) outcome.failed.push({ uri: op.uri, error: 'the file kept changing while it was being edited' });
  }
  return outcome;
}

async function plan(op: FileOperation): Promise<Result<Planned>> {
  const document = openDocument(op.uri);
  return document?.isDirty ? planInDocument(op, document) : planOnDisk(op, document);
}

function planInDocument(op: FileOperation, document: vscode.TextDocument): Result<InDocument> {
  const text = document.getText();
  const edits = op.plan(text);
  if (!edits.ok) return edits;
  if (!editsMatch(text, edits.value)) return fail('the planned edit does not match the file any more');
  return ok({ on: 'document', uri: op.uri, document, version: document.version, text, edits: edits.value });
}

async function planOnDisk(op: FileOperation, document: vscode.TextDocument | undefined): Promise<Result<OnDisk>> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(op.uri);
  } catch (error) {
    return fail(`can't open ${op.uri.path}: ${messageOf(error)}`);
  }
  // The core's decoding, as the command-line tool's: UTF-8, a BOM kept as U+FEFF so it is written
  // back. Other bytes (UTF-16, Latin-1) are refused, never decoded one way and written another.
  const text = decodeFile(bytes, { maxFileSize: Number.POSITIVE_INFINITY });
  if (!text.ok) {
    const read = readContact(op.uri.path, bytes, { maxFileSize: Number.POSITIVE_INFINITY });
    return fail(`${read.kind === 'attention' ? read.problem.message : text.error} Nothing was changed.`);
  }
  const edits = op.plan(text.value);
  if (!edits.ok) return edits;
  const edited = applyEdits(text.value, edits.value);
  if (!edited.ok) return edited;
  const beforeText = document?.getText() ?? text.value.replace(/^\uFEFF/, '');
  return ok({ on: 'disk', uri: op.uri, bytes, beforeText, after: new TextEncoder().encode(edited.value), edits: edits.value });
}

/** Edits the documents as ONE WorkspaceEdit (one Undo in their editors); returns those that changed meanwhile. */
async function applyInDocuments(planned: readonly InDocument[], outcome: Outcome): Promise<vscode.Uri[]> {
  // A document saved or changed while others were being planned is planned again (saved: from disk).
  const isReady = (p: InDocument) => p.document.version === p.version && p.document.isDirty;
  const ready = planned.filter(isReady);
  if (ready.length > 0) {
    const edit = new vscode.WorkspaceEdit();
    for (const p of ready) edit.set(p.uri, p.edits.map((e) => toTextEdit(p.document, e)));
    if (!(await vscode.workspace.applyEdit(edit))) {
      for (const p of ready) outcome.failed.push({ uri: p.uri, error: 'VS Code refused the edit (the file may be read-only)' });
    } else {
      for (const p of ready) {
        outcome.changed.push(p.uri);
        outcome.undo.push({ uri: p.uri, entry: { kind: 'unsaved', beforeText: p.text, afterText: p.document.getText() } });
      }
    }
  }
  return planned.filter((p) => !isReady(p)).map((p) => p.uri);
}

/**
 * Writes each file's new bytes; returns the files that changed since they were read (planned
 * again). Waits for the open documents to show what was written, so the next edit, the view
 * and the user see it.
 */
async function writeToDisk(planned: readonly OnDisk[], outcome: Outcome): Promise<vscode.Uri[]> {
  const stale: vscode.Uri[] = [];
  const reloads: Array<Thenable<boolean>> = [];
  for (const p of planned) {
    const written = await write(p);
    if (!written.ok) outcome.failed.push({ uri: p.uri, error: written.error });
    else if (!written.value) stale.push(p.uri);
    else {
      outcome.changed.push(p.uri);
      outcome.undo.push({ uri: p.uri, entry: { kind: 'saved', before: p.bytes, beforeText: p.beforeText, after: p.after } });
      const document = openDocument(p.uri);
      if (document) reloads.push(reloadedAs(document, p.after));
    }
  }
  await Promise.all(reloads);
  return stale;
}

/**
 * Writes the planned bytes over the file: true when written, false when the file no longer holds
 * the bytes planned from (another program wrote it) or its document has unsaved changes now.
 */
async function write(p: OnDisk): Promise<Result<boolean>> {
  const now = await readBytes(p.uri);
  if (now === undefined) return fail('the file was removed while it was being edited; nothing was changed');
  if (!sameBytes(now, p.bytes) || openDocument(p.uri)?.isDirty) return ok(false);
  try {
    await vscode.workspace.fs.writeFile(p.uri, p.after);
  } catch (error) {
    const denied = error instanceof vscode.FileSystemError && error.code === 'NoPermissions';
    return fail(denied ? 'the file is read-only (permission denied); nothing was changed' : `it could not be written: ${messageOf(error)}`);
  }
  return ok(true);
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The document of `uri` if VS Code has it open (in an editor or only loaded), without opening it. */
export function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
}

/** The file's bytes on disk, or undefined when it can't be read. */
export async function readBytes(uri: vscode.Uri): Promise<Uint8Array | undefined> {
  try {
    return await vscode.workspace.fs.readFile(uri);
  } catch {
    return undefined;
  }
}

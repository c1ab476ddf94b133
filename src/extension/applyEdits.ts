import * as vscode from 'vscode';
import { Result, TextEdit, UndoEntry } from '../core';
import { editsMatch, toTextEdit } from './coreVscode';
import { RELOAD_WAIT_MS, readsAs, reloaded } from './documentReload';

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
  /** How to take the change back, for each changed file whose result could be read back. */
  readonly undo: readonly UndoFile[];
}

/** One file of a change the extension made, and how to take it back. */
export interface UndoFile {
  readonly uri: vscode.Uri;
  readonly entry: UndoEntry;
}

interface Planned {
  readonly uri: vscode.Uri;
  readonly document: vscode.TextDocument;
  readonly version: number;
  readonly wasDirty: boolean;
  readonly text: string;
  /** The bytes on disk before the edit, for a document without unsaved changes. */
  readonly bytes?: Uint8Array;
  readonly edits: readonly TextEdit[];
}

const ATTEMPTS = 3;

/**
 * Applies the operations as ONE WorkspaceEdit, so one Undo reverts them all. Edits are planned
 * from each document's current text — the user's unsaved changes included, never the disk —
 * and re-planned if the document changes before they land. A clean document whose file was
 * written since by another program is planned once VS Code has reloaded it, never from the old
 * text. A file that was clean is saved afterwards; a dirty one stays dirty, with our change on
 * top of the user's text.
 */
export async function applyOperations(operations: readonly FileOperation[]): Promise<ApplyOutcome> {
  const failed: Array<{ uri: vscode.Uri; error: string }> = [];
  const changed: vscode.Uri[] = [];
  const unchanged: vscode.Uri[] = [];
  const undo: UndoFile[] = [];
  let pending = [...operations];
  const wait: ReloadWait = {};
  for (let attempt = 1; attempt <= ATTEMPTS && pending.length > 0; attempt++) {
    const planned: Planned[] = [];
    for (const op of pending) {
      const result = await plan(op, wait);
      if (!result.ok) failed.push({ uri: op.uri, error: result.error });
      else if (result.value.edits.length > 0) planned.push(result.value);
      else unchanged.push(op.uri);
    }
    // A document that changed while others were being planned is planned again.
    const stale = planned.filter((p) => p.document.version !== p.version);
    const ready = planned.filter((p) => p.document.version === p.version);
    if (ready.length > 0) {
      const edit = new vscode.WorkspaceEdit();
      for (const p of ready) edit.set(p.uri, p.edits.map((e) => toTextEdit(p.document, e)));
      if (!(await vscode.workspace.applyEdit(edit))) {
        for (const p of ready) failed.push({ uri: p.uri, error: 'VS Code refused the edit (the file may be read-only)' });
      } else {
        await saveCleanOnes(ready, failed);
        changed.push(...ready.map((p) => p.uri));
        for (const p of ready) {
          const entry = await undoEntry(p, failed);
          if (entry) undo.push({ uri: p.uri, entry });
        }
      }
    }
    pending = operations.filter((op) => stale.some((p) => p.uri.toString() === op.uri.toString()));
    if (attempt === ATTEMPTS) for (const op of pending) failed.push({ uri: op.uri, error: 'the file kept changing while it was being edited' });
  }
  return { changed, unchanged, failed, undo };
}

/** When planning waits for VS Code to reload documents written under it: one deadline for all. */
interface ReloadWait {
  until?: number;
}

const NOT_RELOADED = "the file changed on disk and VS Code hasn't reloaded it yet: try again in a moment (File: Revert File reloads it)";

async function plan(op: FileOperation, wait: ReloadWait): Promise<Result<Planned>> {
  for (;;) {
    let document: vscode.TextDocument;
    try {
      document = await vscode.workspace.openTextDocument(op.uri);
    } catch (error) {
      return { ok: false, error: `can't open ${op.uri.path}: ${error instanceof Error ? error.message : String(error)}` };
    }
    const version = document.version;
    const text = document.getText();
    const wasDirty = document.isDirty;
    // A saved file's bytes are read now, so Undo can put back exactly these (BOM and line ends too).
    const bytes = wasDirty ? undefined : await readBytes(op.uri);
    // Bytes that don't read as the document: another program wrote the file, and VS Code hasn't
    // reloaded it yet. Planned from the old text, the edit would be saved over the newer file
    // (VS Code doesn't always see the conflict): wait for the reload, and plan from it. (A document
    // that changed meanwhile is planned again by the caller, from its version.)
    if (bytes && document.version === version && !(await readsAs(bytes, document, text))) {
      wait.until ??= Date.now() + RELOAD_WAIT_MS;
      if (Date.now() >= wait.until || !(await reloaded(document, text, wait.until - Date.now()))) return { ok: false, error: NOT_RELOADED };
      continue;
    }
    const edits = op.plan(text);
    if (!edits.ok) return edits;
    if (!editsMatch(text, edits.value)) return { ok: false, error: 'the planned edit does not match the file any more' };
    return { ok: true, value: { uri: op.uri, document, version, wasDirty, text, bytes, edits: edits.value } };
  }
}

async function saveCleanOnes(done: readonly Planned[], failed: Array<{ uri: vscode.Uri; error: string }>): Promise<void> {
  await Promise.all(done.filter((p) => !p.wasDirty).map(async (p) => {
    // save() refuses to overwrite a file that changed on disk since it was read. Under load a
    // save can also give up on a slow save participant and report false: try once more.
    const saved = (await p.document.save()) || !p.document.isDirty || (await p.document.save()) || !p.document.isDirty;
    if (!saved) failed.push({ uri: p.uri, error: 'changed, but not saved: the file on disk may be newer' });
  }));
}

/**
 * How to undo one applied edit. A saved file counts only when the disk holds the editor's text
 * (read back after the save): bytes that differ were written by someone else meanwhile, and an
 * undo must never put old bytes over them.
 */
async function undoEntry(p: Planned, failed: ReadonlyArray<{ uri: vscode.Uri }>): Promise<UndoEntry | undefined> {
  const afterText = p.document.getText();
  if (p.wasDirty) return { kind: 'unsaved', beforeText: p.text, afterText };
  if (!p.bytes || failed.some((f) => f.uri.toString() === p.uri.toString())) return undefined;
  const after = await readBytes(p.uri);
  if (!after || new TextDecoder().decode(after) !== afterText) return undefined;
  return { kind: 'saved', before: p.bytes, beforeText: p.text, after };
}

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

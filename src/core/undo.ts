/**
 * Undo of the extension's last change, decided file by file: a file is put back only while it
 * still holds exactly what the change left in it, so nothing made since (by the user, another
 * tool, a sync client) is ever lost. Plain data: the extension reads the file and its editor,
 * asks here what to do, and does it.
 */

/** What one file was and became in the change being undone. */
export type UndoEntry =
  /** A file that was saved before and after: `before` and `after` are its bytes on disk. `beforeText` is the text its editor had before (an editor's own Undo returns to it). */
  | { readonly kind: 'saved'; readonly before: Uint8Array; readonly beforeText: string; readonly after: Uint8Array }
  /** A document with unsaved changes, edited and left unsaved: its text before and after. */
  | { readonly kind: 'unsaved'; readonly beforeText: string; readonly afterText: string }
  /** A file the change created, with the bytes it wrote. */
  | { readonly kind: 'created'; readonly after: Uint8Array };

/** The file as it is now. */
export interface UndoState {
  /** Its bytes on disk; undefined when there is no file. */
  readonly disk: Uint8Array | undefined;
  /** Its document, when one is open (in an editor or only loaded). */
  readonly document?: { readonly text: string; readonly dirty: boolean };
}

export type UndoStep =
  /** Write these bytes over the file (it holds what the change wrote). */
  | { readonly do: 'write'; readonly bytes: Uint8Array }
  /** Its editor already holds the text from before, unsaved (the editor's own Undo): save it. */
  | { readonly do: 'save' }
  /** Set the document's text to this, unsaved, as it was. */
  | { readonly do: 'setText'; readonly text: string }
  /** Delete the file (it holds what the change created, and nothing else). */
  | { readonly do: 'delete' }
  /** The file already is as it was before the change. */
  | { readonly do: 'nothing' }
  /** Leave the file as it is, for this reason (`it was changed since`). */
  | { readonly do: 'keep'; readonly reason: string };

/** What to do with one file to undo the change, from what it is now. */
export function planUndo(entry: UndoEntry, now: UndoState): UndoStep {
  const doc = now.document;
  switch (entry.kind) {
    case 'saved':
      if (doc?.dirty) {
        if (doc.text !== entry.beforeText) return keep('it has unsaved changes');
        // Undone in its editor, not saved yet: saving finishes the undo, unless the disk moved on.
        return now.disk !== undefined && sameBytes(now.disk, entry.after) ? { do: 'save' } : keep('it was changed on disk since');
      }
      if (now.disk === undefined) return keep('it was deleted since');
      if (sameBytes(now.disk, entry.after)) return { do: 'write', bytes: entry.before };
      if (sameBytes(now.disk, entry.before)) return { do: 'nothing' };
      return keep('it was changed since');
    case 'unsaved':
      if (!doc) return keep('it was closed without saving since');
      if (doc.text === entry.afterText) return { do: 'setText', text: entry.beforeText };
      if (doc.text === entry.beforeText) return { do: 'nothing' };
      return keep(doc.dirty ? 'it was edited since' : 'it was saved or reverted since');
    case 'created':
      if (now.disk === undefined) return { do: 'nothing' };
      if (doc?.dirty) return keep('it has unsaved changes');
      if (sameBytes(now.disk, entry.after)) return { do: 'delete' };
      return keep('it was changed since');
  }
}

function keep(reason: string): UndoStep {
  return { do: 'keep', reason };
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

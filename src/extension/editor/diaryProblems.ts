import type * as vscode from 'vscode';
import { type IndexEntry, readDiagnostics } from '../../core';
import { type Diary } from '../diary';
import { Disposable } from '../disposable';
import { toUri } from '../workspaceHost';
import { type ContactDiagnostics, toDiagnostic } from './diagnostics';

/**
 * The Problems panel's entries for the notes under Needs attention that no editor has open, in
 * the collection the editor's diagnostics use: one collection, so a note is never listed twice.
 * An open note's entry is the editor's (from the text as typed); this fills in the rest from the
 * diary's Needs attention list, and follows the diary as it changes.
 */
export class DiaryProblems extends Disposable {
  /** What is shown per URI (string), by the index entry it was made from: an unchanged entry is not set again. */
  private readonly shown = new Map<string, { readonly uri: vscode.Uri; readonly entry: IndexEntry }>();

  private readonly collection: vscode.DiagnosticCollection;

  constructor(private readonly diary: Diary, private readonly editor: ContactDiagnostics) {
    super();
    this.collection = editor.collection;
    this.register(diary.onDidChange(() => this.update()));
    this.register(editor.onDidRelease((uri) => {
      this.shown.delete(uri.toString());
      this.update();
    }));
    this.update();
  }

  /** Brings the closed notes' entries in line with the diary's Needs attention list. */
  private update(): void {
    if (this.isDisposed) return;
    const open = this.editor.owned();
    const listed = new Map<string, { readonly uri: vscode.Uri; readonly entry: IndexEntry }>();
    const attention = this.diary.agenda().groups.find((g) => g.id === 'attention')?.items ?? [];
    for (const item of attention) {
      const entry = this.diary.index.get(item.file);
      const uri = toUri(item.file);
      if (entry) listed.set(uri.toString(), { uri, entry });
    }
    // An open note's entry is the editor's: it is forgotten here, not deleted.
    for (const [key, { uri }] of this.shown) {
      if (listed.has(key) && !open.has(key)) continue;
      this.shown.delete(key);
      if (!open.has(key)) this.collection.delete(uri);
    }
    for (const [key, note] of listed) {
      if (open.has(key) || this.shown.get(key)?.entry === note.entry) continue;
      this.collection.set(note.uri, readDiagnostics(note.entry).map(toDiagnostic));
      this.shown.set(key, note);
    }
  }
}

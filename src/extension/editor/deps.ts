import type * as vscode from 'vscode';
import { type DateDecoration } from '../../core';
import { type Clock } from '../clock';
import { type Config } from '../config';
import { type Diary } from '../diary';
import { type Log } from '../log';
import { type ContactDocuments } from './documents';

/** What the editor features are built from, passed in by `registerEditor` (no globals). */
export interface EditorDeps {
  readonly diary: Diary;
  /** The same today as the follow-ups view (tests pin it). */
  readonly clock: Clock;
  readonly config: Config;
  readonly log: Log;
  /** The shared per-version cache of parsed documents. */
  readonly documents: ContactDocuments;
  readonly selector: vscode.DocumentFilter[];
  /** Told what the `next:` decorations of an editor of `uri` say once drawn (in ExtensionMode.Test only: VS Code can't read them back). */
  readonly onDecorated?: (uri: vscode.Uri, decorations: readonly DateDecoration[]) => void;
}

/** Runs `work` after `ms` of quiet per key: a new call for the same key restarts the wait. */
export class Debouncer implements vscode.Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly ms: number) {}

  run(key: string, work: () => void): void {
    this.cancel(key);
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      work();
    }, this.ms));
  }

  cancel(key: string): void {
    const t = this.timers.get(key);
    if (t !== undefined) clearTimeout(t);
    this.timers.delete(key);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}

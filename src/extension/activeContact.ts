import * as vscode from 'vscode';
import { type Diary } from './diary';
import { Disposable } from './disposable';
import { ContextKeys } from './ids';

/** Keeps `contactDiary.activeIsContact` true while the active editor shows a contact file. */
export class ActiveContactContext extends Disposable {
  private value: boolean | undefined;

  constructor(private readonly diary: Diary) {
    super();
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this.register(diary.onDidChange(() => this.update()));
    this.update();
  }

  private update(): void {
    const editor = vscode.window.activeTextEditor;
    const value = !!editor && this.diary.contactAt(editor.document.uri) !== undefined;
    if (value === this.value) return;
    this.value = value;
    void vscode.commands.executeCommand('setContext', ContextKeys.activeIsContact, value);
  }
}

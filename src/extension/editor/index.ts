import { warmUpDateParser } from '../../core';
import { Disposable } from '../disposable';
import { registerCodeActions, registerCodeLens } from './codeActions';
import { registerCompletion } from './completion';
import { NextDateDecorations } from './decorations';
import { type EditorDeps } from './deps';
import { ContactDiagnostics } from './diagnostics';
import { DiaryProblems } from './diaryProblems';
import { ContactDocuments } from './documents';
import { registerHover } from './hover';
import { contactSelector } from './selector';

// After activation has settled, and before the user is likely to type a date.
const WARM_UP_MS = 1500;

/**
 * The editor features of a contact file: decorations, hover, completion, diagnostics, quick
 * fixes and CodeLens; and the Problems panel's entries for the notes under Needs attention that
 * no editor has open. All of them share one parsed document per version and answer nothing,
 * cheaply, in Markdown files that are not contacts, and in contacts over contactDiary.maxFileSize
 * (whose diagnostics say so).
 */
export class EditorFeatures extends Disposable {
  /** The parsed open documents, one per version, that every feature shares. */
  readonly documents: ContactDocuments;

  constructor(deps: Omit<EditorDeps, 'documents' | 'selector'>) {
    super();
    // Over the limit the scan leaves a file unread; the editor leaves its document unparsed.
    this.documents = this.register(new ContactDocuments((uri) => deps.config.forFolder(uri).maxFileSize));
    const editorDeps = { ...deps, documents: this.documents, selector: contactSelector() };
    this.register(new NextDateDecorations(editorDeps));
    const diagnostics = this.register(new ContactDiagnostics(editorDeps));
    this.register(new DiaryProblems(deps.diary, diagnostics));
    this.register(registerHover(editorDeps));
    this.register(registerCompletion(editorDeps));
    this.register(registerCodeActions(editorDeps));
    this.register(registerCodeLens(editorDeps));
    // The date parser loads its rules on first use (about half a second): pay that at idle,
    // not on the user's first date completion.
    const warm = setTimeout(() => {
      try {
        warmUpDateParser();
      } catch (error) {
        deps.log.warn(`Warming up the date parser failed: ${String(error)}`);
      }
    }, WARM_UP_MS);
    this.register({ dispose: () => clearTimeout(warm) });
  }
}

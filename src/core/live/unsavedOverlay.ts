import { type DiaryIndex } from '../diaryIndex';
import { type HostDocument } from '../host';
import { isUnder } from './folders';

/**
 * Open documents whose unsaved text is what the index holds for their path: what the user sees
 * in the editor wins over the file on disk until it is saved, reverted or closed. Also the
 * documents typed into since the index last took them in.
 */
export class UnsavedOverlay {
  private readonly unsaved = new Map<string, HostDocument>();
  private readonly typed = new Map<string, HostDocument>();

  get hasTyped(): boolean {
    return this.typed.size > 0;
  }

  /** Text typed into a document: the index takes it in at the next `takeTyped`. */
  type(doc: HostDocument): void {
    this.typed.set(doc.path, doc);
  }

  /** The documents typed into since the last call. */
  takeTyped(): Array<[string, HostDocument]> {
    const work = [...this.typed];
    this.typed.clear();
    return work;
  }

  /**
   * A document closed: whether it is one the overlay held (then the file on disk is the contact
   * again). Another document of the same path (another scheme's view of it) changes nothing.
   */
  close(doc: HostDocument): boolean {
    if (this.unsaved.get(doc.path) !== doc && this.typed.get(doc.path) !== doc) return false;
    this.unsaved.delete(doc.path);
    this.typed.delete(doc.path);
    return true;
  }

  /** The document whose unsaved text stands for `path`, if there is one. */
  at(path: string): HostDocument | undefined {
    const doc = this.unsaved.get(path);
    return doc?.isUnsaved ? doc : undefined;
  }

  /** The file at `path` counts again (saved, reverted, deleted). */
  drop(path: string): void {
    this.unsaved.delete(path);
  }

  /** Puts a document's text in the index in place of its file. */
  apply(index: DiaryIndex, doc: HostDocument): void {
    this.unsaved.set(doc.path, doc);
    index.upsert(doc.path, doc.getText());
  }

  /**
   * After a scan of `root` read the files on disk: where an open document holds unsaved text for
   * a file the scan found, that text wins again; the others are let go.
   */
  afterScan(index: DiaryIndex, root: string, found: ReadonlySet<string>): void {
    for (const [path, doc] of [...this.unsaved]) {
      if (!isUnder(path, root)) continue;
      if (found.has(path) && doc.isUnsaved) this.apply(index, doc);
      else this.unsaved.delete(path);
    }
  }
}

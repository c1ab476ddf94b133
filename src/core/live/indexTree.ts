import { type DiaryIndex, type IndexEntry } from '../diaryIndex';
import { isUnder } from './folders';

/** The path of an index entry. */
export function entryFile(e: IndexEntry): string {
  return e.kind === 'contact' ? e.contact.file : e.file;
}

/** The paths in the index inside the folder `root`. */
export function pathsUnder(index: DiaryIndex, root: string): string[] {
  const paths: string[] = [];
  for (const e of index.entries()) {
    const p = entryFile(e);
    if (isUnder(p, root)) paths.push(p);
  }
  return paths;
}

/** Removes a file, or, when the index has no such file, the files of a folder of that path. */
export function removeTree(index: DiaryIndex, path: string): void {
  if (index.has(path)) return index.remove(path);
  index.batch(() => {
    for (const p of pathsUnder(index, path)) index.remove(p);
  });
}

/** Moves a file, and the files of a folder of that path, to their new paths. */
export function renameTree(index: DiaryIndex, from: string, to: string): void {
  index.batch(() => {
    if (index.has(from)) index.rename(from, to);
    for (const p of pathsUnder(index, from)) index.rename(p, to + p.slice(from.length));
  });
}

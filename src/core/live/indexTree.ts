import { type DiaryIndex } from '../diaryIndex';
import { isUnder } from './folders';

/** The paths the index has read inside the folder `root`, contacts or not. */
export function pathsUnder(index: DiaryIndex, root: string): string[] {
  const paths: string[] = [];
  for (const p of index.notes()) if (isUnder(p, root)) paths.push(p);
  return paths;
}

/** Removes a file, or, when the index has no such file, the files of a folder of that path. */
export function removeTree(index: DiaryIndex, path: string): void {
  if (index.hasNote(path)) return index.remove(path);
  index.batch(() => {
    for (const p of pathsUnder(index, path)) index.remove(p);
  });
}

/** Moves a file, and the files of a folder of that path, to their new paths. */
export function renameTree(index: DiaryIndex, from: string, to: string): void {
  index.batch(() => {
    if (index.hasNote(from)) index.rename(from, to);
    for (const p of pathsUnder(index, from)) index.rename(p, to + p.slice(from.length));
  });
}

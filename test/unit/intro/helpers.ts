import { join } from 'node:path';
import { type DiaryIndex, loadDiary } from '../../../src/core';
import { type LinkTable, linkTableOf } from '../../../src/core/links';
import { createNodeHost } from '../../../src/node/nodeHost';

/** The fixture diary of about 40 contacts with introductions, `knows`, colleagues, aliases and dangling links. */
export const FIXTURES = join(__dirname, 'fixtures').replace(/\\/g, '/');

/** The fixture diary read as the command-line tool reads it, and its link table. */
export async function fixtureDiary(): Promise<{ index: DiaryIndex; table: LinkTable; file: (rel: string) => string }> {
  const { index } = await loadDiary(createNodeHost(), FIXTURES);
  return { index, table: linkTableOf(index.entries(), index.notes()), file: (rel) => `${FIXTURES}/${rel}` };
}

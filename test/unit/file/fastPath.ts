import { strict as assert } from 'node:assert';
import { parseFrontMatterYaml } from '../../../src/core/file/frontMatter';
import { type FrontMatterData } from '../../../src/core/file/frontMatterData';
import { readSimpleFrontMatter, readSimpleFrontMatterIn } from '../../../src/core/file/simpleFrontMatter';
import { splitFile } from '../../../src/core/file/split';

/**
 * Reads the block of `text` (a whole note) on the fast path, read alone and where it stands in
 * the file (the two must agree, refusals included), and checks that what it takes is what yaml
 * reads. Returns the fast path's reading, or undefined when it left the block to yaml.
 */
export function fastPathAsYaml(text: string): FrontMatterData | undefined {
  const fm = splitFile(text).frontMatter!;
  const content = text.slice(fm.contentStart, fm.contentEnd);
  const simple = readSimpleFrontMatter(content, fm.contentLine);
  assert.deepEqual(readSimpleFrontMatterIn(text, fm.contentStart, fm.contentEnd, fm.contentLine), simple);
  if (simple !== undefined) assert.deepEqual(simple, parseFrontMatterYaml(content, fm.contentLine), JSON.stringify(content));
  return simple;
}

import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { splitFile } from '../../../src/core/file/split';

// gray-matter is the oracle for our splitter: both must agree on which fixtures have
// front-matter and on the block's raw text. It is called with a fresh options object each
// time (gray-matter caches only calls without options) and with both of its JavaScript
// engines replaced by ones that throw, so nothing in a fixture can run.

const dir = join(__dirname, '..', '..', 'fixtures');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md').sort();

class Refused extends Error {
  constructor(readonly raw: string) {
    super('JavaScript front-matter is never run');
  }
}

/** gray-matter's view: undefined when it sees no front-matter, else its raw block text. */
function grayMatterBlock(text: string): { raw: string; refused: boolean } | undefined {
  let raw: string | undefined;
  const capture = (s: string) => {
    raw = s;
    return {};
  };
  const refuse = (s: string): never => {
    throw new Refused(s);
  };
  try {
    const file = matter(text, { engines: { yaml: capture, toml: capture, coffee: capture, js: refuse, javascript: refuse } }) as { isEmpty?: boolean; matter: string };
    if (raw !== undefined) return { raw, refused: false };
    return file.isEmpty ? { raw: file.matter, refused: false } : undefined;
  } catch (e) {
    if (e instanceof Refused) return { raw: e.raw, refused: true };
    throw e;
  }
}

/**
 * Our block in gray-matter's terms. gray-matter's raw text starts just after `---` and any
 * language word (so it keeps the opening line's ending, or the blanks after a bare `---`), and
 * ends before the line break that precedes the closing `---`.
 */
function ourBlock(text: string): string | undefined {
  const fm = splitFile(text).frontMatter;
  if (!fm) return undefined;
  const start = fm.language ? fm.open.end : fm.open.start + 3;
  return text.slice(start, fm.close ? fm.close.start - 1 : text.length);
}

/**
 * Principled disagreements, each pinned here so a change shows:
 * - `...` closes a block for us, as it ends a YAML document (and Pandoc reads it so); gray-matter
 *   only knows `---`, so for it the block runs on to the end of the file.
 */
const DISAGREE: Record<string, (text: string) => string | undefined> = {
  'dots-closing.md': (text) => {
    const fm = splitFile(text).frontMatter!;
    return text.slice(fm.open.start + 3);
  },
};

describe('splitFile agrees with gray-matter on the fixture corpus', () => {
  for (const name of fixtures) {
    it(name, () => {
      const text = new TextDecoder('utf-8').decode(readFileSync(join(dir, name)));
      const gray = grayMatterBlock(text);
      const ours = (DISAGREE[name] ?? ourBlock)(text);
      assert.equal(gray?.raw, ours);
      const language = splitFile(text).frontMatter?.language.toLowerCase();
      assert.equal(gray?.refused ?? false, language === 'js' || language === 'javascript', 'JavaScript blocks are refused, others are not');
    });
  }

  it('sees front-matter in a good share of the corpus (the comparison is not vacuous)', () => {
    const withBlock = fixtures.filter((f) => grayMatterBlock(readFileSync(join(dir, f), 'utf8')) !== undefined);
    assert.ok(withBlock.length >= 60, `${withBlock.length}`);
  });
});

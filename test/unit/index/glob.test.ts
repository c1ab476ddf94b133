import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { compileGlobs, createFileFilter, globsWithin } from '../../../src/core/glob';

describe('globs', () => {
  const cases: Array<[pattern: string, yes: string[], no: string[]]> = [
    ['**/*.md', ['a.md', 'x/a.md', 'x/y/z/a.md'], ['a.mdx', 'a.md/b', 'x/a.txt', 'amd']],
    ['*.md', ['a.md', 'deep/down/a.md'], ['a.txt']],
    ['notes/*.md', ['notes/a.md'], ['notes/x/a.md', 'a.md', 'other/notes/a.md']],
    ['notes/**/*.md', ['notes/a.md', 'notes/x/y/a.md'], ['a.md', 'notesx/a.md']],
    ['**/node_modules/**', ['node_modules/a.md', 'x/node_modules/y/a.md'], ['x/node_modulesx/a.md', 'node_modules']],
    ['file?.md', ['file1.md', 'x/fileA.md'], ['file.md', 'file10.md', 'file/.md']],
    ['*.{md,markdown}', ['a.md', 'a.markdown'], ['a.txt', 'a.{md,markdown}']],
    ['[abc]*.md', ['apple.md', 'cherry.md'], ['date.md']],
    ['[!abc]*.md', ['date.md'], ['apple.md']],
    ['a+b (1).md', ['a+b (1).md'], ['aab (1).md', 'a+b 1.md']],
    ['ü*.md', ['über.md'], ['uber.md']],
  ];
  for (const [pattern, yes, no] of cases) {
    it(`${pattern} matches what it should and nothing else`, () => {
      const m = compileGlobs([pattern]);
      for (const p of yes) assert.equal(m(p), true, `${pattern} should match ${p}`);
      for (const p of no) assert.equal(m(p), false, `${pattern} should not match ${p}`);
    });
  }

  it('matches none for no patterns or blank ones, and survives bad ones', () => {
    assert.equal(compileGlobs([])('a.md'), false);
    assert.equal(compileGlobs(['', '  '])('a.md'), false);
    const m = compileGlobs(['[z-a]', '**/*.md', '{unclosed']);
    assert.equal(m('x/a.md'), true);
  });

  it('treats regular expression characters in a pattern as plain text', () => {
    const m = compileGlobs(['a.b$^|()x.md']);
    assert.equal(m('a.b$^|()x.md'), true);
    assert.equal(m('aXb$^|()x.md'), false);
  });

  describe('file filter', () => {
    it('includes markdown by default and never enters node_modules or .git', () => {
      const f = createFileFilter();
      assert.equal(f.includesFile('people/jane.md'), true);
      assert.equal(f.includesFile('node_modules/pkg/readme.md'), false);
      assert.equal(f.includesFile('a/.git/x.md'), false);
      assert.equal(f.excludesFolder('node_modules'), true);
      assert.equal(f.excludesFolder('a/b/node_modules'), true);
      assert.equal(f.excludesFolder('.git'), true);
      assert.equal(f.excludesFolder('people'), false);
    });
    it('never enters hidden folders or Logseq\'s backups (regression: notes deleted in Obsidian, in .trash, stayed overdue)', () => {
      const f = createFileFilter();
      for (const folder of ['.trash', '.obsidian', 'vault/.foam', '.history/people', '.stversions', 'logseq/bak', 'graph/logseq/version-files']) {
        assert.equal(f.excludesFolder(folder), true, folder);
        assert.equal(f.includesFile(`${folder}/jane.md`), false, folder);
      }
      // A hidden file is a file like any other; only hidden folders are passed over, and Emacs's
      // lock files (regression: `.#jane.md`, a link to nowhere, made check fail while editing).
      assert.equal(f.includesFile('people/.jane.md'), true);
      assert.equal(f.includesFile('people/.#jane.md'), false);
      assert.equal(f.includesWalkedFile('people/.#jane.md'), false);
      assert.equal(f.includesFile('people.old/jane.md'), true);
      assert.equal(f.includesFile('logseq/pages/jane.md'), true);
      assert.equal(f.excludesFolder('logseq'), false);
    });
    it('applies user excludes to files and to whole folders, with or without a trailing /**', () => {
      const f = createFileFilter(undefined, ['archive', 'drafts/**', '**/*.tmp.md']);
      assert.equal(f.excludesFolder('archive'), true);
      assert.equal(f.excludesFolder('x/archive'), true);
      assert.equal(f.excludesFolder('drafts'), true);
      assert.equal(f.includesFile('archive/old.md'), false);
      assert.equal(f.includesFile('drafts/a.md'), false);
      assert.equal(f.includesFile('a.tmp.md'), false);
      assert.equal(f.includesFile('a.md'), true);
      assert.equal(f.includesFile('archived/a.md'), true);
      // A walk never enters `archive`, so only the file's own name is judged.
      assert.equal(f.includesWalkedFile('a.tmp.md'), false);
      assert.equal(f.includesWalkedFile('x/a.md'), true);
    });
    it('judges a file found by a walk as it judges any file, for every mix of patterns a walk prunes by', () => {
      const pattern = fc.constantFrom('archive', 'drafts/**', 'drafts/**/', '**/*.tmp.md', 'a/b/**', '**/x/**', '{a,old}/**', 'a/*.md', '**/b', '*.md/**', 'x', 'n.tmp**');
      const segment = fc.constantFrom('a', 'b', 'x', 'old', 'drafts', 'archive', 'node_modules', 'n.tmp.md', 'c.md');
      fc.assert(fc.property(fc.array(pattern, { maxLength: 4 }), fc.array(segment, { minLength: 1, maxLength: 5 }), (excludes, parts) => {
        const f = createFileFilter(undefined, excludes);
        const file = parts.join('/');
        // The folders a walk would have entered on its way to the file.
        const walked = parts.slice(0, -1).every((_, i) => !f.excludesFolder(parts.slice(0, i + 1).join('/')));
        if (walked) assert.equal(f.includesWalkedFile(file), f.includesFile(file), `${file} with ${JSON.stringify(excludes)}`);
      }), { numRuns: 3000, seed: 21 });
    });
    it('honours custom includes', () => {
      const f = createFileFilter(['contacts/**/*.md']);
      assert.equal(f.includesFile('contacts/a.md'), true);
      assert.equal(f.includesFile('notes/a.md'), false);
    });
  });

  describe('globsWithin', () => {
    it('takes globs written for a folder to a folder below it', () => {
      assert.deepEqual(globsWithin(['people/**/*.md', 'people/archive/**', '**/drafts/**', '*.tmp.md', 'notes/**', 'people/**', './people/x.md'], 'people'),
        ['**/*.md', 'archive/**', '**/drafts/**', '*.tmp.md', '**', 'x.md']);
      assert.deepEqual(globsWithin(['people/**'], 'people/archive'), ['**']);
      assert.deepEqual(globsWithin(['a/**'], ''), ['a/**']);
      assert.deepEqual(globsWithin(['notes/**/*.md'], 'people'), []);
    });

    it('regression: "**/people/jonas*" in the folder above left people/jonas.md in when the tool ran in people/', () => {
      assert.deepEqual(globsWithin(['**/people/jonas*'], 'people'), ['**/people/jonas*', 'jonas*']);
      assert.deepEqual(globsWithin(['**/people/archive/**'], 'crm/people'), ['**/people/archive/**', 'archive/**']);
      assert.deepEqual(globsWithin(['**/crm/people/x.md'], 'crm/people'), ['**/crm/people/x.md', 'x.md']);
      // The files the first one names below the folder are its own: `jonas*` at the top, the glob as it is deeper down.
      const filter = createFileFilter(undefined, globsWithin(['**/people/jonas*'], 'people'));
      assert.equal(filter.includesFile('jonas.md'), false);
      assert.equal(filter.includesFile('jane.md'), true);
      assert.deepEqual(globsWithin(['**/drafts/**'], 'people'), ['**/drafts/**']);
    });
  });
});

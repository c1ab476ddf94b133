// The packaged extension: `scripts/package.mjs` builds a .vsix once, and it must hold only what
// the installed extension uses (no sources, tests, fixtures, source maps or node_modules) and
// everything package.json points at. Run once by `npm run test:package`, not per time zone.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { missingEntries, unexpectedEntries, zipEntries, zipFile } from '../../scripts/vsixContents.mjs';

const KiB = 1024;

describe('the .vsix', function () {
  // Packaging is a production build plus vsce, which scans every file: seconds, not milliseconds.
  this.timeout(180_000);
  let dir;
  let vsix;
  let entries;
  const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'contact-diary-vsix-'));
    vsix = join(dir, 'contact-diary.vsix');
    const r = spawnSync(process.execPath, ['scripts/package.mjs', '--out', vsix], { encoding: 'utf8' });
    assert.equal(r.status, 0, `npm run package failed:\n${r.stdout}\n${r.stderr}`);
    entries = zipEntries(readFileSync(vsix));
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('holds nothing outside the allowed list', () => {
    assert.deepEqual(unexpectedEntries(entries), []);
  });

  it('holds the bundles, icons, grammars, walkthrough pages and documents package.json names', () => {
    assert.deepEqual(missingEntries(entries, manifest), []);
    for (const step of manifest.contributes.walkthroughs[0].steps) assert.ok(entries.includes(`extension/${step.media.markdown}`), step.id);
  });

  it('stays small: the packed bundle is minified and carries no source map', () => {
    const bundle = zipFile(readFileSync(vsix), 'extension/dist/extension.js');
    assert.ok(bundle, 'no extension/dist/extension.js in the .vsix');
    const text = bundle.toString('utf8');
    assert.doesNotMatch(text, /sourceMappingURL/);
    // Minified lines run to hundreds of characters; a readable bundle averages about forty.
    const lines = text.split('\n').length;
    assert.ok(text.length / lines > 500, `extension.js: ${lines} lines for ${text.length} characters`);
    assert.ok(bundle.length < 400 * KiB, `extension.js is ${bundle.length} bytes`);
    assert.ok(statSync(vsix).size < 400 * KiB, `the .vsix is ${statSync(vsix).size} bytes`);
  });
});

describe('the .vsix check itself', () => {
  it('flags sources, tests, fixtures, source maps, node_modules and the icon source', () => {
    const wrong = [
      'extension/src/core/index.ts',
      'extension/dist/extension.js.map',
      'extension/node_modules/yaml/dist/index.js',
      'extension/test/fixtures/basic.md',
      'extension/test/integration/workspace/contacts/jane-doe.md',
      'extension/media/icon.svg',
      'extension/media/screenshot.png',
      'extension/scripts/build.mjs',
      'extension/.vscode-test/install-stamp.json',
      'extension/tsconfig.json',
    ];
    assert.deepEqual(unexpectedEntries([...wrong, 'extension/dist/extension.js', 'extension/package.json']), wrong);
  });

  it('flags a missing bundle and a walkthrough page package.json points at', () => {
    const manifest = { contributes: { walkthroughs: [{ steps: [{ media: { markdown: 'media/walkthrough/a.md' } }] }] } };
    const missing = missingEntries(['extension/package.json'], manifest);
    assert.ok(missing.includes('extension/dist/extension.js'));
    assert.ok(missing.includes('extension/media/walkthrough/a.md'));
  });

  it('refuses bytes that are not a zip', () => {
    assert.throws(() => zipFile(Buffer.alloc(100), 'extension/package.json'), /not a zip/);
    assert.throws(() => zipEntries(Buffer.from('not a zip at all, just some text of a reasonable length')), /not a zip/);
  });
});

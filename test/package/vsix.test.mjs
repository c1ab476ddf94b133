// The packaged extension: `scripts/package.mjs` builds a .vsix once, and it must hold only what
// the installed extension uses (no sources, tests, fixtures, source maps or node_modules) and
// everything package.json points at. Run once by `npm run test:package`, not per time zone.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { missingEntries, unexpectedEntries, walkthroughMedia, zipEntries, zipFile } from '../../scripts/vsixContents.mjs';

const KiB = 1024;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PNG's width and height from its header chunk, or undefined for bytes that are not a PNG. */
function pngSize(bytes) {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

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

  it('holds the bundles, icons, grammars, walkthrough pictures and documents package.json names', () => {
    assert.deepEqual(missingEntries(entries, manifest), []);
  });

  it('holds every picture the walkthrough names, as it is in the repository', () => {
    const media = walkthroughMedia(manifest);
    // A picture for each step, in a light and a dark theme.
    assert.ok(media.length >= 2 * manifest.contributes.walkthroughs[0].steps.length, media.join(', '));
    const zip = readFileSync(vsix);
    for (const file of media) {
      assert.ok(existsSync(file), `${file} is named in package.json but is not in the repository`);
      const packed = zipFile(zip, `extension/${file}`);
      assert.ok(packed, `${file} is not in the .vsix (see .vscodeignore)`);
      assert.ok(packed.equals(readFileSync(file)), `${file} in the .vsix differs from the repository's`);
    }
  });

  it('lets the desktop extension load its libraries from the tool\'s files it carries, and nothing else from the package', () => {
    const zip = readFileSync(vsix);
    const text = zipFile(zip, 'extension/dist/extension.js').toString('utf8');
    const asked = [...new Set([...text.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]))];
    const local = asked.filter((m) => m.startsWith('.')).sort();
    assert.deepEqual(local, ['./cli-chrono.js', './cli-papaparse.js', './cli-yaml.js']);
    for (const m of local) assert.ok(zipFile(zip, `extension/dist/${m.slice(2)}`), `${m} is not in the .vsix beside dist/extension.js`);
    // The rest is the host's and Node's own.
    const builtins = new Set(builtinModules.flatMap((b) => [b, `node:${b}`]));
    assert.deepEqual(asked.filter((m) => !m.startsWith('.') && m !== 'vscode' && !builtins.has(m)), []);
  });

  for (const name of ['dist/extension.js', 'dist/web/extension.js']) {
    it(`stays small: the packed ${name} is minified and carries no source map`, () => {
      const bundle = zipFile(readFileSync(vsix), `extension/${name}`);
      assert.ok(bundle, `no extension/${name} in the .vsix`);
      const text = bundle.toString('utf8');
      assert.doesNotMatch(text, /sourceMappingURL/);
      // Minified lines run to hundreds of characters; a readable bundle averages about forty.
      const lines = text.split('\n').length;
      assert.ok(text.length / lines > 500, `${name}: ${lines} lines for ${text.length} characters`);
      // 382 KB before Import Contacts… brought its reader (23 KB) and papaparse (21 KB), evaluated
      // only when it runs; 480 KiB before the reading of vaults as Obsidian keeps them, the date
      // phrases' hints and the import's fixes of real exports (11 KiB).
      // The desktop build: 513 KB with yaml, chrono-node and papaparse inside, 305 KiB since it
      // loads them from the tool's files beside it; the web build has no such files to load, and
      // was 499 KB before vaults' templates, Logseq's and Dataview's keys, the import's matching
      // by profile and phone and its vCards card by card, versioned calendar events and the third
      // round of date phrases (13 KB).
      const budget = name === 'dist/extension.js' ? 360 : 520;
      assert.ok(bundle.length < budget * KiB, `${name} is ${bundle.length} bytes`);
    });
  }

  // 559 KiB before the date phrases, the named front-matter slips and the import's fixes of real
  // exports (19 KiB over three bundles, the web build's included); 600 KiB before vaults read as
  // Obsidian keeps them and the second round of import fixes.
  it('stays small: the .vsix, with the desktop and the web build, is under 620 KiB', () => {
    assert.ok(statSync(vsix).size < 620 * KiB, `the .vsix is ${statSync(vsix).size} bytes`);
  });
});

describe('the walkthrough', () => {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
  const steps = manifest.contributes.walkthroughs[0].steps;

  it('gives each step a picture for each kind of theme, with a text for those who can\'t see it', () => {
    for (const step of steps) {
      const { image, altText } = step.media;
      // VS Code's schema asks for all four, and the workbench reads hc without a fallback: a step
      // without it throws while the walkthrough is registered, and the walkthrough is not shown.
      assert.deepEqual(Object.keys(image ?? {}).sort(), ['dark', 'hc', 'hcLight', 'light'], step.id);
      assert.notEqual(image.light, image.dark, `${step.id}: one picture for light and dark`);
      assert.ok(typeof altText === 'string' && altText.length > 20, `${step.id}: no altText`);
    }
  });

  it('shows small PNG pictures, at most 800 pixels wide', () => {
    for (const file of walkthroughMedia(manifest)) {
      const bytes = readFileSync(file);
      const size = pngSize(bytes);
      assert.ok(size, `${file} is not a PNG`);
      assert.ok(size.width <= 800 && size.height <= 800, `${file} is ${size.width}×${size.height}`);
      assert.ok(bytes.length < 40 * KiB, `${file} is ${bytes.length} bytes (npm run screenshot:walkthrough makes them smaller with pngquant)`);
    }
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
      'extension/media/walkthrough/notes.md',
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

  it('flags each missing theme\'s picture of a walkthrough step, and no web address', () => {
    const image = { light: 'media/walkthrough/a-light.png', dark: 'media/walkthrough/a-dark.png', hc: 'media/walkthrough/a-dark.png', hcLight: 'media/walkthrough/a-light.png' };
    const manifest = { contributes: { walkthroughs: [{ steps: [
      { media: { image, altText: 'a' } },
      { media: { image: 'media/walkthrough/b.png', altText: 'b' } },
      { media: { image: 'https://example.com/c.png', altText: 'c' } },
      { media: { svg: 'media/walkthrough/d.svg', altText: 'd' } },
    ] }] } };
    assert.deepEqual(walkthroughMedia(manifest), ['media/walkthrough/a-light.png', 'media/walkthrough/a-dark.png', 'media/walkthrough/b.png', 'media/walkthrough/d.svg']);
    const missing = missingEntries(['extension/package.json', 'extension/media/walkthrough/a-light.png'], manifest);
    assert.deepEqual(missing.filter((m) => m.includes('walkthrough')), ['extension/media/walkthrough/a-dark.png', 'extension/media/walkthrough/b.png', 'extension/media/walkthrough/d.svg']);
  });

  it('reads a PNG\'s size and refuses other bytes', () => {
    const header = Buffer.concat([PNG_SIGNATURE, Buffer.from([0, 0, 0, 13]), Buffer.from('IHDR', 'latin1'), Buffer.from([0, 0, 3, 32, 0, 0, 1, 244])]);
    assert.deepEqual(pngSize(header), { width: 800, height: 500 });
    assert.equal(pngSize(Buffer.from('GIF89a and then some more bytes here')), undefined);
  });

  it('refuses bytes that are not a zip', () => {
    assert.throws(() => zipFile(Buffer.alloc(100), 'extension/package.json'), /not a zip/);
    assert.throws(() => zipEntries(Buffer.from('not a zip at all, just some text of a reasonable length')), /not a zip/);
  });
});

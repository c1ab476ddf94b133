// What a .vsix holds, and whether that is only what the installed extension needs.
// A .vsix is a zip: the names come from its central directory, so nothing is unpacked.

import { inflateRawSync } from 'node:zlib';

/** Every entry name in a zip file's bytes (a Buffer). Throws on bytes that are not a zip. */
export function zipEntries(zip) {
  return centralDirectory(zip).map((e) => e.name);
}

/** The bytes of one entry (stored or deflated), undefined when the zip has no such entry. */
export function zipFile(zip, name) {
  const entry = centralDirectory(zip).find((e) => e.name === name);
  if (!entry) return undefined;
  // The local header repeats the name and has its own extra field before the data.
  const at = entry.local + 30 + zip.readUInt16LE(entry.local + 26) + zip.readUInt16LE(entry.local + 28);
  const data = zip.subarray(at, at + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method === 8) return inflateRawSync(data);
  throw new Error(`${name}: compression method ${entry.method} is not read here`);
}

function centralDirectory(zip) {
  // The end-of-central-directory record sits in the last 22 bytes + up to 64 KiB of comment.
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) { end = i; break; }
  }
  if (end < 0) throw new Error('not a zip file (no end of central directory)');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names = [];
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`broken central directory at entry ${n}`);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    names.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      local: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

// Only the bundles, grammars, icons, walkthrough pictures and the package's own documents; vsce
// adds its manifest and content types, and renames LICENSE to LICENSE.txt.
const ALLOWED = [
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
  /^extension\/package\.json$/,
  /^extension\/(readme|changelog)\.md$/,
  /^extension\/LICENSE(\.txt|\.md)?$/,
  /^extension\/dist\/(extension|cli|cli-yaml|cli-chrono|cli-papaparse|web\/extension)\.js$/,
  /^extension\/syntaxes\/[\w.-]+\.tmLanguage\.json$/,
  /^extension\/media\/(icon\.png|contact-diary\.svg)$/,
  /^extension\/media\/walkthrough\/[\w-]+\.png$/,
];

/** What the extension cannot work without: its absence is as wrong as an extra file. */
export const REQUIRED = [
  'extension/package.json',
  'extension/readme.md',
  'extension/changelog.md',
  'extension/LICENSE.txt',
  'extension/dist/extension.js',
  // The web build, for VS Code in a browser (package.json's `browser`).
  'extension/dist/web/extension.js',
  'extension/dist/cli.js',
  // The command-line tool loads these on first use (see scripts/bundle.mjs).
  'extension/dist/cli-yaml.js',
  'extension/dist/cli-chrono.js',
  'extension/dist/cli-papaparse.js',
  'extension/media/icon.png',
  'extension/media/contact-diary.svg',
];

/** The entries outside the allowed list (sources, tests, maps, node_modules…). */
export function unexpectedEntries(names) {
  return names.filter((name) => !ALLOWED.some((re) => re.test(name)));
}

/**
 * Every file the walkthroughs' steps show, as package.json names them: a Markdown page, an SVG,
 * or an image (one path, or one for each of light, dark, hc and hcLight). Web addresses are not
 * files of the package and are left out.
 */
export function walkthroughMedia(manifest) {
  const files = (manifest.contributes?.walkthroughs ?? []).flatMap((w) => (w.steps ?? []).flatMap((s) => {
    const { markdown, svg, image } = s.media ?? {};
    return [markdown, svg, ...(typeof image === 'object' && image ? Object.values(image) : [image])];
  }));
  return [...new Set(files.filter((f) => typeof f === 'string' && !/^https:\/\//.test(f)))];
}

/** The required entries that are missing, given also every file package.json points at. */
export function missingEntries(names, manifest) {
  const referenced = [
    manifest.main,
    manifest.browser,
    ...(manifest.contributes?.grammars ?? []).map((g) => g.path),
    ...walkthroughMedia(manifest),
  ].filter(Boolean).map((p) => `extension/${p.replace(/^\.\//, '')}`);
  const have = new Set(names);
  return [...new Set([...REQUIRED, ...referenced])].filter((name) => !have.has(name));
}

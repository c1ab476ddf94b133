// `npm run package`: the production build (minified, no source maps), then
// contact-diary-<version>.vsix with vsce, then a check that the .vsix holds only what the
// installed extension uses. `--out FILE` writes the .vsix elsewhere (the package test does).
//
// --no-dependencies: the bundles inline their dependencies, node_modules stays out.
// --allow-missing-repository: the package names no repository rather than an invented one;
//   without it vsce stops to ask. --no-rewrite-relative-links goes with it: with no repository
//   there is no base URL to rewrite README links against.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { missingEntries, unexpectedEntries, zipEntries } from './vsixContents.mjs';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const outAt = process.argv.indexOf('--out');
const out = outAt > 0 ? process.argv[outAt + 1] : `${manifest.name}-${manifest.version}.vsix`;
if (!out) fail('--out needs a file name');

run(['scripts/build.mjs', '--production']);
run(['node_modules/@vscode/vsce/vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out]);

const entries = zipEntries(readFileSync(out));
const extra = unexpectedEntries(entries);
const missing = missingEntries(entries, manifest);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(`${out}: ${kb(statSync(out).size)}, ${entries.length} entries; dist/extension.js ${kb(statSync('dist/extension.js').size)} (minified)`);
if (extra.length > 0) fail(`files that don't belong in the .vsix (see .vscodeignore):\n  ${extra.join('\n  ')}`);
if (missing.length > 0) fail(`files missing from the .vsix:\n  ${missing.join('\n  ')}`);

function run(args) {
  const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (r.status !== 0) fail(`${args.join(' ')} failed`);
}

function fail(message) {
  console.error(`package: ${message}`);
  process.exit(1);
}

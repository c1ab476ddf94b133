// Bundles the front ends: the extension for the desktop and for the web (vscode external) and the command-line tool (see
// bundle.mjs). `--watch` rebuilds on change; `--production` minifies and drops source maps.
import * as esbuild from 'esbuild';
import { cliBundles, extensionBundle, webExtensionBundle } from './bundle.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const builds = [extensionBundle({ production }), webExtensionBundle({ production }), ...cliBundles({ production })];

if (watch) {
  for (const b of builds) (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}

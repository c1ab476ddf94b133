// Compiles the integration tests for the extension host: test/integration/index.ts (the mocha
// runner) and every *.test.ts under test/integration, each bundled to out/integration/run-PID/ with
// `vscode` and `mocha` left to the host and node_modules. Type-checking is `npm run typecheck`'s job.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './install.mjs';

export const SRC_DIR = join(ROOT, 'test', 'integration');
// One folder per run: two runs at once (several people, or CI jobs, in one checkout) would
// otherwise delete and rewrite each other's compiled tests and options mid-run.
export const OUT_DIR = join(ROOT, 'out', 'integration', `run-${process.pid}`);

/** `npm run build`: bundles the extension into dist/. Returns false when it fails. */
export function buildExtension() {
  return spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit', cwd: ROOT }).status === 0;
}

/** Builds the tests; returns the compiled runner's path. */
export async function buildTests() {
  const tests = readdirSync(SRC_DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.ts') && !f.split(/[\\/]/).includes('workspace'))
    .map((f) => join(SRC_DIR, f));
  rmSync(OUT_DIR, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [join(SRC_DIR, 'index.ts'), ...tests],
    outbase: SRC_DIR,
    outdir: OUT_DIR,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  console.log(`[integration] compiled ${tests.length} test file(s) to ${relative(ROOT, OUT_DIR)}/`);
  return join(OUT_DIR, 'index.js');
}

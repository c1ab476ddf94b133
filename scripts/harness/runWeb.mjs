// `npm run test:web [-- --grep PATTERN --verbose]`: the web suite (test/web) in VS Code for the
// Web's worker extension host, which has no Node. Builds the extension (its web build among the
// bundles), bundles the suite for the browser (mocha's browser build, no Node built-ins), and
// runs it in code-server on a fresh copy of the integration tests' fixture workspace, with the
// user setting that puts the extension in the worker rather than the Node host. The suite prints
// its counts as one line of the host's log (the worker can write no file); no such line, a
// failure or a time-out exits non-zero.
import * as esbuild from 'esbuild';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildExtension } from './buildTests.mjs';
import { IN_WEB_WORKER, reportedIn, runInCodeServer } from './codeServerRun.mjs';
import { ensureInstalled, ROOT } from './install.mjs';

const WEB_DIR = join(ROOT, 'test', 'web');
const OUT_DIR = join(ROOT, 'out', 'web', `run-${process.pid}`);
const RESULTS_PREFIX = 'contact-diary-web-results ';
const TIMEOUT_MS = Number(process.env.CONTACT_DIARY_INTEGRATION_TIMEOUT_MS) || 300_000;

function parseArgs(argv) {
  const o = { grep: undefined, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--grep' || argv[i] === '-g') o.grep = argv[++i];
    else if (argv[i] === '--verbose') o.verbose = true;
  }
  return o;
}

/** Bundles the runner and every test file into one script for the worker; returns its path. */
async function buildWebTests(grep) {
  rmSync(OUT_DIR, { recursive: true, force: true });
  const outfile = join(OUT_DIR, 'index.js');
  const entry = [
    // The runner first: it sets mocha up before the test files register their suites.
    "export { run } from './test/web/index.ts';",
    "import './test/web/web.test.ts';",
  ].join('\n');
  await esbuild.build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts', sourcefile: 'web-tests.ts' },
    outfile,
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode'],
    // The integration helpers the suite shares use Node's assert; the worker has none.
    alias: { assert: join(WEB_DIR, 'assert.ts') },
    define: { CONTACT_DIARY_WEB_GREP: JSON.stringify(grep ?? '') },
    logLevel: 'warning',
  });
  console.log(`[web] compiled the web suite to ${relative(ROOT, outfile)}`);
  return outfile;
}

async function main() {
  const started = Date.now();
  const opts = parseArgs(process.argv.slice(2));
  if (!buildExtension()) return fail('the extension did not build');
  const extensionTestsPath = await buildWebTests(opts.grep);
  ensureInstalled();
  const tmp = mkdtempSync(join(tmpdir(), 'contact-diary-web-'));
  const folder = join(tmp, 'workspace');
  cpSync(join(ROOT, 'test', 'integration', 'workspace'), folder, { recursive: true });
  let results;
  let code;
  try {
    console.log('[web] the web suite in code-server\'s web worker extension host (headless chromium)');
    code = await runInCodeServer({
      extensionDevelopmentPath: ROOT,
      extensionTestsPath,
      folder,
      timeoutMs: TIMEOUT_MS,
      verbose: opts.verbose,
      userDataDir: join(tmp, 'user-data'),
      extensionsDir: join(tmp, 'extensions'),
      settings: IN_WEB_WORKER,
      onLine: (line) => { results = reportedIn(line, RESULTS_PREFIX) ?? results; },
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    rmSync(OUT_DIR, { recursive: true, force: true });
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (!results) return fail(`the web suite never reported its counts (exit ${code}, ${seconds} s)`);
  console.log(`\nweb: ${results.passed} passed, ${results.failed} failed in ${seconds} s`);
  if (results.passed + results.failed === 0) return fail('no test ran (check --grep)');
  return results.failed > 0 || code !== 0 ? 1 : 0;
}

function fail(message) {
  console.error(`[web] ${message}`);
  return 1;
}

process.exit(await main());

// `npm run test:integration [-- FILTER… --grep PATTERN --verbose]`: builds the extension and the
// integration tests, and runs each suite in a real VS Code window of its own on a fresh copy of
// its fixture workspace, through @vscode/test-electron: desktop Electron where one is found (see
// desktop.mjs), else code-shim.mjs, which test-electron launches like a VS Code executable and
// which runs the same tests in code-server. A suite is a folder of *.test.ts with its workspace/
// beside them: the files directly in test/integration open workspace/ (one folder); those in
// multiRoot/ open the .code-workspace in multiRoot/workspace/ (two folders). FILTER keeps the
// test files whose path contains it; a suite left with none opens no window. Exits non-zero when
// a test fails, a run times out, or a suite never reports its counts.
import { runTests } from '@vscode/test-electron';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildExtension, buildTests, OUT_DIR, SRC_DIR } from './buildTests.mjs';
import { findDesktopVSCode } from './desktop.mjs';
import { ensureInstalled, ROOT } from './install.mjs';

const SHIM = join(ROOT, 'scripts', 'harness', 'code-shim.mjs');
const TIMEOUT_MS = Number(process.env.CONTACT_DIARY_INTEGRATION_TIMEOUT_MS) || 300_000;

function parseArgs(argv) {
  const o = { files: [], grep: undefined, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--grep' || a === '-g') o.grep = argv[++i];
    else if (a === '--verbose') o.verbose = true;
    else if (a !== '--') o.files.push(a);
  }
  return o;
}

function readResults(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * The compiled test files (relative to OUT_DIR, forward slashes) that the filters keep, by suite:
 * the folder they are in ('' for the files directly in test/integration).
 */
function suites(filters) {
  const bySuite = new Map();
  const files = readdirSync(OUT_DIR, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f.endsWith('.test.js'))
    .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x.replace(/\.(ts|js)$/, ''))))
    .sort();
  for (const f of files) {
    const suite = dirname(f) === '.' ? '' : dirname(f);
    bySuite.set(suite, [...(bySuite.get(suite) ?? []), f]);
  }
  return bySuite;
}

/**
 * A fresh copy of the suite's fixture workspace under `dir`; returns what VS Code opens: the
 * copy's `.code-workspace` file when it has one (a multi-root workspace), else the folder.
 */
function prepareWorkspace(suite, dir) {
  const workspace = join(dir, 'workspace');
  cpSync(join(SRC_DIR, suite, 'workspace'), workspace, { recursive: true });
  const file = readdirSync(workspace).find((f) => f.endsWith('.code-workspace'));
  return file ? join(workspace, file) : workspace;
}

/** One suite in a window of its own: its counts (null when it never reported) and exit code. */
async function runSuite({ suite, tests, opts, extensionTestsPath, desktop }) {
  const started = Date.now();
  const name = suite || 'single folder';
  // The runner in the extension host reads its selection from here and writes its counts back,
  // which works alike in Electron and in code-server.
  const resultsFile = join(OUT_DIR, `results-${suite || 'main'}.json`);
  writeFileSync(join(OUT_DIR, 'options.json'), JSON.stringify({ tests, grep: opts.grep, resultsFile }));
  const tmp = mkdtempSync(join(tmpdir(), 'contact-diary-integration-'));
  const workspace = prepareWorkspace(suite, tmp);
  console.log(`[integration] ${name}: ${tests.length} file(s) in ${desktop ? `desktop VS Code (${desktop.reason})` : 'code-server (headless chromium)'} on a fresh copy of its fixture workspace`);
  const backstop = setTimeout(() => {
    console.error(`[integration] no end after ${Math.round(TIMEOUT_MS / 1000) + 60} s: giving up`);
    process.exit(2);
  }, TIMEOUT_MS + 60_000);
  let exitCode;
  try {
    exitCode = await runTests({
      vscodeExecutablePath: desktop?.executable ?? SHIM,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath,
      launchArgs: [workspace, '--disable-extensions', `--user-data-dir=${join(tmp, 'user-data')}`, `--extensions-dir=${join(tmp, 'extensions')}`],
      extensionTestsEnv: {
        CONTACT_DIARY_INTEGRATION_TIMEOUT_MS: String(TIMEOUT_MS),
        ...(opts.verbose ? { CONTACT_DIARY_INTEGRATION_VERBOSE: '1' } : {}),
      },
    });
  } catch (e) {
    exitCode = typeof e?.code === 'number' ? e.code : 1;
  } finally {
    clearTimeout(backstop);
    rmSync(tmp, { recursive: true, force: true });
  }
  const results = readResults(resultsFile);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(results
    ? `[integration] ${name}: ${results.passed} passed, ${results.failed} failed in ${seconds} s`
    : `[integration] ${name}: the suite never reported (exit ${exitCode}, ${seconds} s)`);
  return { results, exitCode };
}

async function main() {
  const started = Date.now();
  const opts = parseArgs(process.argv.slice(2));
  if (!buildExtension()) return fail('the extension did not build');
  const extensionTestsPath = await buildTests();
  const desktop = findDesktopVSCode();
  // Installing (minutes, the first time) happens here, outside the runs' time limits.
  if (!desktop) ensureInstalled();
  const totals = { passed: 0, failed: 0 };
  let ok = true;
  try {
    for (const [suite, tests] of suites(opts.files)) {
      const { results, exitCode } = await runSuite({ suite, tests, opts, extensionTestsPath, desktop });
      if (!results || results.failed > 0 || exitCode !== 0) ok = false;
      totals.passed += results?.passed ?? 0;
      totals.failed += results?.failed ?? 0;
    }
  } finally {
    rmSync(OUT_DIR, { recursive: true, force: true });
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\nintegration: ${totals.passed} passed, ${totals.failed} failed`);
  if (totals.passed + totals.failed === 0) return fail('no test ran (check the file filter or --grep)');
  if (!ok) return 1;
  console.log(`[integration] ${seconds} s`);
  return 0;
}

function fail(message) {
  console.error(`[integration] ${message}`);
  return 1;
}

process.exit(await main());

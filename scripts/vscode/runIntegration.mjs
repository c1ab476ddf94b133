// `npm run test:integration [-- FILTER… --grep PATTERN --verbose]`: builds the extension and the
// integration tests, copies the fixture workspace to a fresh temp folder, and runs the suite in a
// real VS Code through @vscode/test-electron: desktop Electron where one is found (see
// desktop.mjs), else code-shim.mjs, which test-electron launches like a VS Code executable and
// which runs the same tests in code-server. FILTER keeps the test files whose path contains it.
// Exits non-zero when a test fails, the run times out, or the suite never reports its counts.
import { runTests } from '@vscode/test-electron';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildExtension, buildTests, OUT_DIR, SRC_DIR } from './buildTests.mjs';
import { findDesktopVSCode } from './desktop.mjs';
import { ensureInstalled, ROOT } from './install.mjs';

const SHIM = join(ROOT, 'scripts', 'vscode', 'code-shim.mjs');
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

async function main() {
  const started = Date.now();
  const opts = parseArgs(process.argv.slice(2));
  if (!buildExtension()) return fail('the extension did not build');
  const extensionTestsPath = await buildTests();
  // The runner in the extension host reads its selection from here and writes its counts back,
  // which works alike in Electron and in code-server.
  const resultsFile = join(OUT_DIR, 'results.json');
  writeFileSync(join(OUT_DIR, 'options.json'), JSON.stringify({ files: opts.files, grep: opts.grep, resultsFile }));

  const tmp = mkdtempSync(join(tmpdir(), 'contact-diary-integration-'));
  const workspace = join(tmp, 'workspace');
  cpSync(join(SRC_DIR, 'workspace'), workspace, { recursive: true });
  const desktop = findDesktopVSCode();
  const vscodeExecutablePath = desktop?.executable ?? SHIM;
  // Installing (minutes, the first time) happens here, outside the run's time limit.
  if (!desktop) ensureInstalled();
  console.log(`[integration] running in ${desktop ? `desktop VS Code (${desktop.reason})` : 'code-server (headless chromium)'} on a fresh copy of the fixture workspace`);
  const backstop = setTimeout(() => {
    console.error(`[integration] no end after ${Math.round(TIMEOUT_MS / 1000) + 60} s: giving up`);
    process.exit(2);
  }, TIMEOUT_MS + 60_000);
  let exitCode;
  try {
    exitCode = await runTests({
      vscodeExecutablePath,
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
  rmSync(OUT_DIR, { recursive: true, force: true });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (!results) {
    console.log(`\nintegration: 0 passed, 0 failed — the suite never reported (exit ${exitCode}, ${seconds} s)`);
    return 1;
  }
  console.log(`\nintegration: ${results.passed} passed, ${results.failed} failed`);
  if (results.passed + results.failed === 0) return fail('no test ran (check the file filter or --grep)');
  if (results.failed > 0 || exitCode !== 0) return 1;
  console.log(`[integration] ${seconds} s`);
  return 0;
}

function fail(message) {
  console.error(`[integration] ${message}`);
  return 1;
}

process.exit(await main());

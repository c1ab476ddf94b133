// The mocha runner that VS Code for the Web's worker extension host loads (the
// extensionTestsPath of the web suite). The worker has no Node: this is mocha's browser build,
// the test files are bundled in after it (see scripts/harness/runWeb.mjs), and the counts go back
// to the launcher as one line of the host's log, since the worker can write no file of its own.
import 'mocha/mocha';

/** The line the launcher reads the counts from: this prefix, then `{ passed, failed, pending }` as JSON. */
export const RESULTS_PREFIX = 'contact-diary-web-results ';

/** Prints each test's outcome as the spec reporter does, and the counts for the launcher. */
function reporter(runner: Mocha.Runner): void {
  let passed = 0;
  let failed = 0;
  let pending = 0;
  runner.on('suite', (suite) => { if (suite.title) console.log(`  ${suite.title}`); });
  runner.on('pass', (test) => { passed++; console.log(`    ✔ ${test.title} (${test.duration ?? 0} ms)`); });
  runner.on('pending', (test) => { pending++; console.log(`    - ${test.title}`); });
  runner.on('fail', (test, error: Error) => {
    failed++;
    console.error(`    ✘ ${test.fullTitle()}\n      ${error.stack ?? error.message}`);
  });
  runner.on('end', () => console.log(`${RESULTS_PREFIX}${JSON.stringify({ passed, failed, pending })}`));
}

/** `npm run test:web -- --grep PATTERN`, put in at build time: the worker has no options file to read. */
declare const CONTACT_DIARY_WEB_GREP: string;

// Before the test files register their suites: they come after this module in the bundle.
mocha.setup({ ui: 'bdd', reporter: reporter as unknown as Mocha.ReporterConstructor, timeout: 30_000, color: false });
if (CONTACT_DIARY_WEB_GREP) mocha.grep(CONTACT_DIARY_WEB_GREP);

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} web test(s) failed`)) : resolve()));
  });
}

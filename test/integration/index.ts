// The mocha runner that VS Code's extension host loads (the extensionTestsPath): it runs the
// compiled *.test.js files of the suite the launcher names (else every one beside it), prints
// mocha's spec lines (they reach the terminal through the host's log), writes the counts for the
// launcher, and rejects when a test fails so that the host exits non-zero.
import * as fs from 'fs';
import Mocha from 'mocha';
import * as path from 'path';

/** What the launcher (scripts/harness/runIntegration.mjs) asks for, in options.json beside this file. */
interface RunOptions {
  /** The compiled test files to run, relative to this folder: one suite's (default: every one here and below). */
  tests?: string[];
  grep?: string;
  /** Where to write `{ passed, failed, pending }`. */
  resultsFile?: string;
}

function readOptions(): RunOptions {
  try {
    return JSON.parse(fs.readFileSync(path.join(__dirname, 'options.json'), 'utf8')) as RunOptions;
  } catch {
    return {};
  }
}

function testFiles(dir: string, tests: string[] | undefined): string[] {
  const all = tests ?? fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.test.js'));
  return [...all].sort().map((f) => path.join(dir, f));
}

export async function run(): Promise<void> {
  const options = readOptions();
  const resultsFile = options.resultsFile ?? path.join(__dirname, 'results.json');
  // A real VS Code is slow to open editors and run commands on a busy CI machine; the limit is
  // there to end a hung test, not to measure one.
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec' });
  if (options.grep) mocha.grep(options.grep);
  for (const f of testFiles(__dirname, options.tests)) mocha.addFile(f);
  // A file that throws while loading makes run() reject before any count is written: the
  // launcher reads the missing counts as a failed run.
  const counts = await new Promise<{ passed: number; failed: number; pending: number }>((resolve) => {
    const runner = mocha.run((failures) => {
      const s = runner.stats;
      resolve({ passed: s?.passes ?? 0, failed: s?.failures ?? failures, pending: s?.pending ?? 0 });
    });
  });
  fs.writeFileSync(resultsFile, JSON.stringify(counts));
  if (counts.failed > 0) throw new Error(`${counts.failed} integration test(s) failed`);
}

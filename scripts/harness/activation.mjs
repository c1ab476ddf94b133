// `npm run bench:activation [-- --runs N] [--only TEXT] [--web]`: how long a user waits after
// activation for the Follow-ups tree to show the whole diary, measured in the harness's real VS Code
// (code-server): the example diary (17 contacts) and 10,000 generated contacts (`--only 10,000`
// keeps the cases whose name holds TEXT), each opened N times (default 3) in a fresh window.
// `--web` measures the web build in the web worker extension host instead, where every file is
// read through `vscode.workspace.fs`: the example diary and 1,000 generated contacts.
// Prints the medians with the machine's load average beside them, because on a loaded machine
// the figures are the machine's as much as the extension's. Not part of `npm test`.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../bench/generate.mjs';
import { prepareExampleDiary } from '../example-diary.mjs';
import { IN_WEB_WORKER, reportedIn, runInCodeServer } from './codeServerRun.mjs';
import { ROOT } from './install.mjs';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const onlyArg = process.argv.indexOf('--only');
const ONLY = onlyArg > 0 ? process.argv[onlyArg + 1] : undefined;
const WEB = process.argv.includes('--web');
// The generator makes one plain note (not a contact) per 50 files: 10,204 files hold 10,000 contacts.
const GENERATED = WEB ? { files: 1_020, name: '1,000 generated contacts' } : { files: 10_204, name: '10,000 generated contacts' };
const PROBE_PREFIX = 'contact-diary-activation ';
const OUT = join(ROOT, 'out', `activation-${process.pid}`);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');

async function buildProbe() {
  await esbuild.build({
    entryPoints: [join(ROOT, 'scripts', 'harness', 'activationProbe.ts')],
    outfile: join(OUT, 'probe.js'),
    bundle: true, platform: WEB ? 'browser' : 'node', target: WEB ? 'es2022' : 'node20', format: 'cjs', external: ['vscode'], logLevel: 'warning',
  });
  return join(OUT, 'probe.js');
}

/** One fresh window on `folder`: the probe's figures, or null when the run failed. */
async function measure(probe, folder, tmp) {
  const profile = mkdtempSync(join(tmp, 'profile-'));
  let result = null;
  const code = await runInCodeServer({
    extensionDevelopmentPath: ROOT, extensionTestsPath: probe, folder, timeoutMs: 900_000,
    userDataDir: join(profile, 'user-data'), extensionsDir: join(profile, 'extensions'),
    settings: WEB ? IN_WEB_WORKER : {},
    onLine: (line) => { result = reportedIn(line, PROBE_PREFIX) ?? result; },
  });
  rmSync(profile, { recursive: true, force: true });
  return code === 0 ? result : null;
}

async function main() {
  // What users install: the minified production bundle.
  if (spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--production'], { stdio: 'inherit', cwd: ROOT }).status !== 0) return 1;
  mkdirSync(OUT, { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), 'contact-diary-activation-'));
  try {
    const probe = await buildProbe();
    const cases = [
      { name: 'example diary', folder: () => prepareExampleDiary({ outDir: join(tmp, 'example-diary') }) },
      { name: GENERATED.name, folder: () => generateCorpus(join(tmp, 'generated'), GENERATED.files) },
    ].filter((c) => !ONLY || c.name.includes(ONLY)).map((c) => ({ ...c, folder: c.folder() }));
    if (cases.length === 0) {
      console.error(`[activation] no case's name holds "${ONLY}"`);
      return 1;
    }
    const rows = [];
    for (const c of cases) {
      const runs = [];
      for (let i = 1; i <= RUNS; i++) {
        const before = load();
        const r = await measure(probe, c.folder, tmp);
        if (!r) {
          console.error(`[activation] ${c.name}, run ${i}: no figures (the window failed)`);
          continue;
        }
        const row = { scan: r.firstScanEnd - r.activateStart, render: r.firstTreeRender - r.activateStart, rows: r.firstItemsRender - r.activateStart, shown: r.shown, late: r.activeBeforeProbe ? r.probeStart - r.activateStart : 0, load: `${before} → ${load()}` };
        console.log(`[activation] ${c.name}, run ${i}: first render ${row.render.toFixed(0)} ms, open groups' rows ${row.rows.toFixed(0)} ms, scan end ${row.scan.toFixed(0)} ms, ${row.shown} rows${row.late ? `, view opened ${row.late.toFixed(0)} ms after activation` : ''}, load ${row.load}`);
        runs.push(row);
      }
      if (runs.length > 0) rows.push({ name: c.name, runs });
    }
    console.log(`\nActivation → first tree render (code-server, ${WEB ? 'web build in the web worker host' : 'production bundle in the Node host'}, ${cpus().length} CPUs), median of runs:`);
    console.log('| diary | runs | rows shown | activation → first scan end | activation → first tree render | → rows of the open groups | load average (1 5 15 min) |');
    console.log('|---|---|---|---|---|---|---|');
    for (const { name, runs } of rows) {
      console.log(`| ${name} | ${runs.length} | ${runs[0].shown} | ${median(runs.map((r) => r.scan)).toFixed(0)} ms | ${median(runs.map((r) => r.render)).toFixed(0)} ms | ${median(runs.map((r) => r.rows)).toFixed(0)} ms | ${runs.map((r) => r.load).join('; ')} |`);
    }
    return rows.length === cases.length && rows.every((r) => r.runs.length === RUNS) ? 0 : 1;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    rmSync(OUT, { recursive: true, force: true });
  }
}

process.exit(await main());

// Runs the unit suite (mocha over test/unit, TypeScript loaded by tsx) once per time zone:
// a date that slips a day for users west or east of Greenwich fails here.
// `node scripts/unit.mjs <spec files or mocha args>` runs a part of it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const zones = (process.env.CONTACT_DIARY_TZS ?? 'Pacific/Pago_Pago,Pacific/Kiritimati,Europe/London,America/Los_Angeles').split(',');
const extra = process.argv.slice(2).filter((a) => a !== '--');
const specs = extra.some((a) => !a.startsWith('-')) ? [] : ['test/unit/**/*.test.ts'];
const statsDir = mkdtempSync(join(tmpdir(), 'contact-diary-stats-'));
const statsFile = process.env.CONTACT_DIARY_STATS ?? join(statsDir, 'stats.jsonl');
let failed = false;
for (const tz of zones) {
  console.log(`\n== unit tests, TZ=${tz}`);
  const r = spawnSync(process.execPath, ['node_modules/mocha/bin/mocha.js', '--require', 'tsx/cjs', '--reporter', 'scripts/mocha-reporter.cjs', ...specs, ...extra], {
    stdio: 'inherit',
    env: { ...process.env, TZ: tz, CONTACT_DIARY_STATS: statsFile, CONTACT_DIARY_SUITE: `unit TZ=${tz}` },
  });
  if (r.status !== 0) failed = true;
}
if (!process.env.CONTACT_DIARY_STATS) {
  const lines = readFileSync(statsFile, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const passed = lines.reduce((n, s) => n + s.passed, 0);
  const failures = lines.reduce((n, s) => n + s.failed, 0);
  console.log(`\nunit: ${passed} passed, ${failures} failed`);
  if (lines.length !== zones.length) failed = true;
}
rmSync(statsDir, { recursive: true, force: true });
process.exit(failed ? 1 : 0);

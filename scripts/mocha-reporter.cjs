// mocha's dot reporter, plus the run's counts appended as one JSON line to the file named by
// CONTACT_DIARY_STATS, so that the whole test command can close with one "N passed, N failed".
const Mocha = require('mocha');
const { appendFileSync } = require('node:fs');

class DotWithStats extends Mocha.reporters.Dot {
  constructor(runner, options) {
    super(runner, options);
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const file = process.env.CONTACT_DIARY_STATS;
      const s = runner.stats;
      if (file) appendFileSync(file, JSON.stringify({ suite: process.env.CONTACT_DIARY_SUITE ?? 'unit', passed: s.passes, failed: s.failures, skipped: s.pending }) + '\n');
    });
  }
}
module.exports = DotWithStats;

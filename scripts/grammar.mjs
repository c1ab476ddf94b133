// Runs the TextMate grammar tests (vscode-tmgrammar-test over test/grammar/*.test.md) and ends
// with one count line, as the unit tests do. The injections come from package.json's
// contributes.grammars, as VS Code loads them; the Markdown and YAML grammars they inject into
// are small stand-ins in test/grammar (see the comment at the top of each).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'test/grammar';
const cases = readdirSync(dir).filter((f) => f.endsWith('.test.md')).map((f) => join(dir, f));
const assertions = cases
  .flatMap((f) => readFileSync(f, 'utf8').split(/\r?\n/).slice(1))
  .filter((l) => /^<!--\s*(\^|<~*-)/.test(l)).length;
const r = spawnSync(
  process.execPath,
  ['node_modules/vscode-tmgrammar-test/dist/unit.js', '-g', join(dir, 'markdown-base.tmLanguage.json'), '-g', join(dir, 'yaml-base.tmLanguage.json'), ...cases],
  { encoding: 'utf8' },
);
process.stdout.write(r.stdout);
process.stderr.write(r.stderr);
// One failure report per token an assertion line misses: count the distinct assertion lines.
const failures = new Set(r.stdout.match(/^\s+at \[[^\]]*?:\d+(?=:\d+:\d+\])/gm) ?? []).size;
console.log(`\ngrammar: ${assertions - failures} passed, ${failures} failed (${cases.length} files)`);
process.exit(r.status === 0 && failures === 0 && cases.length > 0 ? 0 : 1);

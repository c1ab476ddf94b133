// Runs the TextMate grammar tests (vscode-tmgrammar-test over test/grammar/*.test.md) and ends
// with one count line, as the unit tests do. The injections come from package.json's
// contributes.grammars, as VS Code loads them. They are tested against small stand-ins for the
// Markdown and YAML grammars they inject into (test/grammar), and, when the integration harness
// has downloaded VS Code into .vscode-test, against VS Code's own Markdown and YAML grammars too.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'test/grammar';
const cases = readdirSync(dir).filter((f) => f.endsWith('.test.md')).map((f) => join(dir, f));
const assertions = cases
  .flatMap((f) => readFileSync(f, 'utf8').split(/\r?\n/).slice(1))
  .filter((l) => /^<!--\s*(\^|<~*-)/.test(l)).length;

/** VS Code's built-in extensions folder inside the harness's download, if there is one. */
function vscodeExtensions() {
  const cache = '.vscode-test';
  if (!existsSync(cache)) return undefined;
  for (const entry of readdirSync(cache)) {
    const base = join(cache, entry);
    for (const sub of ['node_modules/code-server/lib/vscode/extensions', 'lib/vscode/extensions', 'resources/app/extensions', 'VSCode-linux-x64/resources/app/extensions']) {
      const ext = join(base, sub);
      if (existsSync(join(ext, 'markdown-basics/syntaxes/markdown.tmLanguage.json'))) return ext;
    }
  }
  return undefined;
}

function run(label, grammars) {
  const r = spawnSync(process.execPath, ['node_modules/vscode-tmgrammar-test/dist/unit.js', ...grammars.flatMap((g) => ['-g', g]), ...cases], { encoding: 'utf8' });
  process.stdout.write(`${label}\n${r.stdout}`);
  // VS Code's Markdown grammar names every fenced-code language; the ones not loaded only warn.
  process.stderr.write(r.stderr.split('\n').filter((l) => l && !l.startsWith('grammar not found')).map((l) => `${l}\n`).join(''));
  // One failure report per token an assertion line misses: count the distinct assertion lines.
  const failures = new Set(r.stdout.match(/^\s+at \[[^\]]*?:\d+(?=:\d+:\d+\])/gm) ?? []).size;
  return { failures, ok: r.status === 0 && failures === 0 };
}

const runs = [run('== with the stand-in Markdown and YAML grammars', [join(dir, 'markdown-base.tmLanguage.json'), join(dir, 'yaml-base.tmLanguage.json')])];
const ext = vscodeExtensions();
if (ext) {
  const yaml = join(ext, 'yaml/syntaxes');
  const yamlGrammars = readdirSync(yaml).filter((f) => f.endsWith('.tmLanguage.json')).map((f) => join(yaml, f));
  runs.push(run("== with VS Code's Markdown and YAML grammars", [join(ext, 'markdown-basics/syntaxes/markdown.tmLanguage.json'), ...yamlGrammars]));
} else {
  console.log("(VS Code's own grammars are not downloaded in .vscode-test: tested against the stand-ins only)");
}
const failures = runs.reduce((n, r) => n + r.failures, 0);
console.log(`\ngrammar: ${assertions * runs.length - failures} passed, ${failures} failed (${cases.length} files × ${runs.length} grammar sets)`);
process.exit(runs.every((r) => r.ok) && cases.length > 0 ? 0 : 1);

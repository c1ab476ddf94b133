// The architecture's one direction of dependency, enforced: src/core never reaches VS Code or
// Node's file system (it gets files through the injected host), and src/extension never uses
// Node's fs (it reads through vscode.workspace.fs, so remote and virtual workspaces work).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (p.endsWith('.ts')) yield p;
  }
}
const importOf = (mod) => new RegExp(`(from\\s+|require\\(\\s*|import\\(\\s*)['"]${mod}['"]`);
const rules = [
  { dir: 'src/core', banned: ['vscode', 'fs', 'node:fs', 'fs/promises', 'node:fs/promises'], why: 'src/core is pure: it reaches files only through the injected host' },
  { dir: 'src/extension', banned: ['fs', 'node:fs', 'fs/promises', 'node:fs/promises'], why: 'the extension reads files through vscode.workspace.fs' },
  { dir: 'src/cli', banned: ['vscode'], why: 'the command-line tool runs without VS Code' },
];
const failures = [];
for (const rule of rules) {
  for (const file of files(rule.dir)) {
    const text = readFileSync(file, 'utf8');
    for (const mod of rule.banned) {
      if (importOf(mod).test(text)) failures.push(`${file} imports '${mod}': ${rule.why}`);
    }
  }
}
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log('boundaries: src/core, src/cli and src/extension import only what they may');

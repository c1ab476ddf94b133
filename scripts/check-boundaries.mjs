// The architecture's one direction of dependency, enforced: src/core never reaches VS Code or
// Node's file system (it gets files through the injected host); src/node is the host over Node's
// fs, shared by the command-line tool and the extension (for `file:` folders), and never reaches
// VS Code; src/extension never uses Node's fs itself (other schemes go through
// vscode.workspace.fs, so remote and virtual workspaces work). Folders import only downwards:
// core ← node ← cli, and core ← node ← extension.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

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
  { dir: 'src/node', banned: ['vscode'], why: 'the Node host serves the command-line tool too, which runs without VS Code' },
  { dir: 'src/extension', banned: ['fs', 'node:fs', 'fs/promises', 'node:fs/promises'], why: 'the extension reads files through src/node (file: folders) or vscode.workspace.fs' },
  { dir: 'src/cli', banned: ['vscode'], why: 'the command-line tool runs without VS Code' },
];
/** The src/ folders each folder may import from (relative imports). */
const allowed = {
  core: ['core'],
  node: ['core', 'node'],
  cli: ['core', 'node', 'cli'],
  extension: ['core', 'node', 'extension'],
};
const relativeImport = /(?:from\s+|require\(\s*|import\(\s*)['"](\.{1,2}\/[^'"]*)['"]/g;
const failures = [];
for (const rule of rules) {
  for (const file of files(rule.dir)) {
    const text = readFileSync(file, 'utf8');
    for (const mod of rule.banned) {
      if (importOf(mod).test(text)) failures.push(`${file} imports '${mod}': ${rule.why}`);
    }
  }
}
for (const [from, to] of Object.entries(allowed)) {
  for (const file of files(join('src', from))) {
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(relativeImport)) {
      const target = relative('src', resolve(dirname(file), spec)).split(/[\\/]/)[0];
      // Files outside src/ (package.json) are data, not a layer.
      if (target !== '..' && !to.includes(target)) failures.push(`${file} imports '${spec}': src/${from} may import only from ${to.map((d) => `src/${d}`).join(', ')}`);
    }
  }
}
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log('boundaries: src/core, src/node, src/cli and src/extension import only what they may');

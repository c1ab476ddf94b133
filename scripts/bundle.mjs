// The esbuild options of every bundle, shared by `npm run build` and `npm run bench` so the
// benchmark measures the command-line tool exactly as it ships.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

/**
 * Libraries that most runs never call: yaml is the reader's fallback for front-matter the fast
 * path turns away (and the editor's), chrono-node reads natural dates (`when`, `reschedule`,
 * `log --next`), papaparse reads the CSV files `import` is given. Evaluating them at start-up
 * costs tens of milliseconds, so each sits behind a stub whose exports load the library on first
 * use (the export names are read here, at build time, and become getters).
 */
const LAZY = { yaml: 'yaml', 'chrono-node/en': 'chrono', papaparse: 'papaparse' };

/**
 * `inline`: the library stays in the bundle, wrapped by esbuild in a lazily-initialised module
 * (the web extension: one file). `chunk`: the stub requires `./<prefix>-<name>.js` beside the bundle
 * (the command-line tool and the desktop extension: a short process spends ~15 ms CPU just
 * reading and compiling 180 KB of library code it won't run; measured on 10,000 contacts, half
 * the tool's start-up cost).
 */
function lazyLibraries(mode, prefix) {
  return {
    name: 'lazy-libraries',
    setup(build) {
      const filter = new RegExp(`^(${Object.keys(LAZY).map((m) => m.replace(/[/.-]/g, '\\$&')).join('|')})$`);
      build.onResolve({ filter }, (args) => {
        if (args.namespace !== 'lazy') return { path: args.path, namespace: 'lazy' };
        return mode === 'chunk' ? { path: `./${prefix}-${LAZY[args.path]}.js`, external: true } : undefined;
      });
      build.onLoad({ filter: /.*/, namespace: 'lazy' }, async (args) => {
        // As the bundle will require it: a UMD library (papaparse) shows Node's ESM loader no names but `default`.
        const names = Object.keys(require(args.path)).filter((k) => k !== 'default' && /^[A-Za-z_$][\w$]*$/.test(k));
        const getters = names.map((k) => `  get ${k}() { return load().${k}; },`).join('\n');
        return {
          contents: `let lib;\nconst load = () => lib || (lib = require(${JSON.stringify(args.path)}));\nmodule.exports = {\n${getters}\n};\n`,
          loader: 'js',
          resolveDir: ROOT,
        };
      });
    },
  };
}

const common = (production) => ({
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  logLevel: 'info',
  // chrono-node ships every locale; we import only its English parser (chrono-node/en).
  mainFields: ['module', 'main'],
});

/**
 * The extension for the desktop, `vscode` left to the host. Its lazy libraries are the
 * command-line tool's files beside it (`dist/cli-yaml.js`…), which the .vsix carries anyway:
 * the extension host reads and compiles at activation only the extension's own code, and the
 * libraries are in the package once.
 */
export function extensionBundle({ production = false } = {}) {
  return { ...common(production), entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], plugins: [lazyLibraries('chunk', 'cli')] };
}

/**
 * The web build (`browser` in package.json): the same extension for VS Code for the Web's worker,
 * where there is no Node. Built for the browser platform, so a Node built-in that leaks in (an
 * import of `src/node`, `fs`, `path`) fails the build rather than the user's window.
 */
export function webExtensionBundle({ production = false } = {}) {
  return {
    ...common(production),
    platform: 'browser',
    target: 'es2022',
    mainFields: ['browser', 'module', 'main'],
    entryPoints: ['src/extension/extensionWeb.ts'],
    outfile: 'dist/web/extension.js',
    external: ['vscode'],
    plugins: [lazyLibraries('inline')],
  };
}

/**
 * The command-line tool: `cli.js` (the bin) and one file per lazy library beside it. Always
 * minified (a process that lives a fraction of a second spends a fair part of it parsing its
 * own code); outside production a source map stays beside it, which the tool never loads.
 */
export function cliBundles({ production = false, dir = 'dist' } = {}) {
  const base = { ...common(production), minify: true };
  return [
    { ...base, entryPoints: ['src/cli/main.ts'], outfile: `${dir}/cli.js`, banner: { js: '#!/usr/bin/env node' }, plugins: [lazyLibraries('chunk', 'cli')] },
    ...Object.entries(LAZY).map(([lib, name]) => ({
      ...base,
      sourcemap: false,
      stdin: { contents: `module.exports = require(${JSON.stringify(lib)});`, resolveDir: ROOT, loader: 'js' },
      outfile: `${dir}/cli-${name}.js`,
    })),
  ];
}

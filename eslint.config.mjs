// Lint, run by `npm test` (`npm run lint`): typescript-eslint's type-aware rules where a mistake
// hides in plain sight (a promise nobody awaits, a type imported as a value), the formatting the
// code already follows (@stylistic: no reformatting tool, the style written down as rules), and
// the architecture's one direction of dependency, folder by folder.
import { builtinModules } from 'node:module';
import stylistic from '@stylistic/eslint-plugin';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...new Set(builtinModules.flatMap((m) => (m.startsWith('node:') ? [m] : [m, `node:${m}`])))];
const fsModules = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises'];

/** `no-restricted-imports` for one layer: these modules, and relative imports into these src/ folders. */
function layer(modules, why, folders) {
  return {
    'no-restricted-imports': ['error', {
      paths: modules.map((name) => ({ name, message: why })),
      patterns: folders.length === 0 ? [] : [{
        regex: `^(\\.\\./)+(${folders.join('|')})(/|$)`,
        message: `${why}: this folder imports only from the layers below it`,
      }],
    }],
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test/fixtures/**', 'test/yaml-test-suite/**', '**/*.js', '**/*.cjs', '**/*.mjs'] },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.base],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { '@stylistic': stylistic },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      'no-debugger': 'error',
      'no-control-regex': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      '@stylistic/indent': ['error', 2, { SwitchCase: 1, flatTernaryExpressions: true, ignoredNodes: ['TemplateLiteral *'] }],
      '@stylistic/quotes': ['error', 'single', { avoidEscape: true, allowTemplateLiterals: 'always' }],
      '@stylistic/semi': ['error', 'always'],
      '@stylistic/comma-dangle': ['error', 'always-multiline'],
      '@stylistic/eol-last': 'error',
      '@stylistic/no-trailing-spaces': 'error',
      '@stylistic/no-tabs': 'error',
      '@stylistic/brace-style': ['error', '1tbs', { allowSingleLine: true }],
      '@stylistic/space-before-blocks': 'error',
      '@stylistic/keyword-spacing': 'error',
      '@stylistic/arrow-parens': ['error', 'always'],
      '@stylistic/no-multiple-empty-lines': ['error', { max: 1, maxEOF: 0 }],
    },
  },
  { files: ['src/core/**/*.ts'], rules: layer(['vscode', ...nodeBuiltins], 'src/core is pure: it reaches files only through the injected host, and never VS Code', ['node', 'cli', 'extension']) },
  { files: ['src/node/**/*.ts'], rules: layer(['vscode'], 'the Node host serves the command-line tool too, which runs without VS Code', ['cli', 'extension']) },
  { files: ['src/cli/**/*.ts'], rules: layer(['vscode'], 'the command-line tool runs without VS Code', ['extension']) },
  { files: ['src/extension/**/*.ts'], rules: layer(fsModules, 'the extension reads files through src/node (file: folders) or vscode.workspace.fs', ['cli']) },
);

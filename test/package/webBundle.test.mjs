// The web build runs in VS Code for the Web's worker, which has no Node: no `require` of a Node
// built-in may be left in it, or the extension fails to load in vscode.dev and github.dev. The
// browser platform makes esbuild refuse such an import; these tests prove that it does, and that
// the bundle it makes asks the host for `vscode` and nothing else.
import * as assert from 'node:assert/strict';
import * as esbuild from 'esbuild';
import { webExtensionBundle } from '../../scripts/bundle.mjs';

/** The modules a bundle's text asks for at run time. */
function requires(text) {
  return [...new Set([...text.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]))].sort();
}

describe('the web bundle', function () {
  this.timeout(60_000);

  it('asks the host for vscode and nothing else: no Node built-in', async () => {
    const result = await esbuild.build({ ...webExtensionBundle({ production: true }), write: false, logLevel: 'silent' });
    const js = result.outputFiles.find((f) => f.path.endsWith('.js'));
    assert.ok(js, 'no JavaScript out of the web build');
    assert.deepEqual(requires(js.text), ['vscode']);
    // The check can fail: the desktop build of the same code is read the same way.
    assert.ok(js.text.length > 100_000, `the web bundle is only ${js.text.length} characters`);
  });

  it('fails to build when a Node built-in leaks in (regression: src/node reached from the web entry)', async () => {
    const leak = { contents: "import { createNodeHost } from './src/node/nodeHost';\nexport const host = createNodeHost();\n", resolveDir: process.cwd(), loader: 'ts' };
    const options = { ...webExtensionBundle({ production: true }), entryPoints: undefined, stdin: leak, write: false, logLevel: 'silent' };
    await assert.rejects(esbuild.build(options), (e) => {
      const texts = (e.errors ?? []).map((x) => x.text).join('\n');
      assert.match(texts, /Could not resolve "node:/);
      return true;
    });
  });

  it('reads every require of a bundle (the first check is not vacuous)', () => {
    assert.deepEqual(requires('require("node:fs");require("vscode");require( "path" )'), ['node:fs', 'path', 'vscode']);
  });
});

import * as assert from 'node:assert/strict';
import { build } from 'esbuild';

describe('the date layer bundle', function () {
  // One esbuild run over the date layer: seconds at worst on a slow machine.
  this.timeout(20_000);

  it("brings chrono's English parser and no other locale", async () => {
    const result = await build({
      entryPoints: ['src/core/dates/naturalDate.ts'],
      bundle: true, write: false, metafile: true, platform: 'node', format: 'cjs', mainFields: ['module', 'main'], logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    assert.ok(inputs.some((p) => p.includes('chrono-node/dist/esm/locales/en/')), 'the English parser is there');
    assert.deepEqual(inputs.filter((p) => /chrono-node\/.*locales\/(?!en\/)/.test(p)), []);
  });
});

// What users install holds no test code: the extension's production bundle, built as
// `npm run package` builds it, has neither the integration tests' API nor their scripted prompts
// (both in test/integration, reached through the seams `activate` returns in ExtensionMode.Test).
import * as assert from 'node:assert/strict';
import * as esbuild from 'esbuild';
import { extensionBundle, webExtensionBundle } from '../../scripts/bundle.mjs';

/** Names and messages of the test code that minifying keeps (property names, strings), by the file they come from. */
const MARKERS = {
  'test/integration/testApi.ts': ['setToday', 'badgeTooltip', 'treeSelection', 'forgetChanges', 'callSheetMessage'],
  'test/integration/scriptedPrompts.ts': ['no scripted answer left for', 'which has no Back button', 'shownPicks', 'shownInputs', 'refused at'],
};

/** The text of a production build of `options`, in memory. */
async function build(options) {
  const result = await esbuild.build({ ...options, write: false, logLevel: 'silent' });
  const js = result.outputFiles.filter((f) => f.path.endsWith('.js'));
  assert.equal(js.length, 1, js.map((f) => f.path).join(', '));
  return js[0].text;
}

for (const [name, options] of [['desktop', extensionBundle], ['web', webExtensionBundle]]) {
  describe(`the production bundle (${name})`, function () {
    this.timeout(60_000);
    let bundle;

    before(async () => {
      bundle = await build(options({ production: true }));
    });

    it('is the extension (the check below can fail: it looks at the right file)', () => {
      assert.match(bundle, /contactDiary\.followUps/);
    });

    for (const [file, markers] of Object.entries(MARKERS)) {
      it(`holds none of ${file}`, async () => {
        // The same options on the test file itself: its markers survive minifying, so their absence means something.
        const alone = await build({ ...options({ production: true }), entryPoints: [file] });
        for (const marker of markers) {
          assert.ok(alone.includes(marker), `"${marker}" is not in ${file} built alone: pick another marker`);
          assert.ok(!bundle.includes(marker), `"${marker}" (from ${file}) is in the production bundle`);
        }
      });
    }
  });
}

import { strict as assert } from 'node:assert';
import { parseFrontMatterYaml } from '../../../src/core/file/frontMatter';
import { readSimpleFrontMatter } from '../../../src/core/file/simpleFrontMatter';
import { splitFile } from '../../../src/core/file/split';
import { cases } from '../edit/yamlSuiteCases';

describe('front-matter: the fast path on the yaml test suite', () => {
  it('reads every case it takes as yaml does (keys, values, positions), and takes the simple mappings', () => {
    let taken = 0;
    for (const c of cases()) {
      const fm = splitFile(c.text).frontMatter;
      if (!fm?.close) continue;
      const content = c.text.slice(fm.contentStart, fm.contentEnd);
      const simple = readSimpleFrontMatter(content, fm.contentLine);
      if (simple === undefined) continue;
      taken++;
      const yaml = parseFrontMatterYaml(content, fm.contentLine);
      // An error case can be read: its error may lie past the block (3HFZ: content after `...`).
      assert.deepEqual(yaml.problems, [], `${c.id} (${c.name}): yaml finds a problem the fast path did not`);
      assert.deepEqual(simple, yaml, `${c.id} (${c.name})`);
    }
    // Block lists, nested mappings and | / > text among them, not only `key: value` lines.
    assert.ok(taken >= 40, `the fast path took only ${taken} cases`);
  });
});

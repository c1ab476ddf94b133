import { strict as assert } from 'node:assert';
import { isMap, isScalar, parseDocument } from 'yaml';
import { applyEdits } from '../../../src/core/file/applyEdits';
import { planEdits } from '../../../src/core/file/edit';
import { assertOnlyEditsChanged, inverse } from './helpers';
import { type Case, cases } from './yamlSuiteCases';

const PROBE = { kind: 'set', key: 'contact_diary_probe', value: 'probe' } as const;

type Kind = 'mapping' | 'empty' | 'not-a-mapping';
function kindOf(yaml: string): Kind {
  const doc = parseDocument(yaml, { uniqueKeys: false });
  if (doc.contents === null) return 'empty';
  return isMap(doc.contents) ? 'mapping' : 'not-a-mapping';
}

/** Valid cases the diary refuses on purpose, and why. */
const REFUSED_VALID: Record<string, RegExp> = {
  '2JQS': /YAML error on line 3: Map keys must be unique/, // two empty keys: the diary refuses duplicate keys
  '7FWL': /uses the tag !bar/, // custom tags are refused
  'CUP7': /uses the tag !local/,
  'M5C3': /uses the tag !foo/,
  'Z67P': /uses the tag !foo/,
};

const all = cases();
const errors = all.filter((c) => c.error);
const valid = all.filter((c) => !c.error);
const errorsWithMarkers = errors.filter((c) => c.yaml === undefined);
const errorsTested = errors.filter((c) => c.yaml !== undefined);
const validWithMarkers = valid.filter((c) => c.yaml === undefined);
const byKind = (k: Kind) => valid.filter((c) => c.yaml !== undefined && kindOf(c.yaml) === k);
const unwrapped = all.filter((c) => c.unwrapped);
const mappings = [...byKind('mapping'), ...byKind('empty')];
const notMappings = byKind('not-a-mapping');
const refusedOnPurpose = mappings.filter((c) => REFUSED_VALID[c.id]);
const editable = mappings.filter((c) => !REFUSED_VALID[c.id]);

describe(`yaml-test-suite (${all.length} cases) wrapped as front-matter`, function () {
  // Many small edits: generous under a loaded machine, never a measure of speed.
  this.timeout(20_000);
  it(`counts: ${editable.length} valid mappings round-trip, ${refusedOnPurpose.length} valid mappings refused on purpose (custom tags, duplicate keys), ` +
    `${errorsTested.length} error cases refused (${unwrapped.length} cases in all used without their leading bare --- line); ` +
    `skipped: ${validWithMarkers.length} valid + ${errorsWithMarkers.length} error cases with more documents, directives or markers inside, ` +
    `${notMappings.length} valid whose top level is a list or a single value`, () => {
    assert.equal(all.length, 402);
    assert.equal(editable.length + refusedOnPurpose.length + errorsTested.length + validWithMarkers.length + errorsWithMarkers.length + notMappings.length, all.length);
    for (const id of Object.keys(REFUSED_VALID)) assert.ok(mappings.some((c) => c.id === id), `${id} is not a valid mapping case`);
  });

  it(`every one of the ${errorsTested.length} error cases is refused, with no edit`, () => {
    for (const c of errorsTested) {
      const plan = planEdits(c.text, [PROBE]);
      assert.equal(plan.ok, false, `${c.id} (${c.name}) was accepted`);
      if (!plan.ok) assert.match(plan.error, /nothing was changed/i, c.id);
    }
  });

  it(`the ${refusedOnPurpose.length} valid cases the diary does not edit are refused with the reason`, () => {
    for (const c of refusedOnPurpose) {
      const plan = planEdits(c.text, [PROBE]);
      assert.equal(plan.ok, false, c.id);
      if (!plan.ok) assert.match(plan.error, REFUSED_VALID[c.id]!, c.id);
    }
  });

  it(`the ${notMappings.length} valid cases whose top level is not a mapping are refused with the reason`, () => {
    for (const c of notMappings) {
      const plan = planEdits(c.text, [PROBE]);
      assert.equal(plan.ok, false, c.id);
      if (!plan.ok) assert.match(plan.error, /not a list of "key: value" lines/, c.id);
    }
  });

  it(`each of the ${editable.length} valid mappings survives a no-op edit, an added key and a changed value, and their reverts, byte for byte`, () => {
    for (const c of editable) {
      const doc = parseDocument(c.yaml!);
      const texts = isMap(doc.contents) ? doc.contents.items.filter((p) => isScalar(p.key) && typeof p.key.value === 'string' && isScalar(p.value) && typeof p.value.value === 'string') : [];
      for (const pair of texts) {
        const [key, value] = [String((pair.key as { value: string }).value), String((pair.value as { value: string }).value)];
        assert.deepEqual(planEdits(c.text, [{ kind: 'set', key, value }]), { ok: true, value: [] }, `${c.id}: no-op on ${key}`);
      }
      roundTrip(c, PROBE);
      const first = texts[0];
      if (first) roundTrip(c, { kind: 'set', key: String((first.key as { value: string }).value), value: 'changed: by the diary' });
    }
  });
});

/** Plans `op`, checks only its edits changed bytes, then reverts them to the original bytes. */
function roundTrip(c: Case, op: { kind: 'set'; key: string; value: string }): void {
  const plan = planEdits(c.text, [op]);
  if (!plan.ok) {
    // Only an alias shared with another key may stop a change: that key would change too.
    assert.match(plan.error, /would change too/, `${c.id} (${c.name}) ${op.key}: ${plan.error}`);
    assert.match(c.yaml!, /\*/, `${c.id}: refused as aliased, but there is no alias`);
    return;
  }
  const after = applyEdits(c.text, plan.value);
  if (!after.ok) return assert.fail(after.error);
  assertOnlyEditsChanged(c.text, after.value, plan.value);
  assert.deepEqual(planEdits(after.value, [op]), { ok: true, value: [] }, `${c.id}: setting ${op.key} again is not a no-op`);
  assert.deepEqual(applyEdits(after.value, inverse(plan.value)), { ok: true, value: c.text }, `${c.id}: revert`);
}

import * as assert from 'node:assert/strict';
import { agenda } from '../../../src/core/agenda';
import { localDate } from '../../../src/core/dates/localDate';
import { callSheetBody } from '../../../src/core/export/callSheetHtml';
import { callSheetModel } from '../../../src/core/export/callSheetModel';
import { fakeIndex } from '../agenda/fakeIndex';

const today = localDate(2026, 11, 23);
const index = fakeIndex({ 'a.md': { name: 'Ann', next: '2026-11-20' }, 'b.md': { name: 'Bob', next: '2026-11-21' } });

describe('the call sheet\'s common ground', () => {
  it('puts one line per person on the page, escaped, in cards and in the rows of "also due"', () => {
    const model = callSheetModel(agenda(index, today), {
      target: 1,
      groundOf: (item) => (item.name === 'Ann' ? { label: 'common ground', text: '<b>opera</b> (you and 3 of 412 contacts)' } : { label: 'ask about', text: 'falconry (only contact)' }),
    });
    assert.deepEqual(model.now.map((e) => e.ground?.label), ['common ground']);
    const html = callSheetBody(model, (e) => (e.item.name === 'Ann' ? '1' : '2'));
    assert.match(html, /<p class="ground"><strong>Common ground:<\/strong> &#60;b&#62;opera&#60;\/b&#62; \(you and 3 of 412 contacts\)<\/p>/);
    assert.match(html, /<span class="ground">ask about: falconry \(only contact\)<\/span>/);
  });

  it('shows nothing without groundOf, nor for a person it has nothing for', () => {
    const html = callSheetBody(callSheetModel(agenda(index, today), { groundOf: () => undefined }), () => '1');
    assert.doesNotMatch(html, /class="ground"/);
    assert.equal(callSheetModel(agenda(index, today)).now[0]!.ground, undefined);
  });
});

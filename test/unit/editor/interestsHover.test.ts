import { strict as assert } from 'node:assert';
import { commonGround } from '../../../src/core/commonGround';
import { hoverAt } from '../../../src/core/editor';
import { TODAY, at, lines, textOf } from './helpers';

const ground = commonGround([{ interests: ['opera', 'golf'] }, { interests: ['golf'] }, { interests: ['Golf', 'falconry'] }], ['Golf', 'opera']);

describe('hoverAt on interests', () => {
  it('says the common ground, rarest first, then each interest with its count', () => {
    const text = lines('---', 'next: 2026-11-27', 'interests: [golf, Opera, falconry]', '---');
    const h = hoverAt(text, at(text, 'interests'), TODAY, { ground });
    assert.equal(h?.text, [
      'common ground: Opera (you and 1 of 3 contacts)',
      'Opera: you and 1 of 3 contacts',
      'golf: you and 3 of 3 contacts',
      'falconry: 1 of 3 contacts',
    ].join('\n'));
    assert.equal(textOf(text, h.range), 'interests: [golf, Opera, falconry]');
  });

  it('asks about the rarest interest when none is shared', () => {
    const text = lines('---', 'next: 2026-11-27', 'interests: [falconry]', '---');
    assert.equal(hoverAt(text, at(text, 'falconry'), TODAY, { ground })?.text.split('\n')[0], 'ask about: falconry (only contact)');
  });

  it('says nothing without interests, without the diary\'s counts, or in a file that is no contact', () => {
    const empty = lines('---', 'next: 2026-11-27', 'interests: []', '---');
    assert.equal(hoverAt(empty, at(empty, 'interests'), TODAY, { ground }), undefined);
    const text = lines('---', 'next: 2026-11-27', 'interests: [golf]', '---');
    assert.equal(hoverAt(text, at(text, 'interests'), TODAY), undefined);
    const notes = lines('---', 'interests: [golf]', '---');
    assert.equal(hoverAt(notes, at(notes, 'interests'), TODAY, { ground }), undefined);
  });
});

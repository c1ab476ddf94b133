import { strict as assert } from 'node:assert';
import { hoverAt } from '../../../src/core/editor';
import { CONTACT, TODAY, at } from './helpers';

describe('the hover on name:', () => {
  const name = () => {
    const line = CONTACT.split('\n').find((l) => l.startsWith('name:'))!;
    return at(CONTACT, line.slice(6), 2);
  };

  it('says whom the contact introduced you to and who knows them', () => {
    const h = hoverAt(CONTACT, name(), TODAY, { reverseLinks: { introducedYouTo: ['Ann Lee', 'Bo Chan'], knownBy: ['Cy Park'] } });
    assert.equal(h?.text, 'introduced you to Ann Lee, Bo Chan · known by Cy Park');
    assert.equal(h?.range.start.character, 0);
  });

  it('gives nothing without reverse links', () => {
    assert.equal(hoverAt(CONTACT, name(), TODAY, { reverseLinks: { introducedYouTo: [], knownBy: [] } }), undefined);
    assert.equal(hoverAt(CONTACT, name(), TODAY), undefined);
  });
});

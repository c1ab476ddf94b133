import * as assert from 'node:assert/strict';
import { commonGround, interestKey } from '../../../src/core/commonGround';

const diary = (...lists: string[][]) => lists.map((interests) => ({ interests }));

describe('interestKey', () => {
  it('ignores case, spaces versus hyphens and a simple plural', () => {
    assert.equal(interestKey('Jazz'), interestKey('jazz'));
    assert.equal(interestKey('Sailing  Boats'), interestKey('sailing-boat'));
    assert.equal(interestKey('watches'), interestKey('watch'));
    assert.equal(interestKey('Wine Cellars'), interestKey('wine cellar'));
    assert.equal(interestKey('rugby_league'), interestKey('rugby league'));
    assert.equal(interestKey('hobbies'), interestKey('hobby'));
  });

  it('keeps words apart that only look alike', () => {
    assert.notEqual(interestKey('sailing boats'), interestKey('sailing'));
    assert.equal(interestKey('tennis'), 'tennis');
    assert.equal(interestKey('chess'), 'chess');
    assert.equal(interestKey('opus'), 'opus');
    assert.equal(interestKey('gas'), 'gas');
  });

  it('gives an empty key for a blank interest', () => {
    assert.equal(interestKey(''), '');
    assert.equal(interestKey('  - '), '');
  });
});

describe('commonGround', () => {
  it('ranks the shared interests rarest first, counted over the whole diary', () => {
    const ground = commonGround(diary(
      ['football', 'Opera'], ['football'], ['football', 'opera'], ['football'], ['opera'], [],
    ), ['opera', 'Football', 'golf']);
    assert.equal(ground.total, 6);
    assert.deepEqual(ground.rank(['Football', 'Opera']), [
      { interest: 'Opera', shared: true, contacts: 3 },
      { interest: 'Football', shared: true, contacts: 4 },
    ]);
    assert.equal(ground.line(['Football', 'Opera']), 'common ground: Opera (you and 3 of 6 contacts)');
  });

  it('puts shared interests before rarer ones the user does not share', () => {
    const ground = commonGround(diary(['falconry', 'jazz'], ['jazz']), ['Jazz']);
    assert.deepEqual(ground.rank(['falconry', 'jazz']).map((g) => [g.interest, g.shared]), [['jazz', true], ['falconry', false]]);
  });

  it('without a shared interest, says the rarest one to ask about', () => {
    const ground = commonGround(diary(['falconry', 'golf'], ['golf']), ['opera']);
    assert.equal(ground.line(['golf', 'falconry']), 'ask about: falconry (only contact)');
    assert.equal(ground.line(['golf']), 'ask about: golf (2 of 2 contacts)');
  });

  it('matches plurals and hyphens, and counts a contact once per interest however it spells it', () => {
    const ground = commonGround(diary(['Sailing boats', 'sailing-boat'], ['sailing'], ['sailing boat']), ['sailing boat']);
    assert.deepEqual(ground.rank(['Sailing boats', 'sailing-boat']), [{ interest: 'Sailing boats', shared: true, contacts: 2 }]);
    assert.deepEqual(ground.rank(['sailing']), [{ interest: 'sailing', shared: false, contacts: 1 }]);
  });

  it('breaks ties by name, so the order never depends on the note', () => {
    const ground = commonGround(diary(['b', 'a']), []);
    assert.deepEqual(ground.rank(['b', 'a']).map((g) => g.interest), ['a', 'b']);
  });

  it('says nothing for a contact without interests, and ignores blank ones', () => {
    const ground = commonGround(diary([' ', ''], []), ['', ' ']);
    assert.equal(ground.line([]), undefined);
    assert.equal(ground.line(['  ']), undefined);
    assert.deepEqual(ground.rank(['']), []);
  });

  it('counts a contact not in the diary as one having its interest', () => {
    const ground = commonGround([], ['opera']);
    assert.equal(ground.line(['opera']), 'common ground: opera (you and 1 of 1 contacts)');
  });
});

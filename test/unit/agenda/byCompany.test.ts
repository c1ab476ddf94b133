import * as assert from 'node:assert/strict';
import { agenda } from '../../../src/core/agenda';
import { byCompany } from '../../../src/core/byCompany';
import { localDate } from '../../../src/core/dates/localDate';
import { fakeIndex } from './fakeIndex';

const today = localDate(2026, 11, 23);

describe('byCompany', () => {
  it('groups contacts by company, alphabetically, and those without one last', () => {
    const groups = byCompany(agenda(fakeIndex({
      'a.md': { name: 'Ann', company: 'Zeta Ltd', next: '2026-11-30' },
      'b.md': { name: 'Bob', company: 'acme print', next: '2026-11-20', nextAction: 'Send proposal' },
      'c.md': { name: 'Cid', next: '2026-11-24' },
      'd.md': { name: 'Dee', company: 'Acme  Print ', next: '2026-11-23' },
      'e.md': { attention: 'The front-matter is not valid YAML' },
    }), today));
    assert.deepEqual(groups.map((g) => [g.company, g.items.map((i) => i.name)]), [
      ['acme print', ['Bob', 'Dee']],
      ['Zeta Ltd', ['Ann']],
      [undefined, ['Cid']],
    ]);
    assert.equal(groups[0]!.next?.name, 'Bob');
    assert.equal(groups[0]!.description, 'no contact yet · next: Bob, Send proposal (3 days overdue)');
  });

  it('keeps the newest last contact with anyone there', () => {
    const [acme] = byCompany(agenda(fakeIndex({
      'a.md': { name: 'Ann', company: 'Acme', next: '2026-12-20', last: '2026-10-01' },
      'b.md': { name: 'Bob', company: 'Acme', last: '2026-11-20' },
    }), today));
    assert.deepEqual(acme!.last, localDate(2026, 11, 20));
    assert.equal(acme!.coldSince, undefined);
    assert.match(acme!.description, /^last contact 3 days ago · next: Ann/);
  });

  it('says a company is going cold when nobody there was reached within its longest cadence', () => {
    const [acme] = byCompany(agenda(fakeIndex({
      'a.md': { name: 'Ann', company: 'Acme', cadence: '2 weeks', last: '2026-10-01', next: '2027-03-01' },
      'b.md': { name: 'Bob', company: 'Acme', cadence: '4 weeks', last: '2026-10-12', next: '2027-03-01' },
    }), today));
    // 12 Oct + 4 weeks = 9 Nov: past.
    assert.deepEqual(acme!.coldSince, localDate(2026, 11, 9));
    assert.match(acme!.description, /^going cold: nobody reached for 6 weeks/);
  });

  it('is not going cold while anyone there was reached within the longest cadence', () => {
    const [acme] = byCompany(agenda(fakeIndex({
      'a.md': { name: 'Ann', company: 'Acme', cadence: '2 weeks', last: '2026-10-01', next: '2026-11-25' },
      'b.md': { name: 'Bob', company: 'Acme', cadence: '8 weeks', last: '2026-10-12', next: '2027-03-01' },
    }), today));
    assert.equal(acme!.coldSince, undefined);
  });

  it('is never going cold without a cadence or a last contact, nor for the contacts without a company', () => {
    const groups = byCompany(agenda(fakeIndex({
      'a.md': { name: 'Ann', company: 'Acme', last: '2025-01-01', next: '2027-03-01' },
      'b.md': { name: 'Bob', company: 'Beta', cadence: '1 week', next: '2027-03-01' },
      'c.md': { name: 'Cid', cadence: '1 week', last: '2025-01-01', next: '2027-03-01' },
    }), today));
    assert.deepEqual(groups.map((g) => g.coldSince), [undefined, undefined, undefined]);
  });

  it('gives no groups for an empty diary', () => {
    assert.deepEqual(byCompany(agenda(fakeIndex({}), today)), []);
  });
});

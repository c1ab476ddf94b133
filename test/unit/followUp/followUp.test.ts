import { strict as assert } from 'node:assert';
import { type Contact } from '../../../src/core/contact';
import { type LocalDate } from '../../../src/core/dates/localDate';
import { nextOrProposed, proposedNext, recentActions } from '../../../src/core/followUp';
import { DEFAULT_NEW_CONTACT_FOLDER, contactSlug, contactsFolder, newContactPlace, newContactText } from '../../../src/core/newContact';
import { readContactText } from '../../../src/core/read';

const d = (iso: string): LocalDate => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
};
const contact = (file: string, last?: string, lastAction?: string): Contact => ({
  file, name: file, tags: [], interests: [], nextLine: 0, problems: [], touchesSince: 0,
  ...(last ? { last: d(last) } : {}), ...(lastAction !== undefined ? { lastAction } : {}),
});

describe('proposedNext', () => {
  const today = d('2026-11-23');
  it('adds the cadence when the contact has one', () => {
    const p = proposedNext(today, { count: 3, unit: 'week' }, '1 week');
    assert.deepEqual(p.date, d('2026-12-14'));
    assert.equal(p.because, 'cadence 3 weeks');
  });
  it('adds the default follow-up otherwise, clamping months', () => {
    assert.deepEqual(proposedNext(d('2027-01-31'), undefined, 'monthly').date, d('2027-02-28'));
    assert.equal(proposedNext(today, undefined, '10 days').because, 'default follow-up 10 days');
  });
  it('falls back to one week with a warning when the setting cannot be read', () => {
    const p = proposedNext(today, undefined, 'someday');
    assert.deepEqual(p.date, d('2026-11-30'));
    assert.match(p.warning ?? '', /someday/);
    // The setting is a follow-up interval, not a contact's cadence: the message says which.
    assert.equal(p.warning, 'The default follow-up setting: Can\'t read "someday" as a follow-up interval — try "3 weeks", "2w", "10 days", "monthly" or "quarterly".');
    assert.match(proposedNext(today, undefined, '0 days').warning ?? '', /A follow-up interval must be at least one day/);
  });
});

describe('nextOrProposed', () => {
  const today = d('2026-11-23');
  it('regression: logging an email proposed today + the cadence over a demo booked ahead, moving it', () => {
    const booked = { ...d('2026-12-04'), time: { hour: 10, minute: 30 } };
    const p = nextOrProposed(booked, today, { count: 1, unit: 'week' }, '1 week');
    assert.deepEqual([p.date, p.because, p.kept], [booked, 'the next date kept', true]);
    assert.equal(nextOrProposed(d('2026-11-24'), today, undefined, '1 week').kept, true);
  });
  it('proposes as proposedNext does when the next date is due, past or absent', () => {
    for (const next of [undefined, d('2026-11-20'), today, { ...today, time: { hour: 17, minute: 0 } }]) {
      const p = nextOrProposed(next, today, { count: 3, unit: 'week' }, '1 week');
      assert.deepEqual(p, proposedNext(today, { count: 3, unit: 'week' }, '1 week'), JSON.stringify(next));
      assert.equal(p.kept, undefined);
    }
  });
});

describe('recentActions', () => {
  it('lists the most used actions first (regression: the list opened with the most recent, "Website enquiry", not the usual "Phone call")', () => {
    const got = recentActions([
      contact('a', '2026-11-20', 'Website enquiry'),
      contact('b', '2026-11-10', 'Phone call'),
      contact('c', '2026-11-02', 'Email'),
      contact('d', '2026-11-19', 'Phone call'),
      contact('e', '2026-11-18', 'email'),
      contact('f', '2026-11-03', 'Phone call'),
      contact('g', '2026-11-13', 'Meeting'),
    ]);
    // Used as often, the more recent first; each spelled as it was last written.
    assert.deepEqual(got, ['Phone call', 'email', 'Website enquiry', 'Meeting']);
  });
  it('lists last actions each once, the more recent first among those used as often, ignoring blank and undated ones', () => {
    const got = recentActions([
      contact('a', '2026-11-01', 'Phone call'),
      contact('b', '2026-11-20', 'Sent proposal'),
      contact('c', '2026-11-10', 'phone call'),
      contact('d', undefined, 'Coffee'),
      contact('e', '2026-11-22', '  '),
      contact('f', '2026-11-15', 'Lunch'),
    ]);
    assert.deepEqual(got, ['phone call', 'Sent proposal', 'Lunch']);
  });
  it('stops at the limit', () => {
    const many = Array.from({ length: 20 }, (_, i) => contact(`c${i}`, `2026-10-${String(i + 1).padStart(2, '0')}`, `Action ${i}`));
    assert.deepEqual(recentActions(many, 3), ['Action 19', 'Action 18', 'Action 17']);
    assert.deepEqual(recentActions(many, 0), []);
  });
});

describe('contactSlug', () => {
  it('makes a file name from a name', () => {
    assert.deepEqual(contactSlug('Jane Doe'), { ok: true, value: 'jane-doe' });
    assert.deepEqual(contactSlug('  Zoë  Ñúñez (Acme) '), { ok: true, value: 'zoe-nunez-acme' });
    assert.deepEqual(contactSlug("O'Brien / Smith"), { ok: true, value: 'o-brien-smith' });
    assert.deepEqual(contactSlug('王芳'), { ok: true, value: '王芳' });
  });
  it('keeps the letters of other scripts whole (regression: Korean names split into jamo, ガ lost its voicing mark)', () => {
    assert.deepEqual(contactSlug('김 민준'), { ok: true, value: '김-민준' });
    assert.deepEqual(contactSlug('山田 ガク'), { ok: true, value: '山田-ガク' });
    assert.deepEqual(contactSlug('राम शर्मा'), { ok: true, value: 'राम-शर्मा' });
    assert.deepEqual(contactSlug('Ελένη Παπαδοπούλου'), { ok: true, value: 'ελενη-παπαδοπουλου' });
  });
  it('never yields a path: slashes and dots become hyphens', () => {
    const r = contactSlug('../../etc/passwd');
    assert.ok(r.ok && !r.value.includes('/') && !r.value.includes('.'), JSON.stringify(r));
  });
  it('refuses a name with nothing to keep', () => {
    assert.equal(contactSlug(' -- !! ').ok, false);
    assert.equal(contactSlug('').ok, false);
    // An emoji's presentation selector is a mark with no letter to belong to (regression: a file named U+FE0F alone).
    assert.equal(contactSlug('❤️').ok, false);
    assert.deepEqual(contactSlug('Mum ❤️'), { ok: true, value: 'mum' });
  });
});

describe('newContactText', () => {
  const today = d('2026-11-23');
  it('reads back as a contact due today, without problems', () => {
    const text = newContactText({ name: 'Jane Doe', company: 'Acme Print', today });
    assert.ok(text.ok);
    const r = readContactText('jane-doe.md', text.value);
    assert.equal(r.kind, 'contact');
    if (r.kind !== 'contact') return;
    assert.equal(r.contact.name, 'Jane Doe');
    assert.equal(r.contact.company, 'Acme Print');
    assert.deepEqual(r.contact.next, today);
    assert.deepEqual(r.contact.problems, []);
    assert.match(text.value, /\n## Log\n$/);
  });
  it('quotes a name YAML would read as something else', () => {
    for (const name of ['No', 'Null', 'Smith: the elder', '#1 fan', '2026-01-01']) {
      const text = newContactText({ name, today });
      assert.ok(text.ok);
      const r = readContactText('x.md', text.value);
      assert.equal(r.kind === 'contact' && r.contact.name, name, text.value);
    }
  });
  it('refuses an empty name and line breaks', () => {
    assert.equal(newContactText({ name: '  ', today }).ok, false);
    assert.equal(newContactText({ name: 'a\nnext: 2020-01-01', today }).ok, false);
    assert.equal(newContactText({ name: 'Jane', company: 'x\ny', today }).ok, false);
  });
});

describe('newContactPlace', () => {
  it('puts a new note where the user said, else beside the contacts, else in the default folder', () => {
    const people = ['/vault/People/jane-doe.md', '/vault/People/li-wei.md'];
    assert.equal(newContactPlace('crm', people, '/vault'), 'crm');
    assert.equal(newContactPlace('', people, '/vault'), '');
    assert.equal(newContactPlace(undefined, people, '/vault'), 'People');
    assert.equal(newContactPlace(undefined, ['/vault/a/x.md', '/vault/b/y.md'], '/vault'), DEFAULT_NEW_CONTACT_FOLDER);
    assert.equal(newContactPlace(undefined, [], '/vault'), 'contacts');
  });
});

describe('contactsFolder', () => {
  it('names the one folder that holds every contact of the workspace folder', () => {
    assert.equal(contactsFolder(['/vault/People/jane-doe.md', '/vault/People/li-wei.md'], '/vault'), 'People');
    assert.equal(contactsFolder(['/vault/crm/contacts/a.md'], '/vault/'), 'crm/contacts');
    assert.equal(contactsFolder(['/vault/a.md', '/vault/b.md'], '/vault'), '');
  });

  it('gives nothing for contacts spread over folders, or none at all', () => {
    assert.equal(contactsFolder(['/vault/People/a.md', '/vault/Clients/b.md'], '/vault'), undefined);
    assert.equal(contactsFolder(['/vault/People/a.md', '/vault/People/old/b.md'], '/vault'), undefined);
    assert.equal(contactsFolder([], '/vault'), undefined);
  });

  it('counts only the files under the root, not those of a folder whose name starts the same', () => {
    assert.equal(contactsFolder(['/vault2/Other/a.md', '/vault/People/b.md'], '/vault'), 'People');
    assert.equal(contactsFolder(['/other/x.md'], '/vault'), undefined);
  });
});

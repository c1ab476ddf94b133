import * as assert from 'node:assert/strict';
import { cli, lines, tempDiary } from './helpers';

// The clock of `cli` is Monday 2026-11-23. Every contact here is overdue, so each is in every list.
const contact = (name: string, ...extra: string[]) => lines('---', `name: ${name}`, 'next: 2026-11-20', 'next_action: Chase', ...extra, '---', '', `# ${name}`);

const FILES = {
  'ann.md': contact('Ann Mine', 'owner: alice'),
  'bob.md': contact('Bob Theirs', 'owner: Bob'),
  'cid.md': contact('Cid Nobody'),
  'dee.md': contact('Dee Shared', 'owner: [bob, "  ALICE "]'),
};

const settings = (me: unknown) => JSON.stringify({ 'contactDiary.me': me });

/** The names `agenda --json` lists, in its order. */
async function agendaNames(dir: string, ...options: string[]): Promise<string[]> {
  const r = await cli(dir, 'agenda', '--json', ...options);
  assert.equal(r.code, 0, r.err);
  const json = JSON.parse(r.out) as { groups: Array<{ items: Array<{ name: string }> }> };
  return json.groups.flatMap((g) => g.items.map((i) => i.name)).sort();
}

describe('contact-diary owner options', () => {
  let diary: { dir: string; cleanup: () => void };
  afterEach(() => diary.cleanup());

  describe('with contactDiary.me in the folder\'s settings', () => {
    beforeEach(() => {
      diary = tempDiary({ ...FILES, '.vscode/settings.json': lines('{', '  // who I am in owner:', `  "contactDiary.me": "Alice",`, '}') });
    });

    it('lists mine and nobody\'s by default, whatever the case and spaces of owner:', async () => {
      assert.deepEqual(await agendaNames(diary.dir), ['Ann Mine', 'Cid Nobody', 'Dee Shared']);
    });

    it('lists everyone\'s with --all', async () => {
      assert.deepEqual(await agendaNames(diary.dir, '--all'), ['Ann Mine', 'Bob Theirs', 'Cid Nobody', 'Dee Shared']);
    });

    it('lists one owner\'s alone with --owner, not nobody\'s', async () => {
      assert.deepEqual(await agendaNames(diary.dir, '--owner', 'bob'), ['Bob Theirs', 'Dee Shared']);
      assert.deepEqual(await agendaNames(diary.dir, '--owner=nobody-here'), []);
    });

    it('filters the call sheet', async () => {
      const r = await cli(diary.dir, 'calls');
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /Ann Mine/);
      assert.match(r.out, /Cid Nobody/);
      assert.doesNotMatch(r.out, /Bob Theirs/);
      const bob = await cli(diary.dir, 'calls', '--owner', 'Bob');
      assert.match(bob.out, /^2 to call \(2 overdue, 0 due today\)\.$/m);
      assert.match(bob.out, /Bob Theirs/);
      assert.doesNotMatch(bob.out, /Ann Mine|Cid Nobody/);
    });

    it('filters the plan, and --apply writes only the contacts planned', async () => {
      const r = await cli(diary.dir, 'plan', '--json');
      assert.equal(r.code, 0, r.err);
      const planned = (JSON.parse(r.out) as { days: Array<{ items: Array<{ name: string }> }> }).days.flatMap((d) => d.items.map((i) => i.name)).sort();
      assert.deepEqual(planned, ['Ann Mine', 'Cid Nobody', 'Dee Shared']);
      const all = await cli(diary.dir, 'plan', '--json', '--all');
      assert.equal((JSON.parse(all.out) as { days: Array<{ items: unknown[] }> }).days.flatMap((d) => d.items).length, 4);
    });

    it('filters the calendar', async () => {
      const mine = await cli(diary.dir, 'ics', '--today', '2026-11-23');
      assert.equal(mine.code, 0, mine.err);
      assert.equal(mine.out.split('BEGIN:VEVENT').length - 1, 3);
      assert.doesNotMatch(mine.out, /Bob Theirs/);
      const bob = await cli(diary.dir, 'ics', '--today', '2026-11-23', '--owner', 'BOB');
      assert.equal(bob.out.split('BEGIN:VEVENT').length - 1, 2);
    });

    it('refuses --owner with --all, and a blank --owner, as usage errors that name the options', async () => {
      for (const command of ['agenda', 'calls', 'ics', 'plan']) {
        const both = await cli(diary.dir, command, '--owner', 'bob', '--all');
        assert.equal(both.code, 2, command);
        assert.equal(both.out, '');
        assert.match(both.err, new RegExp(`^contact-diary ${command}: --owner and --all can't be used together`), command);
      }
      const blank = await cli(diary.dir, 'agenda', '--owner', '  ');
      assert.equal(blank.code, 2);
      assert.match(blank.err, /--owner needs a name/);
      const missing = await cli(diary.dir, 'agenda', '--owner');
      assert.equal(missing.code, 2);
      assert.match(missing.err, /--owner/);
    });

    it('says --owner and --all in every listing command\'s usage', async () => {
      for (const command of ['agenda', 'calls', 'ics', 'plan']) {
        const r = await cli(diary.dir, command, '--help');
        assert.match(r.out, /\[--owner NAME \| --all\]/, command);
      }
    });
  });

  it('lists everyone\'s when contactDiary.me is unset or blank', async () => {
    diary = tempDiary(FILES);
    assert.equal((await agendaNames(diary.dir)).length, 4);
    diary.cleanup();
    diary = tempDiary({ ...FILES, '.vscode/settings.json': settings('  ') });
    assert.equal((await agendaNames(diary.dir)).length, 4);
  });

  it('says a contactDiary.me that is not text, once, and lists everyone\'s', async () => {
    diary = tempDiary({ ...FILES, '.vscode/settings.json': settings(['alice']) });
    const r = await cli(diary.dir, 'agenda');
    assert.equal(r.code, 0);
    assert.match(r.err, /^contact-diary agenda: .*settings\.json: contactDiary\.me must be your name as notes write it in owner:, as in "alice", not \["alice"\]; showing everyone's contacts\n$/);
    assert.match(r.out, /Bob Theirs/);
  });

  it('does not read contactDiary.me when --owner or --all is given', async () => {
    diary = tempDiary({ ...FILES, '.vscode/settings.json': settings(42) });
    const r = await cli(diary.dir, 'agenda', '--all');
    assert.equal(r.err, '');
    assert.match(r.out, /Bob Theirs/);
  });
});

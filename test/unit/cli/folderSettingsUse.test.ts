import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AgendaJson } from '../../../src/cli/render';
import { cli, lines, tempDiary } from './helpers';

const contact = (name: string, ...extra: string[]) => lines('---', `name: ${name}`, ...extra, '---', '', `# ${name}`);
const OVERDUE = ['a', 'b', 'c'].map((n) => [`${n}.md`, contact(`P${n}`, 'next: 2026-11-20')] as const);
const SETTINGS = '.vscode/settings.json';

/** The folder's settings file with these `contactDiary.*` values, with a comment as VS Code allows. */
const settings = (values: Record<string, unknown>) =>
  `{\n  // the diary's own settings\n${Object.entries(values).map(([k, v]) => `  "contactDiary.${k}": ${JSON.stringify(v)},`).join('\n')}\n}\n`;

describe('the tool reads the folder\'s own settings (.vscode/settings.json)', function () {
  this.timeout(20_000);
  let d: ReturnType<typeof tempDiary>;
  afterEach(() => d?.cleanup());
  const json = (out: string) => JSON.parse(out) as AgendaJson;
  const files = (a: AgendaJson, id: string) => a.groups.find((g) => g.id === id)!.items.map((i) => i.file);

  it('calls lists contactDiary.dailyTarget contacts; --target wins', async () => {
    d = tempDiary({ ...Object.fromEntries(OVERDUE), [SETTINGS]: settings({ dailyTarget: 2 }) });
    const r = await cli(d.dir, 'calls', '--today', '2026-11-23');
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err, '');
    assert.match(r.out, /^2 of 3 to call/m);
    assert.match((await cli(d.dir, 'calls', '--today', '2026-11-23', '--target', '1')).out, /^1 of 3 to call/m);
  });

  it('agenda reaches contactDiary.upcomingDays ahead; --days wins', async () => {
    d = tempDiary({ 'far.md': contact('Far', 'next: 2026-12-03'), [SETTINGS]: settings({ upcomingDays: 14 }) });
    assert.deepEqual(files(json((await cli(d.dir, 'agenda', '--json', '--today', '2026-11-23')).out), 'upcoming'), ['far.md']);
    assert.deepEqual(files(json((await cli(d.dir, 'agenda', '--json', '--today', '2026-11-23', '--days', '3')).out), 'later'), ['far.md']);
  });

  it('reads DIR\'s settings when the folder is given, not those of the folder it runs in', async () => {
    d = tempDiary({ 'diary/far.md': contact('Far', 'next: 2026-12-03'), 'diary/.vscode/settings.json': settings({ upcomingDays: 14 }) });
    assert.deepEqual(files(json((await cli(d.dir, 'agenda', 'diary', '--json', '--today', '2026-11-23')).out), 'upcoming'), ['far.md']);
  });

  it('takes contactDiary.maxFileSize as the size limit and names it; --max-file-size wins', async () => {
    d = tempDiary({ 'big.md': contact('Big', 'next: 2026-11-30', `notes: "${'x'.repeat(3000)}"`), [SETTINGS]: settings({ maxFileSize: 1024 }) });
    const r = await cli(d.dir, 'agenda', '--json', '--today', '2026-11-23');
    const [big] = json(r.out).groups.find((g) => g.id === 'attention')!.items;
    assert.match(big!.problem!, /over the 1 KB limit \(contactDiary\.maxFileSize\)/);
    assert.deepEqual(files(json((await cli(d.dir, 'agenda', '--json', '--today', '2026-11-23', '--max-file-size', '1MB')).out), 'upcoming'), ['big.md']);
    assert.equal((await cli(d.dir, 'check')).code, 1);
  });

  it('reads the log under contactDiary.logHeading, and log writes there', async () => {
    d = tempDiary({
      'jane.md': lines('---', 'name: Jane', 'next: 2026-12-30', 'cadence: monthly', '---', '', '## Contact history', '- 2026-10-01 Phone call'),
      [SETTINGS]: settings({ logHeading: 'Contact history' }),
    });
    const [item] = json((await cli(d.dir, 'agenda', '--json', '--today', '2026-11-23')).out).groups.flatMap((g) => g.items);
    assert.deepEqual(item!.lastConversation, { date: '2026-10-01', action: 'Phone call' });
    const r = await cli(d.dir, 'log', 'jane.md', '--action', 'Email', '--next', '2026-12-30', '--today', '2026-11-23');
    assert.equal(r.code, 0, r.err);
    assert.match(readFileSync(join(d.dir, 'jane.md'), 'utf8'), /## Contact history\n- 2026-11-23 Email\n- 2026-10-01 Phone call\n$/);
  });

  it('log proposes today + contactDiary.defaultFollowUp for a contact without a cadence', async () => {
    d = tempDiary({ 'jane.md': contact('Jane', 'next: 2026-11-20'), [SETTINGS]: settings({ defaultFollowUp: '3 days' }) });
    const r = await cli(d.dir, 'log', 'jane.md', '--action', 'Phone call', '--today', '2026-11-23');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /next 2026-11-26 \(.*default follow-up 3 days\)/);
  });

  it('ics keeps overdue follow-ups on their own dates with contactDiary.calendarOverdue "ownDate"', async () => {
    d = tempDiary({ 'a.md': contact('Pa', 'next: 2026-11-20'), [SETTINGS]: settings({ calendarOverdue: 'ownDate' }) });
    const r = await cli(d.dir, 'ics', '--today', '2026-11-23');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /DTSTART;VALUE=DATE:20261120/);
  });

  it('tells conversations by contactDiary.conversationWords and touchWords', async () => {
    d = tempDiary({
      'jane.md': lines('---', 'name: Jane', 'next: 2026-12-30', '---', '', '## Log', '- 2026-11-20 Site walk', '- 2026-11-10 Phone call'),
      'bob.md': lines('---', 'name: Bob', 'next: 2026-12-30', '---', '', '## Log', '- 2026-11-20 Phone call'),
      [SETTINGS]: settings({ conversationWords: ['site walk'], touchWords: ['phone call'] }),
    });
    const items = json((await cli(d.dir, 'agenda', '--json', '--today', '2026-11-23')).out).groups.flatMap((g) => g.items);
    assert.deepEqual(items.find((i) => i.name === 'Jane')!.lastConversation, { date: '2026-11-20', action: 'Site walk' });
    assert.equal(items.find((i) => i.name === 'Bob')!.lastConversation, null);
  });

  it('paces by contactDiary.stageCadences, tagCadences and cadenceFrom', async () => {
    const notes = {
      'pro.md': lines('---', 'name: Pro', 'stage: prospect', 'next: 2027-03-01', 'last: 2026-11-20', 'last_action: Email', '---', '', '## Log', '- 2026-11-20 Email', '- 2026-10-01 Phone call'),
      'key.md': lines('---', 'name: Key', 'tags: [key-account]', 'next: 2027-03-01', '---'),
    };
    d = tempDiary({ ...notes, [SETTINGS]: settings({ stageCadences: { Prospect: '2 weeks' }, tagCadences: { 'key-account': '2-3 weeks' } }) });
    const paced = json((await cli(d.dir, 'agenda', '--json', '--today', '2026-11-23')).out);
    const items = paced.groups.flatMap((g) => g.items);
    assert.deepEqual(items.find((i) => i.name === 'Key')!.pace, { min: 14, max: 21 });
    // The stage's 2 weeks run from the call of 1 October: going cold, whatever the email since.
    assert.deepEqual(files(paced, 'overdue'), ['pro.md']);
    assert.match(items.find((i) => i.name === 'Pro')!.reason ?? '', /no conversation for/);
    d.cleanup();
    // From any contact, the email of 3 days ago keeps the prospect warm.
    d = tempDiary({ ...notes, [SETTINGS]: settings({ stageCadences: { prospect: '2 weeks' }, cadenceFrom: 'any' }) });
    const any = json((await cli(d.dir, 'agenda', '--json', '--today', '2026-11-23')).out);
    assert.deepEqual(any.groups.find((g) => g.id === 'overdue')!.items.map((i) => i.name), []);
  });

  it('says each bad value in one line on stderr, uses its default, and the rest works (exit 0)', async () => {
    d = tempDiary({
      ...Object.fromEntries(OVERDUE),
      'far.md': contact('Far', 'next: 2026-12-03'),
      [SETTINGS]: settings({ dailyTarget: 'five', upcomingDays: 14, stageCadences: { prospect: 'fortnightly-ish', customer: 'monthly' }, cadenceFrom: 'email' }),
    });
    const calls = await cli(d.dir, 'calls', '--today', '2026-11-23');
    assert.equal(calls.code, 0);
    assert.match(calls.out, /^3 to call \(3 overdue/m, 'the default target of 5');
    const said = calls.err.trimEnd().split('\n');
    assert.equal(said.length, 3, calls.err);
    assert.match(said[0]!, /^contact-diary calls: .*settings\.json: contactDiary\.dailyTarget must be a whole number of at least 1, not "five"; using 5$/);
    assert.match(said[1]!, /^contact-diary calls: .*settings\.json: contactDiary\.cadenceFrom is "conversation" or "any", not "email"; "conversation" is used$/);
    assert.match(said[2]!, /^contact-diary calls: .*settings\.json: contactDiary\.stageCadences: "prospect": .*fortnightly-ish.*; left out$/);
    // The good values are used: Upcoming reaches 14 days.
    const agenda = await cli(d.dir, 'agenda', '--json', '--today', '2026-11-23');
    assert.equal(agenda.code, 0);
    assert.deepEqual(files(json(agenda.out), 'upcoming'), ['far.md']);
    // An option given for a bad setting: the setting is not read, so not complained of.
    assert.doesNotMatch((await cli(d.dir, 'calls', '--today', '2026-11-23', '--target', '2')).err, /dailyTarget/);
  });

  it('says a settings file that can\'t be parsed in one line naming it, and works without it', async () => {
    d = tempDiary({ ...Object.fromEntries(OVERDUE), [SETTINGS]: '{ "contactDiary.dailyTarget": 2,, }' });
    const r = await cli(d.dir, 'calls', '--today', '2026-11-23');
    assert.equal(r.code, 0);
    assert.match(r.err, /^contact-diary calls: .*settings\.json:1: .*; its settings are not used\n$/);
    assert.match(r.out, /^3 to call \(3 overdue/m);
  });

  describe('which files are read: contactDiary.include, contactDiary.exclude and files.exclude', () => {
    const docs = { 'people/jane.md': contact('Jane', 'next: 2026-11-20'), 'docs/install.md': lines('---', 'title: Install', 'next: /docs/configure/', '---') };
    const attentionAndOverdue = async (dir: string) => {
      const a = json((await cli(dir, 'agenda', '--json', '--today', '2026-11-23')).out);
      return [...files(a, 'overdue'), ...files(a, 'attention')];
    };

    it('leaves out what contactDiary.exclude leaves out, in every command (regression: check failed on a file the setting excluded, while its message said to set it)', async () => {
      d = tempDiary({ ...docs, [SETTINGS]: settings({}) });
      assert.deepEqual(await attentionAndOverdue(d.dir), ['people/jane.md', 'docs/install.md'], 'without the setting the docs page is read');
      assert.equal((await cli(d.dir, 'check')).code, 1);
      writeFileSync(join(d.dir, SETTINGS), settings({ exclude: ['docs/**'] }));
      assert.deepEqual(await attentionAndOverdue(d.dir), ['people/jane.md']);
      const check = await cli(d.dir, 'check');
      assert.equal(check.code, 0, check.out);
      assert.match(check.out, /^1 contact checked \(0 unreadable files\): no problems$/m);
      assert.doesNotMatch((await cli(d.dir, 'calls', '--today', '2026-11-23')).out, /install/i);
    });

    it('leaves out the globs files.exclude switches on, written flat or as a section, and not those switched off', async () => {
      d = tempDiary({ ...docs, [SETTINGS]: '{ "files.exclude": { "**/docs": true, "**/people": false } }' });
      assert.deepEqual(await attentionAndOverdue(d.dir), ['people/jane.md']);
      writeFileSync(join(d.dir, SETTINGS), '{ "files": { "exclude": { "docs/": true } } }');
      assert.deepEqual(await attentionAndOverdue(d.dir), ['people/jane.md']);
      // A glob that depends on a sibling file (`when`) is VS Code's to check: the file is read.
      writeFileSync(join(d.dir, SETTINGS), '{ "files.exclude": { "**/docs": { "when": "$(basename).ts" } } }');
      assert.deepEqual(await attentionAndOverdue(d.dir), ['people/jane.md', 'docs/install.md']);
    });

    it('reads only what contactDiary.include lets in', async () => {
      d = tempDiary({ ...docs, 'notes.md': contact('Loose', 'next: 2026-11-20'), [SETTINGS]: settings({ include: ['people/**/*.md'] }) });
      assert.deepEqual(await attentionAndOverdue(d.dir), ['people/jane.md']);
    });

    it('applies the globs of the settings above a subfolder it is given as they apply there (regression: "people" with include people/**/*.md read nothing)', async () => {
      d = tempDiary({
        'people/jane.md': contact('Jane', 'next: 2026-11-20'), 'people/archive/old.md': contact('Old', 'next: 2026-11-20'), 'people/draft.tmp.md': contact('Draft', 'next: 2026-11-20'),
        [SETTINGS]: settings({ include: ['people/**/*.md'], exclude: ['people/archive/**', '*.tmp.md'] }),
      });
      const a = json((await cli(d.dir, 'agenda', 'people', '--json', '--today', '2026-11-23')).out);
      assert.deepEqual(files(a, 'overdue'), ['jane.md']);
      assert.deepEqual(files(json((await cli(join(d.dir, 'people'), 'agenda', '--json', '--today', '2026-11-23')).out), 'overdue'), ['jane.md']);
      // Given a folder its includes don't reach, it reads none of it, as the extension would.
      d.cleanup();
      d = tempDiary({ 'notes/loose.md': contact('Loose', 'next: 2026-11-20'), [SETTINGS]: settings({ include: ['people/**/*.md'] }) });
      assert.deepEqual(files(json((await cli(d.dir, 'agenda', 'notes', '--json', '--today', '2026-11-23')).out), 'overdue'), []);
    });

    it('says a glob setting of the wrong kind in one line, and reads as without it', async () => {
      d = tempDiary({ ...docs, [SETTINGS]: '{ "contactDiary.exclude": "docs/**", "files.exclude": ["docs"] }' });
      const r = await cli(d.dir, 'agenda', '--json', '--today', '2026-11-23');
      assert.equal(r.code, 0);
      const said = r.err.trimEnd().split('\n');
      assert.equal(said.length, 2, r.err);
      assert.match(said[0]!, /settings\.json: contactDiary\.exclude must be a list of globs, as in \["archive\/\*\*"\], not "docs\/\*\*"; not used$/);
      assert.match(said[1]!, /settings\.json: files\.exclude must be an object of globs, as in \{ "\*\*\/archive": true \}, not \["docs"\]; not used$/);
      assert.deepEqual(files(json(r.out), 'attention'), ['docs/install.md']);
    });
  });

  it('--help says the folder\'s settings apply, and that options win', async () => {
    d = tempDiary();
    assert.match((await cli(d.dir, '--help')).out, /^The contactDiary\.\* settings of the folder's \.vscode\/settings\.json apply too; options win\.$/m);
  });

  it('finds the settings of the folder above a contact file given to reschedule', async () => {
    d = tempDiary({ 'people/jane.md': contact('Jane', 'next: 2026-11-20'), [SETTINGS]: settings({ maxFileSize: 10 }) });
    const r = await cli(d.dir, 'reschedule', 'people/jane.md', '2026-12-01');
    assert.equal(r.code, 1);
    assert.match(r.err, /contactDiary\.maxFileSize/);
  });
});

import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';
import { type AgendaJson } from '../../../src/cli/render';
import { prepareExampleDiary } from '../../../scripts/example-diary.mjs';
import { cli, lines, snapshot, tempDiary } from './helpers';

const FILES = {
  'jane.md': lines('---', 'name: Jane Doe', 'company: Acme Print', 'next: 2026-11-20', 'next_action: Chase feedback', 'last: 2026-11-13', 'last_action: Sent proposal', 'phone: +44 20 7946 0000', '---', '# Jane'),
  'people/bob.md': lines('---', 'next: 2026-11-23 09:30', 'next_action: Call', '---', '# Bob Smith'),
  'people/cy.md': lines('---', 'name: Cy', 'next: 2026-11-25', '---'),
  'dee.md': lines('---', 'name: Dee', 'next: 2027-01-10', '---'),
  'eve.md': lines('---', 'name: Eve', 'next:', '---'),
  'broken.md': lines('---', 'name: Broken', 'next: someday', '---'),
  'notes.md': lines('# Just notes, not a contact'),
};
const IDS = ['overdue', 'today', 'upcoming', 'later', 'unscheduled', 'attention'];

describe('contact-diary agenda: folder names', () => {
  it('regression: a folder whose name holds a backslash was "no such folder" outside Windows', async function () {
    if (process.platform === 'win32') this.skip();
    const d = tempDiary({ 'a\\b/jane.md': FILES['jane.md'] });
    try {
      const r = await cli(d.dir, 'agenda', 'a\\b', '--json', '--today', '2026-11-23');
      assert.equal(r.code, 0, r.err);
      const json = JSON.parse(r.out) as AgendaJson;
      assert.deepEqual(json.groups.flatMap((g) => g.items.map((i) => i.name)), ['Jane Doe']);
    } finally {
      d.cleanup();
    }
  });
});

describe('contact-diary agenda', () => {
  let d: ReturnType<typeof tempDiary>;
  beforeEach(() => { d = tempDiary(FILES); });
  afterEach(() => d.cleanup());

  it('prints the JSON shape scripts rely on, with files relative to DIR', async () => {
    const r = await cli(d.dir, 'agenda', '--json', '--today', '2026-11-23');
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err, '');
    const json = JSON.parse(r.out) as AgendaJson;
    assert.equal(json.today, '2026-11-23');
    assert.deepEqual(json.groups.map((g) => g.id), IDS);
    const byId = Object.fromEntries(json.groups.map((g) => [g.id, g]));
    for (const g of json.groups) assert.equal(g.count, g.items.length);
    assert.deepEqual(byId.overdue!.items, [{
      kind: 'follow-up', file: 'jane.md', name: 'Jane Doe', company: 'Acme Print', next: '2026-11-20', nextAction: 'Chase feedback',
      last: '2026-11-13', lastAction: 'Sent proposal', phone: '+44 20 7946 0000', email: null,
      description: '3 days overdue', reason: 'next was 2026-11-20',
      // "Sent proposal" is a touch: no conversation on record, one touch.
      lastConversation: null, touchesSince: 1, pace: null, pushing: false, commonGround: [], waiting: null,
    }]);
    assert.deepEqual(byId.today!.items.map((i) => [i.file, i.name, i.next]), [['people/bob.md', 'Bob Smith', '2026-11-23 09:30']]);
    assert.deepEqual(byId.upcoming!.items.map((i) => i.file), ['people/cy.md']);
    assert.deepEqual(byId.later!.items.map((i) => i.file), ['dee.md']);
    assert.deepEqual(byId.unscheduled!.items.map((i) => i.file).sort(), ['eve.md'], 'a next: that cannot be read is under attention only');
    const [broken] = byId.attention!.items;
    assert.equal(broken!.file, 'broken.md');
    assert.equal(broken!.line, 3);
    assert.match(broken!.problem!, /someday/);
    for (const item of json.groups.flatMap((g) => g.items)) {
      for (const key of ['file', 'name', 'next', 'nextAction', 'last', 'lastAction', 'company', 'description', 'lastConversation', 'touchesSince', 'pace', 'pushing', 'commonGround', 'kind', 'waiting']) {
        assert.ok(key in item, `${item.file} has ${key}`);
      }
    }
  });

  it('moves items between groups with --today and --days', async () => {
    const r = await cli(d.dir, 'agenda', '--json', '--today', '2026-11-25', '--days', '60');
    const json = JSON.parse(r.out) as AgendaJson;
    const files = (id: string) => json.groups.find((g) => g.id === id)!.items.map((i) => i.file);
    assert.deepEqual(files('overdue'), ['jane.md', 'people/bob.md']);
    assert.deepEqual(files('today'), ['people/cy.md']);
    assert.deepEqual(files('upcoming'), ['dee.md']);
    assert.deepEqual(files('later'), []);
  });

  it('defaults DIR to the current folder and --today to the local date', async () => {
    const r = await cli(join(d.dir, 'people'), 'agenda', '--json');
    const json = JSON.parse(r.out) as AgendaJson;
    assert.equal(json.today, '2026-11-23');
    assert.deepEqual(json.groups.flatMap((g) => g.items.map((i) => i.file)).sort(), ['bob.md', 'cy.md']);
  });

  it('prints aligned text, one heading per non-empty group, without colour when asked for none', async () => {
    const r = await cli(d.dir, 'agenda', '.', '--today', '2026-11-23');
    assert.equal(r.code, 0);
    assert.ok(!r.out.includes('\u001b['));
    assert.match(r.out, /^Follow-ups for Mon 23 Nov 2026$/m);
    assert.match(r.out, /^Overdue \(1\)$/m);
    assert.match(r.out, /^Needs attention \(1\)$/m);
    assert.doesNotMatch(r.out, /\(0\)/);
    const rows = r.out.split('\n').filter((l) => /^ {2}(Jane Doe|Bob Smith|Cy|Dee|Eve) /.test(l));
    assert.equal(rows.length, 5);
    const column = (text: string) => rows.map((l) => l.indexOf(text)).filter((i) => i >= 0);
    assert.equal(new Set([...column('3 days overdue'), ...column('today 09:30'), ...column('in 2 days')]).size, 1, r.out);
    assert.match(r.out, /^ {2}Broken\s+broken\.md:3\s+.*someday/m);
  });

  it('says why a contact going cold is due, as the view does, not its next step as if it were late', async () => {
    const cold = tempDiary({
      'isla.md': lines('---', 'name: Isla', 'next: 2027-01-25', 'next_action: Call back', 'last: 2026-10-20', 'cadence: 3 weeks', '---'),
      'late.md': lines('---', 'name: Late', 'next: 2026-11-20', 'next_action: Chase feedback', '---'),
    });
    try {
      const text = (await cli(cold.dir, 'agenda', '--today', '2026-11-23')).out;
      const row = (name: string) => text.split('\n').find((l) => l.startsWith(`  ${name} `))!.trim().split(/ {2,}/);
      assert.deepEqual(row('Isla'), ['Isla', 'going cold for 13 days', 'isla.md', 'cadence 3 weeks · last contact 34 days ago']);
      assert.deepEqual(row('Late'), ['Late', '3 days overdue', 'late.md', 'Chase feedback']);
    } finally {
      cold.cleanup();
    }
  });

  // The untimed follow-ups of the day came before a 09:30 call.
  it('lists today\'s timed follow-ups first, in time order, then the untimed ones by name', async () => {
    const day = tempDiary({
      'amy.md': lines('---', 'name: Amy', 'next: 2026-11-23', '---'),
      'zed.md': lines('---', 'name: Zed', 'next: 2026-11-23T14:00:00', '---'),
      'bob.md': lines('---', 'name: Bob', 'next: 2026-11-23 09:30', '---'),
      'al.md': lines('---', 'name: Al', 'next: 2026-11-23', '---'),
    });
    try {
      const json = JSON.parse((await cli(day.dir, 'agenda', '--json', '--today', '2026-11-23')).out) as AgendaJson;
      assert.deepEqual(json.groups.find((g) => g.id === 'today')!.items.map((i) => i.name), ['Bob', 'Zed', 'Al', 'Amy']);
      const text = (await cli(day.dir, 'agenda', '--today', '2026-11-23')).out;
      assert.deepEqual(text.split('\n').filter((l) => /^ {2}\w/.test(l)).map((l) => l.trim().split(/\s+/)[0]), ['Bob', 'Zed', 'Al', 'Amy']);
    } finally {
      day.cleanup();
    }
  });

  it('colours only when asked', async () => {
    let out = '';
    await main(['agenda', d.dir, '--today', '2026-11-23'], (s) => (out += s), () => undefined, { color: true });
    // eslint-disable-next-line no-control-regex -- the escape codes of colour are the point
    assert.match(out, /\u001b\[31m3 days overdue\u001b\[0m/);
  });

  it('says so when a folder has no contacts', async () => {
    const empty = tempDiary({ 'readme.md': '# Nothing here\n' });
    try {
      const r = await cli(empty.dir, 'agenda');
      assert.equal(r.code, 0);
      assert.match(r.out, /No contacts in this folder/);
    } finally {
      empty.cleanup();
    }
  });

  it('refuses bad arguments with exit 2 and one line on stderr, printing nothing else', async () => {
    for (const argv of [['--today', 'soon'], ['--days', '-3'], ['--days', 'x'], ['nope'], ['a', 'b'], ['--colour']]) {
      const r = await cli(d.dir, 'agenda', ...argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.equal(r.out, '');
      assert.match(r.err, /^contact-diary agenda: .+\n$/, argv.join(' '));
    }
    const r = await cli(d.dir, 'agenda', 'jane.md');
    assert.match(r.err, /jane\.md is not a folder/);
  });

  it('reads the example diary without touching it', async () => {
    const ex = tempDiary();
    try {
      const out = prepareExampleDiary({ today: '2026-11-23', outDir: join(ex.dir, 'diary') });
      const before = snapshot(out);
      const json = JSON.parse((await cli(out, 'agenda', '--json', '--today', '2026-11-23')).out) as AgendaJson;
      for (const id of IDS) assert.ok(json.groups.find((g) => g.id === id)!.count > 0, id);
      assert.deepEqual(snapshot(out), before);
    } finally {
      ex.cleanup();
    }
  });
});

import { strict as assert } from 'node:assert';
import { FIXTURES } from '../intro/helpers';
import { cli, lines, tempDiary } from './helpers';

describe('cli: intro', () => {
  it('ranks who can introduce you to a contact, warmest first, with why', async () => {
    const r = await cli(FIXTURES, 'intro', 'jane-doe');
    assert.equal(r.code, 0, r.err);
    const text = r.out.split('\n');
    assert.equal(text[0], 'Who can introduce you to Jane Doe (Acme Print): 6 paths, warmest first');
    assert.equal(text[1], '1. Gita Rao, Initech — knows, score 152');
    assert.equal(text[2], '   knows Jane Doe +100 · last spoke 2 days ago +52');
    assert.equal(text[3], '   people/gita-rao.md');
    assert.match(r.out, /4\. Carol West, Globex — knows, score 107 going cold/);
  });

  it('gives the JSON of the issue: target and ranked paths', async () => {
    const r = await cli(FIXTURES, 'intro', 'Jane Doe', '.', '--json');
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out) as { target: unknown; paths: Array<Record<string, unknown>> };
    assert.deepEqual(json.target, { kind: 'contact', file: 'people/jane-doe.md', name: 'Jane Doe', company: 'Acme Print' });
    assert.deepEqual(json.paths.map((p) => p.via), ['knows', 'knows', 'colleague', 'knows', 'knows', 'colleague']);
    assert.deepEqual(json.paths[0], { file: 'people/gita-rao.md', name: 'Gita Rao', via: 'knows', lastContact: '2026-11-21', score: 152, goingCold: false, why: 'knows Jane Doe +100 · last spoke 2 days ago +52' });
    const scores = json.paths.map((p) => p.score as number);
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a));
  });

  it('takes a company, and the folder as a second argument', async () => {
    const r = await cli(`${FIXTURES}/..`, 'intro', 'acme print', 'fixtures', '--json');
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out) as { target: unknown; paths: unknown[] };
    assert.deepEqual(json.target, { kind: 'company', name: 'Acme Print' });
    assert.equal(json.paths.length, 7);
  });

  it('says nobody can, for a contact without a way in (exit 0)', async () => {
    const d = tempDiary({ 'a.md': lines('---', 'name: Ann', 'next: 2026-12-01', '---') });
    try {
      const r = await cli(d.dir, 'intro', 'ann');
      assert.deepEqual([r.code, r.out], [0, 'Nobody in the diary can introduce you to Ann yet.\n']);
    } finally {
      d.cleanup();
    }
  });

  it('refuses an unknown target (exit 1), a blank one and a missing one (usage, exit 2)', async () => {
    const unknown = await cli(FIXTURES, 'intro', 'Nowhere Ltd');
    assert.equal(unknown.code, 1);
    assert.equal(unknown.out, '');
    assert.match(unknown.err, /no contact named "Nowhere Ltd"/);
    assert.equal((await cli(FIXTURES, 'intro', '  ')).code, 2);
    assert.equal((await cli(FIXTURES, 'intro')).code, 2);
    assert.equal((await cli(FIXTURES, 'intro', 'jane-doe', 'no-such-folder')).code, 2);
  });
});

describe('cli: check, dangling links', () => {
  it('lists a link that points nowhere as a warning with its line, and exits 1', async () => {
    const r = await cli(FIXTURES, 'check');
    assert.equal(r.code, 1);
    const links = r.out.split('\n').filter((l) => l.includes('points to no note'));
    assert.deepEqual(links.map((l) => l.replace(/: warning: .*/, '')), ['people/hugo-berg.md:7:17', 'people/hugo-berg.md:9:6', 'people/pia-roth.md:6:27']);
  });

  it('says nothing of links that resolve, nor of a company name in knows', async () => {
    const d = tempDiary({
      'a.md': lines('---', 'name: Ann', 'next: 2026-12-01', 'introduced_by: "[[B]]"', 'knows: [Acme, "[[Bee]]"]', '---'),
      'b.md': lines('---', 'name: Bob', 'aliases: [Bee]', 'next: 2026-12-01', '---'),
    });
    try {
      const r = await cli(d.dir, 'check');
      assert.deepEqual([r.code, r.out], [0, '2 contacts checked (0 unreadable files): no problems\n']);
    } finally {
      d.cleanup();
    }
  });
});

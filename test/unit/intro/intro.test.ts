import { strict as assert } from 'node:assert';
import { type Contact } from '../../../src/core';
import { localDate } from '../../../src/core/dates/localDate';
import { askForIntroOps, introPaths, introTarget, introTargetName } from '../../../src/core/intro';
import { LinkTable } from '../../../src/core/links';
import { fixtureDiary } from './helpers';

const today = localDate(2026, 11, 23);

async function ranked(text: string): Promise<Array<[string, string, number]>> {
  const { table } = await fixtureDiary();
  const target = introTarget(text, table);
  assert.ok(target);
  return introPaths(target, table, { today }).map((p) => [p.contact.name, p.via, p.score]);
}

describe('intro: the target', () => {
  it('is a contact by file name, name or alias, else a company as the contacts write it', async () => {
    const { table } = await fixtureDiary();
    for (const t of ['jane-doe', 'Jane Doe', '[[JD]]', 'people/jane-doe']) {
      const target = introTarget(t, table);
      assert.equal(target?.kind === 'contact' && target.contact.name, 'Jane Doe', t);
    }
    assert.deepEqual(introTarget('ACME PRINT', table), { kind: 'company', name: 'Acme Print' });
    assert.deepEqual(introTarget('Nowhere Ltd', table), { kind: 'company', name: 'Nowhere Ltd' });
    assert.equal(introTarget('   ', table), undefined);
  });

  it('names the target as an ask for an introduction does', async () => {
    const { table } = await fixtureDiary();
    assert.equal(introTargetName(introTarget('jane-doe', table)!), 'Jane Doe (Acme Print)');
    assert.equal(introTargetName(introTarget('pia-roth', table)!), 'Pia Roth');
  });
});

describe('intro: ranking', () => {
  it('ranks who knows the target, colleagues and cold contacts by warmth', async () => {
    assert.deepEqual(await ranked('jane-doe'), [
      ['Gita Rao', 'knows', 152],
      ['Bob Smith', 'knows', 151],
      ['Dan Okafor', 'colleague', 112],
      ['Carol West', 'knows', 107],
      ['Frank Hale', 'knows', 100],
      ['Omar Said', 'colleague', 52],
    ]);
  });

  it('leaves out colleagues with no contact on record, and the target itself', async () => {
    const names = (await ranked('jane-doe')).map(([n]) => n);
    assert.ok(!names.includes('Erin Ash'));
    assert.ok(!names.includes('Jane Doe'));
  });

  it('finds the introducer and the introducer\'s introducer, one hop further', async () => {
    assert.deepEqual((await ranked('nina-cole')).slice(0, 2), [['Mia Wong', 'introduced', 126], ['Leo Mart', 'second-hop', 92]]);
    // Sara knows the company; the introducer never spoke to, the second hop did: equal, by name.
    assert.deepEqual((await ranked('ravi-nair')).slice(0, 3), [['Sara Lopez', 'knows', 133], ['Pia Roth', 'second-hop', 90], ['Quinn Fox', 'introduced', 90]]);
  });

  it('for a company: who knows it or someone there, and who works there', async () => {
    const paths = await ranked('acme print');
    assert.deepEqual(paths.map(([n, v]) => `${n} ${v}`), [
      'Gita Rao knows', 'Bob Smith knows', 'Pia Roth knows', 'Dan Okafor colleague', 'Carol West knows', 'Frank Hale knows', 'Omar Said colleague',
    ]);
  });

  it('explains the score and warns of a contact going cold', async () => {
    const { table } = await fixtureDiary();
    const carol = introPaths(introTarget('jane-doe', table)!, table, { today }).find((p) => p.contact.name === 'Carol West')!;
    assert.ok(carol.cold);
    assert.equal(carol.why, 'knows Acme Print +100 · last spoke 6 months ago +27 · going cold since 5 months ago −20');
  });

  it('ranks a recent conversation over an old one, the way in being the same', () => {
    const c = (file: string, last?: string): Contact => ({
      file, name: file, tags: [], interests: [], touchesSince: 0, nextLine: 0, problems: [], knows: ['[[t]]'],
      ...(last ? { last: localDate(2026, Number(last.slice(5, 7)), Number(last.slice(8))), lastAction: 'Call', conversation: { date: localDate(2026, Number(last.slice(5, 7)), Number(last.slice(8))), action: 'Call' } } : {}),
    });
    const table = new LinkTable([c('t'), c('old', '2026-01-10'), c('never'), c('new', '2026-11-20')]);
    const paths = introPaths(introTarget('t', table)!, table, { today });
    assert.deepEqual(paths.map((p) => p.contact.name), ['new', 'old', 'never']);
    assert.equal(paths[2]!.lastContact, undefined);
  });

  it('finds nobody for a company nobody knows or works at', async () => {
    assert.deepEqual(await ranked('Nowhere Ltd'), []);
  });
});

describe('intro: ask for an introduction', () => {
  it('sets the next step and its date in one edit', async () => {
    const { table } = await fixtureDiary();
    assert.deepEqual(askForIntroOps(introTarget('jane-doe', table)!, localDate(2026, 11, 27)), [
      { kind: 'date', key: 'next', date: localDate(2026, 11, 27) },
      { kind: 'set', key: 'next_action', value: 'Ask for an intro to Jane Doe (Acme Print)' },
    ]);
    assert.equal((askForIntroOps({ kind: 'company', name: 'Acme Print' }, today)[1] as { value: string }).value, 'Ask for an intro to someone at Acme Print');
  });
});

import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CliCache } from '../../../src/cli/io';
import { main } from '../../../src/cli/main';
import { prepareExampleDiary } from '../../../scripts/example-diary.mjs';
import { type CliRun, lines } from './helpers';

/** Runs the command line in-process, as `cli` does, keeping scan caches where `cache` says. */
async function cached(cwd: string, cache: CliCache | undefined, ...argv: string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const now = () => new Date(2026, 10, 23, 12, 0);
  const code = await main(argv, (s) => (out += s), (s) => (err += s), { cwd, color: false, now, cache });
  return { code, out, err };
}

describe('contact-diary with a scan cache', () => {
  let work: string;
  let diary: string;
  let cache: CliCache;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'contact-diary-clicache-'));
    diary = join(work, 'diary');
    cpSync(prepareExampleDiary({ outDir: join(work, 'example'), today: '2026-11-23' }), diary, { recursive: true });
    cpSync(join(__dirname, '../../fixtures'), join(diary, 'fixtures'), { recursive: true });
    cache = { folder: join(work, 'cache'), settledMs: 0 };
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  const COMMANDS: ReadonlyArray<(dir: string) => string[]> = [
    (dir) => ['agenda', dir, '--json', '--today', '2026-11-23'],
    (dir) => ['agenda', dir, '--today', '2026-11-23'],
    (dir) => ['check', dir],
    (dir) => ['calls', dir, '--today', '2026-11-23'],
    (dir) => ['ics', dir, '--today', '2026-11-23'],
    (dir) => ['intro', 'Amara Okafor', dir, '--json', '--today', '2026-11-23'],
  ];
  for (const command of COMMANDS) {
    it(`prints for "${command('DIR').join(' ')}" what it prints without one, on the first run and on the next`, async () => {
      const plain = await cached(work, undefined, ...command(diary));
      assert.ok(plain.out.length > 100, plain.err);
      assert.deepEqual(await cached(work, cache, ...command(diary)), plain);
      assert.deepEqual(await cached(work, cache, ...command(diary)), plain);
    });
  }

  it('keeps one cache file per folder, and shows a note changed since', async () => {
    await cached(work, cache, 'agenda', diary, '--json', '--today', '2026-11-23');
    assert.equal(readdirSync(cache.folder).length, 1);
    writeFileSync(join(diary, 'new-person.md'), lines('---', 'name: New Person', 'next: 2026-11-23', '---'));
    const r = await cached(work, cache, 'agenda', diary, '--json', '--today', '2026-11-23');
    const today = (JSON.parse(r.out) as { groups: Array<{ id: string; items: Array<{ name: string }> }> }).groups.find((g) => g.id === 'today');
    assert.ok(today?.items.some((i) => i.name === 'New Person'), r.out);
    // The same size, the same day: only the stamp's times tell the edit.
    await new Promise((resolve) => setTimeout(resolve, 20));
    writeFileSync(join(diary, 'new-person.md'), lines('---', 'name: Old Person', 'next: 2026-11-23', '---'));
    const edited = await cached(work, cache, 'agenda', diary, '--json', '--today', '2026-11-23');
    assert.match(edited.out, /"name":"Old Person"/);
    assert.doesNotMatch(edited.out, /"name":"New Person"/);
    await cached(work, cache, 'agenda', join(diary, 'fixtures'), '--json', '--today', '2026-11-23');
    assert.equal(readdirSync(cache.folder).length, 2);
  });
});

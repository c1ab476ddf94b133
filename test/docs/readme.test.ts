// The README can't drift from the product: every shell block marked `<!-- runnable -->` runs here
// against a fresh copy of the example diary with the built command-line tool on PATH, every
// command and setting the extension declares is documented, and every npm script it names exists.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

interface Block {
  readonly mode: 'run' | 'exit 1' | 'crontab';
  readonly code: string;
  readonly line: number;
}

/** The sh blocks preceded by `<!-- runnable -->`, `<!-- runnable: exit 1 -->` or `<!-- runnable: crontab -->`. */
function runnableBlocks(markdown: string): Block[] {
  const re = /<!-- runnable(?:: (exit 1|crontab))? -->\r?\n```sh\r?\n([\s\S]*?)```/g;
  const blocks: Block[] = [];
  for (let m = re.exec(markdown); m; m = re.exec(markdown)) {
    blocks.push({ mode: (m[1] as Block['mode'] | undefined) ?? 'run', code: m[2]!, line: markdown.slice(0, m.index).split('\n').length });
  }
  return blocks;
}

describe('README', function () {
  this.timeout(120_000);
  let home: string;
  let diary: string;
  let bin: string;

  before(async () => {
    // Built afresh: a dist/ left by an older build must not answer for the current code.
    const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
    home = mkdtempSync(join(tmpdir(), 'contact-diary-readme-'));
    bin = join(home, 'bin');
    mkdirSync(bin);
    // contact-diary as `npm link` would install it, and a `mail` that keeps what it is sent.
    writeFileSync(join(bin, 'contact-diary'), `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'dist/cli.js')}" "$@"\n`);
    writeFileSync(join(bin, 'mail'), `#!/bin/sh\ncat > "$HOME/mail-$$.txt"\necho "$@" > "$HOME/mail-$$.args"\n`);
    chmodSync(join(bin, 'contact-diary'), 0o755);
    chmodSync(join(bin, 'mail'), 0o755);
    const { prepareExampleDiary } = await import(join(ROOT, 'scripts/example-diary.mjs'));
    diary = prepareExampleDiary({ outDir: join(home, 'diary') });
  });
  after(() => rmSync(home, { recursive: true, force: true }));

  const run = (script: string, cwd: string) =>
    spawnSync('bash', ['-e', '-o', 'pipefail', '-c', script], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, HOME: home, PATH: `${bin}:${process.env.PATH}`, NO_COLOR: '1', CONTACT_DIARY_CACHE: join(home, 'cache') },
    });

  it('has runnable examples of every command-line command it shows', () => {
    const blocks = runnableBlocks(README);
    assert.ok(blocks.length >= 4, `found ${blocks.length} runnable blocks`);
    const shown = new Set([...README.matchAll(/contact-diary (\w+)/g)].map((m) => m[1]));
    for (const cmd of ['agenda', 'calls', 'ics', 'check', 'when', 'reschedule', 'log']) assert.ok(shown.has(cmd), `README shows contact-diary ${cmd}`);
  });

  it('runs every runnable block on the example diary as written', () => {
    for (const block of runnableBlocks(README)) {
      if (block.mode === 'crontab') {
        for (const entry of block.code.split('\n').filter((l) => l.trim() && !l.startsWith('#'))) {
          const command = entry.trim().split(/\s+/).slice(5).join(' ');
          const r = run(command, home);
          assert.equal(r.status, 0, `README line ${block.line}: ${command}\n${r.stderr}`);
        }
      } else {
        const r = run(block.code, diary);
        assert.equal(r.status, block.mode === 'exit 1' ? 1 : 0, `README block at line ${block.line} exited ${r.status}\n${r.stderr}`);
        assert.notEqual(r.stdout.trim(), '', `README block at line ${block.line} printed nothing`);
      }
    }
  });

  it('leaves what the examples promise: JSON, a calendar, edited notes and a mailed call sheet', () => {
    const agenda = JSON.parse(readFileSync(join(diary, 'agenda.json'), 'utf8'));
    assert.deepEqual(agenda.groups.map((g: { id: string }) => g.id).slice(0, 2), ['overdue', 'today']);
    assert.match(readFileSync(join(diary, 'follow-ups.ics'), 'utf8'), /^BEGIN:VCALENDAR\r\n/);
    assert.match(readFileSync(join(diary, 'ben-hartley.md'), 'utf8'), /^next_action: Send the revised quote$/m);
    assert.match(readFileSync(join(diary, 'ben-hartley.md'), 'utf8'), /^- \d{4}-\d\d-\d\d Phone call — liked the oak samples$/m);
    const mails = readdirSync(home).filter((f) => f.startsWith('mail-') && f.endsWith('.txt'));
    assert.equal(mails.length, 1);
    assert.match(readFileSync(join(home, mails[0]!), 'utf8'), /^# Call sheet/);
  });

  it('documents every command and setting the extension declares', () => {
    for (const c of pkg.contributes.commands as { command: string; title: string }[]) {
      assert.ok(README.includes(c.title), `README documents the command "${c.title}"`);
    }
    const settings = ([] as { properties: Record<string, unknown> }[]).concat(pkg.contributes.configuration).flatMap((c) => Object.keys(c.properties));
    for (const s of settings) assert.ok(README.includes(`\`${s}\``), `README documents the setting ${s}`);
  });

  it('names only npm scripts that exist', () => {
    for (const m of README.matchAll(/npm (?:run )?([\w:-]+)/g)) {
      const name = m[1]!;
      if (['ci', 'link', 'install'].includes(name)) continue; // npm's own commands
      assert.ok(pkg.scripts[name], `package.json has the script "${name}" that README names`);
    }
  });
});

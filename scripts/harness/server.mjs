// Starts code-server (a real VS Code server) on loopback for one run: a free port, no auth, and
// throw-away user data, extensions, config and XDG folders so nothing of the user's leaks in or
// out. For the tests, the smoke-test driver switch makes the workbench honour
// extensionDevelopmentPath and extensionTestsPath in the URL payload; it also hides every
// notification toast, so `npm start` goes without it and installs the extension instead.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// No welcome page, tips, update checks or chat panels: the window shows the extension and the
// workspace, the same on every run.
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
};

/** Asks the OS for a port nobody listens on. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0));
    });
  });
}

async function waitForHealth(url, child, deadline) {
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited early (code ${child.exitCode})`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('code-server did not answer /healthz in time');
}

/**
 * code-server's command line. `smokeTestDriver` (the tests' switch, see above) is on unless
 * false: a user's VS Code starts without it.
 */
export function serverArgs({ codeServer, port, config, userDataDir, extensionsDir, smokeTestDriver = true }) {
  return [
    codeServer,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--config', config,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--ignore-last-opened',
    '--disable-getting-started-override',
    ...(smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
  ];
}

/**
 * Puts each extension folder in `extensionsDir` as an installed extension is (a link named
 * `publisher.name-version`), so the server loads it without the payload's
 * extensionDevelopmentPath, which only the smoke-test driver honours; a rebuild and a reload of
 * the window pick up the change.
 */
function linkExtensions(folders, extensionsDir) {
  for (const folder of folders) {
    const { publisher, name, version } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
    symlinkSync(folder, join(extensionsDir, `${publisher}.${name}-${version}`), 'dir');
  }
}

/**
 * Starts the server. `paths` comes from install.mjs; `log` receives the server's output lines
 * (pass null to drop them); `smokeTestDriver: false` starts it as a user's, with `extensions`
 * (folders) installed. Returns { port, origin, remoteUri(absPath), workbenchUrl(folder, payload), stop() }.
 */
export async function startServer({ paths, port, log = null, userDataDir, extensionsDir, env = {}, settings = {}, startTimeoutMs = 60_000, smokeTestDriver = true, extensions = [] }) {
  const home = mkdtempSync(join(tmpdir(), 'contact-diary-vscode-'));
  const dirs = {
    userData: userDataDir ?? join(home, 'user-data'),
    extensions: extensionsDir ?? join(home, 'extensions'),
    xdgData: join(home, 'xdg-data'),
    xdgConfig: join(home, 'xdg-config'),
  };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(join(dirs.userData, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  const config = join(home, 'config.yaml');
  writeFileSync(config, 'auth: none\ncert: false\n');
  port ??= await freePort();
  linkExtensions(extensions, dirs.extensions);
  const args = serverArgs({ codeServer: paths.codeServer, port, config, userDataDir: dirs.userData, extensionsDir: dirs.extensions, smokeTestDriver });
  const child = spawn(paths.node, args, {
    // Its own process group, so stop() ends the server and every extension host it forked.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, XDG_DATA_HOME: dirs.xdgData, XDG_CONFIG_HOME: dirs.xdgConfig, ...env },
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      if (log) for (const line of chunk.split('\n')) if (line.trim()) log(line);
    });
  }
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    rmSync(home, { recursive: true, force: true });
    process.off('exit', stop);
  };
  // Whatever ends this process, the server and its extension hosts end with it.
  process.on('exit', stop);
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(`${origin}/healthz`, child, Date.now() + startTimeoutMs);
  } catch (e) {
    stop();
    throw e;
  }
  const remoteUri = (absPath) => `vscode-remote://127.0.0.1:${port}${absPath.split('/').map(encodeURIComponent).join('/')}`;
  /**
   * The workbench URL that opens `folder` (or, for a `.code-workspace` file, that multi-root
   * workspace) with the given payload entries ([key, value] pairs).
   */
  const workbenchUrl = (folder, payload = []) => {
    const q = new URLSearchParams(folder.endsWith('.code-workspace') ? { workspace: folder } : { folder });
    if (payload.length) q.set('payload', JSON.stringify(payload));
    return `${origin}/?${q.toString()}`;
  };
  return { port, origin, remoteUri, workbenchUrl, stop, child };
}

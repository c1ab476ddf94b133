// One test run inside code-server's real VS Code: install if needed, start the server, open the
// workbench on the folder with the extension in development mode and the test entry point, relay
// the test output, and return the exit code the workbench reports. The server always ends.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { format } from 'node:util';
import { launchBrowser, runInWorkbench } from './browser.mjs';
import { ensureInstalled } from './install.mjs';
import { startServer } from './server.mjs';

// The workbench's own chatter, logged on every run (the gallery and GitHub are unreachable
// offline): it would bury the test output. --verbose shows it all.
const NOISE = [
  /open-vsx\.org|ENOTFOUND|authentication provider 'github'/,
  /^Creation of workbench contribution|^Creating a socket|^Resolv(ing|ed) connection token/,
  /^\[(driver|reconnection-grace-time|Service Worker|AccountPolicyGate|AgentHost)/,
  /^Updating additional builtin extensions cache|^Extension host \(Remote\) is (un)?responsive/,
  /^No search provider registered for scheme/,
];

// The workbench passes console arguments on as they were given: a format string and its values.
function formatLog(args) {
  return Array.isArray(args) ? format(...args) : String(args);
}

/**
 * The user settings that run the extension in the web worker extension host: with `main` beside
 * `browser` it would go to the Node host.
 */
export const IN_WEB_WORKER = { 'remote.extensionKind': { 'contact-diary.contact-diary': ['web'] } };

/** The JSON a line of the output carries after `prefix` (how a run in the worker, which writes no file, reports), or undefined. */
export function reportedIn(line, prefix) {
  const at = line.indexOf(prefix);
  return at < 0 ? undefined : JSON.parse(line.slice(at + prefix.length));
}

/**
 * Runs the tests and resolves with an exit code: the suite's own code, or 2 when the run timed
 * out or the workbench never reported. Options: extensionDevelopmentPath, extensionTestsPath,
 * folder (all absolute; folder may be a `.code-workspace` file, opened as a multi-root
 * workspace), timeoutMs, verbose (also print the server's and workbench's logs), settings (user
 * settings on top of the run's own), onLine (sees each line of the test output as it is printed).
 */
export async function runInCodeServer({ extensionDevelopmentPath, extensionTestsPath, folder, timeoutMs = 300_000, verbose = false, userDataDir, extensionsDir, settings: extra = {}, onLine = () => {} }) {
  for (const [name, p] of Object.entries({ extensionDevelopmentPath, extensionTestsPath, folder })) {
    if (!p || !existsSync(p)) throw new Error(`${name} does not exist: ${p}`);
  }
  const t0 = Date.now();
  const paths = ensureInstalled();
  const since = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
  // VS Code for the web auto-saves after 1 s by default (desktop: off), and saves instead of asking
  // when a dirty editor is closed: a document a test leaves dirty would be written back late,
  // re-creating a file the test had just deleted. Tests run with desktop's default.
  const settings = { 'files.autoSave': 'off', ...extra };
  const server = await startServer({ paths, userDataDir, extensionsDir, settings, log: verbose ? (l) => console.log(`[server] ${l}`) : null });
  let browser;
  try {
    if (verbose) console.log(`[harness] server up on port ${server.port} after ${since()}`);
    browser = await launchBrowser({ executablePath: paths.chromium });
    if (verbose) console.log(`[harness] browser up after ${since()}`);
    const url = server.workbenchUrl(resolve(folder), [
      ['extensionDevelopmentPath', server.remoteUri(resolve(extensionDevelopmentPath))],
      ['extensionTestsPath', server.remoteUri(resolve(extensionTestsPath))],
    ]);
    if (verbose) console.log(`[harness] opening ${url}`);
    const code = await runInWorkbench({
      context: browser.context,
      url,
      timeoutMs,
      onLog: (type, args) => {
        const text = formatLog(args);
        if (verbose) process.stdout.write(`[${since()} ${type}] `);
        if (!verbose && NOISE.some((re) => re.test(text))) return;
        for (const line of text.split('\n')) onLine(line);
        (type === 'error' ? process.stderr : process.stdout).write(text.endsWith('\n') ? text : text + '\n');
      },
    });
    if (verbose) console.log(`[harness] exit code ${code} after ${since()}`);
    return code;
  } catch (e) {
    console.error(`[harness] ${e instanceof Error ? e.message : e}`);
    return 2;
  } finally {
    await browser?.close();
    server.stop();
  }
}

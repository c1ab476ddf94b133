// Finds a desktop VS Code, so the same tests and `npm start` use Electron where one is installed.
// CONTACT_DIARY_VSCODE names the executable (the Electron binary, not the `code` CLI script), or
// "code-server" to force the harness; otherwise the `code` command on PATH is followed to the
// Electron binary next to it.
import { existsSync, realpathSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';

/** The `code` command on PATH, or null. */
export function findCodeCli() {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of process.platform === 'win32' ? ['code.cmd'] : ['code']) {
      const p = join(dir, name);
      if (existsSync(p)) return p;
    }
  }
  return null;
}

function electronNextTo(cli) {
  const bin = dirname(realpathSync(cli)); // …/bin
  const candidates = {
    linux: [join(bin, '..', 'code')],
    win32: [join(bin, '..', 'Code.exe')],
    // …/Visual Studio Code.app/Contents/Resources/app/bin
    darwin: [join(bin, '..', '..', '..', 'MacOS', 'Electron'), join(bin, '..', '..', '..', 'MacOS', 'Code')],
  }[process.platform] ?? [];
  return candidates.find((c) => existsSync(c)) ?? null;
}

/**
 * The desktop VS Code executable to run tests with, or null to use code-server.
 * Returns { executable, reason }.
 */
export function findDesktopVSCode() {
  const forced = process.env.CONTACT_DIARY_VSCODE;
  if (forced === 'code-server') return null;
  if (forced) {
    if (!existsSync(forced)) throw new Error(`CONTACT_DIARY_VSCODE names a file that does not exist: ${forced}`);
    return { executable: forced, reason: 'CONTACT_DIARY_VSCODE' };
  }
  const cli = findCodeCli();
  if (!cli) return null;
  const executable = electronNextTo(cli);
  return executable ? { executable, reason: `\`code\` at ${cli}` } : null;
}

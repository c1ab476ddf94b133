#!/usr/bin/env node
// Stands in for the VS Code executable that @vscode/test-electron launches, on machines without
// one: it takes the same command line (the folder, --extensionDevelopmentPath=…,
// --extensionTestsPath=…, --user-data-dir=…, --extensions-dir=…), runs the tests in code-server's
// real VS Code instead of Electron, and exits with the suite's exit code. Other flags are
// Electron's and mean nothing here.
import { resolve } from 'node:path';
import { runInCodeServer } from './codeServerRun.mjs';

const flags = {};
const positional = [];
for (const arg of process.argv.slice(2)) {
  const m = /^--([^=]+)=(.*)$/s.exec(arg);
  if (m) flags[m[1]] = m[2];
  else if (!arg.startsWith('-')) positional.push(arg);
}
const folder = positional[0];
if (!flags.extensionDevelopmentPath || !flags.extensionTestsPath || !folder) {
  console.error('usage: code-shim.mjs FOLDER --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [--user-data-dir=DIR] [--extensions-dir=DIR]');
  process.exit(2);
}
// test-electron forwards Ctrl-C as SIGINT: leave through process.exit so the server is stopped.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
const timeoutMs = Number(process.env.CONTACT_DIARY_INTEGRATION_TIMEOUT_MS) || 300_000;
const code = await runInCodeServer({
  folder: resolve(folder),
  extensionDevelopmentPath: resolve(flags.extensionDevelopmentPath),
  extensionTestsPath: resolve(flags.extensionTestsPath),
  userDataDir: flags['user-data-dir'],
  extensionsDir: flags['extensions-dir'],
  timeoutMs,
  verbose: process.env.CONTACT_DIARY_INTEGRATION_VERBOSE === '1',
});
process.exit(code);

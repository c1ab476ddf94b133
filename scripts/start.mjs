// `npm start`: builds the extension and opens it on the example diary (a copy dated from today):
// in desktop VS Code when the `code` command is on PATH, else in code-server started as a user's
// VS Code (not with the tests' switches), whose local URL it prints and which it keeps running
// until Ctrl-C. `--port N` picks the port
// (default: a free one).
import { spawn } from 'node:child_process';
import { prepareExampleDiary } from './example-diary.mjs';
import { buildExtension } from './harness/buildTests.mjs';
import { findCodeCli } from './harness/desktop.mjs';
import { ensureInstalled, ROOT } from './harness/install.mjs';
import { startServer } from './harness/server.mjs';


function portArg() {
  const i = process.argv.indexOf('--port');
  const n = i >= 0 ? Number(process.argv[i + 1]) : Number(process.env.PORT);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

if (!buildExtension()) process.exit(1);
// A copy of examples/diary with its dates moved to today, so it always has overdue and due items.
const diary = prepareExampleDiary();
const code = process.env.CONTACT_DIARY_VSCODE === 'code-server' ? null : findCodeCli();
if (code) {
  console.log(`Opening the example diary (${diary}) in VS Code (${code}) with the extension in development mode.`);
  const child = spawn(code, [`--extensionDevelopmentPath=${ROOT}`, diary], { stdio: 'inherit', shell: process.platform === 'win32' });
  child.on('exit', (status) => process.exit(status ?? 0));
} else {
  const paths = ensureInstalled();
  // As a user's VS Code starts, with the extension installed: the tests' smoke-test driver, which
  // loads it from the URL instead, hides every notification.
  const server = await startServer({ paths, port: portArg(), smokeTestDriver: false, extensions: [ROOT] });
  const url = server.workbenchUrl(diary);
  console.log('\nContact Diary is running in VS Code (code-server) on the example diary. Open this in a browser:\n');
  console.log(`  ${url}\n`);
  console.log('Rebuild with `npm run build` and reload the window to see changes. Ctrl-C stops the server.');
  const stop = () => {
    server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.child.on('exit', (status) => {
    console.error(`code-server stopped (exit ${status}).`);
    server.stop();
    process.exit(1);
  });
}

// Regression: `npm start` hid every notification. It started code-server with the test harness's
// enable-smoke-test-driver, which hides the workbench's toasts, so a new user never saw a message.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serverArgs } from '../../../scripts/harness/server.mjs';

const base = { codeServer: 'entry.js', port: 8080, config: 'config.yaml', userDataDir: 'ud', extensionsDir: 'ext' };
const root = join(__dirname, '..', '..', '..');

describe('npm start (regression: npm start hides every notification)', () => {
  it('starts code-server without the smoke-test driver when asked, and the tests keep it', () => {
    assert.ok(!serverArgs({ ...base, smokeTestDriver: false }).some((a) => /smoke/.test(a)));
    const tests = serverArgs(base);
    assert.deepEqual(tests.slice(-2), ['--vscode-option', 'enable-smoke-test-driver']);
    assert.deepEqual(tests.slice(0, -2), serverArgs({ ...base, smokeTestDriver: false }));
  });

  it('asks for a user\'s VS Code, with the extension installed rather than loaded from the URL', () => {
    const start = readFileSync(join(root, 'scripts', 'start.mjs'), 'utf8');
    assert.match(start, /startServer\(\{[^}]*smokeTestDriver: false[^}]*extensions: \[ROOT\]/);
    // The payload's extensionDevelopmentPath is honoured only with the driver on.
    assert.doesNotMatch(start, /extensionDevelopmentPath', server/);
  });
});

// Drives code-server's workbench in Debian's chromium through playwright-core, headless, with a
// fresh profile. The workbench reports test output and the test run's exit code through two
// functions it looks for on window when the smoke-test driver is on.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Opens a browser context on a fresh profile. Returns { context, close() }.
 * `viewport` sizes the window (screenshots want a known size).
 */
export async function launchBrowser({ executablePath, viewport = { width: 1280, height: 800 }, headless = true }) {
  const profile = mkdtempSync(join(tmpdir(), 'contact-diary-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath, headless, args: CHROMIUM_ARGS, viewport });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}

/**
 * Opens `url` with codeAutomationLog/codeAutomationExit exposed first, and resolves with the exit
 * code the workbench reports, or rejects after `timeoutMs` or when the page crashes.
 */
export async function runInWorkbench({ context, url, onLog, timeoutMs }) {
  const page = context.pages()[0] ?? (await context.newPage());
  let settle;
  const exited = new Promise((resolve, reject) => (settle = { resolve, reject }));
  // Awaited below; this keeps a timeout that fires while the page is still loading from being an
  // unhandled rejection that would end the process with the server still running.
  exited.catch(() => {});
  // Exposed on the context, before navigation, so the workbench finds them as it starts.
  await context.exposeFunction('codeAutomationLog', (type, args) => onLog(type, args));
  await context.exposeFunction('codeAutomationExit', (code) => settle.resolve(Number(code)));
  page.on('crash', () => settle.reject(new Error('the workbench page crashed')));
  const timer = setTimeout(() => settle.reject(new Error(`no exit code from the workbench within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
  try {
    await Promise.race([page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs }), exited]);
    return await exited;
  } finally {
    clearTimeout(timer);
  }
}

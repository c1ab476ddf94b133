// `npm run screenshot [-- FILE]`: opens the example diary in the harness's code-server, clicks the
// Contact Diary activity-bar item and saves a PNG of the window (default media/screenshot.png),
// which is what the README shows. Without the view (not contributed yet) it shoots the window.
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { prepareExampleDiary } from './example-diary.mjs';
import { buildExtension } from './harness/buildTests.mjs';
import { launchBrowser } from './harness/browser.mjs';
import { ensureInstalled, ROOT } from './harness/install.mjs';
import { startServer } from './harness/server.mjs';

const out = resolve(process.argv.slice(2).find((a) => a !== '--') ?? join(ROOT, 'media', 'screenshot.png'));
const VIEW_CONTAINER = '.part.activitybar [aria-label^="Contact Diary"]';

async function visible(locator, timeout) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
    return true;
  } catch {
    return false;
  }
}

// Waits for the first scan to end, widens the side bar so descriptions fit, and opens the first
// contact beside the tree, the way a person would look at their diary.
async function showTreeAndContact(page) {
  await page
    .waitForFunction(() => !document.querySelector('.part.sidebar .monaco-progress-container.active'), null, { timeout: 60_000 })
    .catch(() => console.warn('screenshot: the view was still busy'));
  const sash = await page.evaluate(() => {
    const bar = document.querySelector('.part.sidebar')?.getBoundingClientRect();
    const sashes = [...document.querySelectorAll('.monaco-sash.vertical')].map((e) => e.getBoundingClientRect());
    const near = bar && sashes.find((r) => Math.abs(r.x + r.width / 2 - (bar.x + bar.width)) < 8 && r.height > 100);
    return near ? { x: near.x + near.width / 2, y: near.y + near.height / 2 } : null;
  });
  if (sash) {
    await page.mouse.move(sash.x, sash.y);
    await page.mouse.down();
    await page.mouse.move(sash.x + 160, sash.y, { steps: 8 });
    await page.mouse.up();
  }
  const contact = page.locator('.part.sidebar .monaco-list-row[aria-level="2"]').first();
  if (await visible(contact, 5_000)) {
    await contact.click();
    await visible(page.locator('.part.editor .monaco-editor .view-lines'), 30_000);
    // Tokenising runs after the text shows: wait for coloured tokens (any class but the plain mtk1),
    // so the picture shows the highlighting a person sees a moment later.
    await visible(page.locator('.part.editor .view-lines span[class^="mtk"]:not(.mtk1)'), 30_000);
    await page.waitForTimeout(1_000);
  }
  // No hover or focus ring left over from the clicks: the mouse rests on the empty editor below
  // the note's last line.
  await page.mouse.move(1100, 740);
}

async function shoot() {
  const diary = prepareExampleDiary();
  const paths = ensureInstalled();
  // The view's colours and font size follow the theme; a dark theme matches VS Code's default.
  const server = await startServer({ paths, settings: { 'workbench.colorTheme': 'Default Dark Modern', 'window.zoomLevel': 0 } });
  let browser;
  try {
    browser = await launchBrowser({ executablePath: paths.chromium, viewport: { width: 1280, height: 800 } });
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(server.workbenchUrl(diary, [['extensionDevelopmentPath', server.remoteUri(ROOT)]]), { timeout: 120_000 });
    if (!(await visible(page.locator('.part.activitybar'), 120_000))) throw new Error('the workbench did not load');
    if (await visible(page.locator(VIEW_CONTAINER), 60_000)) {
      await page.locator(VIEW_CONTAINER).first().click();
      // The tree fills once the extension has scanned the folder.
      if (await visible(page.locator('.part.sidebar .monaco-list-row'), 60_000)) await showTreeAndContact(page);
      else console.warn('screenshot: the view shows no rows');
    } else {
      console.warn('screenshot: no "Contact Diary" item in the activity bar; shooting the window as it is');
    }
    // Offline, the workbench toasts about the unreachable extension gallery; they are not ours.
    await page.addStyleTag({ content: '.notifications-toasts, .notifications-center { display: none !important; }' });
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
    mkdirSync(dirname(out), { recursive: true });
    await page.screenshot({ path: out });
    console.log(`screenshot: saved ${out}`);
  } finally {
    await browser?.close();
    server.stop();
  }
}

if (!buildExtension()) process.exit(1);
try {
  await shoot();
} catch (e) {
  console.error(`screenshot: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}

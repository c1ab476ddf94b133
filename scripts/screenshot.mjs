// `npm run screenshot [-- FILE]`: opens the example diary in the harness's code-server, clicks the
// Contact Diary activity-bar item and saves a PNG of the window (default media/screenshot.png),
// which is what the README shows. Without the view (not contributed yet) it shoots the window.
// `-- --review [FILE]` shoots the weekly review instead (default media/review.png), on a copy of
// the example diary made a git repository whose history moves a few next: dates, so the review
// has reschedules to show.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { prepareExampleDiary } from './example-diary.mjs';
import { buildExtension } from './harness/buildTests.mjs';
import { launchBrowser } from './harness/browser.mjs';
import { ensureInstalled, ROOT } from './harness/install.mjs';
import { startServer } from './harness/server.mjs';

const REVIEW = process.argv.includes('--review');
const out = resolve(process.argv.slice(2).find((a) => a !== '--' && a !== '--review') ?? join(ROOT, 'media', REVIEW ? 'review.png' : 'screenshot.png'));
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

/**
 * Makes the diary copy a git repository: the notes as they are, committed a fortnight ago, then a
 * few next: dates moved in later commits (the way Reschedule… moves them), for the review to count.
 */
function withHistory(diary) {
  const git = (args, daysAgo) => {
    const when = new Date(Date.now() - daysAgo * 86_400_000).toISOString();
    execFileSync('git', args, { cwd: diary, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when, GIT_AUTHOR_NAME: 'Contact Diary', GIT_AUTHOR_EMAIL: 'diary@example.com', GIT_COMMITTER_NAME: 'Contact Diary', GIT_COMMITTER_EMAIL: 'diary@example.com' } });
  };
  git(['init', '-q'], 14);
  git(['add', '.'], 14);
  git(['commit', '-q', '-m', 'The diary'], 14);
  const moves = [['jonas-weber.md', 10], ['jonas-weber.md', 6], ['jonas-weber.md', 2], ['elena-rossi.md', 8], ['elena-rossi.md', 3], ['maya-cohen.md', 5]];
  for (const [file, daysAgo] of moves) {
    const path = join(diary, file);
    // One day later each time: only the date changes, as a reschedule does.
    const text = readFileSync(path, 'utf8').replace(/^next: (\d{4})-(\d{2})-(\d{2})/m, (_m, y, mo, d) => {
      const next = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d) + 1));
      return `next: ${next.toISOString().slice(0, 10)}`;
    });
    writeFileSync(path, text);
    git(['commit', '-q', '-am', `Reschedule ${file}`], daysAgo);
  }
}

/** Runs Contact Diary: Review from the command palette and waits for its page to be drawn. */
async function showReview(page) {
  await page.keyboard.press('F1');
  await page.keyboard.type('Contact Diary: Review');
  await page.waitForTimeout(500);
  await page.keyboard.press('Enter');
  const frame = page.frameLocator('iframe.webview').frameLocator('iframe');
  if (!(await visible(frame.locator('svg.review-chart'), 60_000))) throw new Error('the review page did not show its chart');
  // The side bar away: the page has the window's width.
  await page.keyboard.press('Control+B');
  await page.waitForTimeout(1_000);
}

async function shoot() {
  const diary = prepareExampleDiary();
  if (REVIEW) withHistory(diary);
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
      if (!(await visible(page.locator('.part.sidebar .monaco-list-row'), 60_000))) console.warn('screenshot: the view shows no rows');
      else if (REVIEW) await showReview(page);
      else await showTreeAndContact(page);
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

// `npm run screenshot:walkthrough`: the pictures of the Get Started walkthrough, one per step in a
// light and a dark theme (media/walkthrough/<picture>-light.png and -dark.png). For each theme it
// opens a fresh copy of the example diary in the harness's code-server, does what the step asks
// through the command palette and the keyboard, and saves the part of the window the step is
// about: the Follow-ups tree, the call sheet, a new contact's note, Log Contact's first question,
// and Reschedule's date input with a typed phrase and its preview. Each picture is at most
// MAX_WIDTH pixels wide and, where pngquant or optipng is on PATH, made smaller with it.
//
//   node scripts/walkthrough-media.mjs [--out DIR] [--only light|dark] [--debug DIR]
//
// --debug DIR also saves the whole window before each crop, to see what went wrong.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { prepareExampleDiary } from './example-diary.mjs';
import { buildExtension } from './harness/buildTests.mjs';
import { launchBrowser } from './harness/browser.mjs';
import { ensureInstalled, ROOT } from './harness/install.mjs';
import { startServer } from './harness/server.mjs';

const THEMES = { light: 'Default Light Modern', dark: 'Default Dark Modern' };
const MAX_WIDTH = 800;
const VIEW_CONTAINER = '.part.activitybar [aria-label^="Contact Diary"]';
const QUICK_INPUT = '.quick-input-widget';

function option(name) {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}

const outDir = resolve(option('--out') ?? join(ROOT, 'media', 'walkthrough'));
const debugDir = option('--debug') && resolve(option('--debug'));
const only = option('--only');

async function visible(locator, timeout) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
    return true;
  } catch {
    return false;
  }
}

async function must(locator, what, timeout = 30_000) {
  if (!(await visible(locator, timeout))) throw new Error(`${what} did not show`);
  return locator.first();
}

/** Runs a command by its title from the command palette (F1), as a person would. */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = await must(page.locator(`${QUICK_INPUT} input`), 'the command palette');
  await input.fill(`>${title}`);
  // The list filters as it is typed: Enter only once the command is the one highlighted.
  await must(page.locator(`${QUICK_INPUT} .monaco-list-row.focused[aria-label*="${title.replace(/"/g, '\\"')}"]`), `the command "${title}"`);
  await page.keyboard.press('Enter');
}

async function debugShot(page, name) {
  if (!debugDir) return;
  mkdirSync(debugDir, { recursive: true });
  await page.screenshot({ path: join(debugDir, `${name}.png`) });
}

/** Saves `clip` (page pixels) as `name`, at most MAX_WIDTH wide, made smaller where a tool can. */
async function save(page, name, clip) {
  await debugShot(page, name);
  const box = {
    x: Math.max(0, Math.round(clip.x)),
    y: Math.max(0, Math.round(clip.y)),
    width: Math.min(MAX_WIDTH, Math.round(clip.width)),
    height: Math.round(clip.height),
  };
  const file = join(outDir, `${name}.png`);
  await page.screenshot({ path: file, clip: box });
  optimise(file);
  console.log(`walkthrough-media: ${name}.png ${box.width}×${box.height}, ${(statSync(file).size / 1024).toFixed(1)} KiB`);
}

/**
 * pngquant (lossy, a palette: a screenshot of a UI needs few colours) then optipng (lossless),
 * each only where it is installed; the picture stays as it is without them.
 */
function optimise(file) {
  const tmp = `${file}.tmp.png`;
  const q = spawnSync('pngquant', ['--quality=70-95', '--speed=1', '--strip', '--force', '--output', tmp, file], { stdio: 'ignore' });
  if (q.status === 0) renameSync(tmp, file);
  else rmSync(tmp, { force: true });
  spawnSync('optipng', ['-quiet', '-o5', '-strip', 'all', file], { stdio: 'ignore' });
}

async function box(locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('an element to crop to has no box');
  return b;
}

/** Waits for the workbench's progress bars to end, then for the fades and hovers they leave. */
async function waitQuiet(page) {
  await page.waitForFunction(() => !document.querySelector('.monaco-progress-container.active'), null, { timeout: 60_000 }).catch(() => {});
  await page.waitForTimeout(800);
}

/** Drags the side bar's edge `by` pixels to the right, so the tree's descriptions fit. */
async function widenSideBar(page, by) {
  const sash = await page.evaluate(() => {
    const bar = document.querySelector('.part.sidebar')?.getBoundingClientRect();
    const sashes = [...document.querySelectorAll('.monaco-sash.vertical')].map((e) => e.getBoundingClientRect());
    const near = bar && sashes.find((r) => Math.abs(r.x + r.width / 2 - (bar.x + bar.width)) < 8 && r.height > 100);
    return near ? { x: near.x + near.width / 2, y: near.y + near.height / 2 } : null;
  });
  if (!sash) return;
  await page.mouse.move(sash.x, sash.y);
  await page.mouse.down();
  await page.mouse.move(sash.x + by, sash.y, { steps: 8 });
  await page.mouse.up();
}

async function shootTheme(page, theme) {
  await page.locator(VIEW_CONTAINER).first().click();
  await must(page.locator('.part.sidebar .monaco-list-row[aria-level="2"]'), 'the Follow-ups tree', 60_000);
  await waitQuiet(page);
  await widenSideBar(page, 150);
  await page.mouse.move(1000, 700);

  // 1. The Follow-ups tree, from the view's title down to its last row.
  const sidebar = await box(page.locator('.part.sidebar'));
  const rows = await page.locator('.part.sidebar .monaco-list-row').evaluateAll((els) => Math.max(...els.map((e) => e.getBoundingClientRect().bottom)));
  await save(page, `follow-ups-${theme}`, { x: sidebar.x, y: sidebar.y, width: sidebar.width, height: Math.min(sidebar.height, rows - sidebar.y + 8) });

  // 2. Today's call sheet.
  await runCommand(page, "Contact Diary: Today's Call Sheet");
  const editor = page.locator('.part.editor');
  await must(editor.locator('.tab', { hasText: "Today's Call Sheet" }), 'the call sheet tab');
  // The page is a webview, an iframe in an iframe laid over the editor, filled once the panel has
  // its first page. Whatever else the command shows is shot as it is.
  const sheet = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  if (!(await visible(sheet.locator('body :is(h1, h2, li, button)'), 30_000))) console.warn('walkthrough-media: the call sheet shows no webview page');
  await waitQuiet(page);
  const area = await box(editor);
  // Down to the end of the second contact's card, where the page has cards.
  const cards = await sheet.locator('li.card').evaluateAll((els) => els.length);
  const second = cards >= 2 ? await sheet.locator('li.card').nth(1).boundingBox() : null;
  const bottom = second ? second.y + second.height + 12 : area.y + 560;
  await save(page, `call-sheet-${theme}`, { x: area.x, y: area.y, width: area.width, height: Math.min(area.height, bottom - area.y) });
  await runCommand(page, 'View: Close All Editors');

  // 3. A new contact's note, as New Contact… opens it.
  await runCommand(page, 'Contact Diary: New Contact…');
  await answer(page, 'Rosa Lindqvist');
  await answer(page, 'Northwind Studio');
  await must(editor.locator('.tab', { hasText: 'rosa-lindqvist.md' }), "the new contact's note");
  await coloured(page);
  const lines = await page.locator('.part.editor .monaco-editor .view-line').evaluateAll((els) => Math.max(...els.map((e) => e.getBoundingClientRect().bottom)));
  await save(page, `new-contact-${theme}`, { x: area.x, y: area.y, width: area.width, height: Math.min(area.height, lines - area.y + 12) });
  await runCommand(page, 'View: Close All Editors');

  // 4. Log Contact…'s first question, on an overdue contact's note.
  await page.locator('.part.sidebar .monaco-list-row[aria-level="2"]').nth(1).click();
  await coloured(page);
  await page.mouse.move(1000, 700);
  await runCommand(page, 'Contact Diary: Log Contact…');
  await must(page.locator(`${QUICK_INPUT} .quick-input-title`, { hasText: 'Log' }), "Log Contact's first question");
  await must(page.locator(`${QUICK_INPUT} .monaco-list-row`), "Log Contact's actions");
  // The box fades in: the picture waits for the end of it.
  await page.waitForTimeout(300);
  await save(page, `log-contact-${theme}`, around(await box(page.locator(QUICK_INPUT).first()), 8));
  await page.keyboard.press('Escape');

  // 5. Reschedule…, a phrase typed and the date it means.
  await runCommand(page, 'Contact Diary: Reschedule…');
  await must(page.locator(`${QUICK_INPUT} .quick-input-title`, { hasText: 'Reschedule' }), 'the date input');
  await page.keyboard.type('next fri');
  await must(page.locator(`${QUICK_INPUT} .monaco-list-row`, { hasText: '→' }), "the typed phrase's preview");
  await page.waitForTimeout(300); // the list's redraw, as above
  await save(page, `reschedule-${theme}`, around(await box(page.locator(QUICK_INPUT).first()), 8));
  await page.keyboard.press('Escape');
}

/** Types `text` into the open input box and presses Enter. */
async function answer(page, text) {
  const input = await must(page.locator(`${QUICK_INPUT} input`), 'an input box');
  await input.fill(text);
  await page.keyboard.press('Enter');
  // The next box replaces this one: wait for the text to go, not for a time.
  await page.waitForFunction((t) => document.querySelector('.quick-input-widget input')?.value !== t, text, { timeout: 10_000 }).catch(() => {});
}

/** Waits for the open note's highlighting: tokenising runs after the text shows. */
async function coloured(page) {
  await must(page.locator('.part.editor .monaco-editor .view-lines'), 'the note');
  await visible(page.locator('.part.editor .view-lines span[class^="mtk"]:not(.mtk1)'), 30_000);
  await waitQuiet(page);
}

/** `b` grown by `by` pixels on every side: a box with a little of what lies around it. */
function around(b, by) {
  return { x: b.x - by, y: b.y - by, width: b.width + 2 * by, height: b.height + 2 * by };
}

async function shoot() {
  mkdirSync(outDir, { recursive: true });
  const paths = ensureInstalled();
  for (const [theme, colorTheme] of Object.entries(THEMES)) {
    if (only && only !== theme) continue;
    // A fresh copy for each theme, of its own: the steps create a note, and `npm start` may be
    // using the usual copy.
    const home = mkdtempSync(join(tmpdir(), 'contact-diary-walkthrough-'));
    const diary = prepareExampleDiary({ outDir: join(home, 'example-diary') });
    const server = await startServer({ paths, settings: { 'workbench.colorTheme': colorTheme, 'window.zoomLevel': 0, 'editor.minimap.enabled': false } });
    let browser;
    try {
      browser = await launchBrowser({ executablePath: paths.chromium, viewport: { width: 1100, height: 720 } });
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      await page.goto(server.workbenchUrl(diary, [['extensionDevelopmentPath', server.remoteUri(ROOT)]]), { timeout: 120_000 });
      await must(page.locator(VIEW_CONTAINER), 'the Contact Diary activity-bar item', 120_000);
      // Offline, the workbench toasts about the unreachable extension gallery; they are not ours.
      await page.addStyleTag({ content: '.notifications-toasts, .notifications-center { display: none !important; }' });
      await shootTheme(page, theme);
    } finally {
      await browser?.close();
      server.stop();
      rmSync(home, { recursive: true, force: true });
    }
  }
}

if (!buildExtension()) process.exit(1);
try {
  await shoot();
} catch (e) {
  console.error(`walkthrough-media: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}

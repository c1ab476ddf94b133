import { plural, shortDate } from '../dates/describe';
import { formatIsoDate } from '../dates/localDate';
import { type ColdSpell, type WeeklyReview } from '../review';
import { REVIEW_CHART_STYLE, rescheduledSvg, touchCount, weeklyChartSvg } from '../reviewChart';
import { type PageOptions, escapeHtml, webviewPage } from './callSheetHtml';

/**
 * The weekly review in words and as a page for a webview. The words are the same in the terminal
 * (`contact-diary review`) and on the page; the page adds core's SVG charts. Names come from the
 * user's notes: every one is escaped, and the page runs only its own script and style, by nonce.
 */

/** A heading and its lines, each line about one contact where it names one. */
export interface ReviewSection {
  readonly heading: string;
  readonly lines: readonly string[];
}

/** The review in words: a title, the totals, going cold, brought back, the reschedules, and what was left out. */
export interface ReviewWords {
  readonly title: string;
  readonly made: string;
  readonly cold: ReviewSection;
  readonly back: ReviewSection;
  readonly rescheduled: ReviewSection;
  /** What was not counted, and why; undefined when everything was. */
  readonly leftOut?: string;
}

/** Names a contact's file for a person: relative to the diary's folder. */
export type FileName = (file: string) => string;

/** The review's words. `rel` names the files. */
export function reviewWords(r: WeeklyReview, rel: FileName): ReviewWords {
  const spells = (list: readonly ColdSpell[], day: (s: ColdSpell) => string) => list.map((s) => `${s.name} (${rel(s.file)}), ${day(s)}`);
  const paced = r.cold.paced === 0 ? ' (no contact has a cadence: only a contact with one can go cold)' : '';
  let rescheduled: ReviewSection;
  if (r.rescheduled.state === 'needs-git') rescheduled = { heading: `Rescheduled most often: not counted. ${r.rescheduled.message}`, lines: [] };
  else {
    // Folders left out are said on the heading: a count over part of the diary must not pass for the whole.
    const notCounted = r.rescheduled.notCounted?.length ? ` Not counted in ${r.rescheduled.notCounted.join(' ')}` : '';
    rescheduled = r.rescheduled.contacts.length === 0
      ? { heading: `Rescheduled most often: nobody was rescheduled.${notCounted}`, lines: [] }
      : {
        heading: `Rescheduled most often:${notCounted}`,
        lines: r.rescheduled.contacts.map((c) => `${c.name} (${rel(c.file)}), ${c.count === 1 ? 'once' : `${c.count} times`}, last ${shortDate(c.last)}`),
      };
  }
  const left: string[] = [];
  if (r.ignored.futureEvents > 0) left.push(`${plural(r.ignored.futureEvents, 'logged contact')} dated after ${shortDate(r.today)}`);
  if (r.ignored.unreadableLines > 0) left.push(`${plural(r.ignored.unreadableLines, 'log line')} whose date can't be read (contact-diary check lists them)`);
  return {
    title: `Review of ${r.weeks.length === 1 ? 'this week' : `the last ${plural(r.weeks.length, 'week')}`}, ${shortDate(r.start)} to ${shortDate(r.today)}`,
    made: `Contacts made: ${plural(r.totals.conversations, 'conversation')} and ${touchCount(r.totals.touches)}${unknownWords(r)}; target ${r.weeklyTarget} a week (${r.dailyTarget} a day on ${plural(r.workingDays, 'working day')})`,
    cold: {
      heading: `Went cold: ${r.cold.wentCold.length} of ${plural(r.cold.paced, 'contact')} with a cadence${paced}`,
      lines: spells(r.cold.wentCold, (s) => `cold since ${shortDate(s.since)}${s.until ? `, back ${shortDate(s.until)}` : ''}`),
    },
    back: {
      heading: `Brought back: ${r.cold.broughtBack.length}`,
      lines: spells(r.cold.broughtBack, (s) => `back ${shortDate(s.until!)}, cold since ${shortDate(s.since)}`),
    },
    rescheduled,
    ...(left.length > 0 ? { leftOut: `Left out: ${left.join('; ')}.` } : {}),
  };
}

/**
 * The touches counted as such only because no word classified them (`Quick sync`, `Pinged on
 * Slack`), said with how to teach the diary: a count that leans on them must not pass for exact.
 */
function unknownWords(r: WeeklyReview): string {
  const n = r.weeks.reduce((sum, w) => sum + w.unclassified, 0);
  return n === 0 ? '' : ` (${n} of them ${n === 1 ? 'a touch' : 'touches'} by words the diary doesn't know: add them with contactDiary.conversationWords or touchWords)`;
}

/** The page's `<main>`: the words, the weekly chart, and the reschedules' chart where there are any. */
export function reviewBody(r: WeeklyReview, rel: FileName): string {
  const words = reviewWords(r, rel);
  const section = (s: ReviewSection, chart?: string) => [
    `<section><h2>${escapeHtml(s.heading)}</h2>`,
    chart ?? '',
    s.lines.length > 0 ? `<ul>${s.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>` : '',
    '</section>',
  ].join('');
  return [
    `<main data-today="${formatIsoDate(r.today, false)}">`,
    `<h1>${escapeHtml(words.title)}</h1>`,
    `<p class="summary">${escapeHtml(words.made)}</p>`,
    `<figure>${weeklyChartSvg(r)}</figure>`,
    section(words.cold),
    section(words.back),
    section(words.rescheduled, rescheduledSvg(r)),
    words.leftOut ? `<p class="summary">${escapeHtml(words.leftOut)}</p>` : '',
    '</main>',
  ].join('\n');
}

const REVIEW_PAGE_STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 20px 24px; line-height: 1.4; }
main { max-width: 60em; }
h1 { font-size: 1.6em; font-weight: 600; margin: 16px 0 4px; }
h2 { font-size: 1.1em; font-weight: 600; margin: 18px 0 4px; }
.summary { color: var(--vscode-descriptionForeground); }
figure { margin: 12px 0; }
svg { max-width: 100%; height: auto; }
ul { margin: 4px 0; padding-left: 1.4em; }
${REVIEW_CHART_STYLE}`;

// Only reports what the page shows, for the extension's tests: the page has nothing to click.
const REVIEW_PAGE_SCRIPT = `
(() => {
  if (document.body.dataset.report !== 'shown') return;
  const vscode = acquireVsCodeApi();
  const report = () => vscode.postMessage({
    type: 'shown',
    text: document.body.innerText,
    weeks: Array.from(document.querySelectorAll('g[data-week]'), (g) => ({ week: g.dataset.week || '', conversations: Number(g.dataset.conversations), touches: Number(g.dataset.touches) })),
  });
  if (document.readyState === 'complete') report(); else window.addEventListener('load', report);
})();
`;

/** The whole review page around a `reviewBody`. */
export function reviewPage(body: string, options: PageOptions): string {
  return webviewPage({ ...options, title: 'Review', style: REVIEW_PAGE_STYLE, script: REVIEW_PAGE_SCRIPT, body });
}

/** What the review page reports it shows: its text, and each week's bar as the chart drew it. */
export interface ShownReview {
  readonly text: string;
  readonly weeks: ReadonlyArray<{ readonly week: string; readonly conversations: number; readonly touches: number }>;
}

/** A report from the review page, checked; anything else is undefined. */
export function reviewPageMessage(data: unknown): ShownReview | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, text, weeks } = data as Record<string, unknown>;
  if (type !== 'shown' || typeof text !== 'string' || !Array.isArray(weeks)) return undefined;
  const checked = weeks.flatMap((w: unknown) => {
    if (typeof w !== 'object' || w === null) return [];
    const { week, conversations, touches } = w as Record<string, unknown>;
    return typeof week === 'string' && Number.isInteger(conversations) && Number.isInteger(touches)
      ? [{ week, conversations: conversations as number, touches: touches as number }]
      : [];
  });
  return checked.length === weeks.length ? { text, weeks: checked } : undefined;
}

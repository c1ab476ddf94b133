import { plural } from './dates/describe';
import { type LocalDate, formatIsoDate, monthName } from './dates/localDate';
import { escapeHtml } from './export/callSheetHtml';
import { type ReviewWeek, type WeeklyReview } from './review';

/**
 * The weekly review as pictures: SVG for the review page, text for the terminal. The SVG takes
 * its colours from the VS Code theme, light, dark and high contrast: its elements carry classes
 * that `REVIEW_CHART_STYLE` colours with the `--vscode-charts-*` variables (the page puts that
 * style under its nonce: a strict Content-Security-Policy allows no `style` attribute), and
 * `currentColor` in the attributes, so that without the style the chart still follows the
 * text's colour. Every word from the user's notes is escaped.
 */

/** The chart's style, for the page's `<style>` under its nonce. */
export const REVIEW_CHART_STYLE = `
.review-chart { font-family: var(--vscode-font-family, sans-serif); font-size: 11px; color: var(--vscode-foreground, currentColor); }
.review-chart text { fill: var(--vscode-foreground, currentColor); }
.review-chart .muted { fill: var(--vscode-descriptionForeground, currentColor); }
.review-chart .axis { stroke: var(--vscode-foreground, currentColor); stroke-opacity: 0.5; }
.review-chart .grid { stroke: var(--vscode-foreground, currentColor); stroke-opacity: 0.12; }
.review-chart .conversations { fill: var(--vscode-charts-blue, #3794ff); }
.review-chart .touches { fill: var(--vscode-charts-green, #89d185); }
.review-chart .target { stroke: var(--vscode-charts-orange, #d18616); }
.review-chart text.target { fill: var(--vscode-charts-orange, #d18616); stroke: none; }
`;

/** One week's bar as drawn: where, and the numbers it stands for. */
export interface ChartBar {
  readonly week: LocalDate;
  readonly x: number;
  readonly width: number;
  readonly conversations: { readonly value: number; readonly y: number; readonly height: number };
  readonly touches: { readonly value: number; readonly y: number; readonly height: number };
  /** `14 Sep`, under the bar (blank where labels would crowd). */
  readonly label: string;
}

/** The weekly chart as data: the SVG draws exactly this, and a test can check it. */
export interface WeeklyChart {
  readonly width: number;
  readonly height: number;
  /** The value at the top of the scale. */
  readonly max: number;
  readonly bars: readonly ChartBar[];
  /** The target line's height, and the weekly target it stands for; absent with a target of 0. */
  readonly target?: { readonly value: number; readonly y: number };
  /** The scale's ticks: value and height. */
  readonly ticks: ReadonlyArray<{ readonly value: number; readonly y: number }>;
}

const WIDTH = 640;
const HEIGHT = 240;
const LEFT = 40;
const RIGHT = 12;
const TOP = 28;
const BOTTOM = 28;

/** `14 Sep`: a week by its Monday. */
const weekLabel = (d: LocalDate) => `${d.day} ${monthName(d.month).slice(0, 3)}`;

/** Lays out the bars of contacts made per week (conversations below, touches above), the target line and the scale. */
export function weeklyChart(review: WeeklyReview): WeeklyChart {
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const most = Math.max(1, review.weeklyTarget, ...review.weeks.map((w) => w.conversations + w.touches));
  const max = niceCeiling(most);
  const y = (value: number) => round(TOP + plotHeight - (value / max) * plotHeight);
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(1, review.weeks.length);
  // Labels every week up to 13 weeks, else often enough to fit.
  const every = Math.ceil(review.weeks.length / 13);
  const bars = review.weeks.map((w, i): ChartBar => {
    const x = round(LEFT + slot * i + slot * 0.15);
    const top = y(w.conversations + w.touches);
    const middle = y(w.conversations);
    return {
      week: w.start,
      x,
      width: round(slot * 0.7),
      conversations: { value: w.conversations, y: middle, height: round(y(0) - middle) },
      touches: { value: w.touches, y: top, height: round(middle - top) },
      label: (review.weeks.length - 1 - i) % every === 0 ? weekLabel(w.start) : '',
    };
  });
  const ticks = [0, max / 2, max].filter((v) => Number.isInteger(v)).map((value) => ({ value, y: y(value) }));
  return { width: WIDTH, height: HEIGHT, max, bars, ticks, ...(review.weeklyTarget > 0 ? { target: { value: review.weeklyTarget, y: y(review.weeklyTarget) } } : {}) };
}

/** The weekly chart as SVG text: bars split into conversations and touches, the target line, the axis labels. */
export function weeklyChartSvg(review: WeeklyReview): string {
  const chart = weeklyChart(review);
  const { width, height } = chart;
  const out: string[] = [];
  const summary = `Contacts made per week, ${review.weeks.length === 1 ? 'this week' : `the last ${plural(review.weeks.length, 'week')}`}: ${plural(review.totals.conversations, 'conversation')} and ${touchCount(review.totals.touches)}; the target is ${review.weeklyTarget} a week.`;
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" class="review-chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="review-chart-title">`);
  out.push(`<title id="review-chart-title">${escapeHtml(summary)}</title>`);
  out.push(legend());
  const right = width - RIGHT;
  for (const t of chart.ticks) {
    out.push(`<line class="${t.value === 0 ? 'axis' : 'grid'}" x1="${LEFT}" x2="${right}" y1="${t.y}" y2="${t.y}" stroke="currentColor" stroke-opacity="${t.value === 0 ? 0.5 : 0.12}"/>`);
    out.push(`<text class="muted" x="${LEFT - 6}" y="${t.y + 4}" text-anchor="end" fill="currentColor">${t.value}</text>`);
  }
  chart.bars.forEach((b, i) => out.push(barSvg(b, review.weeks[i]!, height)));
  if (chart.target) {
    const t = chart.target;
    out.push(`<line class="target" x1="${LEFT}" x2="${right}" y1="${t.y}" y2="${t.y}" stroke="currentColor" stroke-width="1.5" stroke-dasharray="6 4"/>`);
    out.push(`<text class="target" x="${right}" y="${t.y - 4}" text-anchor="end" fill="currentColor">target ${t.value}</text>`);
  }
  out.push('</svg>');
  return out.join('\n');
}

function legend(): string {
  return [
    `<rect class="conversations" x="${LEFT}" y="8" width="10" height="10" fill="currentColor"/>`,
    `<text x="${LEFT + 14}" y="17" fill="currentColor">conversations</text>`,
    `<rect class="touches" x="${LEFT + 110}" y="8" width="10" height="10" fill="currentColor" fill-opacity="0.45"/>`,
    `<text x="${LEFT + 124}" y="17" fill="currentColor">touches</text>`,
  ].join('\n');
}

/** One week: a group with the numbers as data and a tooltip, its two rects, and its label. */
function barSvg(b: ChartBar, w: ReviewWeek, height: number): string {
  const iso = formatIsoDate(w.start, false);
  const title = `Week of ${weekLabel(w.start)} ${w.start.year}: ${plural(w.conversations, 'conversation')}, ${touchCount(w.touches)}`;
  const label = b.label ? `<text class="muted" x="${round(b.x + b.width / 2)}" y="${height - BOTTOM + 16}" text-anchor="middle" fill="currentColor">${escapeHtml(b.label)}</text>` : '';
  return [
    `<g class="week" data-week="${iso}" data-conversations="${w.conversations}" data-touches="${w.touches}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<rect class="conversations" x="${b.x}" y="${b.conversations.y}" width="${b.width}" height="${b.conversations.height}" fill="currentColor"/>`,
    `<rect class="touches" x="${b.x}" y="${b.touches.y}" width="${b.width}" height="${b.touches.height}" fill="currentColor" fill-opacity="0.45"/>`,
    label,
    '</g>',
  ].filter((s) => s !== '').join('\n');
}

/**
 * The contacts rescheduled most often as horizontal bars, each named (escaped) with its count;
 * undefined when there is nothing to draw (no reschedule, or no history: the page says why).
 */
export function rescheduledSvg(review: WeeklyReview): string | undefined {
  if (review.rescheduled.state !== 'counted' || review.rescheduled.contacts.length === 0) return undefined;
  const contacts = review.rescheduled.contacts;
  const row = 22;
  const nameWidth = 200;
  const height = contacts.length * row + 8;
  const most = Math.max(...contacts.map((c) => c.count));
  const barRoom = WIDTH - nameWidth - 60;
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" class="review-chart" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="rescheduled-title">`];
  out.push('<title id="rescheduled-title">The contacts rescheduled most often</title>');
  contacts.forEach((c, i) => {
    const y = 4 + i * row;
    const w = round((c.count / most) * barRoom);
    const name = escapeHtml(c.name);
    out.push(`<g class="rescheduled" data-file="${escapeHtml(c.file)}" data-count="${c.count}">`);
    out.push(`<title>${name}: rescheduled ${c.count === 1 ? 'once' : `${c.count} times`}</title>`);
    out.push(`<text x="${nameWidth - 8}" y="${y + 14}" text-anchor="end" fill="currentColor">${escapeHtml(truncate(c.name, 30))}</text>`);
    out.push(`<rect class="conversations" x="${nameWidth}" y="${y + 3}" width="${w}" height="${row - 8}" fill="currentColor"/>`);
    out.push(`<text class="muted" x="${nameWidth + w + 6}" y="${y + 14}" fill="currentColor">${c.count}</text>`);
    out.push('</g>');
  });
  out.push('</svg>');
  return out.join('\n');
}

/** The weekly chart for a terminal: one line per week, `█` conversations, `░` touches, `│` where the target falls. */
export function weeklyChartText(review: WeeklyReview, width = 40): string[] {
  const most = Math.max(1, review.weeklyTarget, ...review.weeks.map((w) => w.conversations + w.touches));
  const cells = (n: number) => Math.round((n / most) * width);
  const targetAt = review.weeklyTarget > 0 ? cells(review.weeklyTarget) : undefined;
  const labelWidth = Math.max(...review.weeks.map((w) => weekLabel(w.start).length));
  const lines = review.weeks.map((w) => {
    const conv = cells(w.conversations);
    const total = cells(w.conversations + w.touches);
    const bar = [...'█'.repeat(conv) + '░'.repeat(total - conv)];
    while (bar.length <= width) bar.push(' ');
    if (targetAt !== undefined && targetAt >= total) bar[targetAt] = '│';
    const figures = `${w.conversations} + ${w.touches}`;
    return `${weekLabel(w.start).padEnd(labelWidth)} ${bar.join('')} ${figures}`.trimEnd();
  });
  const key = `${' '.repeat(labelWidth)} █ conversations  ░ touches${targetAt !== undefined ? `  │ target ${review.weeklyTarget} a week` : ''}`;
  return [key, ...lines];
}

/** `1 touch`, `3 touches` (the one word here not made plural by an s). */
export function touchCount(n: number): string {
  return `${n} ${n === 1 ? 'touch' : 'touches'}`;
}

/** The smallest of 1, 2, 5 × 10ⁿ (or 4 and 8 below 10, for even halves) at or above `n`: the top of the scale. */
function niceCeiling(n: number): number {
  if (n <= 10) return n <= 2 ? 2 : n <= 4 ? 4 : n <= 6 ? 6 : n <= 8 ? 8 : 10;
  const power = 10 ** Math.floor(Math.log10(n));
  for (const step of [1, 2, 5, 10]) if (step * power >= n) return step * power;
  return 10 * power;
}

function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

const round = (n: number) => Math.round(n * 10) / 10;

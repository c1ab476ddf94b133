import * as assert from 'node:assert/strict';
import { type Contact } from '../../../src/core/contact';
import { localDate } from '../../../src/core/dates/localDate';
import { readContactText } from '../../../src/core/read';
import { type NextHistory, type ReviewContact, type WeeklyReview, reviewContact, weeklyReview } from '../../../src/core/review';
import { REVIEW_CHART_STYLE, rescheduledSvg, weeklyChart, weeklyChartSvg, weeklyChartText } from '../../../src/core/reviewChart';

// 2026-11-23 is a Monday.
const today = localDate(2026, 11, 23);

function note(file: string, text: string): ReviewContact {
  const read = readContactText(file, text);
  assert.equal(read.kind, 'contact');
  return reviewContact((read as { contact: Contact }).contact, text);
}

const ann = note('people/ann.md', '---\nname: Ann\nnext: 2026-12-01\n---\n\n## Log\n- 2026-11-23 Coffee\n- 2026-11-20 Phone call\n- 2026-11-19 Emailed the quote\n- 2026-11-05 Meeting\n');
const hostile = note('people/x.md', '---\nname: "<script>alert(1)</script> & <b onclick=x>Co</b>"\nnext: 2026-12-01\n---\n');
const history: NextHistory = {
  kind: 'history',
  files: [
    { file: 'people/x.md', changes: [{ date: localDate(2026, 11, 20), from: '2026-11-20', to: '2026-11-27', lastChanged: false }] },
    { file: 'people/ann.md', changes: [1, 2].map((d) => ({ date: localDate(2026, 11, 10 + d), from: `2026-11-1${d}`, to: `2026-11-2${d}`, lastChanged: false })) },
  ],
};

const review = (weeks = 4, dailyTarget = 2): WeeklyReview => weeklyReview([ann, hostile], { today, weeks, dailyTarget, history });

describe('weeklyChartSvg', () => {
  it('draws one bar per week whose numbers are the review\'s', () => {
    const r = review();
    const svg = weeklyChartSvg(r);
    const groups = [...svg.matchAll(/data-week="([\d-]+)" data-conversations="(\d+)" data-touches="(\d+)"/g)].map((m) => `${m[1]} ${m[2]}+${m[3]}`);
    assert.deepEqual(groups, ['2026-11-02 1+0', '2026-11-09 0+0', '2026-11-16 1+1', '2026-11-23 1+0']);
    assert.match(svg, /<title id="review-chart-title">Contacts made per week, the last 4 weeks: 3 conversations and 1 touch; the target is 10 a week\.<\/title>/);
    assert.match(svg, /target 10<\/text>/);
  });

  it('lays bars out to scale: conversations below touches, the target line at its height', () => {
    const chart = weeklyChart(review());
    assert.equal(chart.max, 10);
    const [, empty, both] = chart.bars;
    assert.equal(empty!.conversations.height + empty!.touches.height, 0);
    // One conversation and one touch: equal heights, the touch on top.
    assert.equal(both!.conversations.height, both!.touches.height);
    assert.equal(both!.touches.y + both!.touches.height, both!.conversations.y);
    const zero = chart.ticks.find((t) => t.value === 0)!;
    assert.equal(both!.conversations.y + both!.conversations.height, zero.y);
    // The target, 10, is the top of the scale.
    assert.equal(chart.target!.y, chart.ticks.find((t) => t.value === 10)!.y);
    assert.equal(weeklyChart(review(4, 0)).target, undefined);
  });

  it('follows the colour theme: currentColor and --vscode variables, no fixed colour in the picture', () => {
    const svg = weeklyChartSvg(review());
    assert.doesNotMatch(svg, /#[0-9a-f]{3,8}\b|rgb\(|style=/i);
    assert.match(svg, /fill="currentColor"/);
    assert.match(REVIEW_CHART_STYLE, /\.conversations \{ fill: var\(--vscode-charts-blue, #[0-9a-f]+\); \}/);
    assert.match(REVIEW_CHART_STYLE, /\.touches \{ fill: var\(--vscode-charts-green, #[0-9a-f]+\); \}/);
    assert.match(REVIEW_CHART_STYLE, /text \{ fill: var\(--vscode-foreground, currentColor\); \}/);
  });

  it('labels at most 13 weeks under the bars, the current week always', () => {
    const chart = weeklyChart(review(52));
    const labelled = chart.bars.filter((b) => b.label !== '');
    assert.ok(labelled.length <= 13, `${labelled.length} labels`);
    assert.equal(chart.bars[chart.bars.length - 1]!.label, '23 Nov');
  });
});

describe('rescheduledSvg', () => {
  it('escapes markup and ampersands in a contact\'s name', () => {
    const svg = rescheduledSvg(review())!;
    assert.ok(svg);
    assert.doesNotMatch(svg, /<script|<b |onclick=x>|& /);
    assert.match(svg, /&#60;script&#62;alert\(1\)&#60;\/script&#62; &#38; &#60;b onclick=x&#62;Co&#60;\/b&#62;/);
    // Every element is one of the chart's own.
    const tags = new Set([...svg.matchAll(/<\/?([a-zA-Z]+)/g)].map((m) => m[1]));
    assert.deepEqual([...tags].sort(), ['g', 'rect', 'svg', 'text', 'title']);
  });

  it('ranks by count, and draws nothing without reschedules or without git', () => {
    const svg = rescheduledSvg(review())!;
    assert.deepEqual([...svg.matchAll(/data-file="([^"]+)" data-count="(\d+)"/g)].map((m) => `${m[1]} ${m[2]}`), ['people/ann.md 2', 'people/x.md 1']);
    assert.equal(rescheduledSvg(weeklyReview([ann], { today, dailyTarget: 2 })), undefined);
    assert.equal(rescheduledSvg(weeklyReview([ann], { today, dailyTarget: 2, history: { kind: 'history', files: [] } })), undefined);
  });
});

describe('weeklyChartText', () => {
  it('draws one line per week, conversations then touches, the target marked where the bar stops short', () => {
    const lines = weeklyChartText(review(), 20);
    assert.equal(lines.length, 5);
    assert.match(lines[0]!, /█ conversations {2}░ touches {2}│ target 10 a week/);
    assert.equal(lines[1], `2 Nov  ${'█'.repeat(2)}${' '.repeat(18)}│ 1 + 0`);
    assert.equal(lines[2], `9 Nov  ${' '.repeat(20)}│ 0 + 0`);
    assert.equal(lines[3], `16 Nov ${'█'.repeat(2)}${'░'.repeat(2)}${' '.repeat(16)}│ 1 + 1`);
  });

  it('lets a bar run through the target when the week beat it', () => {
    const lines = weeklyChartText(review(4, 0), 10);
    assert.doesNotMatch(lines.join('\n'), /│/);
    const over = weeklyChartText(weeklyReview([ann], { today, weeks: 1, dailyTarget: 0, workingDays: [1] }), 10);
    assert.equal(over[1], `23 Nov ${'█'.repeat(10)}  1 + 0`);
  });
});

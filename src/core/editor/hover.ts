import { type CommonGround } from '../commonGround';
import { DEFAULT_VOCABULARY, type Vocabulary } from '../conversations';
import { lastSpoke, pushingText } from '../conversationWords';
import { describe, describePast, fullDate, monthName } from '../dates/describe';
import { type LocalDate, parseIsoDate } from '../dates/localDate';
import { dueBy, formatPace, parsePace } from '../dates/pace';
import { nextOccurrence, parseYearly } from '../dates/yearly';
import { parseLog } from '../logSection';
import { DEFAULT_PACING, type Pacing, paceFrom, paceOf } from '../pacing';
import { channelOf, historyOf, isPushing, relationship, touchesSinceText } from '../relationship';
import { occasionText, yearlyDateText } from '../yearlyItem';
import { type ContactDocument, type ContactView, type EditorInput, type KeyLine, documentOf, inFrontMatter, keyOf } from './contactText';
import { type Position, type Range, contains, range } from './types';

/** What hovering shows: plain text, a line or a few (joined by `\n`). */
export interface EditorHover {
  /** The word hovered (the date, or the cadence line's key and value). */
  readonly range: Range;
  readonly text: string;
}

export interface HoverOptions {
  /** The log heading's text (`Log` by default). */
  readonly logHeading?: string;
  /** The words that tell a conversation from a touch (`DEFAULT_VOCABULARY` by default). */
  readonly vocabulary?: Vocabulary;
  /** Where a cadence runs from, and the stage and tag cadences (`DEFAULT_PACING` by default). */
  readonly pacing?: Pacing;
  /** The diary's interests counted and the user's own: the hover on `interests` says what is shared (none without it). */
  readonly ground?: CommonGround;
  /** The names of the contacts whose `introduced_by` and `knows` point at this note: the hover on `name` says them. */
  readonly reverseLinks?: { readonly introducedYouTo: readonly string[]; readonly knownBy: readonly string[] };
}

// A date-time with seconds, a zone or a lowercase `t` is hovered whole, so the hover says why it
// can't be read. After a space only seconds count: `12:00-13:00` in a log line is a span of time.
// A colon after the date is a log line's (`- 2026-11-20: Call`, `- 2026-11-20 10:30: Call`).
const DATE = /\d{4}-\d{2}-\d{2}(?:[Tt]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?| \d{2}:\d{2}(?::\d{2})?)?(?!\d|:\d)/g;

/**
 * On a date in the front-matter or the log: `Friday 27 November 2026 — in 4 days` (a past date
 * reads `3 days ago`, a past `next` `3 days overdue`); on the `last:` date, a second line with
 * the last conversation and the touches since (`last spoke 12 Oct (Phone call) · 3 emails
 * since`), and a third when the user is pushing. On `cadence`: `every 2–4 weeks · next due by
 * 11 Dec from last conversation`. On `interests`, the common ground with the user, rarest in the
 * diary first (`common ground: opera (you and 3 of 412 contacts)`). Undefined elsewhere and in files that are not contacts.
 */
export function hoverAt(input: EditorInput, position: Position, today: LocalDate, options: HoverOptions = {}): EditorHover | undefined {
  const doc = documentOf(input);
  if (!doc.isContact) return undefined;
  const { view, text } = doc;
  if (inFrontMatter(view, position.line)) {
    const key = view.keys.find((k) => k.line === position.line);
    if (key?.key === 'cadence') return cadenceHover(doc, key, position, today, options);
    if (key?.key === 'interests') return interestsHover(doc, key, position, options.ground);
    if (key?.key === 'name') return nameHover(view, key.line, options.reverseLinks);
    if (key?.key === 'birthday' || key?.key === 'anniversary') return yearlyHover(key, position, today);
    const hover = dateHover(view, position, today, key?.key === 'next');
    // A date inside a value the diary can't read (`next: 2026-11-27 (Fri)`): why, not that date.
    const unread = key && hover?.read && doc.read.kind === 'contact' ? doc.read.contact.problems.find((p) => p.code === 'date' && p.line === key.line) : undefined;
    if (key && unread) return { range: key.valueRange, text: unread.message };
    return hover && key?.key === 'last' ? lastHover(doc, hover, today, options) : hover;
  }
  if (parseLog(text, options.logHeading).entries.some((e) => e.line === position.line)) return dateHover(view, position, today, false);
  return undefined;
}

/**
 * On a birthday or an anniversary: when it next comes and the age then, as the view says it
 * (`14 May 1980 · birthday on Fri 14 May, turns 47`); the age is never a rounded distance.
 */
function yearlyHover(key: KeyLine, position: Position, today: LocalDate): EditorHover | undefined {
  if (!contains(key.valueRange, position)) return undefined;
  const read = parseYearly(key.value);
  if (!read.ok) return { range: key.valueRange, text: `${read.error}.` };
  const occasion = key.key === 'birthday' ? 'birthday' : 'anniversary';
  return { range: key.valueRange, text: `${yearlyDateText(read.value)} · ${occasionText(occasion, read.value, nextOccurrence(read.value, today), today)}` };
}

/** The hover of the date under `position`, and whether that date reads (`read`), for the caller to check against the whole value. */
function dateHover(view: ContactView, position: Position, today: LocalDate, isNext: boolean): (EditorHover & { readonly read?: true }) | undefined {
  const line = view.lines.lineText(position.line);
  for (const m of line.matchAll(DATE)) {
    const r = range(position.line, m.index, position.line, m.index + m[0].length);
    if (!contains(r, position)) continue;
    const d = parseIsoDate(m[0]);
    if (!d.ok) return { range: r, text: `${d.error}.` };
    return { range: r, text: `${fullDate(d.value)} — ${isNext ? describe(d.value, today) : describePast(d.value, today)}`, read: true };
  }
  return undefined;
}

/** The events of the note as the diary reads them, with the user's words and log heading. */
function relationshipOf(doc: ContactDocument, options: HoverOptions) {
  const { view, text } = doc;
  const last = keyOf(view, 'last');
  const lastDate = last && parseIsoDate(last.value);
  const action = keyOf(view, 'last_action')?.value;
  const lastEvent = lastDate?.ok ? { date: lastDate.value, ...(action ? { action } : {}) } : undefined;
  return relationship(parseLog(text, options.logHeading).entries, lastEvent, options.vocabulary ?? DEFAULT_VOCABULARY);
}

/** The `last:` date's hover, with the last conversation and the touches since, and pushing. */
function lastHover(doc: ContactDocument, hover: EditorHover, today: LocalDate, options: HoverOptions): EditorHover {
  // A date that can't be read is no contact event: the hover says why, and only that.
  const last = keyOf(doc.view, 'last');
  if (!last || !parseIsoDate(last.value).ok) return hover;
  const r = relationshipOf(doc, options);
  const facts = {
    ...(r.lastConversation ? { lastConversation: r.lastConversation } : {}),
    touchesSince: r.touchesSince.length,
    touchesText: touchesSinceText(r.touchesSince.map((e) => ({ channel: channelOf(e.action) }))),
  };
  const lines = [hover.text, lastSpoke(facts, today) ?? 'no conversation on record'];
  const contact = doc.read.kind === 'contact' ? doc.read.contact : undefined;
  const pace = contact && paceOf(contact, options.pacing ?? DEFAULT_PACING);
  if (isPushing(historyOf(r), pace, today)) lines.push(`pushing: ${pushingText(pace)}`);
  return { range: hover.range, text: lines.join('\n') };
}

function cadenceHover(doc: ContactDocument, key: KeyLine, position: Position, today: LocalDate, options: HoverOptions): EditorHover | undefined {
  const r = range(key.line, 0, key.line, key.valueRange.end.character);
  if (!contains(r, position)) return undefined;
  const pace = parsePace(key.value);
  if (!pace.ok) return { range: r, text: pace.error };
  const every = formatPace(pace.value);
  const last = keyOf(doc.view, 'last');
  const lastDate = last && parseIsoDate(last.value);
  if (!lastDate?.ok) return { range: r, text: `${every} · no last contact to count from yet` };
  const pacing = options.pacing ?? DEFAULT_PACING;
  const conversation = relationshipOf(doc, options).lastConversation;
  const from = paceFrom({ last: lastDate.value, ...(conversation ? { conversation } : {}) }, pacing) ?? lastDate.value;
  const due = dueBy(pace.value, from);
  const year = due.year === today.year ? '' : ` ${due.year}`;
  const what = pacing.cadenceFrom === 'conversation' && conversation ? 'last conversation' : 'last contact';
  return { range: r, text: `${every} · next due by ${due.day} ${monthName(due.month).slice(0, 3)}${year} from ${what}` };
}

/**
 * `common ground: opera (you and 3 of 412 contacts)` (or the interest to ask about), then each
 * interest ranked with how many contacts share it.
 */
function interestsHover(doc: ContactDocument, key: KeyLine, position: Position, ground: CommonGround | undefined): EditorHover | undefined {
  const r = range(key.line, 0, key.line, key.valueRange.end.character);
  if (!ground || !contains(r, position) || doc.read.kind !== 'contact') return undefined;
  const { interests } = doc.read.contact;
  const line = ground.line(interests);
  if (!line) return undefined;
  const ranked = ground.rank(interests).map((g) => `${g.interest}: ${g.shared ? 'you and ' : ''}${g.contacts} of ${Math.max(ground.total, g.contacts)} contacts`);
  return { range: r, text: [line, ...ranked].join('\n') };
}

/** On `name`: whom this contact introduced the user to, and who knows them (`introduced you to Ann Lee · known by Cy Park`); nothing without either. */
function nameHover(view: ContactView, line: number, links: HoverOptions['reverseLinks']): EditorHover | undefined {
  if (!links || (links.introducedYouTo.length === 0 && links.knownBy.length === 0)) return undefined;
  const parts = [
    ...(links.introducedYouTo.length > 0 ? [`introduced you to ${links.introducedYouTo.join(', ')}`] : []),
    ...(links.knownBy.length > 0 ? [`known by ${links.knownBy.join(', ')}`] : []),
  ];
  return { range: range(line, 0, line, view.lines.lineText(line).length), text: parts.join(' · ') };
}

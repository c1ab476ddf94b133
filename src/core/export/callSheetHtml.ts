import { adviceLine } from '../conversationWords';
import { type CallSheetEntry, type CallSheetModel, callSummary, groundLabel, nobodyDue, progressLine } from './callSheetModel';
import { type ContactLink } from './contactLinks';
import { CALL_SHEET_SCRIPT, CALL_SHEET_STYLE } from './callSheetPage';

/**
 * The call sheet as a web page, for the extension's webview. Everything on it comes from the
 * user's notes and is treated as hostile: every value is escaped (text and attributes alike), a
 * link is only ever a `tel:` or `mailto:` made by `contactLinks`, the page has no inline event
 * handlers, and its one script and one style run by nonce under a Content-Security-Policy that
 * allows nothing else. The buttons say what they do by `data-action` and `data-id`; the
 * extension decides what that means (see `pageMessage`).
 */

/** What the page's buttons ask the extension to do with a contact. */
export type CallSheetAction = 'open' | 'log' | 'snooze' | 'reschedule';
const CALL_SHEET_ACTIONS: readonly CallSheetAction[] = ['open', 'log', 'snooze', 'reschedule'];

/** What the page reports it shows (only when asked to, by `PageOptions.report`). */
export interface ShownSheet {
  /** The page's text as it shows it. */
  readonly text: string;
  /** The `href` of every link on the page. */
  readonly links: readonly string[];
  /** Every button that acts on a contact, with the message it sends. */
  readonly buttons: ReadonlyArray<{ readonly action: string; readonly id: string; readonly label: string }>;
}

/** A message from the page, once checked. */
export type PageMessage =
  | { readonly type: 'action'; readonly action: CallSheetAction; readonly id: string }
  | { readonly type: 'shown'; readonly shown: ShownSheet };

/** HTML-escapes text for an element's content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const ID = /^[0-9]{1,15}$/;

/**
 * The page's `<main>` for a model: the day's progress, the contacts to call as cards and the
 * rest as a compact list. `idOf` names each entry for the page's messages (a number, as text):
 * the extension looks the file up by it and never takes a path from the page.
 */
export function callSheetBody(model: CallSheetModel, idOf: (entry: CallSheetEntry) => string): string {
  const id = (entry: CallSheetEntry) => {
    const value = idOf(entry);
    if (!ID.test(value)) throw new Error(`a call sheet id must be a number, not ${JSON.stringify(value)}`);
    return value;
  };
  const out = ['<main>', '<header>', `<h1>${escapeHtml(model.title)}</h1>`];
  const progress = progressLine(model);
  out.push(`<p class="progress"><progress max="${Math.max(model.target, 1)}" value="${Math.min(model.conversationsToday, Math.max(model.target, 1))}" aria-label="${escapeHtml(progress)}"></progress> <span>${escapeHtml(progress)}</span></p>`);
  if (model.now.length + model.rest.length === 0) {
    out.push(`<p class="summary">${escapeHtml(nobodyDue(model))}</p>`, '</header>', '</main>');
    return out.join('\n');
  }
  out.push(`<p class="summary">${escapeHtml(callSummary(model))}</p>`, '</header>');
  if (model.now.length > 0) {
    out.push('<ol class="cards">');
    for (const entry of model.now) out.push(card(entry, id(entry)));
    out.push('</ol>');
  }
  if (model.rest.length > 0) {
    out.push('<section class="also">', `<h2>Also due (${model.rest.length})</h2>`, '<ul>');
    for (const entry of model.rest) out.push(row(entry, id(entry)));
    out.push('</ul>', '</section>');
  }
  out.push('</main>');
  return out.join('\n');
}

function card(entry: CallSheetEntry, id: string): string {
  const { item } = entry;
  const facts = [
    entry.phone ? `<li><span class="label">Phone</span> ${link(entry.phone)}</li>` : '',
    entry.email ? `<li><span class="label">Email</span> ${link(entry.email)}</li>` : '',
    `<li><span class="label">Last contact</span> ${last(entry)}</li>`,
  ].join('');
  return [
    `<li class="card ${item.group}">`,
    `<h2>${name(entry, id)}${item.company ? `<span class="company"> — ${escapeHtml(item.company)}</span>` : ''}</h2>`,
    `<p class="why"><strong>Why now:</strong> ${escapeHtml(entry.why)} <span class="when">(${escapeHtml(item.description)}; ${escapeHtml(item.reason)})</span></p>`,
    `<p class="advice"><strong>${escapeHtml(entry.advice.action)}:</strong> ${escapeHtml(entry.advice.why)}</p>`,
    ...(entry.ground ? [`<p class="ground"><strong>${escapeHtml(groundLabel(entry))}:</strong> ${escapeHtml(entry.ground.text)}</p>`] : []),
    `<ul class="facts">${facts}</ul>`,
    actions(entry, id),
    '</li>',
  ].join('\n');
}

function row(entry: CallSheetEntry, id: string): string {
  const { item } = entry;
  const parts = [
    `${name(entry, id)}${item.company ? `<span class="company"> — ${escapeHtml(item.company)}</span>` : ''}`,
    `<span class="when">${escapeHtml(item.description)}</span>`,
    escapeHtml(entry.why),
    `<span class="advice">${escapeHtml(adviceLine(entry.advice))}</span>`,
    entry.phone ? link(entry.phone) : '',
    entry.email ? link(entry.email) : '',
    `<span class="last">last: ${last(entry)}</span>`,
    entry.ground ? `<span class="ground">${escapeHtml(`${entry.ground.label}: ${entry.ground.text}`)}</span>` : '',
  ].filter((p) => p !== '');
  return `<li class="row ${item.group}"><span class="line">${parts.join(' <span class="sep">·</span> ')}</span>${actions(entry, id)}</li>`;
}

function name(entry: CallSheetEntry, id: string): string {
  const who = escapeHtml(entry.item.name);
  return `<button type="button" class="name" data-action="open" data-id="${id}" title="Open the note of ${who}">${who}</button>`;
}

function last(entry: CallSheetEntry): string {
  const l = entry.last;
  if (!l) return 'none recorded';
  return `${escapeHtml(l.date)} (${escapeHtml(l.ago)})${l.action ? ` — ${escapeHtml(l.action)}` : ''}`;
}

function link(l: ContactLink): string {
  // Only what contactLinks made is a link: tel: digits or mailto: an address.
  return l.href && /^(?:tel|mailto):/.test(l.href) ? `<a href="${escapeHtml(l.href)}">${escapeHtml(l.text)}</a>` : escapeHtml(l.text);
}

function actions(entry: CallSheetEntry, id: string): string {
  const who = escapeHtml(entry.item.name);
  const button = (action: CallSheetAction, label: string, title: string, secondary: boolean) =>
    `<button type="button"${secondary ? ' class="secondary"' : ''} data-action="${action}" data-id="${id}" title="${title}" aria-label="${title}">${label}</button>`;
  return `<div class="actions">${button('log', 'Log…', `Log a contact with ${who}`, false)}${button('snooze', 'Snooze', `Snooze ${who} 1 day`, true)}${button('reschedule', 'Reschedule…', `Reschedule ${who}`, true)}</div>`;
}

/** How the page is made for one webview. */
export interface PageOptions {
  /** A fresh random value per page: the one script and style run by it. */
  readonly nonce: string;
  /** The page reports what it shows once loaded (the extension's tests read it). */
  readonly report?: boolean;
}

/** The whole page around a `callSheetBody`, with its Content-Security-Policy, style and script. */
export function callSheetPage(body: string, options: PageOptions): string {
  return webviewPage({ ...options, title: "Today's Call Sheet", style: CALL_SHEET_STYLE, script: CALL_SHEET_SCRIPT, body });
}

/** A page of ours for a webview: its text, and the one style and script it runs. */
export interface WebviewPage extends PageOptions {
  readonly title: string;
  readonly style: string;
  readonly script: string;
  /** The page's body, every value from the notes escaped. */
  readonly body: string;
}

/**
 * A whole page for a webview under a Content-Security-Policy that allows nothing but its own
 * style and script, by nonce: no other script, style, image, frame or form, and no `style`
 * attribute. Its body says `data-report="shown"` when the page is to report what it shows.
 */
export function webviewPage(page: WebviewPage): string {
  const { nonce } = page;
  if (!/^[A-Za-z0-9+/_-]{16,}={0,2}$/.test(nonce)) throw new Error(`${page.title} needs a nonce of at least 16 base64 characters`);
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(page.title)}</title>`,
    `<style nonce="${nonce}">${page.style}</style>`,
    '</head>',
    page.report ? '<body data-report="shown">' : '<body>',
    page.body,
    `<script nonce="${nonce}">${page.script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * A message from the page, checked: an action must be one of `CALL_SHEET_ACTIONS` on an id of
 * the page's; a report must have the report's shape. Anything else is undefined. Whether the id
 * is one the page was given is the extension's to check.
 */
export function pageMessage(data: unknown): PageMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const m = data as Record<string, unknown>;
  if (m.type === 'action') {
    const action = CALL_SHEET_ACTIONS.find((a) => a === m.action);
    return action && typeof m.id === 'string' && ID.test(m.id) ? { type: 'action', action, id: m.id } : undefined;
  }
  if (m.type === 'shown') {
    const { text, links, buttons } = m;
    const isString = (v: unknown): v is string => typeof v === 'string';
    if (!isString(text) || !Array.isArray(links) || !links.every(isString) || !Array.isArray(buttons)) return undefined;
    const checked = buttons.filter((b): b is ShownSheet['buttons'][number] =>
      typeof b === 'object' && b !== null && isString((b as Record<string, unknown>).action) && isString((b as Record<string, unknown>).id) && isString((b as Record<string, unknown>).label));
    if (checked.length !== buttons.length) return undefined;
    return { type: 'shown', shown: { text, links, buttons: checked.map(({ action, id, label }) => ({ action, id, label })) } };
  }
  return undefined;
}

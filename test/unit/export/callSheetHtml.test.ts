import * as assert from 'node:assert/strict';
import { agenda } from '../../../src/core/agenda';
import { localDate } from '../../../src/core/dates/localDate';
import { callSheetBody, callSheetPage, escapeHtml, pageMessage } from '../../../src/core/export/callSheetHtml';
import { type CallSheetEntry, callSheetModel } from '../../../src/core/export/callSheetModel';
import { type ContactSpec, fakeIndex } from '../agenda/fakeIndex';

const today = localDate(2026, 11, 23);
const NONCE = 'bm9uY2Utb2YtdGhlLXRlc3Q';

/** Ids as the extension gives them: 1, 2, 3… per file. */
function idsByFile(): (entry: CallSheetEntry) => string {
  const ids = new Map<string, string>();
  return (entry) => {
    let id = ids.get(entry.item.file);
    if (id === undefined) ids.set(entry.item.file, (id = String(ids.size + 1)));
    return id;
  };
}

function body(specs: Record<string, ContactSpec>, target?: number): string {
  return callSheetBody(callSheetModel(agenda(fakeIndex(specs), today), { target }), idsByFile());
}

/** Every tag of a piece of HTML, as written. */
const tagsOf = (html: string) => html.match(/<[^>]*>/g) ?? [];

/** The text a browser shows for HTML without scripts or styles: tags dropped, entities decoded. */
function textOf(html: string): string {
  return html.replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&(lt|gt|quot|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[e as 'lt']);
}

/** A tag's attributes, name and value (the value as written, entities and all). */
function attributesOf(tag: string): Array<[string, string]> {
  return [...tag.replace(/^<\/?[a-z0-9]+/i, '').matchAll(/\s+([^\s=>]+)(?:="([^"]*)")?/g)].map((m) => [m[1]!.toLowerCase(), m[2] ?? '']);
}

/** Every tag's attributes, and the `href`s among them. */
function checkTags(html: string): string[] {
  const hrefs: string[] = [];
  for (const tag of tagsOf(html).filter((t) => !t.startsWith('<!DOCTYPE'))) {
    assert.match(tag, WELL_FORMED_TAG, `a value broke out of its tag: ${tag}`);
    for (const [name, value] of attributesOf(tag)) {
      assert.doesNotMatch(name, /^on/, `an inline event handler: ${tag}`);
      assert.notEqual(name, 'style', `an inline style: ${tag}`);
      if (name === 'href' || name === 'src') hrefs.push(value);
    }
  }
  return hrefs;
}

/** A tag whose every attribute is `name="value"` with no quote or angle bracket in the value. */
const WELL_FORMED_TAG = /^<\/?[a-z][a-z0-9]*(?:\s+[a-z][a-z-]*(?:="[^"<>]*")?)*\s*>$/;

// What a note can hold to attack the page: markup with handlers, a script, links to code.
const HOSTILE = {
  img: '<img src=x onerror="document.body.append(\'PW\'+\'NED\')">',
  script: '<script>document.body.append("PW"+"NED")</script>',
  link: '[click](javascript:alert(1)) <a href="javascript:alert(1)">x</a>',
  quote: '" autofocus onfocus="alert(1)',
};

describe('call sheet page', () => {
  const hostile: Record<string, ContactSpec> = {
    'a.md': {
      name: `${HOSTILE.img} Ann`, company: HOSTILE.script, next: '2026-11-20', nextAction: HOSTILE.link,
      phone: 'javascript:alert(1)', email: 'javascript:alert(1)@evil.example', last: '2026-11-02', lastAction: HOSTILE.quote,
    },
    'b.md': { name: HOSTILE.script, company: HOSTILE.quote, next: '2026-11-23', nextAction: HOSTILE.img, phone: HOSTILE.img, email: HOSTILE.link },
    'c.md': { name: HOSTILE.link, company: HOSTILE.img, next: '2026-11-23', nextAction: HOSTILE.script, phone: HOSTILE.quote, email: 'x@y.example" onclick="alert(1)' },
  };

  it('escapes markup, scripts and links in the name, company, next action, phone, email and last action', () => {
    // Target 1: two of them land in the compact "also due" list, which is escaped as well.
    for (const target of [5, 1]) {
      const html = body(hostile, target);
      assert.doesNotMatch(html, /<img|<script|<a href="javascript/i);
      for (const href of checkTags(html)) assert.match(href, /^(?:tel:\+?\d+|mailto:[^:]+@)/);
      const text = textOf(html);
      for (const value of Object.values(HOSTILE)) assert.ok(text.includes(value), `not shown as written: ${value}`);
      assert.ok(text.includes('javascript:alert(1)@evil.example'));
    }
  });

  it('makes links only of tel: digits and mailto: addresses, never of what a note says', () => {
    // Two hostile phones have a digit (tel:1); no hostile email is one address.
    assert.deepEqual(checkTags(body(hostile)), ['tel:1', 'tel:1']);
    const plain = body({ 'j.md': { name: 'Jane', next: '2026-11-23', phone: '+44 20 7946 0000', email: 'jane@acme.example' } });
    assert.deepEqual(checkTags(plain), ['tel:+442079460000', 'mailto:jane@acme.example']);
    const address = body({ 'j.md': { name: 'Jane', next: '2026-11-23', email: 'javascript:x@evil.example' } });
    assert.deepEqual(checkTags(address), ['mailto:javascript:x@evil.example']);
  });

  it('puts the page under a CSP that runs only its own script and style, by nonce', () => {
    const page = callSheetPage(body(hostile), { nonce: NONCE });
    const csp = page.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)?.[1];
    assert.ok(csp, 'no CSP meta');
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
    assert.deepEqual(directives.get('default-src'), ["'none'"]);
    assert.deepEqual(directives.get('script-src'), [`'nonce-${NONCE}'`]);
    assert.deepEqual(directives.get('style-src'), [`'nonce-${NONCE}'`]);
    assert.doesNotMatch(csp, /unsafe|\*|https?:/);
    // The CSP comes before anything it governs.
    assert.ok(page.indexOf('Content-Security-Policy') < page.indexOf('<style'));
    const scripts = page.match(/<script[^>]*>/g);
    assert.deepEqual(scripts, [`<script nonce="${NONCE}">`]);
    assert.deepEqual(page.match(/<style[^>]*>/g), [`<style nonce="${NONCE}">`]);
    // Outside the script and style, every tag is well formed and has no handler.
    const markup = page.replace(/<script nonce[^>]*>[\s\S]*?<\/script>|<style nonce[^>]*>[\s\S]*?<\/style>/g, '');
    assert.deepEqual(checkTags(markup), ['tel:1', 'tel:1']);
    assert.doesNotMatch(page, /data-report/);
    assert.match(callSheetPage('', { nonce: NONCE, report: true }), /<body data-report="shown">/);
  });

  it('refuses a nonce that is not one', () => {
    for (const nonce of ['', 'short', `${NONCE}" onload="alert(1)`, `${NONCE}'; script-src *`]) {
      assert.throws(() => callSheetPage('', { nonce }), /nonce/, nonce);
    }
  });

  it('gives each contact its id on every button, and refuses an id that is not a number', () => {
    const specs: Record<string, ContactSpec> = { 'a.md': { name: 'Ann', next: '2026-11-20' }, 'b.md': { name: 'Bo', next: '2026-11-23' } };
    const html = body(specs, 1);
    assert.deepEqual([...html.matchAll(/data-action="(\w+)" data-id="(\d+)"/g)].map((m) => `${m[1]}:${m[2]}`),
      ['open:1', 'log:1', 'snooze:1', 'reschedule:1', 'open:2', 'log:2', 'snooze:2', 'reschedule:2']);
    const model = callSheetModel(agenda(fakeIndex(specs), today));
    assert.throws(() => callSheetBody(model, () => '1" onclick="x'), /id/);
  });

  it('shows the day\'s progress, the cards and the also-due list', () => {
    const html = body({
      'a.md': { name: 'Ann', company: 'Acme', next: '2026-11-20', nextAction: 'Chase', phone: '020 7946 0000', last: '2026-11-12', lastAction: 'Sent proposal' },
      'b.md': { name: 'Bo', next: '2026-11-23' },
      'done.md': { name: 'Done', next: '2026-11-30', last: '2026-11-23', lastAction: 'Phone call' },
    }, 1);
    const text = textOf(html);
    assert.match(text, /Call sheet — Mon 23 Nov 2026/);
    assert.match(text, /1 of 1 call today — the daily target is reached/);
    assert.match(text, /1 of 2 to call \(1 overdue, 1 due today\)\./);
    assert.match(text, /Ann — Acme/);
    assert.match(text, /Why now: Chase \(3 days overdue; next was 2026-11-20\)/);
    assert.match(text, /Last contact 2026-11-12 \(11 days ago\) — Sent proposal/);
    // What to do, on the card and in the also-due row.
    assert.match(text, /Call, not email: no conversation on record, only 1 touch/);
    assert.match(html, /<p class="advice"><strong>Call, not email:<\/strong> no conversation on record, only 1 touch<\/p>/);
    assert.match(text, /Bo · today · Follow up · Call: no conversation on record · last: none recorded/);
    assert.match(text, /Also due \(1\)/);
    assert.match(html, /<progress max="1" value="1"/);
  });

  it('fills the progress bar with conversations only: a touch logged today is said, not counted', () => {
    const html = body({
      'call.md': { name: 'Called', next: '2026-11-30', last: '2026-11-23', lastAction: 'Phone call' },
      'mail.md': { name: 'Mailed', next: '2026-11-30', last: '2026-11-23', lastAction: 'Emailed the quote' },
    }, 2);
    assert.match(textOf(html), /1 of 2 calls today · 1 touch, not counted/);
    assert.match(html, /<progress max="2" value="1"/);
  });

  it('escapes what the note says in the advice', () => {
    const html = body({ 'a.md': { name: 'Ann', next: '2026-11-20', last: '2026-11-12', lastAction: 'Lunch <script>alert(1)</script>' } });
    assert.match(html, /last spoke 12 Nov \(Lunch &#60;script&#62;alert\(1\)&#60;\/script&#62;\)/);
    assert.doesNotMatch(html, /<script>alert/);
  });

  it('says so when nobody is due, and keeps the progress', () => {
    const text = textOf(body({ 'a.md': { name: 'Ann', next: '2026-12-01', last: '2026-11-23', lastAction: 'Coffee' } }));
    assert.match(text, /1 of 5 calls today/);
    assert.match(text, /Nobody is due today or overdue\./);
  });

  it('escapes every character that means something in HTML', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&amp;</a>`), '&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;amp;&#60;/a&#62;');
  });
});

describe('call sheet page messages', () => {
  it('takes one of the page\'s actions on an id', () => {
    for (const action of ['open', 'log', 'snooze', 'reschedule']) {
      assert.deepEqual(pageMessage({ type: 'action', action, id: '12' }), { type: 'action', action, id: '12' });
    }
  });

  it('refuses an unknown action, a command id, a path, and anything that is not a message', () => {
    const refused: unknown[] = [
      { type: 'action', action: 'delete', id: '1' },
      { type: 'action', action: 'contactDiary.logContact', id: '1' },
      { type: 'action', action: 'workbench.action.terminal.new', id: '1' },
      { type: 'action', action: 'toString', id: '1' },
      { type: 'action', action: 'log', id: '/home/user/notes/jane.md' },
      { type: 'action', action: 'log', id: 'file:///etc/passwd' },
      { type: 'action', action: 'log', id: 1 },
      { type: 'action', action: 'log', id: '' },
      { type: 'action', action: 'log' },
      { type: 'command', command: 'contactDiary.logContact', args: ['/etc/passwd'] },
      { type: 'shown', text: 1, links: [], buttons: [] },
      { type: 'shown', text: '', links: [1], buttons: [] },
      { type: 'shown', text: '', links: [], buttons: [{ action: 'log' }] },
      null, undefined, 'log', 42, [],
    ];
    for (const data of refused) assert.equal(pageMessage(data), undefined, JSON.stringify(data));
  });

  it('takes a report of what the page shows, keeping only its fields', () => {
    assert.deepEqual(pageMessage({ type: 'shown', text: 'Ann', links: ['tel:1'], buttons: [{ action: 'log', id: '1', label: 'Log', extra: true }] }),
      { type: 'shown', shown: { text: 'Ann', links: ['tel:1'], buttons: [{ action: 'log', id: '1', label: 'Log' }] } });
  });
});

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { emailLink, escapeMarkdown, phoneLink } from '../../../src/core/export/markdown';

// markdown-it is the CommonMark renderer of VS Code's Markdown preview, where the call sheet is
// read; it ships without types, and this is all the tests use of it. Raw HTML on, as there.
interface Token { readonly content: string; readonly markup: string; readonly info: string }
interface Renderer {
  render(src: string): string;
  core: { ruler: { disable(rule: string): void } };
  renderer: { rules: Record<string, (tokens: Token[], i: number) => string> };
}
const MarkdownIt = require('markdown-it') as new (options: object) => Renderer;
const preview = new MarkdownIt({ html: true, linkify: false, typographer: false });

/** Text as a renderer writes it into HTML. */
const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** What the escaper promises to keep: the text, its line breaks folded into one space, trimmed. */
const shown = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ').trim();

// A tooltip is a MarkdownString with theme icons, which VS Code renders in three steps: an escaped
// icon `\$(name)` gets a second backslash; the Markdown is rendered (by marked, which writes an
// entity such as `&#36;` into the HTML as it is, where markdown-it decodes it: told here to do the
// same); then `$(name)` in the HTML becomes an icon and `\$(name)` the text `$(name)`. Written
// from that behaviour; the page then decodes the entities.
const tooltips = new MarkdownIt({ html: false, linkify: false, typographer: false });
tooltips.core.ruler.disable('text_join');
tooltips.renderer.rules.text_special = (tokens, i) => (tokens[i]!.info === 'entity' ? tokens[i]!.markup : html(tokens[i]!.content));
const ICON = '\\$\\(([a-z0-9-]+(?:~[a-z]+)?)\\)';
function tooltip(markdown: string): string {
  const rendered = tooltips.render(markdown.replace(new RegExp(`\\\\${ICON}`, 'gi'), '\\$&'));
  return rendered
    .replace(new RegExp(`(\\\\)?${ICON}`, 'gi'), (_m, escaped: string | undefined, name: string) => (escaped ? `$(${name})` : `<icon:${name}>`))
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)));
}

const HOSTILE = [
  '$(bug)', 'Jane $(bug) Doe', '$(sync~spin) costs $5', 'a \\$(bug) b',
  '*bold*', '**strong**', '_under_', '__under__', '***', '___',
  '[link](x)', '![image](x.png)', '[ref]: http://evil.example', 'x](javascript:alert(1))',
  '<script>alert(1)</script>', '<http://evil.example>', '&amp; &#65; &copy',
  '1. item', '1) item', '2026. a year', '- item', '+ item', '* item', '-', '+', '---', '===', '- - -',
  '# heading', '###### six', '> quote', '`code`', '``` fence', '~~strike~~', '~~~ fence',
  'back\\slash \\* and \\', 'trailing \\',
  'a | b | c', '| a | b |\n|---|---|\n| 1 | 2 |',
  'line one\nline two', 'a\r\n\r\nb', 'hard  \nbreak', '  padded  ', '    indented code', '\t- tabbed item',
  'a\n# heading\n- item\n1. item',
];

describe('escapeMarkdown', () => {
  it('renders every hostile value as its text, at the start of a line, in a list item, a heading and link text', () => {
    for (const value of HOSTILE) {
      const e = escapeMarkdown(value);
      const text = html(shown(value));
      assert.equal(preview.render(e), `<p>${text}</p>\n`, `alone: ${JSON.stringify(value)} → ${JSON.stringify(e)}`);
      assert.equal(preview.render(`- **Why now:** ${e}`), `<ul>\n<li><strong>Why now:</strong> ${text}</li>\n</ul>\n`, `list: ${JSON.stringify(value)}`);
      assert.equal(preview.render(`## 1. ${e}`), `<h2>1. ${text}</h2>\n`, `heading: ${JSON.stringify(value)}`);
      assert.equal(preview.render(`[${e}](tel:1)`), `<p><a href="tel:1">${text}</a></p>\n`, `link text: ${JSON.stringify(value)}`);
    }
  });

  it('shows $(name) in a tooltip as text, never as an icon, inside bold too', () => {
    for (const value of HOSTILE) {
      const e = escapeMarkdown(value);
      assert.equal(tooltip(`**${e}**`), `<p><strong>${html(shown(value))}</strong></p>\n`, `${JSON.stringify(value)} → ${JSON.stringify(e)}`);
    }
    // The check can fail: unescaped, or with its parentheses escaped, the name is an icon.
    assert.equal(tooltip('$(bug)'), '<p><icon:bug></p>\n');
    assert.equal(tooltip('\\$\\(bug\\)'), '<p><icon:bug></p>\n');
    assert.equal(tooltip('\\$(sync\\~spin)'), '<p><icon:sync~spin></p>\n');
    assert.equal(tooltip(`$(call-outgoing) ${escapeMarkdown('$(bug)')}`), '<p><icon:call-outgoing> $(bug)</p>\n');
  });

  it('renders any text as written (generated)', () => {
    const unit = fc.constantFrom(...' \n\t\r!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~azAZ09é', '$(bug)', '1. ', '- ', '---', '<b>');
    fc.assert(fc.property(fc.string({ unit, maxLength: 16 }), (value) => {
      const text = shown(value);
      const expected = text === '' ? '' : `<p>${html(text)}</p>\n`;
      assert.equal(preview.render(escapeMarkdown(value)), expected, JSON.stringify(escapeMarkdown(value)));
      assert.equal(tooltip(escapeMarkdown(value)), expected);
    }), { numRuns: 2000 });
  });

  it('folds line breaks into one space and trims, so a value stays on its line', () => {
    assert.equal(escapeMarkdown('line one\r\n  line two\n\nthree  '), 'line one line two three');
    assert.equal(escapeMarkdown(' \n '), '');
  });

  it('escapes the marks that mean something anywhere, and line-start marks only at the start', () => {
    assert.equal(escapeMarkdown('a\\b & c | d ~ e $ f'), 'a\\\\b \\& c \\| d \\~ e \\$ f');
    assert.equal(escapeMarkdown('*x* _y_ `z` [l](u) <b> # !'), '\\*x\\* \\_y\\_ \\`z\\` \\[l\\]\\(u\\) \\<b\\> \\# \\!');
    assert.equal(escapeMarkdown('$(bug) $5'), '&#36;\\(bug\\) \\$5');
    assert.equal(escapeMarkdown('1. item'), '1\\. item');
    assert.equal(escapeMarkdown('12) item'), '12\\) item');
    assert.equal(escapeMarkdown('- item'), '\\- item');
    assert.equal(escapeMarkdown('+ item'), '\\+ item');
    assert.equal(escapeMarkdown('---'), '\\---');
    assert.equal(escapeMarkdown('==='), '\\===');
    // Where they mean nothing they stay as written, so the command line's call sheet reads well.
    assert.equal(escapeMarkdown('Doe-Smith, +44 20 7946 0000, 1.5 hours. Sent it.'), 'Doe-Smith, +44 20 7946 0000, 1.5 hours. Sent it.');
    assert.equal(escapeMarkdown('-5 degrees'), '-5 degrees');
  });
});

describe('phone and email links', () => {
  it('links phones and emails only when they are one', () => {
    assert.equal(phoneLink('(020) 7946-0000 ext. 12'), '[\\(020\\) 7946-0000 ext. 12](tel:02079460000)');
    assert.equal(phoneLink('+1 (555) 010-9999'), '[+1 \\(555\\) 010-9999](tel:+15550109999)');
    assert.equal(phoneLink('ask reception'), 'ask reception');
    assert.equal(phoneLink('$(bug)'), '&#36;\\(bug\\)');
    assert.equal(emailLink(' jane@acme.example '), '[jane@acme.example](mailto:jane@acme.example)');
    assert.equal(emailLink('jané@exämple.com'), '[jané@exämple.com](mailto:jan%C3%A9@ex%C3%A4mple.com)');
    assert.equal(emailLink('jane at acme'), 'jane at acme');
    assert.equal(emailLink('a@b.c, d@e.f'), 'a@b.c, d@e.f');
    assert.equal(emailLink('x@y](javascript:alert(1))'), 'x@y\\]\\(javascript:alert\\(1\\)\\)');
  });

  it('renders a hostile phone or email as text, with no link but its own', () => {
    assert.equal(preview.render(phoneLink('1 [x](javascript:alert(1))')), '<p><a href="tel:11">1 [x](javascript:alert(1))</a></p>\n');
    assert.equal(preview.render(emailLink('x@y](javascript:alert(1))')), '<p>x@y](javascript:alert(1))</p>\n');
    assert.equal(tooltip(`$(mail) ${emailLink('$(bug)@acme.example')}`), '<p><icon:mail> $(bug)@acme.example</p>\n');
  });
});

describe('escapeMarkdown: web addresses', () => {
  // The Markdown preview links bare addresses (markdown.preview.linkify): an escape's backslash inside one went into the link.
  const linked = new MarkdownIt({ html: true, linkify: true, typographer: false });
  it('leaves a web address whole for a renderer that links it, and as text for one that doesn\'t (regression: deck%5C, a%5C_b%5C_c)', () => {
    const cases: Array<[string, string]> = [
      ['Sent deck (https://acme.example/deck) today', 'https://acme.example/deck'],
      ['see https://acme.example/a_b_c.', 'https://acme.example/a_b_c'],
      ['https://acme.example/q?a=1&b=(2)', 'https://acme.example/q?a=1&amp;b=(2)'],
    ];
    for (const [value, href] of cases) {
      assert.ok(linked.render(escapeMarkdown(value)).includes(`href="${href}"`), `${value} → ${linked.render(escapeMarkdown(value))}`);
      assert.equal(preview.render(escapeMarkdown(value)), `<p>${html(shown(value))}</p>\n`, value);
    }
  });
});

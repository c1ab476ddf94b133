/**
 * Text from a contact file put into Markdown, for every place that shows it: the call sheet (the
 * Markdown preview, the command-line tool) and the Follow-ups tooltips (a VS Code
 * `MarkdownString` with theme icons).
 */
import { type ContactLink, emailTarget, phoneTarget } from './contactLinks';

// What means something anywhere in a line: CommonMark's escapes, code spans, emphasis, links and
// images, autolinks and HTML, entities, headings (`#` is escaped anywhere, as before); GitHub's
// tables and strikethrough; `$` for the preview's `$math$` and VS Code's `$(icon)`. CommonMark lets
// any ASCII punctuation be backslash-escaped, so an escape too many shows nothing.
const ANYWHERE = /[\\`*_{}[\]()<>#!|~&]|\$(\()?/g;

// A tooltip with theme icons turns `$(name)` into an icon after the Markdown is rendered, when
// `\$\(name\)` has become `$(name)` again: no backslash keeps it text there. `&#36;` does: the
// tooltip's renderer keeps an entity as written, so no `$(` is left for the icon pass, and the
// page (like the Markdown preview) shows `$`.
const escapeOne = (c: string, paren?: string) => (c[0] !== '$' ? `\\${c}` : paren ? '&#36;\\(' : '\\$');

// What means something only at the start of a line: a list item (`-`, `+`, `1.` followed by a
// blank or nothing; `1)` is taken care of, as `)` is escaped anywhere), a thematic break or a
// setext underline (`---`, `===`). Once line breaks are folded a value has one line start, its
// own; elsewhere these stay as they are, so `Doe-Smith`, `+44 20…` and `Sent it.` read as written
// in a terminal too.
const BULLET_OR_RULE = /^([-+=])(?=[ \t]|$|\1)/;
const ORDERED = /^(\d{1,9})\.(?=[ \t]|$)/;

/**
 * Escapes text from a contact file so that Markdown shows it as written: a name like
 * `*Star* [PR]`, `$(bug)` or `1. Acme` must not turn bold, into a link, an icon or a list.
 * Line breaks (and the blanks around them) become one space and the ends are trimmed: every value
 * sits on one line, so it cannot start a block of its own or break the layout around it.
 */
export function escapeMarkdown(text: string): string {
  const line = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  // In a web address only what could start markup in mid-line is escaped: a renderer that links bare
  // addresses (the preview's linkify) would take any other escape's backslash into the link
  // (`a_b` → `a%5C_b`). `_`, `(`, `)`, `#`, `&`, `!` there start nothing.
  let out = '';
  let at = 0;
  for (const m of line.matchAll(WEB_ADDRESS)) {
    out += line.slice(at, m.index).replace(ANYWHERE, escapeOne);
    out += m[0].replace(IN_ADDRESS, escapeOne);
    at = m.index + m[0].length;
    // A bracket or `!` right after it would be escaped into the link too; unescaped it starts
    // nothing, as every `[` around it is escaped.
    if (/^[)\]}!]/.test(line.slice(at, at + 1))) out += line[at++];
  }
  out += line.slice(at).replace(ANYWHERE, escapeOne);
  return out.replace(BULLET_OR_RULE, '\\$1').replace(ORDERED, '$1\\.');
}

/** What still means something inside a web address: emphasis, code, links' brackets, tables, strikethrough, `$`. */
const IN_ADDRESS = /[\\`*[\]|~]|\$(\()?/g;

/** A web address as text holds one: up to a blank or a bracket, without the punctuation that ends a sentence. */
const WEB_ADDRESS = /\bhttps?:\/\/[^\s<>"'`]*[^\s<>"'`.,;:!?)\]}]/g;

/** A phone number as a `tel:` link (an extension is left out of it); without digits it is plain text. */
export function phoneLink(phone: string): string {
  return linkMarkdown(phoneTarget(phone));
}

/** An email address as a `mailto:` link; anything that isn't one address is plain text. */
export function emailLink(email: string): string {
  return linkMarkdown(emailTarget(email));
}

/** A phone number or email address (see `contactLinks`) as Markdown: a link when it makes one, else text. */
export function linkMarkdown(link: ContactLink): string {
  return link.href ? `[${escapeMarkdown(link.text)}](${link.href})` : escapeMarkdown(link.text);
}

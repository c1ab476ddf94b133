// The YAML mistakes people make in front-matter by hand, told in words that say how to mend
// them: yaml's own messages ("Implicit map keys need to be followed by map values") name its
// grammar, not the line the user typed.

import { parseIsoDate } from '../dates/localDate';
import { DIARY_KEYS } from '../editor/keys';

/** The keys the diary reads (as the editor completes them). */
const OUR_KEYS: ReadonlySet<string> = new Set(DIARY_KEYS.map((k) => k.key));

/** A key at the start of a line, as people write them (`next`, `last_action`, `Next`). */
const KEY_FIRST = /^[ \t]*([A-Za-z_][\w.-]*)/;

/**
 * What is wrong with one line of a block, if it is one of the usual slips: a non-breaking space
 * after the colon (pasted text brings them), no space after the colon (`next:2026-12-09`), or no
 * colon at all (`next 2026-12-09`). Undefined for any other line.
 */
export function lineMistake(line: string): string | undefined {
  const key = KEY_FIRST.exec(line);
  if (!key) return undefined;
  const name = key[1]!;
  const rest = line.slice(key[0].length).replace(/\r$/, '');
  if (/^:[ \t]*\u00a0/.test(rest)) {
    return `"${name}:" has a non-breaking space after its colon (text pasted from a web page or a document brings them): type an ordinary space there.`;
  }
  // A Chinese, Japanese or Korean input method types these in full width.
  if (/^[ \t]*\uff1a/.test(rest)) return `"${name}：" has a full-width colon (as a Chinese or Japanese input method types it): type an ordinary colon and a space: ${name}: ${rest.replace(/^[ \t]*\uff1a[ \t\u3000]*/, '').trim()}`;
  if (/^:[ \t]*\u3000/.test(rest)) return `"${name}:" has a full-width space after its colon (as a Chinese or Japanese input method types it): type an ordinary space there.`;
  if (rest.startsWith(':') && rest.length > 1 && rest[1] !== ' ' && rest[1] !== '\t') {
    return `"${line.trim()}" needs a space after the colon: ${name}: ${rest.slice(1).trim()}`;
  }
  // Only for the diary's own keys: a line of words in a broken block is not a key that lost its colon.
  if (OUR_KEYS.has(name) && /^[ \t\u00a0]+[^\s:#]/.test(rest) && !rest.includes(': ')) {
    return `"${line.trim()}" needs a colon after ${name}: ${name}: ${rest.trim()}`;
  }
  return undefined;
}

/**
 * A value with `: ` in it (`next_action: Call re: pricing`), which YAML reads as a key of a
 * mapping inside the value: the fix is quotes. Undefined when the line is not `key: value`.
 */
export function colonInValue(line: string): string | undefined {
  const kv = keyValueOf(line);
  if (!kv || !kv.value.includes(': ')) return undefined;
  return `The value of ${kv.key} holds ": ", which YAML reads as the start of another key: put the value in quotes: ${kv.key}: ${quoted(kv.value)}`;
}

/** A `key: value` line of a block as people write one (the value without the blanks around it), else undefined. */
function keyValueOf(line: string): { readonly key: string; readonly value: string } | undefined {
  const m = /^[ \t]*([A-Za-z_][\w.-]*):[ \t]+(.*?)[ \t]*\r?$/.exec(line);
  return m ? { key: m[1]!, value: m[2]! } : undefined;
}

/**
 * A value starting with `*` (`status: *hot*`, `rating: ***`), which YAML reads as a reference to
 * an anchor (`&name`) that the block doesn't have: the fix is quotes.
 */
export function starValue(line: string): string | undefined {
  const kv = keyValueOf(line);
  if (!kv?.value.startsWith('*')) return undefined;
  return `The value of ${kv.key} starts with *, which YAML reads as a reference to an anchor (&name) the front-matter doesn't have: put the value in quotes: ${kv.key}: ${quoted(kv.value)}`;
}

/**
 * A value starting with `@` or a backtick (`twitter: @jane`, `note: \`x\``), characters YAML keeps
 * for itself; or quoted only in part (`next_action: "Call" about pricing`), which YAML reads as a
 * quoted value with words after its end. The fix is quotes around the whole value.
 */
export function reservedValue(line: string): string | undefined {
  const kv = keyValueOf(line);
  if (!kv) return undefined;
  const { key, value } = kv;
  if (/^[@`]/.test(value)) return `The value of ${key} starts with ${value[0]}, which YAML keeps for itself: put the value in quotes: ${key}: ${quoted(value)}`;
  // `'O'Brien'`, `"Send the "final" proposal"`: quoted whole, with the same quote inside.
  const q = value[0];
  if ((q === '"' || q === "'") && value.length > 2 && value.endsWith(q) && value.slice(1, -1).includes(q)) {
    return `The value of ${key} holds the quote it is quoted with (${q}), which ends it early: write it as ${key}: ${quoted(value.slice(1, -1))}`;
  }
  const part = /^("[^"]*"|'[^']*')[ \t]*[^\s#,\]}]/.exec(value);
  if (part) return `The value of ${key} is quoted only in part (${part[1]}): put quotes around the whole value: ${key}: ${quoted(value)}`;
  return undefined;
}

/**
 * For yaml's "Missing closing "quote" and "… end with a ]" (or `}`): the last `key: value` line
 * of `content` whose value opens that quote or bracket and doesn't close it on the line, as it is
 * being typed (`next_action: "Call Bob`, `tags: [a,`), where it starts and what to add. (The last:
 * one above it may be a value that goes on over lines, as YAML allows.)
 */
export function unclosedValue(content: string, message: string): { start: number; text: string; said: string } | undefined {
  const quote = /Missing closing (["'])quote/.exec(message)?.[1];
  const bracket = /end with a ([\]}])/.exec(message)?.[1];
  if (!quote && !bracket) return undefined;
  const open = quote ?? (bracket === ']' ? '[' : '{');
  const close = quote ?? bracket!;
  let found: { start: number; text: string; said: string } | undefined;
  let start = 0;
  for (const raw of content.split('\n')) {
    const text = raw.replace(/\r$/, '');
    const kv = keyValueOf(text);
    if (kv && kv.value.startsWith(open) && !kv.value.slice(1).includes(close)) {
      const what = quote ? `a quote (${quote})` : `a ${open === '[' ? 'list' : 'mapping'} (${open})`;
      found = { start, text, said: `The value of ${kv.key} opens ${what} it never closes: add ${close} at the end of its line: ${kv.key}: ${kv.value}${close}` };
    }
    start += raw.length + 1;
  }
  return found;
}

/**
 * A diary key indented (` next: 2026-12-09`, a space typed before it) at or just after `offset`,
 * where YAML stopped: YAML reads the line as part of the value above it, or as a key of a mapping
 * that isn't there. The diary's keys are never nested, so the fix is to start the line with its
 * key. The line, where it starts, and what to do; undefined for any other mistake.
 */
export function indentedKey(content: string, offset: number): { start: number; text: string; said: string } | undefined {
  const here = lineAround(content, offset);
  const below = content.indexOf('\n', here.start);
  for (const line of below < 0 ? [here] : [here, lineAround(content, below + 1)]) {
    const m = INDENTED_KEY.exec(line.text);
    if (m && OUR_KEYS.has(m[2]!)) {
      return { ...line, said: `"${m[2]}:" is indented, so YAML doesn't read it as a key of its own: the diary's keys start their line. Remove the space${m[1]!.length > 1 ? 's' : ''} before it: ${line.text.trim()}` };
    }
  }
  return undefined;
}

const INDENTED_KEY = /^([ \t]+)["']?([A-Za-z_][\w.-]*)["']?[ \t]*:(?:[ \t]|$)/;

/**
 * `"text"`, or `'text'` when the text holds a double quote or a backslash, which starts an escape
 * in double quotes (`C:\shares` is not valid there). YAML doubles a single quote inside single quotes.
 */
function quoted(text: string): string {
  return text.includes('"') || text.includes('\\') ? `'${text.replace(/'/g, "''")}'` : `"${text}"`;
}

/** The line of `content` that holds `offset`, without its line ending, and where it starts. */
export function lineAround(content: string, offset: number): { readonly text: string; readonly start: number } {
  const start = content.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const nl = content.indexOf('\n', offset);
  return { text: content.slice(start, nl < 0 ? content.length : nl).replace(/\r$/, ''), start };
}

/**
 * A date with a comment meant after it, which YAML reads as part of the value because its `#`
 * has no plain space before it (`2026-12-01# call Bob first`, a no-break space before the `#`):
 * the date's text and the comment's words; undefined for any other value.
 */
export function dateBeforeHash(value: string): { readonly date: string; readonly comment: string } | undefined {
  const m = /^([^#]*?)\u00a0?#[ \t]*(.*)$/.exec(value.trim());
  return m && parseIsoDate(m[1]!.trim()).ok ? { date: m[1]!.trim(), comment: m[2]! } : undefined;
}

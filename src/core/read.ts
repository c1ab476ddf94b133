import { type Contact, type ReadResult } from './contact';
import { DEFAULT_VOCABULARY, type Vocabulary, classifyAction } from './conversations';
import { dailyNoteLink } from './dates/dateTimeForm';
import { type Duration } from './dates/duration';
import { type Pace, parsePace } from './dates/pace';
import { type LocalDate, formatIsoDate, parseIsoDate } from './dates/localDate';
import { type YearlyDate, parseYearly } from './dates/yearly';
import { DIARY_KEYS } from './editor/keys';
import { copy } from './file/copy';
import { oneLine } from './oneLine';
import { DEFAULT_MAX_FILE_SIZE, type SizeLimit, type Utf8Check, type Utf8Tools, crOnlyFrontMatter, crOnlyProblem, decodeLatin1, decodeLenient, decodeUtf16, decodeUtf8, frontMatterEnd, isUtf8, notUtf8Problem, tooLargeProblem, utf16Problem } from './file/decode';
import { parseFrontMatterIn } from './file/frontMatter';
import { type Field, type FieldValue } from './file/frontMatterData';
import { forEachLineOutsideFences } from './file/lines';
import { dateBeforeHash, lineMistake } from './file/yamlMistakes';
import { type FileParts, type FrontMatterBlock, isYamlLanguage, splitFile } from './file/split';
import { logEventsInBody, logEventsNewestFirst } from './logSection';
import { channelOf, relationshipNewestFirst, touchesSinceText } from './relationship';
import { type Problem } from './types';

/**
 * How a file is read. `maxFileSize` is in bytes (default 1 MB): a larger file is not read, and
 * one that looks like a contact gets a problem citing `sizeLimitName`.
 */
export interface ReadOptions extends SizeLimit {
  /**
   * The index's table of shared strings (see `IndexReadOptions.intern`): values that repeat across
   * contacts are kept once, and equal tag lists become one frozen array. Without it nothing is shared.
   */
  readonly intern?: (s: string) => string;
  /** The platform's faster ways with bytes (see `Utf8Tools`); core's JavaScript without them. */
  readonly utf8?: Utf8Tools;
  /** The words that tell a conversation from a touch (default: `DEFAULT_VOCABULARY`). */
  readonly vocabulary?: Vocabulary;
  /** The log section's heading, where the contact events are (default `Log`). */
  readonly logHeading?: string;
}

const NONE: ReadResult = { kind: 'none' };
/** The diary keys besides `next` that make a block ours (see LOOKS_OURS). */
const OTHER_DIARY_KEYS = ['next_action', 'last', 'last_action', 'cadence'] as const;
/**
 * A block is ours when a line starts with `next:` (or `next =`, as TOML writes it), or with one
 * of the other diary keys: a note with `last:` or `next_action:` but no readable `next` is a
 * contact whose `next` line was lost, and it needs attention, not silence. `last:` counts with a
 * date or nothing after it: a team page's `last: Roe` is a surname.
 */
export const LOOKS_OURS = new RegExp(`^["']?(?:next|${OTHER_DIARY_KEYS.filter((k) => k !== 'last').join('|')})["']?[ \\t]*[:=]|^["']?last["']?[ \\t]*[:=][ \\t]*(?:["']?(?:\\d|\\[\\[)|#|\\r?$)`, 'm');

/** Whether the parsed keys hold a diary key besides `next` (see LOOKS_OURS). */
function hasOtherDiaryKey(fields: ReadonlyMap<string, Field>): boolean {
  for (const key of OTHER_DIARY_KEYS) {
    const field = fields.get(key);
    if (!field) continue;
    if (key !== 'last') return true;
    const v = field.value;
    if (v.type === 'null' || (v.type === 'text' && /^\s*(?:\d|\[\[|$)/.test(v.text))) return true;
  }
  return false;
}
/**
 * A diary key that lost its colon (`next 2026-12-09`), or `Next:` in another case, makes a block
 * ours too: such a note needs attention, with the slip named, not silence.
 */
const LOOKS_OURS_LOOSELY = new RegExp(`^["']?(?:next|${OTHER_DIARY_KEYS.join('|')})["']?[ \\t\\u00a0]+\\d|^["']?next["']?[ \\t]*:[ \\t]*(?:["']?\\d|#|$)|^["']?next["']?[ \\t]*\uff1a`, 'mi');

/**
 * A `next:` line indented in a block YAML can't read (` next: 2026-12-09` typed with a space
 * before it, or the line after an unclosed quote): most likely the contact's own, so the note
 * needs attention, not silence. Where YAML reads the block, an indented `next:` is a nested key,
 * and the note is no contact.
 */
const INDENTED_NEXT = /^[ \t]+["']?next["']?[ \t]*:/m;

/** Whether a front-matter block is a contact's, or one the diary must say it can't read (see LOOKS_OURS). */
export function looksOurs(block: string): boolean {
  return LOOKS_OURS.test(block) || LOOKS_OURS_LOOSELY.test(block);
}

/** Said of a block with diary keys but no `next` key (see LOOKS_OURS). */
const NO_NEXT_MESSAGE = 'no next: key; add one (blank = unscheduled)';
/** Enough of a huge file to find its block and say whose it is. */
const PEEK = 64 * 1024;

/**
 * Reads a contact file from its bytes. Files without a front-matter block are turned away
 * before any decoding, and only the block is decoded until the file proves to be a contact.
 * Never throws: what can't be read is a problem in the result.
 */
export function readContact(file: string, bytes: Uint8Array, options: ReadOptions = {}): ReadResult {
  if (crOnlyFrontMatter(bytes)) return crOnlyAttention(file, bytes);
  const headEnd = frontMatterEnd(bytes);
  if (headEnd === undefined) {
    if (bytes[0] === 0xff || bytes[0] === 0xfe) return utf16Attention(file, bytes);
    if (startsWithPlusFence(bytes)) return tomlAttention(file, decodeLenient(bytes.subarray(0, PEEK)));
    return startsWithProperty(bytes) ? propertiesAttention(file, decodeLenient(bytes.subarray(0, PEEK))) : NONE;
  }
  const limit = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (bytes.length > limit) {
    const block = contactBlock(decodeLenient(bytes.subarray(0, Math.min(headEnd, PEEK))));
    return block === undefined ? NONE : attention(file, tooLargeProblem(bytes.length, limit, options.sizeLimitName), block);
  }
  const headBytes = bytes.subarray(0, headEnd);
  const head = decodeUtf8(headBytes);
  if (head === undefined) {
    const lenient = decodeLenient(headBytes);
    const block = contactBlock(lenient);
    if (block === undefined) return NONE;
    // The name as a person wrote it: the bad bytes are most likely Latin-1 ("José", not "Jos�").
    const named = attention(file, notUtf8Problem(lenient), block);
    return named.kind === 'attention' && named.name.includes('\uFFFD') ? attention(file, named.problem, contactBlock(decodeLatin1(headBytes)) ?? '') : named;
  }
  return readParts(file, head, splitFile(head), bytes, headEnd, options.intern, options.utf8?.isUtf8 ?? isUtf8, options);
}

/**
 * The front-matter block of text that can't be read as a contact (too large, not UTF-8), when it
 * looks like a contact's all the same (a `next:` line): such a file needs attention, not silence.
 */
function contactBlock(text: string): string | undefined {
  const fm = splitFile(text).frontMatter;
  const block = fm ? text.slice(fm.contentStart, fm.contentEnd) : undefined;
  return block !== undefined && looksOurs(block) ? block : undefined;
}

/** A file whose lines end in CR alone, when its block (read with its line ends made LF) looks like a contact's. */
function crOnlyAttention(file: string, bytes: Uint8Array): ReadResult {
  const block = contactBlock(decodeLenient(bytes.subarray(0, PEEK)).replace(/\r\n?/g, '\n'));
  return block === undefined ? NONE : attention(file, crOnlyProblem(), block);
}

/** A file saved as UTF-16 whose block looks like a contact's. */
function utf16Attention(file: string, bytes: Uint8Array): ReadResult {
  const text = decodeUtf16(bytes.subarray(0, PEEK));
  const block = text === undefined ? undefined : contactBlock(text);
  return block === undefined ? NONE : attention(file, utf16Problem(), block);
}

/** Whether the bytes start (after a UTF-8 BOM) with `+++`: Hugo's fence for TOML front-matter. */
function startsWithPlusFence(bytes: Uint8Array): boolean {
  const at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return bytes[at] === 0x2b && bytes[at + 1] === 0x2b && bytes[at + 2] === 0x2b;
}

/** Whether the bytes start (after a UTF-8 BOM) with a `key::` line: Logseq's page properties, or Dataview's fields. */
function startsWithProperty(bytes: Uint8Array): boolean {
  let at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const first = bytes[at] ?? 0;
  // A letter first: most notes start with `#` or a blank line, and pay this one test.
  if (!((first >= 0x61 && first <= 0x7a) || (first >= 0x41 && first <= 0x5a))) return false;
  for (const end = Math.min(bytes.length - 1, at + 40); at < end; at++) {
    const b = bytes[at]!;
    if (b === 0x3a) return bytes[at + 1] === 0x3a;
    if (b === 0x20 || b === 0x0a || b === 0x0d) return false;
  }
  return false;
}

/** The `key:: value` lines a note starts with (Logseq's page properties), as key → value. */
const PROPERTY_LINE = /^([A-Za-z_][\w-]*)::[ \t]*(.*?)[ \t]*\r?$/;

/**
 * A note whose first lines are `key:: value` properties, as Logseq writes a page's and Dataview
 * reads a field, with a diary key among them (`next:: [[Dec 10th, 2026]]`): the diary reads only
 * YAML front-matter, and such a note needs attention with the way to write it, not silence.
 */
function propertiesAttention(file: string, text: string): ReadResult {
  const properties = new Map<string, string>();
  for (const line of text.replace(/^\uFEFF/, '').split('\n')) {
    const m = PROPERTY_LINE.exec(line);
    if (!m) break;
    properties.set(m[1]!.toLowerCase(), m[2]!);
  }
  const key = ['next', ...OTHER_DIARY_KEYS].find((k) => properties.has(k));
  if (key === undefined) return NONE;
  const message = `${key}:: is a property as Logseq writes a page's (or Dataview a field), and the diary reads only YAML front-matter: write the contact's keys between --- lines at the top of the note (${key}: ${key === 'next' || key === 'last' ? '2026-12-09' : '…'}).`;
  const problem: Problem = { message, line: 0, column: 0, endLine: 0, endColumn: key.length + 2, severity: 'error', code: 'language' };
  return attention(file, problem, '', () => properties.get('title') || baseName(file));
}

/** A `+++` line, the fence of TOML front-matter as Hugo writes it. */
const PLUS_FENCE = /^\+\+\+[ \t]*\r?$/;

/**
 * A note whose front-matter is TOML between `+++` lines (as Hugo writes it), when that block looks
 * like a contact's (`next = 2026-12-09`): it needs attention, with the mend, not silence. A Hugo
 * site's other pages, whose blocks have no diary keys, are no contacts and are left alone.
 */
function tomlAttention(file: string, text: string): ReadResult {
  if (!text.startsWith('+++', text.charCodeAt(0) === 0xfeff ? 1 : 0)) return NONE;
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  if (!PLUS_FENCE.test(lines[0]!)) return NONE;
  const close = lines.findIndex((l, i) => i > 0 && PLUS_FENCE.test(l));
  const block = lines.slice(1, close < 0 ? undefined : close).join('\n');
  if (!LOOKS_OURS.test(block)) return NONE;
  const message = 'Front-matter between +++ lines is TOML, as Hugo writes it, and is not read: write it as YAML between --- lines (next: 2026-12-09).';
  const problem: Problem = { message, line: 0, column: 0, endLine: 0, endColumn: 3, severity: 'error', code: 'language' };
  const named = /^name[ \t]*=[ \t]*(["']?)(.*?)\1[ \t]*\r?$/m.exec(block)?.[2];
  const body = close < 0 ? '' : lines.slice(close + 1).join('\n');
  return attention(file, problem, '', () => named || headingOrFileName(file, body));
}

/** Reads a contact from text already decoded (an editor's document). */
export function readContactText(file: string, text: string): ReadResult {
  const parts = splitFile(text);
  if (!parts.frontMatter) {
    const toml = tomlAttention(file, text);
    return toml.kind === 'none' && startsWithProperty(new TextEncoder().encode(text.slice(0, 64))) ? propertiesAttention(file, text) : toml;
  }
  return readParts(file, text, parts, undefined, parts.bodyStart, undefined, isUtf8, NO_OPTIONS);
}

const NO_OPTIONS: ReadOptions = {};

// The body after the block is looked at only when needed: most contacts have a name, so their
// body is checked to be UTF-8 but never decoded. From bytes, `bodyStart` is a byte offset; from
// text (bytes undefined), an offset in the text.

/** Why the body can't be read (not UTF-8), if it can't. */
function bodyProblem(bytes: Uint8Array | undefined, bodyStart: number, utf8: Utf8Check): Problem | undefined {
  return bytes === undefined || utf8(bytes, bodyStart) ? undefined : notUtf8Problem(decodeLenient(bytes));
}

/** The name from the body's heading, else `title`, worked out only if asked (made here, so readParts itself holds no closure). */
function headingLater(file: string, text: string, bytes: Uint8Array | undefined, bodyStart: number): (title?: string) => string {
  return (title) => headingOrFileName(file, bodyText(text, bytes, bodyStart), title);
}

function nameOrBaseName(name: string | undefined, file: string): () => string {
  return () => name ?? baseName(file);
}

/** The body as text, bad bytes shown as U+FFFD. */
function bodyText(text: string, bytes: Uint8Array | undefined, bodyStart: number): string {
  return bytes === undefined ? text.slice(bodyStart) : decodeLenient(bytes.subarray(bodyStart));
}

function readParts(file: string, text: string, parts: FileParts, bytes: Uint8Array | undefined, bodyStart: number, share: Share | undefined, utf8: Utf8Check, options: ReadOptions): ReadResult {
  const fm = parts.frontMatter;
  if (!fm) return NONE;
  // Another language is never run, and never silently skipped: whoever marked the block wants
  // it read, so the file says why it isn't, whether or not a next line shows through.
  if (!isYamlLanguage(fm.language)) {
    const message = `Front-matter in ${languageName(fm.language)} is not read: only YAML is (nothing was run).`;
    const problem: Problem = { message, line: 0, column: fm.open.start, endLine: 0, endColumn: fm.open.end, severity: 'error', code: 'language' };
    return attention(file, problem, '', headingLater(file, text, bytes, bodyStart));
  }
  if (!fm.close) {
    const block = blockOf(text, fm);
    if (!looksOurs(block)) return NONE;
    const message = 'The front-matter block never closes: add a line with --- after its last key.';
    const problem: Problem = { message, line: 0, column: fm.open.start, endLine: 0, endColumn: fm.open.end, severity: 'error', code: 'unclosed' };
    return attention(file, problem, block, headingLater(file, text, bytes, bodyStart));
  }
  const data = parseFrontMatterIn(text, fm.contentStart, fm.contentEnd, fm.contentLine);
  const error = data.problems[0];
  if (error) {
    const block = blockOf(text, fm);
    return looksOurs(block) || INDENTED_NEXT.test(block) ? attention(file, error, block, headingLater(file, text, bytes, bodyStart)) : NONE;
  }
  const next = data.fields.get('next');
  if (!next) {
    // YAML read the block as one piece of text (`next:2026-12-09`, a non-breaking space after each
    // colon): a block that looks like a contact's says why, rather than going unseen.
    if (!data.isMapping) {
      const block = blockOf(text, fm);
      return looksOurs(block) ? attention(file, notMappingProblem(block, fm), block, headingLater(file, text, bytes, bodyStart)) : NONE;
    }
    const cased = misCasedNext(data.fields);
    if (cased) return attention(file, cased, blockOf(text, fm), headingLater(file, text, bytes, bodyStart));
    // The parsed keys say what LOOKS_OURS would: most notes of a vault are not contacts, and their
    // block is neither sliced nor searched again.
    if (!hasOtherDiaryKey(data.fields)) return NONE;
    const block = blockOf(text, fm);
    return attention(file, noNextProblem(data.fields.get('next_action'), fm, block), block, headingLater(file, text, bytes, bodyStart));
  }
  const problems: Problem[] = [];
  // A plain block's values need no cleaning: most contacts' values are not looked at twice.
  const tidy: Share = data.plain ? breaksOnly : oneLine;
  const nameField = text1(data.fields.get('name'), problems, tidy);
  const bad = bodyProblem(bytes, bodyStart, utf8);
  if (bad) return attention(file, bad, '', nameOrBaseName(nameField, file));
  const name = nameField ?? oneLine(headingOrFileName(file, bodyText(text, bytes, bodyStart), titleOf(data.fields)));
  return { kind: 'contact', contact: toContact(file, data.fields, next, name, problems, share, tidy, text, bytes, bodyStart, options) };
}

/**
 * NO_NEXT_MESSAGE, on the line where `next:` belongs (where the editor's quick fix puts it): the
 * `next_action` line, else the closing `---`.
 */
function noNextProblem(nextAction: Field | undefined, fm: FrontMatterBlock, block: string): Problem {
  let line = nextAction?.keyLine;
  if (line === undefined) {
    line = fm.contentLine;
    for (let i = block.indexOf('\n'); i >= 0; i = block.indexOf('\n', i + 1)) line++;
  }
  return { message: NO_NEXT_MESSAGE, line, column: 0, endLine: line, endColumn: 0, severity: 'error', code: 'no-next' };
}

/**
 * Why a block that looks like a contact's is one piece of text to YAML: the first line with one of
 * the usual slips (see `lineMistake`), else that it holds no `key: value` line at all.
 */
function notMappingProblem(block: string, fm: FrontMatterBlock): Problem {
  const lines = block.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const said = lineMistake(lines[i]!);
    if (said) return { message: said, line: fm.contentLine + i, column: 0, endLine: fm.contentLine + i, endColumn: lines[i]!.replace(/\r$/, '').length, severity: 'error', code: 'yaml' };
  }
  const message = 'YAML reads this front-matter as one piece of text, not as key: value lines: each key needs a colon and a space after it (next: 2026-12-09).';
  return { message, line: fm.contentLine, column: 0, endLine: fm.contentLine, endColumn: 0, severity: 'error', code: 'yaml' };
}

/**
 * `Next:` (or `NEXT:`) where the diary reads `next:`: keys are told apart by case, in YAML as here.
 * And `next:: 2026-12-09`, Dataview's field in a note's text, typed in front-matter, where YAML
 * reads the key `next:`. Only with a date or nothing after it: a project note's `Next: write
 * chapter 3` is not a contact.
 */
function misCasedNext(fields: ReadonlyMap<string, Field>): Problem | undefined {
  for (const [key, field] of fields) {
    if (key === 'next' || key.toLowerCase().replace(/:$/, '') !== 'next') continue;
    const v = field.value;
    if (v.type !== 'null' && !(v.type === 'text' && /^\s*(?:\d|\[\[\d|$)/.test(v.text)) && unquotedLink(v) === undefined) continue;
    const message = key.endsWith(':') ? dataviewKey(key, v) : `${key}: is not read: the diary's keys are in lower case, so write next: (the same goes for its other keys).`;
    return { message, line: field.keyLine, column: 0, endLine: field.keyLine, endColumn: key.length + (key.endsWith(':') ? 1 : 0), severity: 'error', code: 'no-next' };
  }
  return undefined;
}

/** What to say of `last:: 2026-12-01` in front-matter (YAML's key `last:`): Dataview's form for a note's text. */
function dataviewKey(key: string, value: FieldValue): string {
  const plain = key.slice(0, -1).toLowerCase();
  const text = value.type === 'text' ? ` ${value.text.trim()}` : '';
  return `${key}: is Dataview's way to write a field in a note's text, and is not read here: in front-matter a key takes one colon (${plain}:${text}).`;
}

const DIARY_KEY_NAMES: ReadonlySet<string> = new Set(DIARY_KEYS.map((k) => k.key));

/**
 * `Last:`, `Cadence:` in a contact: keys the diary would read in lower case, and doesn't (Dataview
 * reads fields whatever their case, so such notes exist). Said rather than passed over, unless the
 * note has the key in lower case too.
 */
function misCasedKeys(fields: ReadonlyMap<string, Field>, problems: Problem[]): void {
  for (const [key, field] of fields) {
    const first = key.charCodeAt(0);
    const dataview = key.charCodeAt(key.length - 1) === 58;
    // Only a key starting with a capital, or ending with a colon, is looked at: one test per key for the usual note.
    if ((first < 65 || first > 90) && !dataview) continue;
    const lower = key.toLowerCase().replace(/:$/, '');
    if (lower === key || !DIARY_KEY_NAMES.has(lower) || fields.has(lower)) continue;
    problems.push({
      message: dataview ? dataviewKey(key, field.value) : `${key}: is not read: the diary's keys are in lower case, so write ${lower}:.`,
      // The key as typed: YAML's key `last:` and the colon after it.
      line: field.keyLine, column: 0, endLine: field.keyLine, endColumn: key.length + (dataview ? 1 : 0), severity: 'warning', code: 'key-case',
    });
  }
}

/** The block's text, sliced only when something is wrong with it: a good block is read where it stands (see parseFrontMatterIn). */
function blockOf(text: string, fm: FrontMatterBlock): string {
  return text.slice(fm.contentStart, fm.contentEnd);
}

/** Gives the string to keep for a value: the index's shared one (see `ReadOptions.intern`), or a copy of it. */
type Share = (s: string) => string;
const unshared: Share = copy;
/** A plain block's values can still span lines (a `|` block, a folded plain value): those are made one. */
const breaksOnly: Share = (s) => (s.includes('\n') ? oneLine(s) : s);

function toContact(file: string, fields: ReadonlyMap<string, Field>, next: Field, name: string, problems: Problem[], intern: Share | undefined, tidy: Share, text: string, bytes: Uint8Array | undefined, bodyStart: number, options: ReadOptions): Contact {
  // Absent fields stay absent rather than present-and-undefined, so results compare simply; the
  // object is built in one go, in the order of Contact's keys (never `delete`d from: that slows
  // every later use of the object). Values that repeat across contacts (stage, company, tags,
  // actions…) are kept once per index; a name, an email or a phone is nearly always its contact's
  // own, so it isn't offered to the index's bounded table, where it would only take a place.
  const kept = intern ?? unshared;
  misCasedKeys(fields, problems);
  // For the values read without text1 (links, the touches' words): cleaned, then kept.
  const share: Share = (s) => kept(tidy(s));
  const out: { -readonly [K in keyof Contact]?: Contact[K] } = { file, name: copy(name) };
  const company = companyOf(fields.get('company'), problems, tidy, kept);
  if (company !== undefined) out.company = company;
  const role = text1(fields.get('role'), problems, tidy, kept);
  if (role !== undefined) out.role = role;
  const email = text1(fields.get('email'), problems, tidy);
  if (email !== undefined) out.email = email;
  // A contact's own addresses: not offered to the index's table of shared strings.
  const emails = list(fields.get('emails'), undefined, tidy);
  if (emails.length > 0) out.emails = emails;
  const phone = text1(fields.get('phone'), problems, tidy);
  if (phone !== undefined) out.phone = phone;
  const phones = list(fields.get('phones'), undefined, tidy);
  if (phones.length > 0) out.phones = phones;
  const stage = text1(fields.get('stage'), problems, tidy, kept);
  if (stage !== undefined) out.stage = stage;
  out.tags = tagList(fields.get('tags') ?? fields.get('tag'), intern, tidy);
  out.interests = list(fields.get('interests'), intern, tidy);
  const aliases = aliasList(fields.get('aliases') ?? fields.get('alias'), intern, tidy);
  if (aliases.length > 0) out.aliases = aliases;
  const introducedBy = wikiTarget(fields.get('introduced_by'), share);
  if (introducedBy !== undefined) out.introducedBy = introducedBy;
  const knows = knownList(fields.get('knows'), share);
  if (knows.length > 0) out.knows = knows;
  const nextDate = date(next, problems);
  if (nextDate !== undefined) out.next = shareDate(nextDate, intern);
  const nextAction = text1(fields.get('next_action'), problems, tidy, kept);
  if (nextAction !== undefined) out.nextAction = nextAction;
  const last = date(fields.get('last'), problems);
  if (last !== undefined) out.last = shareDate(last, intern);
  const lastAction = text1(fields.get('last_action'), problems, tidy, kept);
  if (lastAction !== undefined) out.lastAction = lastAction;
  const pace = cadence(fields.get('cadence'), problems);
  if (pace !== undefined) {
    out.cadence = shareDuration(pace.max, intern);
    if (pace.min) out.cadenceMin = shareDuration(pace.min, intern);
  }
  const vocabulary = options.vocabulary ?? DEFAULT_VOCABULARY;
  const lastKind = lastAction === undefined ? undefined : classifyAction(lastAction, vocabulary);
  // An action no word classifies counts as a touch, and the views say so: never a silent guess.
  if (lastKind && !lastKind.known) out.lastActionUnclassified = true;
  // From bytes, `text` is the block decoded already: the body is read on its own.
  const body = bytes?.subarray(bodyStart);
  // The common case needs no log: a last contact that was a conversation is the newest one, and
  // nothing came after it, unless the note holds a later day (a meeting logged by hand since).
  // Otherwise the log says what the conversations and touches were.
  if (last !== undefined && lastAction !== undefined && lastKind?.kind === 'conversation'
    && !(body === undefined ? textHasDayAfter(text, bodyStart, last) : bytesHaveDayAfter(body, last))) {
    out.conversation = { date: out.last!, action: lastAction };
    out.touchesSince = 0;
  } else {
    const events = body === undefined ? logEventsNewestFirst(text, options.logHeading, bodyStart)
      : options.utf8 ? logEventsInBody(body, options.utf8.byteChars(body), options.logHeading)
      : logEventsNewestFirst(decodeLenient(body), options.logHeading, 0);
    const r = relationshipNewestFirst(events, last && { date: last, ...(lastAction !== undefined ? { action: lastAction } : {}) }, vocabulary);
    if (r.lastConversation) out.conversation = { date: shareDate(r.lastConversation.date, intern), action: kept(oneLine(r.lastConversation.action)) };
    out.touchesSince = r.touchesSince.length;
    // "3 emails since": a few words shared by many contacts, kept once per index.
    const words = touchesSinceText(r.touchesSince.map((e) => ({ channel: channelOf(e.action) })));
    if (words !== undefined) out.touchesText = kept(words);
    const third = r.touchesSince[2];
    if (third) out.thirdTouch = shareDate(third.date, intern);
  }
  const birthday = yearly(fields.get('birthday'), problems);
  if (birthday !== undefined) out.birthday = birthday;
  const anniversary = yearly(fields.get('anniversary'), problems);
  if (anniversary !== undefined) out.anniversary = anniversary;
  const waiting = text1(fields.get('waiting'), problems, tidy);
  if (waiting !== undefined) out.waiting = waiting;
  const waitingSince = date(fields.get('waiting_since'), problems);
  if (waitingSince !== undefined) out.waitingSince = shareDate(waitingSince, intern);
  const owners = ownerList(fields.get('owner'), problems, intern, tidy);
  if (owners.length > 0) out.owners = owners;
  out.nextLine = next.keyLine;
  out.problems = problems.length === 0 ? NO_PROBLEMS : problems.map((p) => ({ ...p, message: copy(p.message) }));
  return out as Contact;
}

/**
 * Whether the body holds an ISO day (`2026-11-20`) after `last`'s: where it does, a log line may be
 * newer than `last:`, and the log is read. A date elsewhere in the body only costs that read. From
 * bytes, found by their dashes, with no text made of them (most bodies are then never decoded).
 */
function bytesHaveDayAfter(b: Uint8Array, last: LocalDate): boolean {
  const after = last.year * 10000 + last.month * 100 + last.day;
  // `YYYY-MM-DD`: a dash at i, another at i + 3, digits around them.
  for (let i = b.indexOf(45, 4); i >= 0 && i + 5 < b.length; i = b.indexOf(45, i + 1)) {
    if (b[i + 3] !== 45) continue;
    const day = digitsAt(b, i - 4, 4) * 10000 + digitsAt(b, i + 1, 2) * 100 + digitsAt(b, i + 4, 2);
    if (day > after) return true;
  }
  return false;
}

/** The number the `n` ASCII digits at `at` write, or -1e9 where one is no digit (never after any day). */
function digitsAt(b: Uint8Array, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const d = b[i]! - 48;
    if (d < 0 || d > 9) return -1e9;
    v = v * 10 + d;
  }
  return v;
}

/** The same in text (an editor's document), from `from`. */
function textHasDayAfter(s: string, from: number, last: LocalDate): boolean {
  const day = formatIsoDate({ year: last.year, month: last.month, day: last.day });
  ISO_DAY.lastIndex = from;
  for (let m = ISO_DAY.exec(s); m !== null; m = ISO_DAY.exec(s)) if (m[0] > day) return true;
  return false;
}

const ISO_DAY = /\d{4}-\d{2}-\d{2}/g;

/**
 * A contact taken from a scan cache (see `DiaryIndex.reuse`), its lists shared through the
 * index's `intern` as a read shares them: equal lists are one frozen array, so commonGround ranks
 * each list once. Texts and days are left as the cache gave them: only the command-line tool
 * keeps a cache, and it exits once it has printed, so sharing them would save memory it holds
 * for a moment at a cost it pays each run (a fifth of its scan's time over 10,000 contacts).
 * The contact is the caller's own, fresh from its decoding: it is changed in place.
 */
export function shareCachedContact(contact: Contact, intern: Share): Contact {
  const c = contact as { -readonly [K in keyof Contact]: Contact[K] };
  c.tags = shareList(c.tags as string[], intern);
  c.interests = shareList(c.interests as string[], intern);
  if (c.aliases !== undefined) c.aliases = shareList(c.aliases as string[], intern);
  if (c.owners !== undefined) c.owners = shareList(c.owners as string[], intern);
  if (c.problems.length === 0) c.problems = NO_PROBLEMS;
  return contact;
}

/** Shared by every contact without problems, tags or interests: nothing may add to them. */
const NO_PROBLEMS: readonly Problem[] = Object.freeze([]);
const NO_TEXTS: readonly string[] = Object.freeze([]);

/** A bound on each index's table of shared lists, as on its table of strings. */
const SHARED_LISTS_MAX = 4096;
/** Per index (per `intern`): lists seen, by their items joined with NUL. */
const sharedLists = new WeakMap<Share, Map<string, readonly string[]>>();

/**
 * The same frozen array for every equal list read with one index's `intern`, so `[warm, north]`
 * is kept once. The lists are keyed by that function: they go when the index goes.
 */
function shareList(items: string[], intern: Share | undefined): readonly string[] {
  if (items.length === 0) return NO_TEXTS;
  // NUL inside an item would make two lists meet in one key; such lists aren't shared.
  if (intern === undefined || items.some((i) => i.includes('\0'))) return keepEach(items, intern ?? copy);
  const key = items.join('\0');
  let table = sharedLists.get(intern);
  if (table === undefined) sharedLists.set(intern, (table = new Map()));
  // Looked up by the items as the file has them: a list seen before takes nothing from this file,
  // and its items aren't offered to the table of strings one by one.
  const shared = table.get(key);
  if (shared !== undefined) return shared;
  keepEach(items, intern);
  if (table.size >= SHARED_LISTS_MAX) return items;
  const frozen = Object.freeze(items);
  // (A one-item list's join is the item itself, a slice of the file's text: copied.)
  table.set(copy(key), frozen);
  return frozen;
}

/** Per index (per `intern`): dates and paces seen, by their values. */
const sharedValues = new WeakMap<Share, Map<number | string, LocalDate | Duration>>();

/**
 * The one object of its value for every equal date or pace read with one index's `intern`, as
 * `shareList` does for lists: a diary's follow-ups fall on a few hundred days, so most contacts'
 * dates are kept once. Values are never changed in place (their types are read-only).
 */
function shareValue<T extends LocalDate | Duration>(key: number | string, value: T, intern: Share | undefined): T {
  if (intern === undefined) return value;
  let table = sharedValues.get(intern);
  if (table === undefined) sharedValues.set(intern, (table = new Map()));
  const shared = table.get(key);
  if (shared !== undefined) return shared as T;
  if (table.size < SHARED_LISTS_MAX) table.set(key, value);
  return value;
}

/** A day is shared (see `shareValue`); a date with a time of day, rarer, is kept as it is. */
function shareDate(date: LocalDate, intern: Share | undefined): LocalDate {
  return date.time === undefined ? shareValue(date.year * 10000 + date.month * 100 + date.day, date, intern) : date;
}

function shareDuration(duration: Duration, intern: Share | undefined): Duration {
  return shareValue(`${duration.count} ${duration.unit}`, duration, intern);
}

/** The list's items replaced by the strings to keep. */
function keepEach(items: string[], keep: Share): string[] {
  for (let i = 0; i < items.length; i++) items[i] = keep(items[i]!);
  return items;
}

function valueProblem(field: Field, code: string, message: string, severity: Problem['severity'] = 'error'): Problem {
  return { message, line: field.line, column: field.column, endLine: field.endLine, endColumn: field.endColumn, severity, code };
}

/** A text value, cleaned by `tidy` (see `oneLine`) and kept through `share`. */
function text1(field: Field | undefined, problems: Problem[], tidy: Share, share: Share = unshared): string | undefined {
  const v = field?.value;
  if (!field || !v || v.type === 'null') return undefined;
  if (v.type === 'text') return share(tidy(v.text.trim())) || undefined;
  const items = texts(v, tidy);
  if (v.type === 'list' && items.length === v.items.length) return share(items.join(', ')) || undefined;
  problems.push(valueProblem(field, 'type', `${field.key} should be text, not a ${v.type === 'list' ? 'nested list' : 'mapping'}.`, 'warning'));
  return undefined;
}

/**
 * The tags as Obsidian reads them (`tags`, else `tag`): a text holds several between commas
 * (`tags: client, key-account`) or as `#` words (`tags: "#client #vip"`), and a tag's `#` is not
 * part of its name (`"#vip"` is vip). A list's item is one tag, spaces and all (`[met at expo]`).
 */
function tagList(field: Field | undefined, intern: Share | undefined, tidy: Share): readonly string[] {
  const written = list(field, intern, tidy);
  const one = field?.value.type === 'text';
  if (!written.some((t) => t.includes('#') || (one && t.includes(',')))) return written;
  const parts = one ? written.flatMap((t) => t.split(',')).flatMap((t) => (/^\s*#\S*(?:\s+#\S*)+\s*$/.test(t) ? t.trim().split(/\s+/) : [t])) : written;
  return shareList(parts.map((t) => t.trim().replace(/^#+/, '')).filter((t) => t !== ''), intern);
}

/** The aliases as Obsidian reads them (`aliases`, else `alias`): a text holds several between commas. */
function aliasList(field: Field | undefined, intern: Share | undefined, tidy: Share): readonly string[] {
  const written = list(field, intern, tidy);
  if (field?.value.type !== 'text' || !written.some((a) => a.includes(','))) return written;
  return shareList(written.flatMap((a) => a.split(',')).map((a) => a.trim()).filter((a) => a !== ''), intern);
}

/**
 * The company, written as text or, in an Obsidian vault, as a link to the company's note: quoted
 * (`"[[Acme]]"`, as Obsidian's Properties write it), unquoted (`[[Acme]]`, which YAML reads as a
 * list in a list), or as a list of either. A link counts as the name it shows: its alias
 * (`[[Acme Print Ltd|Acme]]`), else its note's name (`[[Companies/Acme]]` is Acme). Several
 * companies are joined with commas, as a list of texts is.
 */
function companyOf(field: Field | undefined, problems: Problem[], tidy: Share, share: Share): string | undefined {
  const v = field?.value;
  if (!field || !v || v.type === 'null') return undefined;
  // The usual company, plain text: read as any text is.
  if (v.type === 'text' && !v.text.includes('[[')) return text1(field, problems, tidy, share);
  const names: string[] = [];
  for (const { item, text } of linkOrTextItems(v)) {
    if (text === undefined) {
      // `- [[Acme]]` under the key: YAML reads a list in a list in a list, too deep to be read.
      if (item.type === 'list') {
        problems.push(valueProblem(field, 'type', 'company should be text: a link in a list is written in quotes, as in - "[[Acme]]".', 'warning'));
        return undefined;
      }
      return text1(field, problems, tidy, share);
    }
    const m = SHOWN_LINK.exec(text);
    const name = m ? linkShows(m[1]!, m[2]) : text;
    if (name !== '') names.push(tidy(name));
  }
  return share(names.join(', ')) || undefined;
}

/**
 * A value's items as links and texts are written: one item for a value that is one link
 * (`"[[carol-west]]"`, or `[[carol-west]]` unquoted, which YAML reads as a list holding a list),
 * else each item of a list. An unquoted link's text is `[[…]]` again, a text's is trimmed, and
 * anything else (a mapping, a deeper list) has none.
 */
function linkOrTextItems(v: FieldValue): Array<{ readonly item: FieldValue; readonly text: string | undefined }> {
  const items = v.type === 'list' && !isUnquotedLink(v) ? v.items : [v];
  return items.map((item) => ({ item, text: isUnquotedLink(item) ? `[[${linkText(item)}]]` : item.type === 'text' ? item.text.trim() : undefined }));
}

/** `[[target]]`, `[[target#heading]]`, `[[target|alias]]`: the target and the alias. */
const SHOWN_LINK_SOURCE = String.raw`\[\[([^\]|#]*)(?:#[^\]|]*)?(?:\|([^\]]*))?\]\]`;
const SHOWN_LINK = new RegExp(`^${SHOWN_LINK_SOURCE}$`);
const SHOWN_LINKS = new RegExp(SHOWN_LINK_SOURCE, 'g');

/** What a wiki link shows, as Obsidian shows it: its alias, else (an alias left empty too) its note's name without a folder. */
function linkShows(target: string, alias: string | undefined): string {
  return (alias?.trim() || target.slice(target.lastIndexOf('/') + 1)).trim();
}

/** A value's texts: the text itself, or a list's text items trimmed (nested lists and mappings left out), each through `share`. */
function texts(v: FieldValue, share: Share): string[] {
  if (v.type === 'text') return [share(v.text)];
  const out: string[] = [];
  if (v.type === 'list') for (const i of v.items) if (i.type === 'text') out.push(share(i.text.trim()));
  return out;
}

/** The items kept (copies, or `intern`'s strings); the list as a whole is shared through `intern`'s table of lists (none without an index). */
function list(field: Field | undefined, intern: Share | undefined, tidy: Share): readonly string[] {
  if (!field) return NO_TEXTS;
  const all = texts(field.value, tidy);
  return shareList(all.includes('') ? all.filter((s) => s !== '') : all, intern);
}

/**
 * `owner`: a name, or a list of names (an account a team shares), each trimmed, blanks left out;
 * a number is a name as written (`owner: 42`). A mapping or a nested list is a warning, and no owner.
 */
function ownerList(field: Field | undefined, problems: Problem[], intern: Share | undefined, tidy: Share): readonly string[] {
  const v = field?.value;
  if (!field || !v || v.type === 'null') return NO_TEXTS;
  if (v.type === 'other' || (v.type === 'list' && v.items.some((i) => i.type === 'list' || i.type === 'other'))) {
    problems.push(valueProblem(field, 'type', 'owner should be a name, or a list of names like [alice, bob].', 'warning'));
    return NO_TEXTS;
  }
  return shareList(texts(v, tidy).map((s) => s.trim()).filter((s) => s !== ''), intern);
}

function wikiTarget(field: Field | undefined, share: Share): string | undefined {
  let v = field?.value;
  // Unquoted, `[[bob-smith]]` is YAML for a list holding a list holding "bob-smith".
  while (v?.type === 'list' && v.items.length === 1) v = v.items[0];
  if (v?.type !== 'text') return undefined;
  const m = /^\[\[([^\]|#]+)(?:[|#][^\]]*)?\]\]$/.exec(v.text.trim());
  return share((m ? m[1]! : markdownLinkNote(v.text.trim()) ?? v.text).trim()) || undefined;
}

/**
 * The note a Markdown link names, as Foam and VS Code write links between notes:
 * `[Jane](jane-doe.md)`, `[Jane](../people/jane-doe.md#met)` is jane-doe (its note's name, as
 * a wiki link names it). Undefined for anything else, a link to a web page too.
 */
function markdownLinkNote(text: string): string | undefined {
  const m = /^\[[^\]]*\]\(<?([^)>#?]+?\.md)(?:#[^)>]*)?>?\)$/i.exec(text);
  if (!m || /^[a-z][a-z0-9+.-]*:/i.test(m[1]!)) return undefined;
  const path = decodeURIComponentSafe(m[1]!);
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/i, '');
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The `knows` items: `[[target]]` for a link (quoted, or unquoted, which YAML reads as a list in a
 * list), a company's name for plain text; blanks, mappings and deeper lists left out.
 */
function knownList(field: Field | undefined, share: Share): readonly string[] {
  const v = field?.value;
  if (!v) return NO_TEXTS;
  const out: string[] = [];
  for (const { text = '' } of linkOrTextItems(v)) {
    const m = LINK.exec(text);
    const note = m ? undefined : markdownLinkNote(text);
    const kept = m ? `[[${m[1]!.trim()}]]` : note !== undefined ? `[[${note}]]` : text;
    if (kept !== '' && kept !== '[[]]') out.push(share(kept));
  }
  return out;
}

/** `[[target|alias]]`, `[[target#heading]]`: the target. */
const LINK = /^\[\[([^\]|#]*)(?:[|#][^\]]*)?\]\]$/;

/** `[[carol-west]]` unquoted: a list holding one list holding one text. */
function isUnquotedLink(v: FieldValue): boolean {
  return v.type === 'list' && v.items.length === 1 && v.items[0]!.type === 'list' && v.items[0]!.items.length === 1 && v.items[0]!.items[0]!.type === 'text';
}

function linkText(v: FieldValue): string {
  while (v.type === 'list' && v.items.length === 1) v = v.items[0]!;
  return v.type === 'text' ? v.text : '';
}

/**
 * `2026-12-01# call Bob first` (or a no-break space before the `#`): a comment meant, which YAML
 * reads as part of the value, since a comment needs a blank before its `#`. Said with the mend.
 */
function commentHint(key: string, text: string): string {
  const meant = dateBeforeHash(text);
  return meant ? ` (a comment needs a plain space before its #: ${key}: ${meant.date} # ${meant.comment})` : '';
}

function date(field: Field | undefined, problems: Problem[]): LocalDate | undefined {
  const v = field?.value;
  // `next: ""`, as scripts and YAML writers put a blank, is blank: unscheduled, as `next:` is.
  if (!field || !v || v.type === 'null' || (v.type === 'text' && v.text.trim() === '')) return undefined;
  if (v.type !== 'text') {
    // An unquoted `{{date}}`, as an Obsidian template writes it, is a mapping on the key's line to
    // YAML; one on the lines below (`text:`, `link:`) is a documentation page's link to the next.
    const linked = unquotedLink(v);
    const hint = linked !== undefined ? ` (a link in front-matter needs quotes: ${field.key}: "[[${linked}]]")`
      : v.type === 'other' && field.line === field.keyLine ? ' (a template\'s {{date}} unquoted is one to YAML: if the note is a template, leave its folder out of the diary with contactDiary.exclude)'
      : field.key === 'next' ? NOT_A_CONTACT : '';
    // On the key's line, where the agenda looks for a next: it can't read (the value may start below it).
    const problem = valueProblem(field, 'date', `${field.key} should be a date like 2026-11-27, not a ${v.type === 'list' ? 'list' : 'mapping'}${hint}.`);
    problems.push({ ...problem, line: field.keyLine, column: 0, endLine: field.keyLine, endColumn: field.key.length });
    return undefined;
  }
  // `"[[2026-12-09]]"`: the day of a daily note's link (a bracket first: the usual date pays one test).
  const r = parseIsoDate((v.text.charCodeAt(0) === 91 ? dailyNoteLink(v.text)?.day : undefined) ?? v.text);
  if (r.ok) {
    // `0026-12-09`, `9999-12-31`: read, but said, as a calendar would misread them.
    if (r.value.year < 1900 || r.value.year > 2200) problems.push(valueProblem(field, 'date-range', `${field.key}: the year ${String(r.value.year).padStart(4, '0')} looks like a typo (years from 1900 to 2200 are read without a word).`, 'warning'));
    return r.value;
  }
  const hint = TEMPLATE.test(v.text) ? A_TEMPLATE : field.key === 'next' && namesAnotherPage(v.text.trim()) ? NOT_A_CONTACT : commentHint(field.key, v.text);
  problems.push(valueProblem(field, 'date', `${field.key}: ${r.error}${hint}.`));
  return undefined;
}

/** The text of `[[2026-12-09]]` written without quotes, which YAML reads as a list in a list. */
function unquotedLink(v: FieldValue): string | undefined {
  const inner = v.type === 'list' && v.items.length === 1 ? v.items[0]! : undefined;
  const text = inner?.type === 'list' && inner.items.length === 1 ? inner.items[0]! : undefined;
  return text?.type === 'text' ? text.text : undefined;
}

/** A placeholder a template plugin fills in: Obsidian's `{{date}}`, Templater's `<% … %>`, Foam's `${FOAM_DATE_YEAR}`. */
const TEMPLATE = /\{\{[^}]*\}\}|<%.*%>|\$\{[A-Z][A-Z_]*\}/;
const A_TEMPLATE = ' (this is a template\'s placeholder: if the note is a template, leave its folder out of the diary with contactDiary.exclude)';

/**
 * A `next:` that names the page after this one, as documentation sites and note plugins write it:
 * a path or an address (Hugo, Docusaurus), a wiki link (Obsidian's Breadcrumbs plugin), or
 * `false` for none (VitePress).
 */
function namesAnotherPage(text: string): boolean {
  return (text.includes('/') && !/\s/.test(text) && /[a-z]/i.test(text)) || /^\[\[(?!(?:[^\]|#]*\/)?\d{4}-)[^\]]+\]\]$/.test(text) || text === 'false' || text === 'true';
}
const NOT_A_CONTACT = ' (if this note is not a contact but a page whose next: names the one after it, leave its folder out of the diary with contactDiary.exclude)';

/** A birthday or an anniversary; a value that can't be read is a warning, as a cadence's is. */
function yearly(field: Field | undefined, problems: Problem[]): YearlyDate | undefined {
  const v = field?.value;
  if (!field || !v || v.type === 'null') return undefined;
  if (v.type === 'text' && v.text.trim() === '') return undefined;
  const r = parseYearly(v.type === 'text' ? v.text : '');
  if (r.ok) return r.value;
  problems.push(valueProblem(field, 'yearly', `${field.key}: ${r.error}.`, 'warning'));
  return undefined;
}

function cadence(field: Field | undefined, problems: Problem[]): Pace | undefined {
  const v = field?.value;
  if (!field || !v || v.type === 'null') return undefined;
  const r = parsePace(v.type === 'text' ? v.text : '');
  if (r.ok) return r.value;
  problems.push(valueProblem(field, 'cadence', r.error, 'warning'));
  return undefined;
}

function attention(file: string, problem: Problem, block: string, fallback: (title?: string) => string = () => baseName(file)): ReadResult {
  const said = (key: string) => new RegExp(`^${key}:[ \\t]*(.*?)[ \\t]*(?:[ \\t]#.*)?$`, 'm').exec(block)?.[1]?.replace(/^(["'])(.*)\1$/, '$2').trim();
  const title = isDendronNote((key) => said(key) !== undefined) ? said('title') : undefined;
  return { kind: 'attention', file, name: copy(oneLine(said('name') || fallback(title))), problem: { ...problem, message: copy(problem.message) } };
}

/** The file's name without `.md`. Host paths separate with `/` alone: a `\` is part of a name (outside Windows, where it can't be). */
function baseName(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.md$/i, '');
}

/**
 * The body's first level-1 heading (`# Jane Doe`, or `Jane Doe` over `===`) as its words read,
 * else `title` (a Dendron note's, which has no heading: see `titleOf`), else the file's name.
 */
function headingOrFileName(file: string, body: string, title?: string): string {
  let name: string | undefined;
  forEachLineOutsideFences(body, 0, 0, (_line, _offset, _n, _next, heading) => {
    if (heading?.level === 1) name = plainHeading(heading.text) || undefined;
    return name === undefined;
  });
  return name ?? (title || baseName(file));
}

/**
 * The `title:` of a Dendron note, where the note's own name is. Anywhere else a title is more
 * likely a job's (`title: VP Sales`).
 */
function titleOf(fields: ReadonlyMap<string, Field>): string | undefined {
  const field = fields.get('title');
  if (!isDendronNote((key) => fields.has(key))) return undefined;
  return field?.value.type === 'text' ? field.value.text.trim() || undefined : undefined;
}

/** Whether a front-matter with these keys is a Dendron note's: Dendron writes `id:` and `updated:` or `created:`. */
function isDendronNote(has: (key: string) => boolean): boolean {
  return has('id') && (has('updated') || has('created'));
}

/**
 * A heading's words without their Markdown: `# **Carol** West ([[Acme]])` is `Carol West (Acme)`.
 * A link is the text it shows (a wiki link's alias, else its note's name), emphasis and code
 * marks and HTML tags go.
 */
function plainHeading(text: string): string {
  if (!/[*_`[<~]/.test(text)) return text;
  return text
    .replace(SHOWN_LINKS, (_, target: string, alias?: string) => linkShows(target, alias))
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/(\*\*|~~|\*|`)(\S(?:.*?\S)?)\1/g, '$2')
    // An underscore inside a word is a letter of it (`snake_case_name`), as CommonMark reads it.
    .replace(/(?<![\p{L}\p{N}])(__|_)(\S(?:.*?\S)?)\1(?![\p{L}\p{N}])/gu, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

function languageName(language: string): string {
  const names: Record<string, string> = { js: 'JavaScript', javascript: 'JavaScript', coffee: 'CoffeeScript', coffeescript: 'CoffeeScript', cson: 'CoffeeScript', toml: 'TOML', json: 'JSON' };
  return names[language.toLowerCase()] ?? `"${language}"`;
}

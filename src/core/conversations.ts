import { SEPARATOR } from './logSection';

/**
 * Conversations and touches. A conversation is two-way and one-to-one (a call, a meeting, a
 * coffee, a video call, a demo); a touch is one-way (an email, a voicemail, a message, a letter,
 * "sent proposal"). The diary paces a relationship by its conversations, so every contact event
 * is classified by its action text, and the classification says which rule decided it: nothing
 * is guessed silently.
 */

export type EventKind = 'conversation' | 'touch';

/** The words that tell the kinds apart, lower case; a phrase may hold spaces or hyphens. */
export interface Vocabulary {
  readonly conversation: readonly string[];
  readonly touch: readonly string[];
}

/** What an action is, and why. */
export interface Classification {
  readonly kind: EventKind;
  /** False when nothing in the vocabulary matched: counted as a touch, and shown as unclassified. */
  readonly known: boolean;
  /** The rule that decided, in words: `"coffee" is a conversation`. */
  readonly rule: string;
}

export const DEFAULT_VOCABULARY: Vocabulary = {
  conversation: [
    'call', 'called', 'phone call', 'phoned', 'rang', 'spoke', 'spoke to', 'talked', 'chat', 'chatted', 'catch-up', 'catch up', 'caught up',
    'meeting', 'met', 'meet', 'coffee', 'lunch', 'dinner', 'breakfast', 'drinks', 'visit', 'visited', 'site visit',
    'video call', 'video', 'zoom', 'teams', 'google meet', 'facetime', 'skype', 'demo', 'presentation', 'workshop',
    'conversation', 'interview', 'conference call',
    // As salespeople write them in their logs.
    'phone', 'sync', 'huddle', 'slack huddle', '1:1', '1-1', 'one-on-one', 'one to one', 'catchup', 'f2f', 'in person', 'in-person',
    'face to face', 'face-to-face', 'webex', 'hangout', 'google hangout', 'qbr', 'golf', 'teams call', 'slack call', 'whatsapp call', 'linkedin call',
  ],
  touch: [
    'email', 'emailed', 'e-mail', 'e-mailed', 'mail', 'mailed', 'voicemail', 'voice mail', 'left message', 'left a message',
    'message', 'messaged', 'text', 'texted', 'sms', 'whatsapp', 'linkedin', 'inmail', 'dm', 'letter', 'card', 'postcard',
    'sent', 'send', 'posted', 'newsletter',
    'vm', 'lvm', 'teams message', 'teams chat', 'slack', 'slack message', 'ping', 'pinged', 'video message', 'loom', 'vidyard', 'zoom link',
  ],
};

// A call nobody answered is not a conversation, whatever word names the channel.
const UNANSWERED = new RegExp([
  "\\b(?:no answer|no reply|no response|unanswered|didn'?t answer|did not answer|not answered|couldn'?t reach|could not reach|not reached|no[- ]show|missed call|voicemail|voice mail|",
  "left (?:a |an )?v\\.?m|went to (?:v\\.?m|voicemail)|l\\.?v\\.?m|no[- ]?pick[- ]?up|(?:didn'?t|did not|not) pick(?:ing)? up|(?:nobody|no one) (?:picked up|answered)|rang out|",
  "(?:couldn'?t|could not|can'?t|cannot) get through|tried (?:to )?(?:call|ring|phone|reach)|tried calling|call attempt|attempted (?:a )?(?:call|to call)|out of office",
  ')\\b',
  // A call's note of one word, or the action's after a dash: `Call — busy`, `Rang - engaged`.
  '|(?:^|[—–-][ \\t]*)(?:line )?(?:busy|engaged)(?: (?:tone|signal))?[ \\t.!]*$',
].join(''), 'i');

/** Whether a text says nobody answered (`no answer`, `left a voicemail`): such a call is a touch. */
export function saysUnanswered(text: string): boolean {
  return UNANSWERED.test(text);
}

/**
 * The `last_action` Log Contact… writes for an action and its note: the action, or, where the
 * note says nobody answered, the log line's `Action — note`, so that the front-matter says it
 * was a touch as the log does.
 */
export function lastActionOf(action: string, note: string | undefined): string {
  return note && saysUnanswered(note) && !saysUnanswered(action) ? `${action} — ${note}` : action;
}

/**
 * Whether `last_action` repeats a log line of the same day: its action, or the whole line as
 * `lastActionOf` writes it (`Quick call — no answer`) or a person types it (`Email - sent the
 * proposal`, which the log reads as an action and its note). Compared without case, any of the
 * log's dashes between action and note as one.
 */
export function repeatsLogLine(lastAction: string, entry: { readonly action: string; readonly note?: string }): boolean {
  const last = lastAction.trim().toLowerCase().replace(SEPARATOR, ' — ');
  const action = entry.action.trim().toLowerCase();
  return last === action || (entry.note !== undefined && last === `${action} — ${entry.note.trim().toLowerCase()}`);
}

/** The marker a note may put after the action to say it outright: `Catch-up (call)`, `Update (email)`. */
const MARKER = /\(\s*([\p{L}][\p{L}\p{N} -]*?)\s*\)\s*$/u;

/**
 * Which kind an action is. `note` is what a log line says after the action's dash (`- 2026-11-20
 * Quick call — no answer`): it is read only for words that say nobody answered, since a note
 * about the call ("will email the quote") doesn't make it a touch. In order:
 * 1. a marker after the action, `(call)` or `(email)`, that the vocabulary knows;
 * 2. words that say nobody answered (`no answer`, `voicemail`), in the action or its note: a touch;
 * 3. the first word or phrase of the vocabulary that appears in the text (`Sent proposal after
 *    the call` is a touch: the verb comes first); the user's own words before the defaults;
 * 4. anything else: a touch, marked unknown.
 */
export function classifyAction(action: string, vocabulary: Vocabulary = DEFAULT_VOCABULARY, note?: string): Classification {
  const alone = actionAlone(action, vocabulary);
  // A note can only say nobody answered, and only where neither a marker nor the action decided.
  const unanswered = note && !alone.final ? UNANSWERED.exec(note) : null;
  return unanswered ? unansweredTouch(unanswered[0]) : alone.classification;
}

/** The action classified on its own, and whether a note could still change that (not `final`). */
interface ActionAlone {
  readonly classification: Classification;
  readonly final: boolean;
}

/** Actions remembered per vocabulary: a diary writes the same few (`Call`, `Emailed`) thousands of times. */
const ACTIONS_MAX = 4096;

function actionAlone(action: string, vocabulary: Vocabulary): ActionAlone {
  const { actions } = compiled(vocabulary);
  const known = actions.get(action);
  if (known) return known;
  const read = readAction(action.trim(), vocabulary);
  if (actions.size < ACTIONS_MAX) actions.set(action, read);
  return read;
}

function readAction(text: string, vocabulary: Vocabulary): ActionAlone {
  const marker = MARKER.exec(text)?.[1]?.toLowerCase();
  if (marker) {
    const kind = kindOfWord(marker, vocabulary);
    if (kind) return { classification: { kind, known: true, rule: `marked "(${marker})": a ${kind}` }, final: true };
  }
  const unanswered = UNANSWERED.exec(text);
  if (unanswered) return { classification: unansweredTouch(unanswered[0]), final: true };
  const arranged = NOT_HELD.exec(text);
  if (arranged) return { classification: { kind: 'touch', known: true, rule: `"${arranged[0].toLowerCase()}": a conversation arranged, put off or sent, not held, is a touch` }, final: true };
  // `Email + call`, `Emailed and called`: two events in one line, and a conversation among them
  // makes the line one (`Sent proposal after the call` is still a touch: the call came before).
  const parts = text.split(BOTH);
  if (parts.length > 1) {
    for (const part of parts) {
      const word = firstWord(part, vocabulary);
      if (word?.kind === 'conversation') return { classification: { kind: 'conversation', known: true, rule: `"${word.word}" is a conversation, one of the events of the line` }, final: false };
    }
  }
  const found = firstWord(text, vocabulary);
  if (found) return { classification: { kind: found.kind, known: true, rule: `"${found.word}" is a ${found.kind}` }, final: false };
  return { classification: { kind: 'touch', known: false, rule: 'no word of the vocabulary: counted as a touch' }, final: false };
}

/** What joins two events written on one line: `+`, `&`, `/`, `and`, `then`, `, then`. */
const BOTH = /\s*(?:[+&/]|,?\s+(?:and|then|and then)\s+)\s*/i;

function unansweredTouch(words: string): Classification {
  return { kind: 'touch', known: true, rule: `"${words.replace(/^[—–-][ \t]*/, '').trim().toLowerCase()}": a call nobody answered is a touch` };
}

/**
 * An action that names a conversation arranged, put off or called off rather than held
 * (`Meeting booked`, `Call scheduled for Tue`, `Meeting cancelled`, `Lunch invite sent`), or
 * something sent after it (`Presentation sent`): a touch, whatever conversation word it holds.
 * Read in the action only: a note after the dash (`Call — booked the demo`) leaves the call a call.
 * (`invited` is no such word: `Invited to dinner` is most often the dinner itself.)
 */
const NOT_HELD = /\b(?:booked|scheduled|re-?scheduled|cancell?ed|postponed|declined|invites?|invitation|(?:meeting|call|demo|lunch|coffee) requests?(?:ed)?|(?:didn'?t|did not) (?:call|meet|speak|talk))\b|\bsent(?=[ \t]*(?:$|[.,;:(]|(?:to|over|via|by)\b))/i;

/** The vocabulary with the user's words first: where a word is in both, the user's list decides. */
export function extendVocabulary(extra: Partial<Vocabulary>, base: Vocabulary = DEFAULT_VOCABULARY): Vocabulary {
  const clean = (words: readonly string[] | undefined) => (words ?? []).map((w) => w.trim().toLowerCase()).filter((w) => w !== '');
  const conversation = clean(extra.conversation);
  const touch = clean(extra.touch);
  const mine = new Set([...conversation, ...touch]);
  return {
    conversation: [...conversation, ...base.conversation.filter((w) => !mine.has(w))],
    touch: [...touch, ...base.touch.filter((w) => !mine.has(w))],
  };
}

function kindOfWord(word: string, vocabulary: Vocabulary): EventKind | undefined {
  if (vocabulary.conversation.includes(word)) return 'conversation';
  if (vocabulary.touch.includes(word)) return 'touch';
  return undefined;
}

/**
 * Each vocabulary's words as one pattern, longest first (so `phone call` wins over `call` where
 * both start), made once; and the actions it has classified (see `actionAlone`).
 */
const patterns = new WeakMap<Vocabulary, { readonly pattern: RegExp; readonly kinds: ReadonlyMap<string, EventKind>; readonly actions: Map<string, ActionAlone> }>();

function compiled(vocabulary: Vocabulary) {
  let c = patterns.get(vocabulary);
  if (!c) {
    const kinds = new Map<string, EventKind>();
    for (const w of vocabulary.touch) kinds.set(w, 'touch');
    // A word in both lists is the conversation list's, as kindOfWord reads it.
    for (const w of vocabulary.conversation) kinds.set(w, 'conversation');
    const words = [...kinds.keys()].filter((w) => w !== '').sort((a, b) => b.length - a.length);
    const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // Whole words: not inside another (`mail` in `email`, `met` in `metal`).
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|') || '(?!)'})(?![\\p{L}\\p{N}])`, 'iu');
    patterns.set(vocabulary, (c = { pattern, kinds, actions: new Map() }));
  }
  return c;
}

/** The vocabulary entry that starts earliest in `text` (whole words); the longer one where two start together. */
function firstWord(text: string, vocabulary: Vocabulary): { word: string; kind: EventKind } | undefined {
  const { pattern, kinds } = compiled(vocabulary);
  const m = pattern.exec(text);
  if (!m) return undefined;
  const word = m[0].toLowerCase();
  return { word, kind: kinds.get(word) ?? 'touch' };
}

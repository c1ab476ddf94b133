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
  ],
  touch: [
    'email', 'emailed', 'e-mail', 'e-mailed', 'mail', 'mailed', 'voicemail', 'voice mail', 'left message', 'left a message',
    'message', 'messaged', 'text', 'texted', 'sms', 'whatsapp', 'linkedin', 'inmail', 'dm', 'letter', 'card', 'postcard',
    'sent', 'send', 'posted', 'newsletter',
  ],
};

// A call nobody answered is not a conversation, whatever word names the channel.
const UNANSWERED = /\b(?:no answer|no reply|no response|unanswered|didn'?t answer|did not answer|not answered|couldn'?t reach|could not reach|not reached|no[- ]show|missed call|voicemail|voice mail)\b/i;

/** The marker a note may put after the action to say it outright: `Catch-up (call)`, `Update (email)`. */
const MARKER = /\(\s*([\p{L}][\p{L}\p{N} -]*?)\s*\)\s*$/u;

/**
 * Which kind an action is. In order:
 * 1. a marker after the action, `(call)` or `(email)`, that the vocabulary knows;
 * 2. words that say nobody answered (`no answer`, `voicemail`): a touch;
 * 3. the first word or phrase of the vocabulary that appears in the text (`Sent proposal after
 *    the call` is a touch: the verb comes first); the user's own words before the defaults;
 * 4. anything else: a touch, marked unknown.
 */
export function classifyAction(action: string, vocabulary: Vocabulary = DEFAULT_VOCABULARY): Classification {
  const text = action.trim();
  const marker = MARKER.exec(text)?.[1]?.toLowerCase();
  if (marker) {
    const kind = kindOfWord(marker, vocabulary);
    if (kind) return { kind, known: true, rule: `marked "(${marker})": a ${kind}` };
  }
  const unanswered = UNANSWERED.exec(text);
  if (unanswered) return { kind: 'touch', known: true, rule: `"${unanswered[0].toLowerCase()}": a call nobody answered is a touch` };
  const found = firstWord(text.toLowerCase(), vocabulary);
  if (found) return { kind: found.kind, known: true, rule: `"${found.word}" is a ${found.kind}` };
  return { kind: 'touch', known: false, rule: 'no word of the vocabulary: counted as a touch' };
}

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

/** The vocabulary entry that starts earliest in `text` (whole words); the longer one where two start together. */
function firstWord(text: string, vocabulary: Vocabulary): { word: string; kind: EventKind } | undefined {
  let best: { word: string; kind: EventKind; at: number } | undefined;
  const consider = (word: string, kind: EventKind) => {
    const at = wordAt(text, word);
    if (at < 0) return;
    if (!best || at < best.at || (at === best.at && word.length > best.word.length)) best = { word, kind, at };
  };
  for (const word of vocabulary.conversation) consider(word, 'conversation');
  for (const word of vocabulary.touch) consider(word, 'touch');
  return best && { word: best.word, kind: best.kind };
}

/** Where `word` first appears in `text` as a whole word (not inside another), or -1. */
function wordAt(text: string, word: string): number {
  for (let from = 0; ;) {
    const at = text.indexOf(word, from);
    if (at < 0) return -1;
    const before = at === 0 ? '' : text[at - 1]!;
    const after = text[at + word.length] ?? '';
    if (!isWordChar(before) && !isWordChar(after)) return at;
    from = at + 1;
  }
}

const isWordChar = (c: string) => c !== '' && /[\p{L}\p{N}]/u.test(c);

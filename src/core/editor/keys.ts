/** The front-matter keys the diary reads, in the order a new contact lists them, each with what it means. */
export const DIARY_KEYS: ReadonlyArray<{ readonly key: string; readonly description: string }> = [
  { key: 'name', description: "The contact's name (else the first # heading, else the file name)." },
  { key: 'company', description: 'Where they work.' },
  { key: 'role', description: 'Their job title.' },
  { key: 'email', description: 'Email address, shown as a link in the follow-ups view.' },
  { key: 'phone', description: 'Phone number, shown as a link and on the call sheet.' },
  { key: 'stage', description: 'Free text, e.g. suspect, prospect, customer.' },
  { key: 'next', description: 'Date of the next contact, YYYY-MM-DD (blank = unscheduled). Makes this file a diary entry.' },
  { key: 'next_action', description: 'What the next contact is for, e.g. "Chase feedback on the proposal".' },
  { key: 'last', description: 'Date of the last contact, YYYY-MM-DD.' },
  { key: 'last_action', description: 'What the last contact was, e.g. "Sent proposal".' },
  { key: 'cadence', description: 'Speak at least this often, counted from the last conversation, e.g. 3 weeks, monthly; a range such as 2-4 weeks is also a least.' },
  { key: 'introduced_by', description: 'Who introduced you, as a link: "[[bob-smith]]".' },
  { key: 'knows', description: 'Whom they can introduce you to: links or company names, e.g. ["[[jane-doe]]", Acme Print].' },
  { key: 'aliases', description: 'Other names links may use for this contact, e.g. [Jim].' },
  { key: 'interests', description: 'A list, e.g. [ballet, sailing].' },
  { key: 'tags', description: 'A list, e.g. [printing, met-at-expo].' },
  { key: 'birthday', description: 'YYYY-MM-DD, or --MM-DD without a year: shown in Today and Upcoming every year.' },
  { key: 'anniversary', description: 'YYYY-MM-DD, or --MM-DD: shown in Today and Upcoming every year.' },
  { key: 'waiting', description: 'What you are waiting on them for; next is when to chase.' },
  { key: 'waiting_since', description: 'The day you started waiting, YYYY-MM-DD.' },
  { key: 'owner', description: 'Whose contact it is, in a diary a team shares: a name, or a list like [alice, bob]. Compared with the contactDiary.me setting.' },
];

const DATE_KEYS = new Map<string, 'future' | 'past'>([['next', 'future'], ['last', 'past']]);

/**
 * Which way an open phrase (`fri`) leans for a date key; undefined for keys that are not dates.
 * A Map, not an object: a key named `__proto__` or `constructor` must not find Object's own.
 */
export function dateDirection(key: string): 'future' | 'past' | undefined {
  return DATE_KEYS.get(key);
}

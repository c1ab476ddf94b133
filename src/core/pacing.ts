import { type Contact } from './contact';
import { describePast } from './dates/describe';
import { type LocalDate, dayNumber } from './dates/localDate';
import { onWorkingDay } from './dates/offsets';
import { type Pace, earliestGoodDay, formatPace, parsePace } from './dates/pace';

/**
 * How the diary paces relationships (the settings `cadenceFrom`, `stageCadences` and
 * `tagCadences`): whether a cadence runs from the last conversation or from any contact, and the
 * cadence a contact without one takes from its stage or a tag.
 */
export interface Pacing {
  /** `conversation` (the default): a cadence runs from the last conversation; `any`: from any contact, touches too. */
  readonly cadenceFrom: 'conversation' | 'any';
  /** By stage, lower case (`prospect` → every 2 weeks). */
  readonly stages: ReadonlyMap<string, Pace>;
  /** By tag, lower case (`key-account` → every 2–3 weeks). */
  readonly tags: ReadonlyMap<string, Pace>;
}

export const DEFAULT_PACING: Pacing = { cadenceFrom: 'conversation', stages: new Map(), tags: new Map() };

/** The pacing settings as written (`contactDiary.cadenceFrom`, `stageCadences`, `tagCadences`), any of them absent. */
export interface PacingSettings {
  readonly cadenceFrom?: unknown;
  readonly stageCadences?: unknown;
  readonly tagCadences?: unknown;
}

/**
 * The pacing of these settings, and a line for each value that can't be read (it is left out,
 * or its default used): `name` gives the setting's name as the lines say it.
 */
export function readPacing(settings: PacingSettings, name: (key: keyof PacingSettings) => string): { readonly pacing: Pacing; readonly problems: readonly string[] } {
  const problems: string[] = [];
  const cadences = (key: 'stageCadences' | 'tagCadences') => {
    const map = new Map<string, Pace>();
    const value = settings[key];
    if (value === undefined) return map;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push(`${name(key)} must map names to cadences, as in { "prospect": "2 weeks" }, not ${JSON.stringify(value)}; not used`);
      return map;
    }
    for (const [entry, text] of Object.entries(value as Record<string, unknown>)) {
      const pace = typeof text === 'string' ? parsePace(text) : undefined;
      // A tag's key may be written as Obsidian shows the tag, `#key-account`.
      if (pace?.ok) map.set((key === 'tagCadences' ? entry.trim().replace(/^#/, '') : entry.trim()).toLowerCase(), pace.value);
      else problems.push(`${name(key)}: "${entry}": ${pace ? pace.error.replace(/\.$/, '') : `a cadence is text, as "2-4 weeks", not ${JSON.stringify(text)}`}; left out`);
    }
    return map;
  };
  const from = settings.cadenceFrom;
  if (from !== undefined && from !== 'conversation' && from !== 'any') {
    problems.push(`${name('cadenceFrom')} is "conversation" or "any", not ${JSON.stringify(from)}; "conversation" is used`);
  }
  return { pacing: { cadenceFrom: from === 'any' ? 'any' : 'conversation', stages: cadences('stageCadences'), tags: cadences('tagCadences') }, problems };
}

/** A contact's pace: its own `cadence`, else its stage's, else its first tag's that has one; undefined without any. */
export function paceOf(c: Pick<Contact, 'cadence'> & Partial<Pick<Contact, 'cadenceMin' | 'stage' | 'tags'>>, pacing: Pacing = DEFAULT_PACING): Pace | undefined {
  if (c.cadence) return c.cadenceMin ? { min: c.cadenceMin, max: c.cadence } : { max: c.cadence };
  if (pacing.stages.size > 0 && c.stage !== undefined) {
    const byStage = pacing.stages.get(c.stage.toLowerCase());
    if (byStage) return byStage;
  }
  if (pacing.tags.size > 0) {
    for (const tag of c.tags ?? []) {
      const byTag = pacing.tags.get(tag.toLowerCase());
      if (byTag) return byTag;
    }
  }
  return undefined;
}

/**
 * The day a cadence runs from: the last conversation; with no conversation on record (or with
 * `cadenceFrom: any`), the last contact of any kind.
 */
export function paceFrom(c: Pick<Contact, 'last'> & Partial<Pick<Contact, 'conversation'>>, pacing: Pacing = DEFAULT_PACING): LocalDate | undefined {
  if (pacing.cadenceFrom === 'conversation' && c.conversation) return c.conversation.date;
  return c.last;
}

/** A next contact planned inside the pace's least gap: what to say, and the day that would not be too soon. */
export interface TooSoon {
  /** `Too soon for Jane Doe? Last conversation 3 days ago; the pace is every 2–4 weeks.` */
  readonly message: string;
  /** The last conversation plus the least gap, moved on to a Monday from a weekend: the earliest good day to offer. */
  readonly earliest: LocalDate;
}

/**
 * Whether `next` comes before the least gap of the contact's pace (`cadence: 2-4 weeks`, or its
 * stage's or tag's) after the last conversation (after the last contact of any kind with
 * `cadenceFrom: any`). Undefined when it doesn't, when the pace has no least gap (`monthly`), or
 * when there has been no conversation to count from: a first conversation is never too soon.
 * A warning only: the date stays the user's choice.
 */
export function tooSoon(
  contact: Pick<Contact, 'name' | 'cadence'> & Partial<Pick<Contact, 'cadenceMin' | 'stage' | 'tags' | 'conversation' | 'last'>>,
  next: LocalDate,
  pacing: Pacing,
  today: LocalDate,
): TooSoon | undefined {
  const pace = paceOf(contact, pacing);
  if (!pace?.min) return undefined;
  const any = pacing.cadenceFrom === 'any';
  const from = any ? contact.last : contact.conversation?.date;
  if (!from) return undefined;
  // Days, not times: a pace counts calendar days, and 09:00 on the earliest day is not too soon.
  const day = { year: from.year, month: from.month, day: from.day };
  const earliest = earliestGoodDay(pace, day);
  if (dayNumber(next) >= dayNumber(earliest)) return undefined;
  // The day offered instead is a working one: a follow-up moved to a Sunday is most often a slip.
  return {
    message: `Too soon for ${contact.name}? ${any ? 'Last contact' : 'Last conversation'} ${describePast(day, today)}; the pace is ${formatPace(pace)}.`,
    earliest: onWorkingDay(earliest),
  };
}

import { type Contact } from './contact';
import { type LocalDate } from './dates/localDate';
import { type Pace } from './dates/pace';

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

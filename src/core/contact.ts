import { type Duration } from './dates/duration';
import { type LocalDate } from './dates/localDate';
import { type YearlyDate } from './dates/yearly';
import { type Problem } from './types';

/**
 * What the diary knows of one contact file. Kept small (no file text, no log), because the
 * index holds one per contact: strings are copies, never slices that keep a whole file alive.
 */
export interface Contact {
  /** The file's path as the host names it. */
  readonly file: string;
  /** `name`, else the first `# ` heading, else the file name without `.md`. */
  readonly name: string;
  readonly company?: string;
  readonly role?: string;
  readonly email?: string;
  /** The `emails` list (an import's addresses besides `email`); absent when none. */
  readonly emails?: readonly string[];
  readonly phone?: string;
  /** The `phones` list (an import's numbers besides `phone`); absent when none. */
  readonly phones?: readonly string[];
  readonly stage?: string;
  readonly tags: readonly string[];
  readonly interests: readonly string[];
  /** Other names the note answers to in a `[[link]]` (the `aliases` list, as Obsidian reads it); absent when none. */
  readonly aliases?: readonly string[];
  /** The target of a `[[wiki-link]]`, e.g. `bob-smith`. */
  readonly introducedBy?: string;
  /**
   * Whom they can introduce the user to (`knows`): a person as `[[target]]` (alias and heading
   * dropped), a company by its name as written; absent when none.
   */
  readonly knows?: readonly string[];
  /** Absent = unscheduled (blank `next:`, `next: ~`, or a date that can't be read, see problems). */
  readonly next?: LocalDate;
  readonly nextAction?: string;
  readonly last?: LocalDate;
  readonly lastAction?: string;
  /** The most between conversations (`cadence: 3 weeks`, or the top of `2-4 weeks`). */
  readonly cadence?: Duration;
  /** The least between conversations, when the cadence is a range (`2-4 weeks`). */
  readonly cadenceMin?: Duration;
  /** Present when no word of the vocabulary classifies `last_action`: it counts as a touch, and the views say so. */
  readonly lastActionUnclassified?: true;
  /** The newest conversation (a call, a meeting…), from the log and `last`; absent when none is known. */
  readonly conversation?: { readonly date: LocalDate; readonly action: string };
  /** How many touches (emails, voicemails, messages…) came after it: all of them when there was no conversation. */
  readonly touchesSince: number;
  /** Those touches in words, `3 emails since`; absent when there are none. */
  readonly touchesText?: string;
  /** The day of the third-newest of those touches: three inside a pace's least gap is pushing (see `isPushing`). */
  readonly thirdTouch?: LocalDate;
  /** `birthday` (`1980-05-14`, `--05-14`, `05-14`); absent when none or when it can't be read (see problems). */
  readonly birthday?: YearlyDate;
  /** `anniversary`, in the same forms as `birthday`. */
  readonly anniversary?: YearlyDate;
  /** What the user is waiting on them for (`waiting`): the ball is in their court. Absent when not waiting. */
  readonly waiting?: string;
  /** Since when (`waiting_since`); absent when not recorded. */
  readonly waitingSince?: LocalDate;
  /**
   * Whose contact it is, in a diary a team shares (`owner: alice`; a list, `[alice, bob]`, for an
   * account two people share): the names trimmed, as written. Absent when nobody owns it: then it
   * is everyone's (see `matchesOwner`).
   */
  readonly owners?: readonly string[];
  /** 0-based line of the `next:` key, so the editor can open the file there. */
  readonly nextLine: number;
  /** What can't be read: a contact with problems is still listed, and also needs attention. */
  readonly problems: readonly Problem[];
}

/** One line of the `## Log` section: `- YYYY-MM-DD Action — note`. */
export interface LogEntry {
  readonly date: LocalDate;
  readonly action: string;
  readonly note?: string;
  /** 0-based line in the file. */
  readonly line: number;
}

/**
 * What reading a file gives:
 * - `contact`: its front-matter has `next`;
 * - `attention`: it looks like ours (a `next:` line) but can't be read — with the reason;
 * - `none`: not a diary file; left alone.
 */
export type ReadResult =
  | { readonly kind: 'contact'; readonly contact: Contact }
  | { readonly kind: 'attention'; readonly file: string; readonly name: string; readonly problem: Problem }
  | { readonly kind: 'none' };

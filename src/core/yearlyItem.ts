import { type AgendaGroupId, type AgendaItem, type AgendaWords } from './agendaItem';
import { type Contact } from './contact';
import { WEEKDAY_NAMES, monthName } from './dates/describe';
import { type LocalDate, dayNumber, weekday } from './dates/localDate';
import { type Pace } from './dates/pace';
import { type YearlyDate, nextOccurrence, yearsOn } from './dates/yearly';
import { ItemOfContact } from './itemOfContact';

/** The dates that return every year, as their items name them. */
export type Occasion = 'birthday' | 'anniversary';

/**
 * The contact's birthday and anniversary that fall today or within the upcoming days, each as
 * an item of its own beside the contact's follow-up (which stays as it is). `keyOf` gives an
 * untimed day's sort key, as the agenda sorts it.
 */
export function yearlyItems(c: Contact, words: AgendaWords, upcomingDays: number, keyOf: (day: number, date: LocalDate) => number): AgendaItem[] {
  const out: AgendaItem[] = [];
  for (const occasion of ['birthday', 'anniversary'] as const) {
    const date = c[occasion];
    if (!date) continue;
    const on = nextOccurrence(date, words.today);
    const day = dayNumber(on);
    const days = day - words.day;
    if (days > upcomingDays) continue;
    out.push(new YearlyItem(days === 0 ? 'today' : 'upcoming', occasion, date, c, on, keyOf(day, on), words));
  }
  return out;
}

/**
 * `birthday today, turns 46`, `anniversary on Fri, 10 years`: the day (its weekday within a
 * week, else its date too) and, when the year is known, the age.
 */
export function occasionText(occasion: Occasion, date: YearlyDate, on: LocalDate, today: LocalDate): string {
  const days = dayNumber(on) - dayNumber(today);
  const name = WEEKDAY_NAMES[weekday(on)]!.slice(0, 3);
  const when = days === 0 ? 'today' : days === 1 ? 'tomorrow' : days < 7 ? `on ${name}` : `on ${name} ${on.day} ${monthName(on.month).slice(0, 3)}`;
  const years = yearsOn(date, on);
  const age = years === undefined || years === 0 ? '' : occasion === 'birthday' ? `, turns ${years}` : `, ${years} year${years === 1 ? '' : 's'}`;
  return `${occasion} ${when}${age}`;
}

/** `14 May 1980`, or `14 May` without a year. */
export function yearlyDateText(date: YearlyDate): string {
  return `${date.day} ${monthName(date.month)}${date.year !== undefined ? ` ${date.year}` : ''}`;
}

/** A birthday or an anniversary on the agenda: its own line, the contact's details read through. */
class YearlyItem extends ItemOfContact implements AgendaItem {
  constructor(
    readonly group: AgendaGroupId,
    readonly occasion: Occasion,
    private readonly date: YearlyDate,
    contact: Contact,
    readonly due: LocalDate,
    readonly sortKey: number,
    private readonly words: AgendaWords,
  ) {
    super(contact);
  }

  get kind(): 'birthday' { return 'birthday'; }
  get cause(): 'yearly' { return 'yearly'; }
  get pace(): Pace | undefined { return undefined; }
  get pushing(): boolean { return false; }
  get description(): string { return occasionText(this.occasion, this.date, this.due, this.words.today); }
  get reason(): string { return `${this.occasion} ${yearlyDateText(this.date)}`; }
}

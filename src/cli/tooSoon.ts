import { type Contact, type LocalDate, type Pacing, describe, describePast, diffDays, formatIsoDate, shortDate, tooSoon } from '../core';

/** Further ahead than this, a next date is more likely a slip of the year (2062 for 2026) than a plan. */
const FAR_DAYS = 5 * 366;

/**
 * The warning `reschedule` and `log` give about the contact's next date as the edit leaves it:
 * gone by already (`last friday`: the contact stays overdue), years away (a slip of the year), or
 * too soon for its pace (what `tooSoon` says, and the command that moves it to the earliest good
 * date). Never a refusal: the date is the user's to keep.
 */
export function tooSoonWarning(fileArg: string, today: LocalDate, pacing: Pacing): (after: Contact) => string | undefined {
  return (after) => {
    const days = after.next && diffDays(today, after.next);
    if (after.next && days !== undefined && days < 0) return `The next contact, ${shortDate(after.next)}, is ${describePast(after.next, today)}: ${after.name} stays overdue.`;
    if (after.next && days !== undefined && days > FAR_DAYS) return `The next contact, ${shortDate(after.next)}, is ${describe(after.next, today)}: is the year right?`;
    const soon = after.next && tooSoon(after, after.next, pacing, today);
    if (!soon) return undefined;
    return `${soon.message} The earliest good date is ${shortDate(soon.earliest)}: contact-diary reschedule ${shellWord(fileArg)} ${formatIsoDate(soon.earliest)}`;
  };
}

/** `jane.md` as it is, `'Jane Doe.md'` quoted: a word to paste into a shell. */
function shellWord(word: string): string {
  return /^[\w./@+-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}

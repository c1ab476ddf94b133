import { type Contact, type LocalDate, type Pacing, formatIsoDate, shortDate, tooSoon } from '../core';

/**
 * The warning `reschedule` and `log` give when the contact's next date, as the edit leaves it,
 * is too soon for its pace: what `tooSoon` says, and the command that moves it to the earliest
 * good date. Never a refusal: the date is the user's to keep.
 */
export function tooSoonWarning(fileArg: string, today: LocalDate, pacing: Pacing): (after: Contact) => string | undefined {
  return (after) => {
    const soon = after.next && tooSoon(after, after.next, pacing, today);
    if (!soon) return undefined;
    return `${soon.message} The earliest good date is ${shortDate(soon.earliest)}: contact-diary reschedule ${shellWord(fileArg)} ${formatIsoDate(soon.earliest)}`;
  };
}

/** `jane.md` as it is, `'Jane Doe.md'` quoted: a word to paste into a shell. */
function shellWord(word: string): string {
  return /^[\w./@+-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}

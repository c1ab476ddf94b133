import { type Contact } from './contact';
import { type LocalDate } from './dates/localDate';
import { type Waiting, waitingOf } from './waiting';

/** The owners of a contact nobody owns: one frozen list for all of them. */
export const NO_OWNERS: readonly string[] = Object.freeze([]);

/**
 * What every agenda line of a readable contact reads through from the contact itself: its follow-up
 * line and its birthday line alike. The name is copied (sorting reads it many times); every other
 * field is read when asked, so an item adds a few pointers to what the index holds.
 */
export abstract class ItemOfContact {
  readonly name: string;

  constructor(protected readonly contact: Contact) {
    this.name = contact.name;
  }

  get file(): string { return this.contact.file; }
  get company(): string | undefined { return this.contact.company; }
  get next(): LocalDate | undefined { return this.contact.next; }
  get nextAction(): string | undefined { return this.contact.nextAction; }
  get last(): LocalDate | undefined { return this.contact.last; }
  get lastAction(): string | undefined { return this.contact.lastAction; }
  get phone(): string | undefined { return this.contact.phone; }
  get email(): string | undefined { return this.contact.email; }
  get line(): number { return this.contact.nextLine; }
  get problem(): undefined { return undefined; }
  get lastConversation(): { readonly date: LocalDate; readonly action: string } | undefined { return this.contact.conversation; }
  get touchesSince(): number { return this.contact.touchesSince; }
  get touchesText(): string | undefined { return this.contact.touchesText; }
  get waiting(): Waiting | undefined { return waitingOf(this.contact); }
  get owners(): readonly string[] { return this.contact.owners ?? NO_OWNERS; }
}

import { type LocalDate, type ProposedNext, nextAhead, offDay, ok, previewPhrase, resolveDate, shortDate } from '../core';
import { type Back, type Choice, type Prompts } from './prompts';

const QUICK_CHOICES = ['Tomorrow', 'In 3 days', 'Next week', 'In 2 weeks', 'Next month'];

export interface DateQuestion {
  readonly title: string;
  readonly today: LocalDate;
  /** `past` for a date that happened (a last contact); `future` by default. */
  readonly direction?: 'future' | 'past';
  /** The first choices, e.g. the date the contact's cadence proposes (see `nextDateChoices`). */
  readonly suggested?: readonly Suggestion[];
  /** A later step of a flow: a Back button, and a `Back` (with the text typed) when it is clicked. */
  readonly back?: boolean;
  /** Text already in the box: what was typed before the flow went back from here. */
  readonly value?: string;
}

export interface Suggestion {
  readonly label: string;
  readonly date: LocalDate;
  /** Shown under it: why it is not what the user set. */
  readonly warning?: string;
}

/**
 * The first choices for a contact's next date: **Keep the next date** when one is booked on a
 * later day (an email logged before Friday's demo must not move the demo), then the date
 * proposed (`Cadence 3 weeks`, `Default follow-up 1 week`), with `warning` under it. With
 * `newStep` (a next step typed that is not the booked one's) the proposal comes first.
 */
export function nextDateChoices(next: LocalDate | undefined, today: LocalDate, proposal: ProposedNext, warning?: string, newStep = false): Suggestion[] {
  const ahead = nextAhead(next, today);
  const proposed = { label: `${proposal.because.charAt(0).toUpperCase()}${proposal.because.slice(1)}`, date: proposal.date, ...(warning ? { warning } : {}) };
  if (!ahead) return [proposed];
  const keep = { label: 'Keep the next date', date: ahead };
  return newStep ? [proposed, keep] : [keep, proposed];
}

/** `Sat 28 Nov 2026 — a Saturday`: a choice's date, and a word when it falls on a weekend. */
function dated(date: LocalDate): string {
  const off = offDay(date);
  return off ? `${shortDate(date)} — ${off}` : shortDate(date);
}

/**
 * Asks for a date in words: quick choices each showing their date, and whatever the user types,
 * previewed as they type (`→ Fri 27 Nov 2026 · in 4 days`) or refused with the core's reason. A
 * date on a weekend is taken, with a word of warning beside it.
 */
export function askDate(prompts: Prompts, q: DateQuestion & { readonly back?: false }): Promise<LocalDate | undefined>;
export function askDate(prompts: Prompts, q: DateQuestion): Promise<LocalDate | Back | undefined>;
export function askDate(prompts: Prompts, q: DateQuestion): Promise<LocalDate | Back | undefined> {
  const options = { direction: q.direction ?? 'future' } as const;
  const choices: Choice<LocalDate>[] = [];
  for (const { label, date, warning } of q.suggested ?? []) {
    choices.push({ label, description: dated(date), value: date, ...(warning ? { detail: `$(warning) ${warning}` } : {}) });
  }
  for (const label of QUICK_CHOICES) {
    const r = resolveDate(label, q.today, options);
    if (r.ok) choices.push({ label, description: dated(r.value.date), value: r.value.date });
  }
  return prompts.pick<LocalDate>({
    title: q.title,
    back: q.back,
    value: q.value,
    placeHolder: 'Type a date: "fri", "in 2 weeks", "+3d", "next tuesday", 2026-12-01…',
    choices,
    typed: (text) => {
      const date = resolveDate(text, q.today, options);
      if (!date.ok) return date;
      const preview = previewPhrase(text, q.today, options);
      return ok({ value: date.value.date, preview: preview.ok ? preview.value : shortDate(date.value.date) });
    },
  });
}

// An index fed with ready-made contacts (as JSON text), so agenda and export tests don't depend
// on the file reader: they state the contact they mean.
import { type Contact, type ReadResult } from '../../../src/core/contact';
import { parseIsoDate, type LocalDate } from '../../../src/core/dates/localDate';
import { parsePace } from '../../../src/core/dates/pace';
import { parseYearly } from '../../../src/core/dates/yearly';
import { channelOf, relationship, touchesSinceText } from '../../../src/core/relationship';
import { type DiaryIndex, createDiaryIndex } from '../../../src/core/diaryIndex';

/** A contact as a test writes it: dates and cadence as text. */
export interface ContactSpec {
  name?: string;
  company?: string;
  email?: string;
  phone?: string;
  next?: string;
  nextAction?: string;
  last?: string;
  lastAction?: string;
  cadence?: string;
  /** The log's lines, newest first: `2026-10-12 Phone call`. */
  log?: string[];
  stage?: string;
  tags?: string[];
  problems?: string[];
  attention?: string;
  /** `1980-11-23` or `--11-23`. */
  birthday?: string;
  waiting?: string;
  waitingSince?: string;
}

const yearly = (s: string) => {
  const r = parseYearly(s);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

const date = (s: string): LocalDate => {
  const r = parseIsoDate(s);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

export function makeContact(file: string, spec: ContactSpec): Contact {
  const cadence = spec.cadence === undefined ? undefined : parsePace(spec.cadence);
  if (cadence && !cadence.ok) throw new Error(cadence.error);
  const last = spec.last === undefined ? undefined : date(spec.last);
  // The history as the reader builds it: the log's lines and last:.
  const log = (spec.log ?? []).map((line) => ({ date: date(line.slice(0, 10)), action: line.slice(11) }));
  const r = relationship(log, last && { date: last, ...(spec.lastAction !== undefined ? { action: spec.lastAction } : {}) });
  return {
    file,
    name: spec.name ?? file.replace(/^.*\//, '').replace(/\.md$/, ''),
    company: spec.company,
    email: spec.email,
    phone: spec.phone,
    ...(spec.stage !== undefined ? { stage: spec.stage } : {}),
    tags: spec.tags ?? [],
    interests: [],
    next: spec.next === undefined ? undefined : date(spec.next),
    nextAction: spec.nextAction,
    last,
    lastAction: spec.lastAction,
    cadence: cadence?.value.max,
    ...(cadence?.value.min ? { cadenceMin: cadence.value.min } : {}),
    ...(r.lastConversation ? { conversation: { date: r.lastConversation.date, action: r.lastConversation.action } } : {}),
    touchesSince: r.touchesSince.length,
    ...(r.touchesSince.length > 0 ? { touchesText: touchesSinceText(r.touchesSince.map((e) => ({ channel: channelOf(e.action) }))) } : {}),
    ...(r.touchesSince[2] ? { thirdTouch: r.touchesSince[2].date } : {}),
    ...(spec.birthday !== undefined ? { birthday: yearly(spec.birthday) } : {}),
    ...(spec.waiting !== undefined ? { waiting: spec.waiting } : {}),
    ...(spec.waitingSince !== undefined ? { waitingSince: date(spec.waitingSince) } : {}),
    nextLine: 3,
    problems: (spec.problems ?? []).map((message, i) => ({ message, line: 10 + i, column: 0, severity: 'error' as const, code: 'date' })),
  };
}

/** Reads `{"attention": "why"}` as a file needing attention, `null` as not a diary file. */
export function fakeRead(file: string, bytes: Uint8Array): ReadResult {
  const spec = JSON.parse(new TextDecoder().decode(bytes)) as ContactSpec | null;
  if (spec === null) return { kind: 'none' };
  if (spec.attention !== undefined) {
    return { kind: 'attention', file, name: spec.name ?? file, problem: { message: spec.attention, line: 2, column: 0, severity: 'error', code: 'yaml' } };
  }
  return { kind: 'contact', contact: makeContact(file, spec) };
}

export function fakeIndex(specs: Record<string, ContactSpec | null> = {}): DiaryIndex {
  const index = createDiaryIndex({ read: fakeRead });
  index.batch(() => {
    for (const [file, spec] of Object.entries(specs)) index.upsert(file, JSON.stringify(spec));
  });
  return index;
}

export const put = (index: DiaryIndex, file: string, spec: ContactSpec | null) => index.upsert(file, JSON.stringify(spec));

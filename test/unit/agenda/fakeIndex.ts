// An index fed with ready-made contacts (as JSON text), so agenda and export tests don't depend
// on the file reader: they state the contact they mean.
import { type Contact, type ReadResult } from '../../../src/core/contact';
import { parseIsoDate, type LocalDate } from '../../../src/core/dates/localDate';
import { parseDuration } from '../../../src/core/dates/duration';
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
  problems?: string[];
  attention?: string;
}

const date = (s: string): LocalDate => {
  const r = parseIsoDate(s);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

export function makeContact(file: string, spec: ContactSpec): Contact {
  const cadence = spec.cadence === undefined ? undefined : parseDuration(spec.cadence);
  if (cadence && !cadence.ok) throw new Error(cadence.error);
  return {
    file,
    name: spec.name ?? file.replace(/^.*\//, '').replace(/\.md$/, ''),
    company: spec.company,
    email: spec.email,
    phone: spec.phone,
    tags: [],
    interests: [],
    next: spec.next === undefined ? undefined : date(spec.next),
    nextAction: spec.nextAction,
    last: spec.last === undefined ? undefined : date(spec.last),
    lastAction: spec.lastAction,
    cadence: cadence?.value,
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

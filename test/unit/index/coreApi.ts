// The public API as a front end sees it, plus a date helper for tests.
import { parseIsoDate } from '../../../src/core/index';
export * from '../../../src/core/index';

export function localDateOf(text: string) {
  const r = parseIsoDate(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

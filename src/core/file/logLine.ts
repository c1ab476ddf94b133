import { LocalDate } from '../dates/localDate';
import { Result, TextEdit, fail } from '../types';
import { FileParts } from './split';

/** Interim: log lines wait for the shared log-section finder; until then a log op is refused. */
export function planLogLine(_text: string, _parts: FileParts, _entry: { date: LocalDate; action: string; note?: string }, _heading: string): Result<TextEdit> {
  return fail('Adding a log line is not available yet; nothing was changed.');
}

import Papa from 'papaparse';
import { type ImportProblem } from './person';

/** One record of a CSV: its cells and the 1-based line it starts on. */
export interface CsvRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/** A CSV's header row: where it is, its cells and the delimiter it uses. */
export interface CsvHeader {
  /** 1-based line. */
  readonly line: number;
  readonly cells: readonly string[];
  readonly delimiter: string;
  /** Offset in the text just after the header row. */
  readonly end: number;
}

/** How far down a header row is looked for: LinkedIn puts a few lines of notes above it. */
const HEADER_SEARCH_LINES = 30;
const DELIMITERS = [',', ';', '\t'];

/**
 * The first line among the first few that `accept` takes as a header row, read with each
 * delimiter in turn (a comma, a semicolon as European Excel writes, a tab as Excel's "Unicode
 * Text" does). Undefined when none is.
 */
export function findHeader(text: string, accept: (cells: readonly string[]) => boolean): CsvHeader | undefined {
  let pos = 0;
  for (let line = 1; line <= HEADER_SEARCH_LINES && pos < text.length; line++) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl + 1;
    const content = text.slice(pos, end).replace(/\r?\n$/, '');
    if (content.trim() !== '') {
      // A header of one column has no delimiter: read as comma-separated.
      const present = DELIMITERS.filter((d) => content.includes(d));
      for (const delimiter of present.length > 0 ? present : [',']) {
        const cells = Papa.parse<string[]>(content, { delimiter }).data[0]?.map((c) => c.trim()) ?? [];
        if (accept(cells)) return { line, cells, delimiter, end };
      }
    }
    pos = end;
  }
  return undefined;
}

/**
 * The records after the header, with their line numbers. A record that can't be read (a quote
 * never closed, more cells than the header has) is a problem on its line, and reading goes on
 * from the line after it: an unclosed quote swallows the lines below it, which are read again.
 * Blank records are passed over.
 */
export function readCsvRows(text: string, header: CsvHeader, file: string): { rows: CsvRow[]; problems: ImportProblem[] } {
  const lineStarts = lineStartsOf(text);
  const lineOf = (offset: number) => upperBound(lineStarts, offset);
  const rows: CsvRow[] = [];
  const problems: ImportProblem[] = [];
  let from = header.end;
  while (from < text.length) {
    let restart: number | undefined;
    let rowStart = from;
    Papa.parse<string[]>(text.slice(from), {
      delimiter: header.delimiter,
      step(result, parser) {
        const start = rowStart;
        const end = from + result.meta.cursor;
        rowStart = end;
        const cells = result.data;
        const line = lineOf(start);
        const spans = lineOf(Math.max(start, end - 1)) > line;
        const unclosed = result.errors.some((e) => e.code === 'MissingQuotes');
        if (unclosed || (spans && result.errors.length > 0)) {
          problems.push({ file, line, reason: 'a quote (") opened in this row is never closed, so the row was not read' });
          restart = lineStarts[line] ?? text.length;
          parser.abort();
          return;
        }
        if (cells.every((c) => c.trim() === '')) return;
        // Blank cells past the header's last column (a trailing comma, as some exporters write) say nothing.
        while (cells.length > header.cells.length && cells[cells.length - 1]!.trim() === '') cells.pop();
        if (cells.length > header.cells.length) {
          problems.push({ file, line, reason: `this row has ${cells.length} cells but the header has ${header.cells.length}, so it was not read` });
          return;
        }
        rows.push({ line, cells });
      },
    });
    if (restart === undefined) break;
    from = restart;
  }
  return { rows, problems };
}

/** The offset of each line's start. */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** How many of the sorted `starts` are at or before `offset`: the 1-based line of `offset`. */
function upperBound(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

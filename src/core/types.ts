/** A value or a message a person can read. Core functions return this instead of throwing. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: string): Result<T> => ({ ok: false, error });

/** Something in a file that can't be read as the diary expects. Lines and columns are 0-based. */
export interface Problem {
  /** A sentence a person understands, e.g. `Can't read "someday" as a date`. */
  readonly message: string;
  readonly line: number;
  readonly column: number;
  /** Where the problem ends, when known (same line as `line` if absent). */
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly severity: 'error' | 'warning';
  /** A stable code for quick fixes and tests, e.g. `yaml`, `date`, `cadence`, `too-large`. */
  readonly code: string;
}

/**
 * A minimal text replacement in a file's text (UTF-16 offsets, as in JavaScript strings and
 * VS Code documents). `expected` is the text the edit replaces: applying it to a text where
 * that range holds something else is refused, so an edit never lands on a file changed since
 * it was read.
 */
export interface TextEdit {
  readonly offset: number;
  readonly length: number;
  readonly newText: string;
  readonly expected: string;
}

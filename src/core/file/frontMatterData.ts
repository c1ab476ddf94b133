import { type Problem } from '../types';

/**
 * A front-matter value as the diary uses it. Scalars are text: a number or boolean keeps its
 * source text (`phone: 442079460000` is the text "442079460000"); only YAML's nulls (blank,
 * `~`, `null`) are `null`.
 */
export type FieldValue =
  | { readonly type: 'null' }
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'list'; readonly items: readonly FieldValue[] }
  /** A mapping, or a list nested too deep for any field the diary reads. */
  | { readonly type: 'other' };

/** One top-level key of the block, with where its value sits in the file (0-based lines and UTF-16 columns). */
export interface Field {
  readonly key: string;
  readonly value: FieldValue;
  readonly keyLine: number;
  /** Start of the value (for a blank value: the end of the key). */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** The block read as data. `fields` is a Map, so keys like `__proto__` are plain entries. */
export interface FrontMatterData {
  /** False when the block is empty, a comment, a list or a scalar: not a mapping of keys. */
  readonly isMapping: boolean;
  readonly fields: ReadonlyMap<string, Field>;
  /** Errors mean the block can't be trusted: the reader then ignores `fields`. */
  readonly problems: readonly Problem[];
  /**
   * The block holds only printable ASCII and line feeds, and no backslash (no escape can make a
   * control character): no value of it needs cleaning (see `oneLine`).
   */
  readonly plain?: boolean;
}

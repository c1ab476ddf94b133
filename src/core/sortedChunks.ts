/**
 * A sorted list kept as a run of small sorted chunks, with cheap immutable snapshots.
 *
 * Why: one saved file must update a 50,000-item agenda in a fraction of a millisecond, and the
 * view must get a snapshot that later changes can't alter. A plain array makes every snapshot
 * an O(n) copy; here an insert or a removal touches one chunk, and a snapshot copies only the
 * list of chunks, after which a chunk is copied before its first change (copy on write).
 */
export class SortedChunks<T> {
  private chunks: T[][] = [];
  /**
   * Beside each chunk, the generation it was made in. A chunk made before the last snapshot is
   * seen by it, and is copied before it changes; marking is O(1) per snapshot this way.
   */
  private gens: number[] = [];
  private gen = 1;
  private sharedUpTo = 0;
  private count = 0;
  /**
   * Items inserted but not yet in the chunks, in any order. They go in when the list is next
   * read or something is removed, or once they are as many as the items already in (and at
   * least PENDING_MIN) or PENDING_MAX: a first scan then sorts its items in a few large steps,
   * each merged in one pass per chunk, instead of searching each slice's items into their chunks
   * one by one. The cap bounds a step (and the read after a scan) to a few milliseconds.
   */
  private pending: T[] = [];

  constructor(private readonly compare: (a: T, b: T) => number, private readonly chunkSize = 256) {}

  /** Builds from items in any order (one sort, then cut into chunks: `settle` into no chunks). */
  static from<T>(items: T[], compare: (a: T, b: T) => number, chunkSize?: number): SortedChunks<T> {
    const list = new SortedChunks(compare, chunkSize);
    list.pending = items;
    list.count = items.length;
    list.settle();
    return list;
  }

  get size(): number {
    return this.count;
  }

  insert(item: T): void {
    this.insertMany([item]);
  }

  /** Inserts many items at once (see `pending`: they go into the chunks when next needed). */
  insertMany(added: readonly T[]): void {
    for (let i = 0; i < added.length; i++) this.pending.push(added[i]!);
    this.count += added.length;
    const n = this.pending.length;
    if (n >= PENDING_MAX || (n >= PENDING_MIN && n * 2 >= this.count)) this.settle();
  }

  /**
   * Puts the pending items into the chunks: they are sorted, then each run of them that falls in
   * one chunk is merged into that chunk (one copy per chunk), and chunks no item falls in are
   * kept as they are. A splice per item, or a merge over the whole list, cost several times more.
   */
  private settle(): void {
    const added = this.pending;
    if (added.length === 0) return;
    this.pending = [];
    added.sort(this.compare);
    if (this.chunks.length === 0) {
      for (let i = 0; i < added.length; i += this.chunkSize) {
        this.chunks.push(added.slice(i, i + this.chunkSize));
        this.gens.push(this.gen);
      }
      return;
    }
    const chunks: T[][] = [];
    const gens: number[] = [];
    let kept = 0;
    for (let j = 0; j < added.length;) {
      const c = this.chunkFor(added[j]!);
      const chunk = this.chunks[c]!;
      // The run of `added` that belongs in chunk c: up to its last item (all the rest in the last chunk).
      let end = added.length;
      if (c < this.chunks.length - 1) {
        const last = chunk[chunk.length - 1]!;
        let lo = j + 1;
        while (lo < end) {
          const mid = (lo + end) >>> 1;
          if (this.compare(last, added[mid]!) < 0) end = mid;
          else lo = mid + 1;
        }
      }
      for (; kept < c; kept++) {
        chunks.push(this.chunks[kept]!);
        gens.push(this.gens[kept]!);
      }
      const merged = mergeRun(chunk, added, j, end, this.compare);
      const size = merged.length > 2 * this.chunkSize ? this.chunkSize : merged.length;
      for (let i = 0; i < merged.length; i += size) {
        chunks.push(size === merged.length ? merged : merged.slice(i, i + size));
        gens.push(this.gen);
      }
      kept = c + 1;
      j = end;
    }
    for (; kept < this.chunks.length; kept++) {
      chunks.push(this.chunks[kept]!);
      gens.push(this.gens[kept]!);
    }
    this.chunks = chunks;
    this.gens = gens;
  }

  /** Removes `item` (the same object); false when it isn't there. */
  remove(item: T): boolean {
    this.settle();
    if (this.chunks.length === 0) return false;
    const c = this.chunkFor(item);
    const found = this.indexIn(this.chunks[c]!, item);
    if (found >= 0) {
      const chunk = this.writable(c);
      chunk.splice(found, 1);
      if (chunk.length === 0) this.drop(c);
      this.count--;
      return true;
    }
    // Only an item whose sort key changed since it was inserted lands here: find it the slow way.
    for (let i = 0; i < this.chunks.length; i++) {
      const j = this.chunks[i]!.indexOf(item);
      if (j < 0) continue;
      const chunk = this.writable(i);
      chunk.splice(j, 1);
      if (chunk.length === 0) this.drop(i);
      this.count--;
      return true;
    }
    return false;
  }

  /** The chunks as they are now; later changes never alter them. */
  snapshot(): ReadonlyArray<readonly T[]> {
    this.settle();
    this.sharedUpTo = this.gen++;
    return this.chunks.slice();
  }

  /** Every item in order (a new array). */
  toArray(): T[] {
    this.settle();
    return flatten(this.chunks);
  }

  /** The chunk an item belongs in: the first whose last item doesn't sort before it. */
  private chunkFor(item: T): number {
    let lo = 0;
    let hi = this.chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const chunk = this.chunks[mid]!;
      if (this.compare(chunk[chunk.length - 1]!, item) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private indexIn(chunk: readonly T[], item: T): number {
    for (let i = lowerBound(chunk, item, this.compare); i < chunk.length; i++) {
      if (chunk[i] === item) return i;
      if (this.compare(chunk[i]!, item) > 0) break;
    }
    return -1;
  }

  private writable(c: number): T[] {
    const chunk = this.chunks[c]!;
    if (this.gens[c]! > this.sharedUpTo) return chunk;
    const copy = chunk.slice();
    this.chunks[c] = copy;
    this.gens[c] = this.gen;
    return copy;
  }

  private drop(c: number) {
    this.chunks.splice(c, 1);
    this.gens.splice(c, 1);
  }
}

/** Pending items below this go in only when the list is read (see `pending`). */
const PENDING_MIN = 1024;
/** Pending items never reach this many: 8,192 items are sorted in in a few milliseconds. */
const PENDING_MAX = 8192;

function lowerBound<T>(list: readonly T[], item: T, compare: (a: T, b: T) => number, from = 0): number {
  let lo = from;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(list[mid]!, item) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function flatten<T>(chunks: ReadonlyArray<readonly T[]>): T[] {
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Array<T>(n);
  let i = 0;
  for (const c of chunks) for (const x of c) out[i++] = x;
  return out;
}

/** A new array: `chunk` with `added[from..to)` (sorted) merged in, each before the items equal to it (their lower bound). */
function mergeRun<T>(chunk: readonly T[], added: readonly T[], from: number, to: number, compare: (a: T, b: T) => number): T[] {
  // A few items into a chunk (a saved file's, a small batch's): copy the chunk natively and
  // splice them in, rather than push the chunk's items one by one.
  if ((to - from) * 8 < chunk.length) {
    const out = chunk.slice();
    for (let x = from, i = 0; x < to; x++) {
      i = lowerBound(chunk, added[x]!, compare, i);
      out.splice(i + x - from, 0, added[x]!);
    }
    return out;
  }
  // Many: one pass over both, a comparison per step.
  const out: T[] = [];
  let i = 0;
  for (let x = from; x < to; x++) {
    const item = added[x]!;
    while (i < chunk.length && compare(chunk[i]!, item) < 0) out.push(chunk[i++]!);
    out.push(item);
  }
  for (; i < chunk.length; i++) out.push(chunk[i]!);
  return out;
}

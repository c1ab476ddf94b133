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

  constructor(private readonly compare: (a: T, b: T) => number, private readonly chunkSize = 256) {}

  /** Builds from items in any order (one sort, then cut into chunks). */
  static from<T>(items: T[], compare: (a: T, b: T) => number, chunkSize?: number): SortedChunks<T> {
    const list = new SortedChunks(compare, chunkSize);
    items.sort(compare);
    for (let i = 0; i < items.length; i += list.chunkSize) {
      list.chunks.push(items.slice(i, i + list.chunkSize));
      list.gens.push(list.gen);
    }
    list.count = items.length;
    return list;
  }

  get size(): number {
    return this.count;
  }

  insert(item: T): void {
    if (this.chunks.length === 0) {
      this.chunks.push([item]);
      this.gens.push(this.gen);
      this.count = 1;
      return;
    }
    const c = this.chunkFor(item);
    const chunk = this.writable(c);
    chunk.splice(lowerBound(chunk, item, this.compare), 0, item);
    this.count++;
    if (chunk.length > 2 * this.chunkSize) {
      this.chunks.splice(c + 1, 0, chunk.splice(this.chunkSize));
      this.gens.splice(c + 1, 0, this.gen);
    }
  }

  /**
   * Many changes in one pass: takes out `removed` (the same objects) and puts in `added`, by
   * sorting `added` and merging it with the list, O(n + k log k). A first scan hands the agenda
   * thousands of new items per slice; one binary search and splice per item cost twice as much.
   * Chunks are made anew, so snapshots taken before keep theirs.
   */
  replaceMany(removed: ReadonlySet<T>, added: T[]): void {
    added.sort(this.compare);
    const out: T[] = [];
    let j = 0;
    for (const chunk of this.chunks) {
      for (const item of chunk) {
        if (removed.has(item)) continue;
        while (j < added.length && this.compare(added[j]!, item) < 0) out.push(added[j++]!);
        out.push(item);
      }
    }
    while (j < added.length) out.push(added[j++]!);
    this.chunks = [];
    this.gens = [];
    for (let i = 0; i < out.length; i += this.chunkSize) {
      this.chunks.push(out.slice(i, i + this.chunkSize));
      this.gens.push(this.gen);
    }
    this.count = out.length;
  }

  /** Removes `item` (the same object); false when it isn't there. */
  remove(item: T): boolean {
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
    this.sharedUpTo = this.gen++;
    return this.chunks.slice();
  }

  /** Every item in order (a new array). */
  toArray(): T[] {
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

function lowerBound<T>(list: readonly T[], item: T, compare: (a: T, b: T) => number): number {
  let lo = 0;
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

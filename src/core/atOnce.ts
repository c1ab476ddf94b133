/** How many reads a loop keeps going at once: their waits overlap, and a checkout of thousands of files opens no more. */
export const READS_AT_ONCE = 16;

/**
 * `each` of `items`, at most `limit` at a time, the results in the items' order. With `stop`,
 * asked after each result, no more are begun once it says so: the rest are left undefined.
 */
export function mapAtOnce<T, R>(items: readonly T[], each: (item: T) => Promise<R>): Promise<R[]>;
export function mapAtOnce<T, R>(items: readonly T[], each: (item: T) => Promise<R>, stop: () => boolean): Promise<Array<R | undefined>>;
export async function mapAtOnce<T, R>(items: readonly T[], each: (item: T) => Promise<R>, stop?: () => boolean): Promise<Array<R | undefined>> {
  const out = new Array<R | undefined>(items.length).fill(undefined);
  let next = 0;
  let stopped = false;
  const worker = async () => {
    while (next < items.length && !stopped) {
      const i = next++;
      out[i] = await each(items[i]!);
      if (stop?.()) stopped = true;
    }
  };
  await Promise.all(Array.from({ length: Math.min(READS_AT_ONCE, items.length) }, worker));
  return out;
}

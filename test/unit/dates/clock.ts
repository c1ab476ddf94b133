// Test helpers that move the wall clock and the time zone, to show that an answer depends on
// the calendar day passed in and on nothing else.

/** Runs `fn` with `new Date()` and `Date.now()` reporting `instant`. */
export function withClock<T>(instant: Date, fn: () => T): T {
  const Real = Date;
  const t = instant.getTime();
  class FakeDate extends Real {
    constructor(...args: unknown[]) {
      // A Date built from arguments is untouched: only "now" is faked.
      super(...((args.length ? args : [t]) as [number]));
    }
    static override now(): number {
      return t;
    }
  }
  globalThis.Date = FakeDate as DateConstructor;
  try {
    return fn();
  } finally {
    globalThis.Date = Real;
  }
}

/** Runs `fn` with the process in time zone `tz` (Node re-reads TZ when it is assigned). */
export function inZone<T>(tz: string, fn: () => T): T {
  const saved = process.env.TZ;
  process.env.TZ = tz;
  try {
    return fn();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

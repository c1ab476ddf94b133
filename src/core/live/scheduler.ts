import { type Disposable } from '../event';

/** Time for a live diary: injected, so tests run its delays in virtual time. */
export interface Scheduler {
  /** Runs `run` once after `ms` milliseconds; disposing the result cancels it. */
  after(ms: number, run: () => void): Disposable;
  /** Milliseconds, to tell how long a scan took. */
  now(): number;
}

/** The host's timers and clock. */
export const realScheduler: Scheduler = {
  after: (ms, run) => {
    const timer = setTimeout(run, ms);
    return { dispose: () => clearTimeout(timer) };
  },
  now: () => Date.now(),
};

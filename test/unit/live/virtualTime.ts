// Time for a live diary in tests: its delays pass when a test says so, in no real time, and the
// promise work between them (reads from an in-memory host) is let run to its end.
import { type Disposable } from '../../../src/core/event';
import { type Scheduler } from '../../../src/core/live/scheduler';

interface Timer {
  readonly at: number;
  readonly seq: number;
  readonly run: () => void;
  cancelled: boolean;
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class VirtualTime implements Scheduler {
  private t = 0;
  private seq = 0;
  private timers: Timer[] = [];

  after(ms: number, run: () => void): Disposable {
    const timer: Timer = { at: this.t + Math.max(0, ms), seq: this.seq++, run, cancelled: false };
    this.timers.push(timer);
    return { dispose: () => (timer.cancelled = true) };
  }

  now(): number {
    return this.t;
  }

  /** Timers waiting, with how long until each fires. */
  get pending(): number[] {
    return this.live().map((x) => x.at - this.t);
  }

  /**
   * Lets promise work run (a few turns of the event loop, enough for a scan of a small tree that
   * gives the thread back between slices), with the timers due now.
   */
  async flush(): Promise<void> {
    for (let i = 0; i < 50; i++) {
      await turn();
      this.runDue(this.t);
    }
  }

  /** Moves `ms` on, running each timer at its time and the promise work after it. */
  async advance(ms: number): Promise<void> {
    const end = this.t + ms;
    await this.flush();
    for (let next = this.nextBy(end); next; next = this.nextBy(end)) {
      this.t = next.at;
      this.runDue(this.t);
      await this.flush();
    }
    this.t = end;
  }

  /** Moves on until no timer is left (at most `limit` ms). */
  async runAll(limit = 60_000): Promise<void> {
    const end = this.t + limit;
    await this.flush();
    for (let next = this.nextBy(end); next; next = this.nextBy(end)) {
      this.t = next.at;
      this.runDue(this.t);
      await this.flush();
    }
  }

  private live(): Timer[] {
    this.timers = this.timers.filter((x) => !x.cancelled);
    return this.timers;
  }

  private nextBy(end: number): Timer | undefined {
    let best: Timer | undefined;
    for (const x of this.live()) if (x.at <= end && (!best || x.at < best.at || (x.at === best.at && x.seq < best.seq))) best = x;
    return best;
  }

  private runDue(now: number): void {
    for (let x = this.nextBy(now); x; x = this.nextBy(now)) {
      x.cancelled = true;
      x.run();
    }
  }
}

import { type Disposable } from '../event';
import { type Scheduler } from './scheduler';

/**
 * Work gathered from events and worked off one run at a time. `kick(delay)` asks for a run after
 * `delay` ms: a pending run is not put off by later events (a stream of them still gets a run
 * every `delay`), and `kick(0)` brings it forward. A run never overlaps another: work that comes
 * in during one waits for its end, then runs at once.
 */
export class WorkQueue implements Disposable {
  private timer: Disposable | undefined;
  private running: Promise<void> | undefined;
  private waiters: Array<() => void> = [];
  private disposed = false;

  /**
   * @param run does the work gathered so far; it must not reject (it reports its own failures).
   * @param hasWork whether work is waiting (came in during the last run).
   */
  constructor(private readonly scheduler: Scheduler, private readonly run: () => Promise<void>, private readonly hasWork: () => boolean) {}

  /** A run is waiting or running. */
  get busy(): boolean {
    return this.timer !== undefined || this.running !== undefined;
  }

  kick(delay: number): void {
    if (this.disposed) return;
    if (this.timer !== undefined) {
      if (delay > 0) return;
      this.timer.dispose();
    }
    this.timer = this.scheduler.after(delay, () => {
      this.timer = undefined;
      if (!this.running) this.running = this.run().then(() => this.settle(), () => this.settle());
    });
  }

  /** Resolves when no run is waiting or running (at once when none is, or once disposed). */
  whenIdle(): Promise<void> {
    if (!this.busy || this.disposed) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  dispose(): void {
    this.disposed = true;
    this.timer?.dispose();
    this.timer = undefined;
    this.wake();
  }

  private settle(): void {
    this.running = undefined;
    if (this.disposed) return;
    if (this.hasWork()) this.kick(0);
    else if (this.timer === undefined) this.wake();
  }

  private wake(): void {
    for (const resolve of this.waiters.splice(0)) resolve();
  }
}

import { type Disposable } from '../event';
import { type Scheduler } from './scheduler';

/**
 * How long the views wait, during a full scan, to hear of its first contacts; each later wait is
 * twice as long. VS Code takes hundreds of ms to take in a tree of thousands of contacts: told at
 * each slice of the scan (every 20 ms), it fetched the tree during the scan, often got the whole
 * diary for a partial tree, and fetched it all again after the scan (10,000 contacts: the whole
 * tree twice, the second time up to 1.4 s after the scan ended).
 */
export const SCAN_REFRESH_MS = 1000;

/**
 * Tells of index changes: at once, or during a full scan at growing intervals, `firstWait` after
 * the first change, then twice, four times as long… (a long scan redraws the views a few times,
 * not once per slice; a short one draws them once, whole), and the rest when the scan ends.
 */
export class ScanThrottle implements Disposable {
  private scanning = false;
  private held = false;
  private timer: Disposable | undefined;
  private wait: number;
  private disposed = false;

  constructor(private readonly scheduler: Scheduler, private readonly fire: () => void, private readonly firstWait = SCAN_REFRESH_MS) {
    this.wait = firstWait;
  }

  /** The index changed. */
  changed(): void {
    if (this.disposed) return;
    if (!this.scanning) return this.fire();
    this.held = true;
    this.timer ??= this.scheduler.after(this.wait, () => this.release());
  }

  begin(): void {
    this.scanning = true;
    this.wait = this.firstWait;
  }

  /** The scan is over: what it held back is told now, and always when `tell` (the diary became whole). */
  end(tell: boolean): void {
    this.scanning = false;
    this.timer?.dispose();
    this.timer = undefined;
    if ((this.held || tell) && !this.disposed) {
      this.held = false;
      this.fire();
    }
  }

  dispose(): void {
    this.disposed = true;
    this.timer?.dispose();
    this.timer = undefined;
  }

  private release(): void {
    this.timer = undefined;
    if (!this.held || this.disposed) return;
    this.held = false;
    this.fire();
    this.wait *= 2;
    this.timer = this.scheduler.after(this.wait, () => this.release());
  }
}

import { Log } from './log';

/** Milliseconds on the extension host's `performance.now()` clock, for the activation benchmark. */
export interface ActivationFigures {
  /** When `activate` was entered. */
  readonly activateStart: number;
  /** When the first scan of every folder ended. */
  readonly firstScanEnd?: number;
  /** When VS Code first asked the Follow-ups tree for its groups after the first scan. */
  readonly firstTreeRender?: number;
}

/**
 * How long a user waits, from the extension's activation to a Follow-ups tree that holds the whole
 * diary. Logged once (a slow start is worth knowing about) and read by `npm run bench:activation`.
 */
export class ActivationTimings {
  private figures: ActivationFigures;

  /** `activateStart`: taken on `activate`'s first line, before anything else is built. */
  constructor(activateStart: number, private readonly log: Log) {
    this.figures = { activateStart };
  }

  get current(): ActivationFigures {
    return this.figures;
  }

  scanEnded(): void {
    if (this.figures.firstScanEnd === undefined) this.figures = { ...this.figures, firstScanEnd: performance.now() };
  }

  treeRendered(): void {
    const { activateStart, firstScanEnd, firstTreeRender } = this.figures;
    if (firstTreeRender !== undefined || firstScanEnd === undefined) return;
    const now = performance.now();
    this.figures = { ...this.figures, firstTreeRender: now };
    this.log.info(`First tree render ${Math.round(now - activateStart)} ms after activation (first scan ended after ${Math.round(firstScanEnd - activateStart)} ms)`);
  }
}

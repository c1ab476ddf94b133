import { type Log } from './log';

/** Milliseconds on the extension host's `performance.now()` clock, for the activation benchmark. */
export interface ActivationFigures {
  /** When `activate` was entered. */
  readonly activateStart: number;
  /** When the first scan of every folder ended. */
  readonly firstScanEnd?: number;
  /** When VS Code first asked the Follow-ups tree for its groups after the first scan. */
  readonly firstTreeRender?: number;
  /**
   * When VS Code had then also asked for the items of every group the tree shows expanded
   * (Overdue, Today): the rows a user sees first. The same as firstTreeRender when those are empty.
   */
  readonly firstItemsRender?: number;
}

/**
 * How long a user waits, from the extension's activation to a Follow-ups tree that holds the whole
 * diary. Logged once (a slow start is worth knowing about) and read by `npm run bench:activation`.
 */
export class ActivationTimings {
  private figures: ActivationFigures;
  /** The expanded groups whose items VS Code has yet to ask for, after the first render. */
  private awaited = new Set<string>();

  /** `activateStart`: taken on `activate`'s first line, before anything else is built. */
  constructor(activateStart: number, private readonly log: Log) {
    this.figures = { activateStart };
  }

  /** The figures so far (the activation benchmark reads them through the test seams). */
  get current(): ActivationFigures {
    return this.figures;
  }

  scanEnded(): void {
    if (this.figures.firstScanEnd === undefined) this.figures = { ...this.figures, firstScanEnd: performance.now() };
  }

  /** VS Code asked for the groups; `expanded`: the ids of the groups it will show open, whose items it asks for next. */
  treeRendered(expanded: readonly string[]): void {
    const { activateStart, firstScanEnd, firstTreeRender } = this.figures;
    if (firstTreeRender !== undefined || firstScanEnd === undefined) return;
    const now = performance.now();
    this.figures = { ...this.figures, firstTreeRender: now };
    this.log.info(`First tree render ${Math.round(now - activateStart)} ms after activation (first scan ended after ${Math.round(firstScanEnd - activateStart)} ms)`);
    this.awaited = new Set(expanded);
    if (this.awaited.size === 0) this.itemsRendered(now);
  }

  /** VS Code asked for a group's items. */
  groupItemsRendered(id: string): void {
    if (this.figures.firstTreeRender === undefined || this.figures.firstItemsRender !== undefined || !this.awaited.delete(id)) return;
    if (this.awaited.size === 0) this.itemsRendered(performance.now());
  }

  private itemsRendered(now: number): void {
    this.figures = { ...this.figures, firstItemsRender: now };
    this.log.info(`The expanded groups' rows ${Math.round(now - this.figures.activateStart)} ms after activation`);
  }
}

/** Exit codes of the `contact-diary` command. */
export const EXIT_OK = 0;
/** The diary has problems, or an edit was refused. */
export const EXIT_PROBLEMS = 1;
/** The command line itself can't be understood. */
export const EXIT_USAGE = 2;

/**
 * What a command may touch of the outside world, passed in so tests run commands in-process
 * with captured output, a chosen folder and no colour.
 */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** The folder that relative DIR and FILE arguments start from. */
  readonly cwd: string;
  /** Colour stdout (a TTY and NO_COLOR unset). */
  readonly color: boolean;
  /** The clock behind the default `--today` (the local date). */
  readonly now: () => Date;
  /**
   * Where the folders' scan caches are kept (see `cacheFolder`), so that an unchanged note is not
   * read again. Absent: every note is read (tests, `CONTACT_DIARY_CACHE=off`).
   */
  readonly cache?: CliCache;
}

/** Where the scan caches are kept, and how long ago a note must have changed to be kept there. */
export interface CliCache {
  readonly folder: string;
  /** Default `SETTLED_MS`; tests that write notes and read them at once set 0. */
  readonly settledMs?: number;
}

/** One sub-command: `run` gets the arguments after its name and returns the exit code. */
export interface Command {
  /** The usage line(s) shown by `--help`, without the leading `contact-diary `. */
  readonly usage: string;
  readonly summary: string;
  run(args: readonly string[], io: CliIo): Promise<number> | number;
}

import { version } from '../../package.json';
import { DEFAULT_MAX_FILE_SIZE, formatSize } from '../core';
import { agenda } from './commands/agenda';
import { calls } from './commands/calls';
import { check } from './commands/check';
import { ics } from './commands/ics';
import { importContacts } from './commands/import';
import { intro } from './commands/intro';
import { log } from './commands/log';
import { plan } from './commands/plan';
import { reschedule } from './commands/reschedule';
import { review } from './commands/review';
import { when } from './commands/when';
import { type CacheFolder, cacheFolder } from '../node/scanCacheFile';
import { reason } from './atomicWrite';
import { type CliCache, type CliIo, type Command, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE } from './io';

/**
 * The sub-commands, in the order `--help` lists them. Each lives in `commands/<name>.ts` and
 * exports a `Command`.
 */
const COMMANDS: Readonly<Record<string, Command>> = {
  agenda,
  calls,
  ics,
  check,
  intro,
  when,
  plan,
  review,
  reschedule,
  log,
  import: importContacts,
};

function usage(): string {
  const lines = Object.values(COMMANDS).map((c) => `  contact-diary ${c.usage}\n      ${c.summary}`);
  return `contact-diary — your follow-up diary from a terminal

Usage:
${lines.join('\n')}${lines.length ? '\n' : ''}  contact-diary --help       show this help
  contact-diary --version    print the version

DIR defaults to the current folder, --today to the local date, --max-file-size to ${formatSize(DEFAULT_MAX_FILE_SIZE)}:
a contact file over it is not read but listed as needing attention (or refused for an edit).
BYTES is a number of bytes, or of KB or MB (512KB, 2MB; 1 KB is 1024 bytes).
The contactDiary.* settings of the folder's .vscode/settings.json apply too; options win.
Notes unchanged since the last run are taken from a cache in the user's cache folder
(CONTACT_DIARY_CACHE=DIR keeps it in DIR; CONTACT_DIARY_CACHE=off reads every note).
Exit codes: 0 done, 1 problems found or edit refused, 2 usage error.
`;
}

function commandHelp(command: Command): string {
  return `Usage: contact-diary ${command.usage}\n  ${command.summary}\n`;
}

/** Runs the command line `argv` (without node and the script) and returns the exit code. */
export async function main(
  argv: readonly string[],
  out: (s: string) => void,
  err: (s: string) => void,
  env: Partial<Pick<CliIo, 'cwd' | 'color' | 'now' | 'cache'>> = {},
): Promise<number> {
  const [first, ...rest] = argv;
  const known = (name: string | undefined) => (name !== undefined && Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined);
  // `help agenda` as `agenda --help`
  const helpFor = first === 'help' ? known(rest[0]) : undefined;
  if (helpFor) {
    out(commandHelp(helpFor));
    return EXIT_OK;
  }
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    out(usage());
    return EXIT_OK;
  }
  if (first === '--version' || first === '-v') {
    out(`${version}\n`);
    return EXIT_OK;
  }
  const command = known(first);
  if (!command) {
    // `contact-diary --today 2026-11-23 agenda`: options come after their command.
    const what = first.startsWith('-') ? `"${first}" is not a command; start with one (${Object.keys(COMMANDS).join(', ')}), then its options` : `unknown command "${first}"`;
    err(`contact-diary: ${what} (see contact-diary --help)\n`);
    return EXIT_USAGE;
  }
  const options = rest.indexOf('--') < 0 ? rest : rest.slice(0, rest.indexOf('--'));
  if (options.includes('--help') || options.includes('-h')) {
    out(commandHelp(command));
    return EXIT_OK;
  }
  const io: CliIo = { out, err, cwd: env.cwd ?? process.cwd(), color: env.color ?? false, now: env.now ?? (() => new Date()), cache: env.cache };
  return command.run(rest, io);
}

/**
 * Colour only for a person at a terminal that shows it, unless NO_COLOR says otherwise
 * (https://no-color.org); FORCE_COLOR asks for it anyway (`| less -R`), as Node's tools read it.
 */
export function wantsColor(isTTY: boolean | undefined, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  return isTTY === true && env.TERM !== 'dumb';
}

/** The caches' folder, from the environment; a setting that can't be used is one line on stderr. */
function cacheOf({ folder, problem }: CacheFolder): CliCache | undefined {
  if (problem !== undefined) process.stderr.write(`contact-diary: ${problem}\n`);
  return folder === undefined ? undefined : { folder };
}

if (require.main === module) {
  // `contact-diary agenda | head` closes the pipe early: that is the reader's choice, not a
  // failure. The rest of the output is dropped, and the command goes on to its end: `plan
  // --apply | less`, quit early, must still write every note it planned.
  let closed = false;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') {
      closed = true;
      return;
    }
    // `> /full/disk/agenda.txt`: one line saying so, not a stack trace.
    process.stderr.write(`contact-diary: can't write the output: ${reason(e)}\n`);
    process.exit(EXIT_PROBLEMS);
  });
  main(process.argv.slice(2), (s) => { if (!closed) process.stdout.write(s); }, (s) => process.stderr.write(s), {
    color: wantsColor(process.stdout.isTTY, process.env),
    cache: cacheOf(cacheFolder(process.env, process.platform)),
  }).then(
    (code) => { process.exitCode = code; },
    (e: unknown) => {
      process.stderr.write(`contact-diary: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}

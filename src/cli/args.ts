import { type ParseArgsConfig, parseArgs } from 'node:util';
import { DEFAULT_MAX_FILE_SIZE, type LocalDate, type Result, type SizeLimit, fail, ok, parseIsoDate, todayLocal } from '../core';
import { type CliIo, EXIT_USAGE } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What a command line gave: option values by name and the positional arguments. */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/**
 * Reads `args` against `options` (node:util parseArgs, strict) and checks the number of
 * positional arguments, `names` naming them in order. Bad input comes back as a one-line
 * message, never as a throw.
 */
export function parseCommandArgs(
  args: readonly string[],
  options: Options,
  positionals: { readonly min: number; readonly max: number; readonly names: readonly string[] },
): Result<ParsedArgs> {
  const dashed = dashedPhrase(args, options);
  if (dashed) return fail(`"${dashed}" reads as an option; put a phrase that starts with "-" after --, as in: -- ${dashed}`);
  let parsed: { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: withDashedValues(args, options), options, allowPositionals: true, strict: true });
  } catch (e) {
    return fail(oneLine(e instanceof Error ? e.message : String(e)));
  }
  const n = parsed.positionals.length;
  // Name only what is missing: `reschedule jane.md` lacks the PHRASE, not the FILE.
  if (n < positionals.min) return fail(`missing ${positionals.names.slice(n, positionals.min).join(' and ')}`);
  if (n > positionals.max) return fail(`unexpected argument "${parsed.positionals[positionals.max]}"`);
  const values: Record<string, string | boolean | undefined> = {};
  for (const [k, v] of Object.entries(parsed.values)) values[k] = Array.isArray(v) ? v[v.length - 1] : v;
  return ok({ values, positionals: parsed.positionals });
}

/** A positional like `-2d` before `--`, which parseArgs would take for options `-2 -d`. */
function dashedPhrase(args: readonly string[], options: Options): string | undefined {
  for (let i = 0; i < args.length && args[i] !== '--'; i++) {
    if (isDashedWord(args, i, options)) return args[i];
  }
  return undefined;
}

/** `args[i]` starts with a dash and a digit (`-2d`) and is not the value of the option before it. */
function isDashedWord(args: readonly string[], i: number, options: Options): boolean {
  return DASH_DIGIT.test(args[i]!) && !valueOption(args[i - 1], options);
}

/**
 * The words of a command whose positionals make a phrase (`when -2d`): a word like `-2d` that is
 * no option's value is kept positional by a leading space, which the phrase's reader trims.
 */
export function phraseWords(args: readonly string[], options: Options): string[] {
  return args.map((a, i) => (isDashedWord(args, i, options) ? ` ${a}` : a));
}

/** A value that starts with a dash and can't be an option: a digit (`-2d`) or a blank (`- sent the brochure`) after it. */
const DASH_DIGIT = /^-[\d\s]/;

/** The long name of the option `arg` (`--name` or `-s`, without `=value`) when it takes a value. */
function valueOption(arg: string | undefined, options: Options): string | undefined {
  if (!arg || arg.includes('=')) return undefined;
  const name = arg.startsWith('--') ? arg.slice(2) : Object.keys(options).find((k) => arg === `-${options[k]!.short}`);
  return name !== undefined && options[name]?.type === 'string' ? name : undefined;
}

/**
 * `--next -2d` as `--next=-2d`. parseArgs refuses a value that starts with a dash as ambiguous (a
 * forgotten value before another option?), but no option starts with a digit or a blank: after an
 * option that takes a value, `-2d`, `-1` or `- sent the brochure` can only be that value.
 */
function withDashedValues(args: readonly string[], options: Options): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') return out.concat(args.slice(i));
    const name = valueOption(arg, options);
    if (name && DASH_DIGIT.test(args[i + 1] ?? '')) out.push(`--${name}=${args[++i]!}`);
    else out.push(arg);
  }
  return out;
}

// parseArgs explains itself over two lines with a hint about `--`; the first line says enough.
// Its hint for an unknown option (to pass `-- "--frob"` as an argument) misleads: a misspelt
// option is far likelier than an argument that starts with a dash.
function oneLine(message: string): string {
  const unknown = /^Unknown option '([^']*)'/.exec(message);
  if (unknown) return `unknown option ${unknown[1]}`;
  return message.split('\n')[0]!.replace(/\.$/, '');
}

/** `--today YYYY-MM-DD`, else the local date of `io.now()`. */
export function todayOption(value: string | boolean | undefined, io: CliIo): Result<LocalDate> {
  if (typeof value !== 'string') return ok(todayLocal(io.now()));
  const date = parseIsoDate(value);
  if (!date.ok || date.value.time) return fail(`--today needs a date of the form YYYY-MM-DD, not "${value}"`);
  return date;
}

/** A whole number option of at least `min`, else `fallback` when absent. */
export function countOption(name: string, value: string | boolean | undefined, fallback: number, min: number): Result<number> {
  if (typeof value !== 'string') return ok(fallback);
  if (!/^\d+$/.test(value.trim()) || Number(value) < min || !Number.isSafeInteger(Number(value))) {
    return fail(`--${name} needs a whole number of at least ${min}, not "${value}"`);
  }
  return ok(Number(value));
}

/** The option of the commands that read contact files, to spread into their options (see `sizeLimitOption`). */
export const SIZE_LIMIT_OPTION = { 'max-file-size': { type: 'string' } } as const;

/**
 * `--max-file-size BYTES`, else the folder's `contactDiary.maxFileSize` (`setting`), else the
 * default (1 MB): the size limit of a contact file, with the name of what set it for the message
 * about a file over it, so the user learns how to raise it.
 */
export function sizeLimitOption(value: string | boolean | undefined, setting?: number): Result<SizeLimit> {
  if (typeof value !== 'string' && setting !== undefined) return ok({ maxFileSize: setting, sizeLimitName: 'contactDiary.maxFileSize' });
  const size = sizeOption('max-file-size', value, DEFAULT_MAX_FILE_SIZE);
  return size.ok ? ok({ maxFileSize: size.value, sizeLimitName: '--max-file-size' }) : size;
}

/** `2MB`, `512 KB`, `1k`, `2MiB`: a whole number, then a unit of 1024 bytes (K) or 1024 KB (M), or bytes (B or none). */
const SIZE = /^(\d+) ?(?:([km])(?:i?b)?|b)?$/i;

/**
 * A size of at least 1 byte, else `fallback` when absent: bytes, or KB and MB counted in 1024s,
 * as the size limit's messages count them (a limit given as 2MB reads "the 2 MB limit").
 */
export function sizeOption(name: string, value: string | boolean | undefined, fallback: number): Result<number> {
  if (typeof value !== 'string') return ok(fallback);
  const m = SIZE.exec(value);
  const unit = m?.[2] ? (m[2].toLowerCase() === 'k' ? 1024 : 1024 * 1024) : 1;
  const bytes = m ? Number(m[1]) * unit : NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1) {
    return fail(`--${name} needs a size of at least 1 byte: a whole number of bytes, KB or MB (as in 500000, 512KB, 2MB), not "${value}"`);
  }
  return ok(bytes);
}

/** Reports a usage error on stderr, naming the command, and returns exit code 2. */
export function usageError(io: CliIo, command: string, message: string): number {
  io.err(`contact-diary ${command}: ${message} (see contact-diary --help)\n`);
  return EXIT_USAGE;
}

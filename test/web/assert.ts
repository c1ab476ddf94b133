// The part of Node's `assert` the shared integration helpers and the web tests use, for the web
// worker, which has no Node: the web test bundle maps `assert` to this file.

/** A failed check, named as Node names it so mocha reports it alike. */
export class AssertionError extends Error {
  override readonly name = 'AssertionError';
}

function show(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export function fail(message = 'Failed'): never {
  throw new AssertionError(message);
}

export function ok(value: unknown, message?: string): asserts value {
  if (!value) fail(message ?? `expected a truthy value, got ${show(value)}`);
}

export function equal<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  if (!Object.is(actual, expected)) fail(message ?? `expected ${show(expected)}, got ${show(actual)}`);
}

export function notEqual(actual: unknown, expected: unknown, message?: string): void {
  if (Object.is(actual, expected)) fail(message ?? `expected anything but ${show(expected)}`);
}

/** Equal as JSON says (plain data: arrays, objects, strings, numbers), keys in any order. */
export function deepEqual<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  if (canonical(actual) !== canonical(expected)) fail(message ?? `expected ${show(expected)}, got ${show(actual)}`);
}

export function match(actual: string, re: RegExp, message?: string): void {
  if (!re.test(actual)) fail(message ?? `expected ${show(actual)} to match ${String(re)}`);
}

export function doesNotMatch(actual: string, re: RegExp, message?: string): void {
  if (re.test(actual)) fail(message ?? `expected ${show(actual)} not to match ${String(re)}`);
}

export const strictEqual = equal;
export const deepStrictEqual = deepEqual;

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : v));
}

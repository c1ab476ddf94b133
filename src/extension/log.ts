import * as vscode from 'vscode';
import { OutputChannelName } from './ids';

/** The "Contact Diary" output channel: what happened, for the user who wonders why. */
export class Log implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel(OutputChannelName, { log: true });

  info(message: string): void {
    this.channel.info(message);
  }

  warn(message: string): void {
    this.channel.warn(message);
  }

  error(message: string, error?: unknown): void {
    this.channel.error(error === undefined ? message : `${message}: ${describeError(error)}`);
  }

  dispose(): void {
    this.channel.dispose();
  }
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? error.message;
  return String(error);
}

/**
 * Runs a user action so that a failure reaches the user as a notification and the log, never
 * as an uncaught exception.
 */
export async function guarded<T>(log: Log, what: string, run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    log.error(`${what} failed`, error);
    void vscode.window.showErrorMessage(`Contact Diary: ${what} failed — ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

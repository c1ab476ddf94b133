// The extension host's side of `npm run bench:activation` (loaded as the extensionTestsPath, not a
// test): opens the Follow-ups view as a person clicking its icon would, waits until the whole diary
// has reached the tree, and prints the extension's activation figures (read through the seams
// `activate` returns in ExtensionMode.Test) as one line of the host's log for the launcher: a
// line works alike in the Node host and in the web worker, which can write no file.
import * as vscode from 'vscode';
import type { TestSeams } from '../../src/extension/testSeams';

const EXTENSION_ID = 'contact-diary.contact-diary';
const DEADLINE_MS = 600_000;

/** The prefix of the line the launcher reads the figures from, then a `ProbeResult` as JSON. */
export const PROBE_PREFIX = 'contact-diary-activation ';

/** The figures of one window. */
export interface ProbeResult {
  readonly activateStart: number;
  readonly firstScanEnd: number;
  readonly firstTreeRender: number;
  /** When VS Code had asked for the items of the groups the tree shows open. */
  readonly firstItemsRender: number;
  /** When the probe started and asked for the view; the extension may have been activated already. */
  readonly probeStart: number;
  readonly activeBeforeProbe: boolean;
  /** Contacts and problem files shown in the tree. */
  readonly shown: number;
}

export async function run(): Promise<void> {
  const probeStart = performance.now();
  const ext = vscode.extensions.getExtension<TestSeams | undefined>(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not loaded`);
  const activeBeforeProbe = ext.isActive;
  await vscode.commands.executeCommand('contactDiary.followUps.focus');
  const seams = await ext.activate();
  if (!seams) throw new Error(`${EXTENSION_ID} returned no test seams: they are given in ExtensionMode.Test only`);
  const until = performance.now() + DEADLINE_MS;
  while (seams.timings.current.firstItemsRender === undefined) {
    if (performance.now() > until) throw new Error('the tree and its open groups were never rendered after the first scan');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const { activateStart, firstScanEnd, firstTreeRender, firstItemsRender } = seams.timings.current;
  const shown = seams.view.nodes().reduce((n, group) => n + seams.view.nodes(group).length, 0);
  const result: ProbeResult = { activateStart, firstScanEnd: firstScanEnd ?? NaN, firstTreeRender: firstTreeRender ?? NaN, firstItemsRender: firstItemsRender ?? NaN, probeStart, activeBeforeProbe, shown };
  console.log(`${PROBE_PREFIX}${JSON.stringify(result)}`);
}

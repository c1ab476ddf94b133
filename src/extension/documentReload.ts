import * as vscode from 'vscode';

/**
 * How long to wait for VS Code to reload an open document whose file was written under it. Its
 * file watcher takes a moment, longer on a busy machine; past this, something is wrong.
 */
export const RELOAD_WAIT_MS = 5_000;

/**
 * Waits for an open document to take in the file written under it: true once it no longer holds
 * `stale` or has closed; false when it still does after `ms`.
 */
export function reloaded(doc: vscode.TextDocument, stale: string, ms = RELOAD_WAIT_MS): Promise<boolean> {
  return until(doc, () => doc.getText() !== stale, ms);
}

/**
 * Waits for an open document to show `bytes`, just written to its file: true once it reads as
 * them, has closed, or has unsaved changes (which VS Code never reloads over); false when it
 * still shows something else after `ms`.
 */
export function reloadedAs(doc: vscode.TextDocument, bytes: Uint8Array, ms = RELOAD_WAIT_MS): Promise<boolean> {
  return until(doc, async () => doc.isDirty || (await readsAs(bytes, doc)), ms);
}

/** True once `done` holds for the document (checked now and on each of its changes) or it has closed; false after `ms`. */
function until(doc: vscode.TextDocument, done: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    let settled = false;
    const subscriptions: vscode.Disposable[] = [];
    const settle = (result: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      vscode.Disposable.from(...subscriptions).dispose();
      resolve(result);
    };
    const check = async () => {
      if (doc.isClosed || (await done())) settle(true);
    };
    // Listening before the first check: a reload between the two is not missed.
    subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => { if (e.document === doc) void check(); }),
      vscode.workspace.onDidCloseTextDocument((d) => { if (d === doc) settle(true); }),
    );
    const timer = setTimeout(() => settle(false), Math.max(0, ms));
    void check();
  });
}

/** VS Code's own decoding (API 1.100 on), which the engine this extension declares doesn't type. */
type Decode = (content: Uint8Array, options: { readonly encoding: string } | { readonly uri: vscode.Uri }) => Thenable<string>;

const utf8 = new TextDecoder();

/**
 * Whether `text`, the text of a document without unsaved changes, is what VS Code makes of these
 * bytes of its file: false when the file was written since and the document not reloaded yet.
 * Robust to what VS Code does on load: it drops a BOM, gives a file of mixed line ends one kind,
 * and reads the file in the encoding its settings say (not always UTF-8).
 */
export async function readsAs(bytes: Uint8Array, document: vscode.TextDocument, text = document.getText()): Promise<boolean> {
  if (sameText(utf8.decode(bytes), text)) return true;
  const decode = (vscode.workspace as { decode?: Decode }).decode;
  if (!decode) return false;
  const encoding = (document as { encoding?: string }).encoding;
  try {
    return sameText(await decode.call(vscode.workspace, bytes, encoding ? { encoding } : { uri: document.uri }), text);
  } catch {
    return false;
  }
}

/**
 * The same text, as a file and the document VS Code loaded from it. A file of one kind of line
 * end is loaded as it is, so must match exactly (a change of line ends only is a change); mixed
 * ones (and lone CRs) become one kind, so such a file matches line for line.
 */
function sameText(file: string, document: string): boolean {
  const a = withoutBom(file);
  const b = withoutBom(document);
  return a === b || (mixedLineEnds(a) && lineEndsAsLf(a) === lineEndsAsLf(b));
}

const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
const lineEndsAsLf = (text: string) => text.replace(/\r\n?/g, '\n');
const mixedLineEnds = (text: string) => /\r(?!\n)/.test(text) || (text.includes('\r\n') && /(?:^|[^\r])\n/.test(text));

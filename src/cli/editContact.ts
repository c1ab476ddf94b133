import { readFile } from 'node:fs/promises';
import { type Contact, DEFAULT_MAX_FILE_SIZE, type Result, type SizeLimit, type TextEdit, applyEdits, decodeFile, readContact, tooLargeReason } from '../core';
import { writeFileAtomic } from './atomicWrite';
import { type ReadSettings, hostPath } from './diary';
import { type CliIo, EXIT_OK, EXIT_PROBLEMS } from './io';

/** What an edit command plans on a contact file: the edits and the line it prints when done. */
export interface PlannedEdit {
  readonly edits: readonly TextEdit[];
  readonly done: string;
  /**
   * A word of warning about the contact as the edit leaves it (a next contact too soon), said on
   * stderr once the file is written; the edit is made all the same.
   */
  readonly warn?: (after: Contact) => string | undefined;
}

/**
 * Reads the contact file `fileArg`, plans the command's edits on its text and writes the result
 * atomically. Refuses (exit 1, one line on stderr naming the file, the file untouched) a file
 * that can't be read, isn't a contact, can't be read as one (over `limit` too), or changed while
 * being edited. The file is read with the folder's log heading and words (`limit`'s `ReadSettings`).
 */
export async function editContact(
  io: CliIo,
  command: string,
  fileArg: string,
  limit: SizeLimit & ReadSettings,
  plan: (text: string, contact: Contact) => Result<PlannedEdit>,
): Promise<number> {
  const refuse = (message: string) => {
    io.err(`contact-diary ${command}: ${fileArg}: ${message.replace(/\s*[\r\n]+\s*/g, ' ')}\n`);
    return EXIT_PROBLEMS;
  };
  const path = hostPath(io, fileArg);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return refuse(readError(e));
  }
  const read = readContact(path, bytes, limit);
  if (read.kind === 'none') return refuse(`not a contact: ${notAContactReason(bytes)}; nothing was changed`);
  if (read.kind === 'attention') {
    // Not "can't be edited safely: skipped: …": the file is whole, only too large to take on.
    if (read.problem.code === 'too-large') return refuse(`not edited: ${tooLargeReason(bytes.length, limit.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, limit.sizeLimitName)}`);
    return refuse(`can't be edited safely: ${read.problem.message}`);
  }
  const text = decodeFile(bytes, limit);
  if (!text.ok) return refuse(text.error);
  const planned = plan(text.value, read.contact);
  if (!planned.ok) return refuse(planned.error);
  const edited = applyEdits(text.value, planned.value.edits);
  if (!edited.ok) return refuse(edited.error);
  const after = new TextEncoder().encode(edited.value);
  const written = await writeFileAtomic(path, after, { ifUnchanged: bytes });
  if (!written.ok) return refuse(written.error.replace(`${path} `, '').replace(path, 'the file'));
  io.out(`${planned.value.done}\n`);
  const reread = planned.value.warn && readContact(path, after, limit);
  const warning = reread?.kind === 'contact' ? planned.value.warn?.(reread.contact) : undefined;
  if (warning) io.err(`contact-diary ${command}: ${fileArg}: warning: ${warning}\n`);
  return EXIT_OK;
}

function readError(e: unknown): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? (e).code : undefined;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a folder, not a contact file';
  if (code === 'EACCES' || code === 'EPERM') return "can't be read: permission denied";
  return `can't be read: ${e instanceof Error ? e.message : String(e)}`;
}

/**
 * Why a file is no contact, as its first bytes say: no front-matter at all (or something before
 * its `---`: a contact's block is its first line), or a block without a `next:` key.
 */
function notAContactReason(bytes: Uint8Array): string {
  const text = new TextDecoder().decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  if (text.startsWith('---')) return 'its front-matter has no "next:" key';
  return /^\s*---/.test(text) ? 'its front-matter must start on the first line (something comes before its ---)' : 'it has no front-matter (a --- block at its top with a next: line)';
}

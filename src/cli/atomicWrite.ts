import { constants } from 'node:fs';
import { access, chmod, chown, open, readFile, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { type Result, fail, ok, sameBytes } from '../core';
import type * as NodeCrypto from 'node:crypto';

/** What `writeFileAtomic` may check before it replaces the file. */
export interface AtomicWriteOptions {
  /** The bytes the file held when it was read: if it holds anything else now, nothing is written. */
  readonly ifUnchanged?: Uint8Array;
}

/**
 * Replaces the file at `path` with `data` so that a reader (or a crash) sees either the old file
 * or the new one, never half of it: the bytes go to a temporary file in the same folder (the
 * same file system, so the rename is atomic), which is flushed and renamed over the original.
 * The file keeps its mode (and owner, where allowed); a symbolic link keeps pointing at the file
 * it names, whose content is replaced. A read-only file is refused. No temporary file is left
 * behind, whatever fails.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<Result<void>> {
  // `out/` names a folder: writing a file called `out` would not be what was asked.
  if (/[\\/]$/.test(path)) return fail(`${path} names a folder, not a file`);
  let target = path;
  // A new file is made as any program makes one: 0666 less the user's umask. An existing one keeps its mode.
  let mode: number | undefined;
  let owner: { uid: number; gid: number } | undefined;
  try {
    target = await realpath(path);
    const s = await stat(target);
    if (s.isDirectory()) return fail(`${path} is a folder, not a file`);
    if (!s.isFile()) return fail(`${path} is not a regular file`);
    // The rename needs only the folder's permission: a file the user made read-only would be
    // replaced all the same (and by root, who may write anything). Refuse it, as an editor does.
    if ((s.mode & 0o200) === 0 || !(await access(target, constants.W_OK).then(() => true, () => false))) {
      return fail(`${path} is read-only; nothing written`);
    }
    mode = s.mode & 0o7777;
    owner = { uid: s.uid, gid: s.gid };
  } catch (e) {
    if (code(e) !== 'ENOENT') return fail(`can't write ${path}: ${reason(e)}`);
    if (options.ifUnchanged) return fail(`${path} was removed while it was being edited; nothing written`);
  }
  // node:crypto costs a good part of the tool's start-up, and only an edit needs it: load it here.
  const { randomBytes } = require('node:crypto') as typeof NodeCrypto;
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', mode ?? 0o666);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (mode !== undefined) await chmod(temp, mode); // open()'s mode is filtered by the umask; the original's is not
    if (owner) await chown(temp, owner.uid, owner.gid).catch(() => undefined); // only root may give files away
    if (options.ifUnchanged && !sameBytes(await readFile(target), options.ifUnchanged)) {
      await unlink(temp);
      return fail(`${path} changed on disk while it was being edited; nothing written, try again`);
    }
    await rename(temp, target);
    return ok(undefined);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    return fail(`can't write ${path}: ${reason(e)}`);
  }
}

function code(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e).code) : undefined;
}

/** What went wrong with a file operation, in words (`permission denied`), else the error's message. */
export function reason(e: unknown): string {
  const c = code(e);
  const messages: Record<string, string> = {
    EACCES: 'permission denied', EPERM: 'operation not permitted', EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device', ENOENT: 'no such folder', EISDIR: 'it is a folder',
  };
  return (c && messages[c]) ?? (e instanceof Error ? e.message : String(e));
}

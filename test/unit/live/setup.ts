// A live diary over a memory workspace in virtual time, and what it told and logged.
import { formatIsoDate } from '../../../src/core/dates/localDate';
import { LiveDiary, type LiveDiaryOptions } from '../../../src/core/live/liveDiary';
import { readContact } from '../../../src/core/read';
import { type FolderSettings, MemoryWorkspace } from './memoryWorkspace';
import { VirtualTime } from './virtualTime';

/** A live diary over a memory workspace of `files` (folders: root → settings; default one folder, `ws`). */
export function liveDiary(files: Record<string, string>, folders?: Record<string, FolderSettings>, options: Partial<LiveDiaryOptions> = {}) {
  const ws = new MemoryWorkspace(files, folders);
  const time = new VirtualTime();
  const logged: string[] = [];
  const diary = new LiveDiary({
    workspace: ws,
    read: readContact,
    scheduler: time,
    log: {
      info: (m) => logged.push(`info: ${m}`),
      warn: (m) => logged.push(`warn: ${m}`),
      error: (m, e) => logged.push(`error: ${m}: ${e instanceof Error ? e.message : String(e)}`),
    },
    ...options,
  });
  /** The virtual times at which the views were told that the diary changed. */
  const told: number[] = [];
  diary.onDidChange(() => told.push(time.now()));
  return {
    ws, time, diary, logged, told,
    /** The `next:` date of the contact at `path`, as the diary holds it. */
    next: (path: string) => {
      const c = diary.contactAt(path);
      return c?.next ? formatIsoDate(c.next) : undefined;
    },
    /** The paths in the index, sorted. */
    paths: () => [...diary.index.entries()].map((e) => (e.kind === 'contact' ? e.contact.file : e.file)).sort(),
    /** Starts the diary and lets its first scan end. */
    async started() {
      diary.start();
      await time.runAll();
      told.length = 0;
      ws.host.reads.length = 0;
    },
  };
}

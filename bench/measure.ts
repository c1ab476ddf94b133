// One benchmark process for one corpus: bundled with the real src/ code by scripts/bench.mjs and
// run with --expose-gc. Prints one JSON line of medians (milliseconds unless named otherwise).
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNodeHost } from '../src/node/nodeHost';
import { openScanCache } from '../src/node/scanCacheFile';
import { nodeUtf8 } from '../src/node/utf8';
import { AgendaTracker, type DiaryIndex, type LocalDate, createDiaryIndex, readContact, scanFolder } from '../src/core/index';
import { readSimpleFrontMatterIn } from '../src/core/file/simpleFrontMatter';
import { isYamlLanguage, splitFile } from '../src/core/file/split';

const [dir, runsText] = process.argv.slice(2);
const runs = Number(runsText ?? 5);
const today: LocalDate = { year: 2026, month: 11, day: 23 };
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** The floor: list the folder and read every included file's bytes, nothing else. */
function listMarkdown(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && e.name !== '.git') walk(`${d}/${e.name}`);
      } else if (e.name.endsWith('.md')) out.push(`${d}/${e.name}`);
    }
  };
  walk(root);
  return out;
}

function floorSync(): number {
  const t = performance.now();
  let bytes = 0;
  for (const f of listMarkdown(dir!)) bytes += fs.readFileSync(f).length;
  if (bytes === 0) throw new Error('empty corpus');
  return performance.now() - t;
}

async function floorAsync(): Promise<number> {
  const t = performance.now();
  const files = listMarkdown(dir!);
  let next = 0;
  const worker = async () => {
    while (next < files.length) await fs.promises.readFile(files[next++]!);
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return performance.now() - t;
}

/**
 * CPU time of this thread alone, in ms, where Linux tells it (/proc/thread-self/schedstat, in ns):
 * unlike wall time it leaves out waits for a CPU that other processes hold, and unlike
 * process.cpuUsage it leaves out V8's helper threads (the compiler and the garbage collector's).
 * On a quiet machine it is close to the wall time of the scan; on a busy one, the steadier figure.
 */
function threadCpuMs(): number | undefined {
  try {
    return Number(fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return undefined;
  }
}

interface Cold { ms: number; cpu: number; threadCpu: number | undefined; index: DiaryIndex; tracker: AgendaTracker; maxStretch: number; agendaMs: number }

/** List + read + parse + agenda, from nothing, as the extension does on opening a folder. */
async function coldScan(read: 'sync' | 'async'): Promise<Cold> {
  // A ticker on the event loop: the longest gap between its turns is the longest stretch the
  // caller's thread was held.
  let last = performance.now();
  let maxStretch = 0;
  let ticking = true;
  const tick = () => {
    const now = performance.now();
    maxStretch = Math.max(maxStretch, now - last);
    last = now;
    if (ticking) setImmediate(tick);
  };
  setImmediate(tick);
  const t = performance.now();
  const cpu = process.cpuUsage();
  const thread = threadCpuMs();
  const index = createDiaryIndex({ read: readContact, utf8: nodeUtf8 });
  // As the extension does: the agenda exists before the scan and fills as files are read.
  const tracker = new AgendaTracker(index);
  tracker.at(today);
  await scanFolder(createNodeHost({ read }), dir!, index);
  const a = performance.now();
  // The view's first look: snapshots of every group and their items.
  for (const g of tracker.at(today).groups) void g.items.length;
  ticking = false;
  const end = performance.now();
  const used = process.cpuUsage(cpu);
  const threadCpu = thread === undefined ? undefined : threadCpuMs()! - thread;
  return { ms: end - t, cpu: (used.user + used.system) / 1000, threadCpu, index, tracker, maxStretch, agendaMs: end - a };
}

/**
 * The scan as it runs when the notes are unchanged since the last one: list, stamp each file, and
 * take what it read from the cache file in `folder`, the agenda's first look included.
 */
async function cachedScan(folder: string): Promise<{ ms: number; index: DiaryIndex; read: number; groups: number[] }> {
  const t = performance.now();
  const cached = openScanCache(folder, dir!, {});
  const index = createDiaryIndex({ read: readContact, utf8: nodeUtf8 });
  const tracker = new AgendaTracker(index);
  tracker.at(today);
  const host = createNodeHost();
  let read = 0;
  const readFileNow = host.readFileNow!;
  await scanFolder({ ...host, readFileNow: (p) => (read++, readFileNow(p)) }, dir!, index, { cache: cached.cache });
  const groups = tracker.at(today).groups.map((g) => g.items.length);
  const ms = performance.now() - t;
  cached.save();
  return { ms, index, read, groups };
}

/** One saved file: re-read its bytes into the index and bring the agenda up to date. */
function oneFileUpdates(index: DiaryIndex, tracker: AgendaTracker): number {
  const paths = [...index.entries()].filter((e) => e.kind === 'contact').map((e) => (e.kind === 'contact' ? e.contact.file : ''));
  const variants: Array<[string, Uint8Array, Uint8Array]> = [];
  for (let i = 0; i < 50; i++) {
    const path = paths[(i * 7919) % paths.length]!;
    const text = fs.readFileSync(path, 'utf8');
    // Move the follow-up so the item changes group and place, not just its text.
    const moved = text.replace(/^next:.*$/m, `next: 2026-11-${String(1 + (i % 28)).padStart(2, '0')}`);
    variants.push([path, Buffer.from(moved), Buffer.from(text)]);
  }
  const samples: number[] = [];
  for (let round = 0; round < 20; round++) {
    const t = performance.now();
    for (const [path, a, b] of variants) {
      index.upsert(path, round % 2 ? b : a);
      tracker.at(today);
    }
    samples.push((performance.now() - t) / variants.length);
  }
  return median(samples);
}

/** How many front-matter blocks each reader takes: the fast path, or yaml. */
function readerShares(): { fast: number; yaml: number } {
  let fast = 0;
  let yaml = 0;
  for (const f of listMarkdown(dir!)) {
    const text = fs.readFileSync(f, 'utf8');
    const fm = splitFile(text).frontMatter;
    if (!fm?.close || !isYamlLanguage(fm.language)) continue;
    if (readSimpleFrontMatterIn(text, fm.contentStart, fm.contentEnd, fm.contentLine)) fast++;
    else yaml++;
  }
  return { fast, yaml };
}

async function main() {
  // Heap first, while nothing else has been kept: what an index and its agenda hold per entry.
  floorSync();
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = await coldScan('sync');
  gc();
  const heapPerContact = (process.memoryUsage().heapUsed - before) / kept.index.size;
  // Warm the JIT once more; then take medians.
  await coldScan('sync');
  const cpus: number[] = [];
  const threadCpus: number[] = [];
  const floors: number[] = [];
  const floorsAsync: number[] = [];
  const colds: number[] = [];
  const coldsAsync: number[] = [];
  const stretches: number[] = [];
  const agendaBuilds: number[] = [];
  for (let i = 0; i < runs; i++) {
    floors.push(floorSync());
    floorsAsync.push(await floorAsync());
    gc();
    const c = await coldScan('sync');
    colds.push(c.ms);
    cpus.push(c.cpu);
    if (c.threadCpu !== undefined) threadCpus.push(c.threadCpu);
    stretches.push(c.maxStretch);
    agendaBuilds.push(c.agendaMs);
    gc();
    coldsAsync.push((await coldScan('async')).ms);
  }
  // After the runs above, every note of a corpus just made is older than the cache's settling time.
  const cacheFolder = mkdtempSync(join(tmpdir(), 'contact-diary-bench-cache-'));
  const made = await cachedScan(cacheFolder);
  const cacheds: number[] = [];
  let cachedRead = 0;
  const expected = JSON.stringify(kept.tracker.at(today).groups.map((g) => g.items.length));
  for (let i = 0; i < runs; i++) {
    gc();
    const c = await cachedScan(cacheFolder);
    if (c.index.size !== kept.index.size || JSON.stringify(c.groups) !== expected) throw new Error('the cached scan found other contacts than the cold one');
    cacheds.push(c.ms);
    cachedRead = c.read;
  }
  rmSync(cacheFolder, { recursive: true, force: true });
  const update = oneFileUpdates(kept.index, kept.tracker);
  console.log(JSON.stringify({
    files: listMarkdown(dir!).length,
    entries: kept.index.size,
    floor: median(floors),
    floorAsync: median(floorsAsync),
    cold: median(colds),
    cached: median(cacheds),
    // Files the cached scans read all the same (changed too recently to be kept), and the first one's.
    cachedRead,
    cacheMadeMs: made.ms,
    coldCpu: median(cpus),
    coldThreadCpu: threadCpus.length > 0 ? median(threadCpus) : undefined,
    coldAsync: median(coldsAsync),
    agendaBuild: median(agendaBuilds),
    maxStretch: Math.max(...stretches),
    update,
    heapPerContact,
    readers: readerShares(),
  }));
}

void main();

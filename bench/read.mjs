// Micro-benchmark of the reader alone (`node bench/read.mjs [--files 2000] [--runs 15] [--src DIR]
// [--style mixed|block|flow]`): the
// bench corpus's files held in memory, read by readContact from a bundle of the real src/ code,
// and the front-matter parsers on their own. Prints medians in µs per file; not a test.
import { existsSync, readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { generateCorpus } from './generate.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return Number(i >= 0 ? process.argv[i + 1] : fallback);
};
const files = arg('files', 2000);
// --src DIR bundles another copy of the tree (say, an older commit's) to compare with.
const srcFlag = process.argv.indexOf('--src');
const repo = fileURLToPath(new URL('..', import.meta.url));
const root = srcFlag >= 0 ? process.argv[srcFlag + 1] : repo;
const runs = arg('runs', 15);
const work = join(tmpdir(), 'contact-diary-bench-read');
mkdirSync(work, { recursive: true });

const out = join(work, 'read.cjs');
await esbuild.build({
  stdin: {
    contents: `export { readContact } from './src/core/read';
export { parseFrontMatter, parseFrontMatterYaml } from './src/core/file/frontMatter';
export { readSimpleFrontMatter } from './src/core/file/simpleFrontMatter';
export { splitFile } from './src/core/file/split';
export { createInternTable } from './src/core/diaryIndex';
${existsSync(join(root, 'src/node/utf8.ts')) ? "export * from './src/node/utf8';" : ''}`,
    resolveDir: root,
    loader: 'ts',
  },
  outfile: out,
  nodePaths: [join(repo, 'node_modules')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  mainFields: ['module', 'main'],
  logLevel: 'error',
});
const lib = createRequire(import.meta.url)(out);

const styleFlag = process.argv.indexOf('--style');
const style = styleFlag >= 0 ? process.argv[styleFlag + 1] : 'mixed';
const corpus = generateCorpus(join(work, `corpus-${style}-${files}`), files, 42, style);
const paths = [];
(function walk(d) {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    if (e.isDirectory()) walk(join(d, e.name));
    else if (e.name.endsWith('.md')) paths.push(join(d, e.name));
  }
})(corpus);
const bytes = paths.map((p) => readFileSync(p));
const blocks = bytes.flatMap((b) => {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(b);
  const fm = lib.splitFile(text).frontMatter;
  return fm?.close ? [{ content: text.slice(fm.contentStart, fm.contentEnd), line: fm.contentLine }] : [];
});

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
function time(label, n, fn, rounds = runs) {
  fn();
  fn();
  const per = [];
  for (let r = 0; r < rounds; r++) {
    // CPU time rather than wall time: the figures stay comparable on a busy machine.
    const t = process.cpuUsage();
    fn();
    const d = process.cpuUsage(t);
    per.push((d.user + d.system) / n);
  }
  // The fastest round too: on a busy machine it is the better guess of the unhindered figure.
  console.log(`${label.padEnd(40)} median ${median(per).toFixed(2).padStart(7)}   fastest ${Math.min(...per).toFixed(2).padStart(7)} µs per file`);
}

let sink = 0;
console.log(`${bytes.length} files, ${blocks.length} blocks, ${Math.round(bytes.reduce((s, b) => s + b.length, 0) / bytes.length)} bytes on average`);
time('readContact', bytes.length, () => {
  for (let i = 0; i < bytes.length; i++) sink += lib.readContact(paths[i], bytes[i]).kind.length;
});
// As a scan reads: with a fresh index's table of shared strings each round, and Node's ways with
// bytes (a tree from before they were passed in reads with core's).
time('readContact (shared strings, as a scan)', bytes.length, () => {
  // (A tree from before Node's tools were one object passed in its check of UTF-8 alone.)
  const options = { intern: lib.createInternTable(), ...(lib.nodeUtf8 ? { utf8: lib.nodeUtf8 } : { isUtf8: lib.nodeIsUtf8 }) };
  for (let i = 0; i < bytes.length; i++) sink += lib.readContact(paths[i], bytes[i], options).kind.length;
});
time('parseFrontMatter (fast path or yaml)', blocks.length, () => {
  for (const b of blocks) sink += lib.parseFrontMatter(b.content, b.line).fields.size;
});
const simple = blocks.filter((b) => lib.readSimpleFrontMatter(b.content, b.line) !== undefined).length;
console.log(`fast path accepts ${simple} of ${blocks.length} blocks`);
time('parseFrontMatterYaml (200 blocks)', 200, () => {
  for (let i = 0; i < 200; i++) sink += lib.parseFrontMatterYaml(blocks[i].content, blocks[i].line).fields.size;
}, 3);
if (sink < 0) console.log(sink);

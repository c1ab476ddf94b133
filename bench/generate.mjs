// Writes N realistic contact files for the benchmark: 1–3 KB each, ~15 front-matter keys (some
// quoted, some with comments, flow lists), a log of 5–50 lines, a few files with CRLF or a BOM,
// a few plain notes that aren't contacts. Deterministic (seeded), so runs compare.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const VERSION = 'corpus-v1';
const FIRST = ['Ada', 'Ben', 'Cleo', 'Dev', 'Edda', 'Finn', 'Gita', 'Hugo', 'Ines', 'Jonas', 'Kira', 'Lars', 'Mona', 'Nils', 'Olga', 'Pia', 'Quinn', 'Rafa', 'Sana', 'Theo', 'Uma', 'Vik', 'Wren', 'Xeni', 'Yusuf', 'Zoë'];
const LAST = ['Archer', 'Bright', 'Castell', 'Dunmore', 'Ellery', 'Fairbairn', 'Garrow', 'Holm', 'Ibsen', 'Jowett', 'Kestrel', 'Lowther', 'Marlow', 'Nairn', 'Orme', 'Pryce', 'Quarry', 'Rusk', 'Stroud', 'Tarrant'];
const COMPANY = ['Acme Print', 'Blue Harbour Ltd', 'Copper & Sons', 'Delta Freight', 'Evergreen Foods', 'Foxglove Studio', 'Granite Works', 'Helix Labs'];
const ACTIONS = ['Phone call', 'Sent proposal', 'Coffee meeting', 'Email follow-up', 'Demo', 'Site visit', 'Lunch', 'Intro call', 'Sent samples', 'Quarterly review'];
const NOTES = ['interested in short runs', 'asked for pricing', 'will talk to the board', 'on holiday until Monday', 'wants a second demo', 'budget approved', 'prefers email', 'met at the expo, keen'];
const STAGES = ['suspect', 'prospect', 'customer', 'lapsed'];
const CADENCES = ['1 week', '2 weeks', '3 weeks', 'monthly', 'quarterly', '10 days'];
const TAGS = ['printing', 'met-at-expo', 'warm', 'referral', 'enterprise', 'smb', 'north', 'south'];
const INTERESTS = ['ballet', 'sailing', 'chess', 'cycling', 'jazz', 'golf', 'cooking'];

/** The day the generated dates are spread around (the benchmark's "today"). */
export const BENCH_TODAY = { year: 2026, month: 11, day: 23 };

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, '0');
function dateText(offsetDays) {
  const d = new Date(Date.UTC(BENCH_TODAY.year, BENCH_TODAY.month - 1, BENCH_TODAY.day + offsetDays));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function contact(r, i) {
  const pick = (a) => a[Math.floor(r() * a.length)];
  const name = `${pick(FIRST)} ${pick(LAST)}`;
  const company = pick(COMPANY);
  const slug = name.toLowerCase().replace(/[^a-z]+/g, '.');
  const lastOff = -Math.floor(r() * 60);
  const nextOff = r() < 0.08 ? null : Math.floor(r() * 90) - 30;
  const timed = r() < 0.15 ? ` ${pad(8 + Math.floor(r() * 10))}:${r() < 0.5 ? '00' : '30'}` : '';
  const comment = () => (r() < 0.2 ? `   # ${pick(NOTES)}` : '');
  const keys = [
    `name: ${r() < 0.2 ? `"${name}"` : name}`,
    `company: ${company}`,
    `role: ${pick(['Director of Marketing', 'Buyer', 'Head of Operations', 'Founder', 'Office Manager'])}`,
    `email: ${slug}@${company.toLowerCase().replace(/[^a-z]+/g, '')}.example`,
    `phone: +44 20 7946 ${String(1000 + (i % 9000))}`,
    `stage: ${pick(STAGES)}${comment()}`,
    `next: ${nextOff === null ? '' : dateText(nextOff) + timed}${comment()}`,
    `next_action: ${pick(ACTIONS)} about ${pick(NOTES)}`,
    `last: ${dateText(lastOff)}`,
    `last_action: ${pick(ACTIONS)}`,
    ...(r() < 0.6 ? [`cadence: ${pick(CADENCES)}`] : []),
    `introduced_by: "[[${pick(FIRST).toLowerCase()}-${pick(LAST).toLowerCase()}]]"`,
    `interests: [${pick(INTERESTS)}, ${pick(INTERESTS)}]`,
    `tags: [${pick(TAGS)}, ${pick(TAGS)}]`,
    `source: ${pick(['expo', 'referral', 'website', 'cold call'])}`,
    `region: ${pick(['north', 'south', 'east', 'west'])}`,
  ];
  const log = [];
  const lines = 5 + Math.floor(r() * 46);
  for (let k = 0; k < lines; k++) log.push(`- ${dateText(lastOff - k * 7)} ${pick(ACTIONS)} — ${pick(NOTES)}`);
  let text = `---\n${keys.join('\n')}\n---\n\n# ${name}\n\n${pick(NOTES)}. ${pick(NOTES)}.\n\n## Log\n${log.join('\n')}\n`;
  // Aim for 1–3 KB: long logs are trimmed, short files get notes.
  while (text.length < 1024) text = text.replace('\n## Log', `\nMore notes: ${pick(NOTES)}, ${pick(NOTES)}.\n\n## Log`);
  if (text.length > 3072) text = text.slice(0, text.lastIndexOf('\n', 3000) + 1);
  if (r() < 0.05) text = text.replace(/\n/g, '\r\n');
  if (r() < 0.03) text = `\uFEFF${text}`;
  return { name: slug, text };
}

/**
 * Makes (or reuses) a corpus of `n` files under `dir`. Files go into folders of ~500, as a
 * large diary would be organised. Returns the list of contact file paths.
 */
export function generateCorpus(dir, n, seed = 42) {
  const marker = join(dir, '.bench-complete');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === `${VERSION} ${n} ${seed}`) return dir;
  rmSync(dir, { recursive: true, force: true });
  const r = rng(seed);
  for (let i = 0; i < n; i++) {
    const folder = join(dir, `group-${String(Math.floor(i / 500)).padStart(3, '0')}`);
    if (i % 500 === 0) mkdirSync(folder, { recursive: true });
    // One file in fifty is a plain note, not a contact: a scan must read and skip it.
    if (i % 50 === 49) {
      writeFileSync(join(folder, `note-${i}.md`), `# Meeting notes ${i}\n\nNothing to follow up.\n`);
      continue;
    }
    const { name, text } = contact(r, i);
    writeFileSync(join(folder, `${name}-${i}.md`), text);
  }
  mkdirSync(join(dir, 'node_modules', 'pkg'), { recursive: true });
  writeFileSync(join(dir, 'node_modules', 'pkg', 'README.md'), '# not a contact\n');
  writeFileSync(marker, `${VERSION} ${n} ${seed}`);
  return dir;
}

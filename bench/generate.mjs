// Writes N realistic contact files for the benchmark: 1–3 KB each, ~15 front-matter keys, a log
// of 5–50 lines, a few files with CRLF or a BOM, a few plain notes that aren't contacts. The
// front-matter comes in the three shapes real notes have, a third each in the 'mixed' corpus:
// - Obsidian's Properties editor: block lists (`tags:` then `  - a`), `T` date-times with
//   seconds, quoted "[[links]]";
// - flow style: `[a, b]` lists, some quoted values and comments;
// - hand-written: comments, a multi-line `notes: |`, a nested `address:` mapping, unknown keys.
// The 'block' corpus is all Obsidian-style. Deterministic (seeded), so runs compare.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const VERSION = 'corpus-v2';
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

const STYLES = { mixed: ['obsidian', 'flow', 'hand'], block: ['obsidian'], flow: ['flow'] };

function contact(r, i, style) {
  const pick = (a) => a[Math.floor(r() * a.length)];
  const name = `${pick(FIRST)} ${pick(LAST)}`;
  const company = pick(COMPANY);
  const slug = name.toLowerCase().replace(/[^a-z]+/g, '.');
  const lastOff = -Math.floor(r() * 60);
  const nextOff = r() < 0.08 ? null : Math.floor(r() * 90) - 30;
  const hour = pad(8 + Math.floor(r() * 10));
  const minute = r() < 0.5 ? '00' : '30';
  const timed = r() < 0.15;
  const comment = () => (r() < 0.2 ? `   # ${pick(NOTES)}` : '');
  const role = pick(['Director of Marketing', 'Buyer', 'Head of Operations', 'Founder', 'Office Manager']);
  const email = `${slug}@${company.toLowerCase().replace(/[^a-z]+/g, '')}.example`;
  const phone = `+44 20 7946 ${String(1000 + (i % 9000))}`;
  const link = () => `"[[${pick(FIRST).toLowerCase()}-${pick(LAST).toLowerCase()}]]"`;
  const blockList = (items) => items.map((x) => `  - ${x}`);
  let keys;
  if (style === 'obsidian') {
    // As Obsidian's Properties editor writes them: block lists, `T` date-times with seconds.
    keys = [
      `name: ${name}`,
      `company: ${company}`,
      `role: ${role}`,
      `email: ${email}`,
      `phone: "${phone}"`,
      `stage: ${pick(STAGES)}`,
      `next: ${nextOff === null ? '' : dateText(nextOff) + (timed ? `T${hour}:${minute}:00` : '')}`,
      `next_action: ${pick(ACTIONS)} about ${pick(NOTES)}`,
      `last: ${dateText(lastOff)}`,
      `last_action: ${pick(ACTIONS)}`,
      ...(r() < 0.6 ? [`cadence: ${pick(CADENCES)}`] : []),
      'introduced_by:',
      `  - ${link()}`,
      'interests:',
      ...blockList([pick(INTERESTS), pick(INTERESTS)]),
      'tags:',
      ...blockList([pick(TAGS), pick(TAGS), 'contact']),
      'aliases:',
      `  - ${name.split(' ')[0]}`,
      `created: ${dateText(lastOff - 30)}T${hour}:${minute}:00`,
    ];
  } else if (style === 'flow') {
    keys = [
      `name: ${r() < 0.2 ? `"${name}"` : name}`,
      `company: ${company}`,
      `role: ${role}`,
      `email: ${email}`,
      `phone: ${phone}`,
      `stage: ${pick(STAGES)}${comment()}`,
      `next: ${nextOff === null ? '' : dateText(nextOff) + (timed ? ` ${hour}:${minute}` : '')}${comment()}`,
      `next_action: ${pick(ACTIONS)} about ${pick(NOTES)}`,
      `last: ${dateText(lastOff)}`,
      `last_action: ${pick(ACTIONS)}`,
      ...(r() < 0.6 ? [`cadence: ${pick(CADENCES)}`] : []),
      `introduced_by: ${link()}`,
      `interests: [${pick(INTERESTS)}, ${pick(INTERESTS)}]`,
      `tags: [${pick(TAGS)}, ${pick(TAGS)}]`,
      `source: ${pick(['expo', 'referral', 'website', 'cold call'])}`,
      `region: ${pick(['north', 'south', 'east', 'west'])}`,
    ];
  } else {
    // By hand: comments, a nested mapping, a multi-line note, keys of the user's own.
    keys = [
      `# ${pick(NOTES)}`,
      `name: ${name}   # ${pick(['met at the expo', 'via Ben', 'from the website'])}`,
      `company: "${company}"`,
      `role: ${role}`,
      'address:',
      `  street: ${1 + Math.floor(r() * 200)} ${pick(['High St', 'Mill Lane', 'Station Rd'])}`,
      `  city: ${pick(['Leeds', 'York', 'Bristol', 'Glasgow'])}`,
      `  postcode: LS${1 + Math.floor(r() * 20)} ${Math.floor(r() * 9)}AB`,
      `email: ${email}`,
      `phone: ${phone}`,
      '',
      `next: ${nextOff === null ? '' : `'${dateText(nextOff)}${timed ? ` ${hour}:${minute}` : ''}'`}${comment()}`,
      `next_action: ${pick(ACTIONS)} about ${pick(NOTES)}`,
      `last: ${dateText(lastOff)}${comment()}`,
      `last_action: '${pick(ACTIONS)}'`,
      ...(r() < 0.6 ? [`cadence: ${pick(CADENCES)}`] : []),
      'notes: |',
      `  ${pick(NOTES)}.`,
      `  ${pick(NOTES)}; ${pick(NOTES)}.`,
      `linkedin: https://www.linkedin.example/in/${slug}`,
      `birthday_card: ${r() < 0.5 ? 'yes' : 'no'}`,
      `tags: [${pick(TAGS)}]`,
    ];
  }
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
 * Makes (or reuses) a corpus of `n` files under `dir`, in `style` ('mixed', 'block' or 'flow':
 * see above). Files go into folders of ~500, as a large diary would be organised. Returns `dir`.
 */
export function generateCorpus(dir, n, seed = 42, style = 'mixed') {
  const styles = STYLES[style];
  if (!styles) throw new Error(`unknown corpus style ${style}`);
  const marker = join(dir, '.bench-complete');
  const stamp = `${VERSION} ${n} ${seed} ${style}`;
  if (existsSync(marker) && readFileSync(marker, 'utf8') === stamp) return dir;
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
    const { name, text } = contact(r, i, styles[i % styles.length]);
    writeFileSync(join(folder, `${name}-${i}.md`), text);
  }
  mkdirSync(join(dir, 'node_modules', 'pkg'), { recursive: true });
  writeFileSync(join(dir, 'node_modules', 'pkg', 'README.md'), '# not a contact\n');
  writeFileSync(marker, stamp);
  return dir;
}

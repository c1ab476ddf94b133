import { type Contact } from './contact';
import { splitFile } from './file/split';
import { type LinkTable, type LinkedContact, linkTarget } from './links';
import { type Problem } from './types';

/**
 * The links of a contact file that point at no note (`introduced_by`, `knows`): each a warning
 * (code `link`) on the line where the link is written. Kept apart from the contact's own
 * problems on purpose: a link to a note not written yet doesn't make the contact need attention.
 */
export function linkProblems<T extends LinkedContact>(text: string, contact: Pick<Contact, 'introducedBy' | 'knows'>, table: LinkTable<T>): Problem[] {
  const fm = splitFile(text).frontMatter;
  if (!fm) return [];
  const block = text.slice(fm.contentStart, fm.contentEnd);
  const out: Problem[] = [];
  const check = (key: string, target: string) => {
    if (table.points(target)) return;
    const at = findIn(block, key, target);
    const line = fm.contentLine + countLines(block, at.offset);
    const column = at.offset - (block.lastIndexOf('\n', at.offset - 1) + 1);
    out.push({
      message: `${key}: [[${target}]] points to no note: no file ${target}.md, and no contact has that name or alias.`,
      line, column, endLine: line, endColumn: column + at.length, severity: 'warning', code: 'link',
    });
  };
  if (contact.introducedBy) check('introduced_by', contact.introducedBy);
  for (const k of contact.knows ?? []) {
    const t = linkTarget(k);
    if (t) check('knows', t);
  }
  return out;
}

/** Where `target` is written after `key:` (the link, brackets included, when they are there), else the key itself. */
function findIn(block: string, key: string, target: string): { offset: number; length: number } {
  const k = new RegExp(`^["']?${key}["']?[ \\t]*:`, 'm').exec(block);
  if (!k) return { offset: 0, length: 0 };
  const from = k.index + k[0].length;
  // The value runs to the next top-level key (a `knows:` list may take several lines).
  const lineEnd = block.indexOf('\n', from);
  const nextKey = lineEnd < 0 ? null : /^[^\s#-]/m.exec(block.slice(lineEnd + 1));
  const end = lineEnd < 0 ? block.length : nextKey ? lineEnd + 1 + nextKey.index : block.length;
  // Found in the block itself, case aside: a lower-cased copy can be longer (`İ` is two units
  // lower-cased), and its offsets would fall after the link.
  const find = (text: string) => {
    const re = new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi');
    re.lastIndex = from;
    const m = re.exec(block);
    return m && m.index < end ? m.index : -1;
  };
  const link = find(`[[${target}`);
  if (link >= 0) {
    const close = block.indexOf(']]', link);
    return { offset: link, length: close >= 0 && close < end ? close + 2 - link : target.length + 2 };
  }
  const plain = find(target);
  if (plain >= 0) return { offset: plain, length: target.length };
  return { offset: k.index, length: k[0].length };
}

function countLines(s: string, to: number): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0 && i < to; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

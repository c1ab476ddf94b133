import { type ExportRead } from './readExport';
import { IMPORT_FIELD_NAMES } from './csvMapping';
import { type ImportPlan } from './planImport';

/** How many of each kind (new, merged, skipped, problems) the preview names before "…and N more". */
export const PREVIEW_COUNT = 5;

/** A contact file's path as the user knows it (relative to the diary). */
export type DisplayPath = (file: string) => string;

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Each file's format and number of people, its encoding note, and a CSV's columns as they were matched. */
export function exportLines(reads: readonly ExportRead[]): string[] {
  const out: string[] = [];
  for (const r of reads) {
    out.push(`${r.file}: ${r.formatName}, ${count(r.people.length, 'person', 'people')}`);
    if (r.encodingNote) out.push(`  note: ${r.encodingNote}`);
    if (r.groups) out.push(`  groups, as their members' tags: ${r.groups.join(', ')}`);
    if (r.format === 'csv' && r.csv) out.push(`  columns: ${columnsText(r)}`);
  }
  return out;
}

/** A CSV's mapping in words: `First Name → first name, E-mail → email`. */
export function columnsText(read: ExportRead): string {
  return (read.csv?.mapping ?? []).filter((m) => m.field !== 'ignore').map((m) => `${m.header} → ${IMPORT_FIELD_NAMES[m.field]}`).join(', ');
}

/**
 * The preview the tool prints and the extension shows before anything is written: each file, then
 * the first few new notes, merges, skipped people and problems, each with the reason. `every`
 * lists every problem (a terminal, an output channel), where a dialog shows the first few.
 */
export function previewLines(reads: readonly ExportRead[], plan: ImportPlan, rel: DisplayPath, every: { readonly problems?: boolean } = {}): string[] {
  const out = exportLines(reads);
  const section = <T>(title: string, items: readonly T[], line: (item: T) => string, all = false) => {
    if (items.length === 0) return;
    out.push(`${title} (${items.length}):`);
    const shown = all ? items.length : PREVIEW_COUNT;
    for (const item of items.slice(0, shown)) out.push(`  ${line(item)}`);
    if (items.length > shown) out.push(`  …and ${items.length - shown} more`);
  };
  section('New', plan.created, (n) => `${n.name} → ${rel(n.path)}${n.possibleDuplicateOf ? ` — possible duplicate of ${rel(n.possibleDuplicateOf)}` : ''}`);
  section('Merged', plan.merged, (m) => `${m.name} (${rel(m.path)}): adds ${m.fields.join(', ')} — ${m.matchedBy}${m.leftOut.length > 0 ? `; leaves out ${m.leftOut.join(', ')} (a note's body is its own)` : ''}`);
  section('Skipped', plan.skipped, (s) => `${s.name} (${s.source.file}:${s.source.line}): ${s.reason}`);
  section('Problems', plan.problems, (p) => `${p.file}:${p.line}: ${p.reason}`, every.problems);
  return out;
}

/** The plan's counts in words: `3 new notes, 1 contact with fields added, 0 skipped, 1 problem`. */
export function planCounts(plan: ImportPlan): string {
  return `${count(plan.created.length, 'new note', 'new notes')}, ${count(plan.merged.length, 'contact', 'contacts')} with fields added, ${plan.skipped.length} skipped, ${count(plan.problems.length, 'problem', 'problems')}`;
}

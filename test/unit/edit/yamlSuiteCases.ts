import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'yaml';

// The official YAML test suite's cases (test/yaml-test-suite), each wrapped as a note's front-matter.

const ROOT = join(__dirname, '..', '..', 'yaml-test-suite');

export interface Case {
  readonly id: string;
  readonly name: string;
  /** The case's input as front-matter, or undefined when it can't be (see asFrontMatter). */
  readonly yaml?: string;
  /** It opened with a bare `---` line that was left out. */
  readonly unwrapped: boolean;
  readonly error: boolean;
  readonly text: string;
}

/** The case folders: `XXXX/` or `XXXX/NN/`, each with an in.yaml. */
export function cases(): Case[] {
  const out: Case[] = [];
  const visit = (dir: string, id: string) => {
    if (existsSync(join(dir, 'in.yaml'))) {
      const raw = readFileSync(join(dir, 'in.yaml'), 'utf8');
      const name = existsSync(join(dir, '===')) ? readFileSync(join(dir, '==='), 'utf8').trim() : id;
      const yaml = asFrontMatter(raw);
      const block = yaml ?? raw;
      const text = `---\n${block}${block === '' || block.endsWith('\n') ? '' : '\n'}---\nBody.\n`;
      out.push({ id, name, yaml, unwrapped: yaml !== undefined && yaml !== raw, error: existsSync(join(dir, 'error')), text });
      return;
    }
    for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) visit(join(dir, entry.name), id ? `${id}/${entry.name}` : entry.name);
  };
  visit(ROOT, '');
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * A single document that opens with a bare `---` line is front-matter once that line goes (the
 * wrapper's fence plays its part). Returns undefined when the case has other markers, directives
 * or more documents: those end a front-matter block early, so the case can't be front-matter.
 */
function asFrontMatter(yaml: string): string | undefined {
  const tokens = [...new Parser().parse(yaml)];
  const docs = tokens.filter((t) => t.type === 'document');
  if (docs.length > 1 || tokens.some((t) => t.type === 'directive' || t.type === 'doc-end' || t.type === 'byte-order-mark')) return undefined;
  const start = docs[0]?.start.find((s) => s.type === 'doc-start');
  if (!start) return yaml;
  const firstLine = /^---[ \t]*\r?\n/.exec(yaml);
  return start.offset === 0 && firstLine ? yaml.slice(firstLine[0].length) : undefined;
}

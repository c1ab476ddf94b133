import { type Document, type Node, isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { type Problem } from '../types';
import { type Field, type FieldValue, type FrontMatterData } from './frontMatterData';
import { readSimpleFrontMatterIn } from './simpleFrontMatter';
import { colonInValue, indentedKey, lineAround, lineMistake, reservedValue, starValue, unclosedValue } from './yamlMistakes';

/** Aliases expand at most this many nodes: a billion-laughs bomb is refused, not expanded. */
const MAX_ALIAS_COUNT = 100;

/**
 * Reads a YAML block. `contentLine` is the file line where the block's content starts, so
 * positions land on the file, not the block. The shapes notes have (`key: value` lines, block and
 * flow lists, nested mappings, `|` and `>` text) take a fast path; the rest goes to yaml. Both give
 * the same result (tests run both over the fixtures, the yaml test suite and random blocks).
 */
export function parseFrontMatter(content: string, contentLine: number): FrontMatterData {
  return parseFrontMatterIn(content, 0, content.length, contentLine);
}

/** The same, of the block `text[from, to)` read where it stands (`to` starts a line: the closing fence, say); sliced only for yaml. */
export function parseFrontMatterIn(text: string, from: number, to: number, contentLine: number): FrontMatterData {
  return readSimpleFrontMatterIn(text, from, to, contentLine) ?? parseFrontMatterYaml(text.slice(from, to), contentLine);
}

/** The yaml path alone (YAML 1.2 core schema, unique keys, no custom tags, bounded aliases). */
export function parseFrontMatterYaml(content: string, contentLine: number): FrontMatterData {
  const at = positions(content, contentLine);
  const doc = parseDocument(content, { schema: 'core', uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  const problems: Problem[] = [];
  for (const e of doc.errors) problems.push(yamlProblem(content, e.code, e.message, e.pos, at));
  for (const w of doc.warnings) {
    if (w.code === 'TAG_RESOLVE_FAILED') {
      const tag = content.slice(w.pos[0], w.pos[1]).split(/\s/)[0] ?? '';
      problems.push(problem(at, w.pos, 'tag', `The tag ${tag} is not allowed: front-matter is plain data, so custom tags are refused.`));
    }
  }
  if (problems.length === 0 && /(^|[\s[{,:-])\*/.test(content)) {
    try {
      doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      // yaml reads `status: *hot*` without an error, as a reference to an anchor that isn't there.
      const unresolved = e instanceof Error && /unresolved alias/i.test(e.message) ? starLine(content) : undefined;
      problems.push(unresolved
        ? problem(at, [unresolved.start, unresolved.start + unresolved.length], 'yaml', unresolved.message)
        : problem(at, [0, 0], 'alias', `The aliases (*name) in this front-matter expand to more than ${MAX_ALIAS_COUNT} nodes, so it is not read (it looks like an alias bomb).`));
    }
  }
  const fields = new Map<string, Field>();
  // As the fast path says it (see FrontMatterData.plain), so both give the same result.
  const plain = PLAIN.test(content) ? { plain: true } : {};
  if (!isMap(doc.contents)) return { isMapping: false, fields, problems, ...plain };
  for (const pair of doc.contents.items) {
    const keyNode = pair.key;
    if (!isScalar(keyNode) || !keyNode.range) continue;
    const key = scalarText(keyNode);
    if (key === undefined || fields.has(key)) continue;
    const node = resolve(doc, pair.value);
    const value = toValue(doc, node, 0);
    const empty = !node || (isScalar(node) && node.value === null && node.source === '');
    const [start, end] = empty || !node?.range ? [keyNode.range[1], keyNode.range[1]] : [node.range[0], node.range[1]];
    const s = at(start);
    const e = at(end);
    fields.set(key, { key, value, keyLine: at(keyNode.range[0]).line, line: s.line, column: s.column, endLine: e.line, endColumn: e.column });
  }
  return { isMapping: true, fields, problems, ...plain };
}

/** Printable ASCII and line feeds alone, and no backslash (a double-quoted `\e` is an escape character). */
const PLAIN = /^[\x20-\x5b\x5d-\x7e\n]*$/;

function resolve(doc: Document, node: Node | null): Node | null {
  // An alias points at its anchor's node; the walk goes no deeper than two levels, so a chain
  // of aliases can never expand here.
  return isAlias(node) ? ((node.resolve(doc) as Node | undefined) ?? null) : node;
}

function scalarText(node: Node): string | undefined {
  if (!isScalar(node)) return undefined;
  if (typeof node.value === 'string') return node.value;
  if (node.value === null) return undefined;
  return node.source ?? String(node.value);
}

function toValue(doc: Document, node: Node | null, depth: number): FieldValue {
  if (node === null) return { type: 'null' };
  if (isScalar(node)) {
    const text = scalarText(node);
    return text === undefined ? { type: 'null' } : { type: 'text', text };
  }
  if (isSeq(node) && depth < 2) return { type: 'list', items: node.items.map((n) => toValue(doc, resolve(doc, n as Node | null), depth + 1)) };
  return { type: 'other' };
}

type At = (offset: number) => { line: number; column: number };

/** Offset in the block → line and column in the file. */
function positions(content: string, contentLine: number): At {
  const starts = [0];
  for (let i = content.indexOf('\n'); i >= 0; i = content.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: contentLine + lo, column: offset - starts[lo]! };
  };
}

function problem(at: At, pos: readonly [number, number], code: string, message: string): Problem {
  const s = at(pos[0]);
  const e = at(Math.max(pos[0], pos[1]));
  return { message, line: s.line, column: s.column, endLine: e.line, endColumn: e.column, severity: 'error', code };
}

function yamlProblem(content: string, code: string, message: string, pos: readonly [number, number], at: At): Problem {
  if (code === 'DUPLICATE_KEY') {
    // yaml points at the key's first character; the key runs to its colon.
    const key = /^(?:"[^"\n]*"|'[^'\n]*'|[^:\n]*)/.exec(content.slice(pos[0]))![0].trim();
    // The whole key is marked, not yaml's one character.
    return problem(at, [pos[0], pos[0] + Math.max(1, key.length)], 'duplicate-key', `The key "${key}" appears more than once in the front-matter: keep only one.`);
  }
  // A quote or a bracket never closed: yaml says so where the block ends; the line that opened it is the one to mend.
  const unclosed = unclosedValue(content, message);
  if (unclosed) return problem(at, [unclosed.start, unclosed.start + unclosed.text.length], 'yaml', unclosed.said);
  // The usual slips, said so they can be mended; yaml's words for the rest.
  const line = lineAround(content, pos[0]);
  const said = lineMistake(line.text) ?? colonInValue(line.text) ?? starValue(line.text) ?? reservedValue(line.text);
  if (said) return problem(at, [line.start, line.start + line.text.length], 'yaml', said);
  const indented = indentedKey(content, pos[0]);
  if (indented) return problem(at, [indented.start, indented.start + indented.text.length], 'yaml', indented.said);
  return problem(at, pos, 'yaml', `The front-matter is not valid YAML: ${message.replace(/\s+$/, '')}.`.replace(/\.\.$/, '.'));
}

/** The first line whose value starts with `*` and what to do about it (see `starValue`). */
function starLine(content: string): { start: number; length: number; message: string } | undefined {
  let start = 0;
  for (const text of content.split('\n')) {
    const message = starValue(text);
    if (message) return { start, length: text.replace(/\r$/, '').length, message };
    start += text.length + 1;
  }
  return undefined;
}

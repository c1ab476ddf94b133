import { CST, Composer, Document, Parser, isMap } from 'yaml';
import { type Result, fail, ok } from '../types';
import { type FileParts, type LineEnding, isYamlLanguage, splitFile } from './split';

/** One `key: value` entry of the front-matter's top-level mapping, as the CST holds it. */
export type MapItem = CST.BlockMap['items'][number] | CST.CollectionItem;

/**
 * The front-matter of a file, checked to be editable: one YAML document without errors whose
 * top level is a block mapping (or empty). CST offsets are relative to `content`; add `base`
 * to get offsets in the file's text.
 */
export interface YamlBlock {
  readonly parts: FileParts;
  readonly content: string;
  /** Offset of `content` in the file's text. */
  readonly base: number;
  /** The top-level mapping (`key: value` lines, or one `{ }`); absent when the block holds only comments or nothing. */
  readonly map?: CST.BlockMap | CST.FlowCollection;
  /** The parsed document, for reading current values. */
  readonly doc: Document;
  /** What an inserted line ends with: the block's own line ending. */
  readonly eol: LineEnding;
}

const COLLECTION_WORD: Record<string, string> = {
  'block-map': 'a nested mapping',
  'block-seq': 'a list',
  'flow-collection': 'a list or mapping written in [ ] or { }',
  'block-scalar': 'a multi-line block (| or >)',
};

/** Describes what a non-scalar value is, for refusal messages. */
export function describeNode(token: CST.Token): string {
  return COLLECTION_WORD[token.type] ?? `a ${token.type}`;
}

/** Finds and checks the front-matter block. Every refusal says what is wrong and that nothing changed. */
export function readYamlBlock(text: string): Result<YamlBlock> {
  const parts = splitFile(text);
  const fm = parts.frontMatter;
  if (!fm) return fail('This file has no front-matter (a block between --- lines at the top); nothing was changed.');
  if (!isYamlLanguage(fm.language)) {
    return fail(`The front-matter is marked "---${fm.language}", not YAML; it is never run or rewritten, so nothing was changed.`);
  }
  if (!fm.close) return fail('The front-matter block never closes (no --- line after it); nothing was changed.');
  const content = text.slice(fm.contentStart, fm.contentEnd);
  // One pass of the parser gives both the CST (for offsets) and the documents (for values and errors).
  const tokens = [...new Parser().parse(content)];
  const docs = [...new Composer({ prettyErrors: false }).compose(tokens, true, content.length)];
  if (docs.length > 1) {
    return fail('The front-matter holds more than one YAML document; nothing was changed.');
  }
  const doc = docs[0] ?? new Document(null);
  const root = tokens.find((t): t is CST.Document => t.type === 'document')?.value;
  const error = doc.errors[0];
  if (error?.code === 'DUPLICATE_KEY' && root?.type === 'block-map') {
    const twice = duplicateKey(root);
    if (twice) return fail(`The key "${twice}" appears twice in the front-matter; keep one and try again. Nothing was changed.`);
  }
  if (error) {
    const line = lineOf(content, error.pos[0]) + fm.contentLine + 1;
    return fail(`The front-matter has a YAML error on line ${line}: ${firstLine(error.message)} — fix it first; nothing was changed.`);
  }
  const tag = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (tag) {
    const name = /Unresolved tag: (\S+)/.exec(tag.message)?.[1] ?? 'a custom tag';
    return fail(`The front-matter uses the tag ${name}, which the diary does not read; nothing was changed.`);
  }
  const isFlowMap = root?.type === 'flow-collection' && root.start.source === '{';
  if ((root && root.type !== 'block-map' && !isFlowMap) || (doc.contents !== null && !isMap(doc.contents))) {
    return fail(`The front-matter is ${root ? describeRoot(root) : 'a single value'}, not a list of "key: value" lines; nothing was changed.`);
  }
  const map = root?.type === 'block-map' || root?.type === 'flow-collection' ? root : undefined;
  return ok({ parts, content, base: fm.contentStart, map, doc, eol: lastLineEnding(content) ?? fm.eol });
}

function describeRoot(token: CST.Token): string {
  if (token.type === 'flow-collection') return token.start.source === '{' ? 'a mapping written in { }' : 'a list written in [ ]';
  if (token.type === 'block-seq') return 'a list';
  return 'a single value';
}

/** The items whose key is the plain or quoted scalar `key`. */
export function findItems(map: YamlBlock['map'], key: string): MapItem[] {
  if (!map) return [];
  return map.items.filter((item) => {
    const k = item.key;
    if (!k || !CST.isScalar(k) || k.type === 'block-scalar') return false;
    return CST.resolveAsScalar(k)?.value === key;
  });
}

function duplicateKey(map: CST.BlockMap): string | undefined {
  const seen = new Set<string>();
  for (const item of map.items) {
    const key = item.key && CST.isScalar(item.key) ? CST.resolveAsScalar(item.key)?.value : undefined;
    if (key === undefined) continue;
    if (seen.has(key)) return key;
    seen.add(key);
  }
  return undefined;
}

/** The line ending of the block's last line, so an added key matches its neighbours. */
function lastLineEnding(content: string): LineEnding | undefined {
  if (!content.endsWith('\n')) return undefined;
  return content.endsWith('\r\n') ? '\r\n' : '\n';
}

function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

const firstLine = (message: string) => message.split('\n')[0]!.trim();

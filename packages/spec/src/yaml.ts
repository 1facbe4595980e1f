// YAML loading with exact locations, safe for untrusted input. Pure: bytes in, parsed
// value + locator out.
//
// A pull request is hostile input, so every cost is bounded before it is paid:
// - the file size (1 MiB), checked before anything else;
// - the nesting depth, checked while the parser streams tokens, before the `yaml`
//   package's composer (which recurses) sees the document;
// - the number of keys and list items, and the number and expanded size of aliases
//   ("billion laughs"), checked while the value is built;
// - only the core YAML types (mapping, list, string, integer, float, boolean, null): any
//   other tag (!!omap, !!set, !!binary, !!timestamp, !custom) and %YAML/%TAG directives
//   are refused, so what validates is exactly what the tools later read;
// - duplicate keys are found with one set per mapping (linear), and `__proto__` is refused;
// - integers must be exact in JavaScript (at most 2^53 - 1 in size).
// Positions are computed only when there is something to locate.
//
// The value of an ordinary spec is read straight from the parser's tokens (readPlainDocument):
// building the yaml package's document (its composer) costs about as much again as lexing
// and parsing. Whatever that fast path does not handle exactly as the composer would (any
// tag, anchor, alias, explicit key, empty value, tab, multi-line flow collection, or
// anything the composer would report), it leaves to the composer, on the same tokens.
import { CST, Composer, Document, Lexer, Parser, isAlias, isMap, isScalar, isSeq, type Node, type Pair, type ScalarTag } from 'yaml';
import { SpecError, keyPath, type SpecIssue } from './errors.js';

/** Specs and the catalog are small hand-written files; anything larger is a mistake or an attack. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** Mappings and lists nested at most this deep (a spec needs fewer than 10 levels). */
export const MAX_DEPTH = 32;
/** Keys and list items in one file, all levels together (a spec has a few hundred). */
export const MAX_ENTRIES = 10_000;
/** Aliases (`*name`) in one file. */
export const MAX_ALIAS_EXPANSIONS = 100;
/** The document with every alias written out may be at most this large (in characters). */
const MAX_EXPANDED_SIZE = MAX_FILE_BYTES;

/** The tags of the YAML core schema: the only types a spec is made of. */
const CORE_TAGS = new Set(['map', 'seq', 'str', 'int', 'float', 'bool', 'null'].map((name) => `tag:yaml.org,2002:${name}`));

/** The lexeme the yaml lexer emits before a scalar's own text. */
const SCALAR_MARKER = CST.SCALAR;

export type Path = readonly (string | number)[];

export interface Position {
  line: number;
  column: number;
}

export interface YamlSource {
  file: string;
  value: unknown;
  /** Position of the value at `path`, or of the nearest existing ancestor. */
  locate(path: Path): Position;
  /** Position of the key (not the value) at `path`, or of the value when there is no key. */
  locateKey(path: Path): Position;
  /** Whether `path` is present in the document. */
  has(path: Path): boolean;
  /** An issue at the value (or key) of `path`. */
  issue(path: Path, message: string, at?: 'key' | 'value'): SpecIssue;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8').decode(bytes);
  let index = text.indexOf('\uFFFD');
  while (index !== -1) {
    const offset = Buffer.byteLength(text.slice(0, index), 'utf8');
    // A genuine U+FFFD is encoded EF BF BD; anything else is where decoding failed.
    if (!(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) return offset;
    index = text.indexOf('\uFFFD', index + 1);
  }
  return -1;
}

function positionOfByte(bytes: Uint8Array, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, column };
}

/** Line and column of an offset in `text`; the line table is built on first use only. */
function lineTable(text: string): (offset: number) => Position {
  let starts: number[] | undefined;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

function fileIssue(file: string, position: Position, message: string): SpecIssue {
  return { file, line: position.line, column: position.column, key: '', message };
}

/** A tag as it is written: tag:yaml.org,2002:omap -> !!omap. */
function shownTag(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}

/** The JavaScript key a scalar key becomes (as the yaml package's toJS makes it). */
function keyString(value: unknown): string {
  return value === null ? '' : typeof value === 'string' ? value : String(value);
}

/** For locating: each mapping's pairs by key, built once per mapping that is looked into. */
const pairIndexes = new WeakMap<object, Map<string, Pair>>();

function pairIndex(map: { items: Pair[] }): Map<string, Pair> {
  let index = pairIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items) {
      if (isScalar(pair.key)) {
        const key = keyString(pair.key.value);
        if (!index.has(key)) index.set(key, pair);
      }
    }
    pairIndexes.set(map, index);
  }
  return index;
}

function childPair(node: unknown, part: string | number): { key: Node | null; value: Node | null } | undefined {
  if (isMap(node)) {
    const pair = pairIndex(node).get(String(part));
    return pair ? { key: (pair.key as Node) ?? null, value: (pair.value as Node) ?? null } : undefined;
  }
  if (isSeq(node) && typeof part === 'number') {
    const item = node.items[part] as Node | undefined;
    return item === undefined ? undefined : { key: null, value: item };
  }
  return undefined;
}

function makeSource(file: string, doc: Document, position: (offset: number) => Position, value: unknown): YamlSource {
  const walk = (path: Path): { node: Node | null; key: Node | null; depth: number } => {
    let node: Node | null = doc.contents as Node | null;
    let key: Node | null = null;
    let depth = 0;
    for (const part of path) {
      const child = childPair(node, part);
      if (!child) break;
      node = child.value ?? child.key;
      key = child.key;
      depth++;
    }
    return { node, key, depth };
  };
  const start = (node: Node | null): Position => position(node?.range?.[0] ?? 0);
  const locate = (path: Path) => start(walk(path).node);
  const locateKey = (path: Path) => {
    const found = walk(path);
    return start(found.key ?? found.node);
  };
  return {
    file,
    value,
    locate,
    locateKey,
    has: (path) => walk(path).depth === path.length,
    issue(path, message, at = 'value') {
      const where = at === 'key' ? locateKey(path) : locate(path);
      return { file, line: where.line, column: where.column, key: keyPath(path), message };
    },
  };
}

/** yaml's messages are one line about the syntax; keep them short (they can quote a little of the file). */
function shortMessage(message: string): string {
  const line = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

const TOO_MANY_ENTRIES = `more than ${MAX_ENTRIES} keys and list items in the file; a spec has a few hundred: shorten it`;

/**
 * Lexes and parses to CST tokens, refusing nesting deeper than MAX_DEPTH and (roughly)
 * more than MAX_ENTRIES entries as soon as they are reached, so a hostile file costs
 * little more than reading it up to that point.
 */
function parseTokens(text: string, refuse: (offset: number, message: string) => never): CST.Token[] {
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  // The parser's stack holds the document and every open collection (and at most one
  // token being read): its length is the nesting depth plus a small constant.
  const depthLimit = MAX_DEPTH + 3;
  // Indicators that start an entry (":" of a key, "-" of a list item, "," between flow
  // items); a scalar's text follows the SCALAR marker and is never counted.
  let entries = 0;
  let scalarNext = false;
  for (const lexeme of new Lexer().lex(text)) {
    if (!scalarNext && (lexeme === ':' || lexeme === '-' || lexeme === ',') && ++entries > MAX_ENTRIES) refuse(parser.offset, TOO_MANY_ENTRIES);
    scalarNext = lexeme === SCALAR_MARKER;
    for (const token of parser.next(lexeme)) tokens.push(token);
    if (parser.stack.length > depthLimit) {
      refuse(parser.offset, `mappings and lists are nested more than ${MAX_DEPTH} levels deep; a spec needs far fewer: flatten the structure`);
    }
  }
  for (const token of parser.end()) tokens.push(token);
  return tokens;
}

interface Built {
  value: unknown;
  /** Size of the value written out: characters of its scalars plus one per node. */
  size: number;
}

/**
 * Builds the JavaScript value of a composed document (instead of the yaml package's
 * toJS), checking on the way every rule that needs the nodes: types, keys, aliases, sizes.
 */
function buildValue(doc: Document, text: string, position: (offset: number) => Position, file: string): { value: unknown; issues: SpecIssue[] } {
  const issues: SpecIssue[] = [];
  const at = (node: { range?: readonly number[] | null } | null | undefined, message: string) =>
    issues.push(fileIssue(file, position(node?.range?.[0] ?? 0), message));
  // A node's range starts at its value; its tag is the nearest "!..." word before that.
  const atTag = (node: Node, message: string) => {
    let offset = text.lastIndexOf('!', node.range?.[0] ?? 0);
    while (offset > 0 && !/[\s[\]{},]/.test(text[offset - 1]!)) offset--;
    issues.push(fileIssue(file, position(Math.max(offset, 0)), message));
  };
  const anchors = new Map<string, Built>();
  let entries = 0;
  let aliases = 0;
  let largestAlias: { node: Node; size: number } | undefined;

  const build = (node: unknown): Built => {
    if (node === null || node === undefined) return { value: null, size: 1 };
    if (isAlias(node)) {
      aliases++;
      if (aliases === MAX_ALIAS_EXPANSIONS + 1)
        at(node, `more than ${MAX_ALIAS_EXPANSIONS} aliases; at most ${MAX_ALIAS_EXPANSIONS} are allowed: write the values out`);
      const target = anchors.get(node.source);
      if (!target) {
        at(node, `alias *${node.source} refers to no anchor &${node.source} before it; define the anchor first (an alias cannot refer to the node it is in)`);
        return { value: null, size: 1 };
      }
      if (!largestAlias || target.size > largestAlias.size) largestAlias = { node, size: target.size };
      return target;
    }
    const tagged = node as Node;
    if (tagged.tag && !CORE_TAGS.has(tagged.tag)) {
      atTag(
        tagged,
        `tag ${shownTag(tagged.tag)} is not allowed; a spec uses only plain mappings, lists, strings, numbers, true/false and null: remove the tag`,
      );
      return { value: null, size: 1 };
    }
    let built: Built;
    if (isScalar(node)) {
      const value = node.value;
      if (typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value)) {
        at(node, `the number ${String(node.source ?? value)} is too large; integers must be between -9007199254740991 and 9007199254740991`);
      } else if (value !== null && typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
        at(node, 'is not a string, number, true/false or null');
      }
      built = { value, size: 1 + (typeof value === 'string' ? value.length : 0) };
    } else if (isMap(node) || isSeq(node)) {
      const before = entries;
      entries += node.items.length;
      if (before <= MAX_ENTRIES && entries > MAX_ENTRIES) at(node, TOO_MANY_ENTRIES);
      if (entries > MAX_ENTRIES) return { value: null, size: 1 };
      if (isSeq(node)) {
        const list: unknown[] = [];
        let size = 1;
        for (const item of node.items) {
          const child = build(item);
          list.push(child.value);
          size += child.size;
        }
        built = { value: list, size };
      } else {
        const object: Record<string, unknown> = {};
        const seen = new Set<string>();
        let size = 1;
        for (const pair of node.items) {
          const key = pair.key as unknown;
          if (!isScalar(key)) {
            at(
              (key as Node | null) ?? (pair.value as Node | null),
              isAlias(key) ? 'an alias cannot be a key; write the key out' : 'a key must be a plain string, not a mapping or list',
            );
            continue;
          }
          if (key.tag && !CORE_TAGS.has(key.tag)) {
            atTag(key, `tag ${shownTag(key.tag)} is not allowed on a key; remove it`);
            continue;
          }
          const name = keyString(key.value);
          if (seen.has(name)) {
            at(key, `duplicate key ${JSON.stringify(name)}; each key may appear only once in a mapping`);
            continue;
          }
          seen.add(name);
          if (name === '__proto__') {
            at(key, 'key "__proto__" is not allowed (it would change the object itself, not add a key); no spec key has this name');
            continue;
          }
          const child = build(pair.value);
          object[name] = child.value;
          size += name.length + child.size;
        }
        built = { value: object, size };
      }
    } else {
      at(tagged, 'is not a mapping, list or scalar');
      return { value: null, size: 1 };
    }
    // An anchor is usable once its node is complete: an alias inside it is refused above.
    if (tagged.anchor) anchors.set(tagged.anchor, built);
    return built;
  };

  const root = build(doc.contents);
  if (root.size > MAX_EXPANDED_SIZE && largestAlias) {
    at(
      largestAlias.node,
      `aliases expand the document to about ${Math.ceil(root.size / 1024)} KiB, over the ${MAX_EXPANDED_SIZE / 1024 / 1024} MiB limit for a spec written out; write the values out or reuse less`,
    );
  }
  return { value: root.value, issues };
}

/** How the composer reads a spec: YAML 1.2, core schema, strict, duplicates found by buildValue (linearly). */
const COMPOSE_OPTIONS = { strict: true, uniqueKeys: false, version: '1.2', schema: 'core' } as const;

/** The schema and options the composer resolves scalars with (each document it composes gets the same). */
const CORE = new Document(null, COMPOSE_OPTIONS);
/** The tags a plain scalar is tried against, in the composer's order (the rest resolve to a string); a key may use more. */
const SCALAR_TAGS = CORE.schema.tags.filter((tag): tag is ScalarTag => !('collection' in tag && tag.collection) && tag.test !== undefined);
const PLAIN_TAGS = SCALAR_TAGS.filter((tag) => tag.default === true);
const PLAIN_KEY_TAGS = SCALAR_TAGS.filter((tag) => tag.default === true || tag.default === 'key');

/** Thrown inside readPlainDocument where the document needs the composer; never escapes it. */
const USE_COMPOSER = new Error('the composer reads this document');

interface Read {
  value: unknown;
  /** Where the node ends with its trailing comments and blank lines (the composer's range[2]). */
  end: number;
}

type FlowScalar = CST.FlowScalar | CST.BlockScalar;

/**
 * The properties before a node or after a key (resolveProps in the yaml package) when they
 * are only spaces, line breaks, comments and at most one `indicator`: the composer's
 * checks that apply to those, a tab anywhere left to it.
 */
function plainProps(tokens: readonly CST.SourceToken[], indicator: string | undefined, startOnNewline: boolean, offset: number) {
  let hasSpace = startOnNewline;
  let hasNewline = false;
  let found: CST.SourceToken | undefined;
  for (const token of tokens) {
    if (token.type === 'space') {
      if (token.source.includes('\t')) throw USE_COMPOSER;
      hasSpace = true;
    } else if (token.type === 'newline') {
      hasNewline = true;
      hasSpace = true;
    } else if (token.type === 'comment') {
      if (!hasSpace) throw USE_COMPOSER;
    } else if (token.type === indicator && !found) {
      found = token;
      hasSpace = false;
    } else throw USE_COMPOSER;
  }
  const last = tokens[tokens.length - 1];
  return { found, hasNewline, end: last ? last.offset + last.source.length : offset };
}

function isFlowScalar(token: CST.Token | null | undefined): token is FlowScalar {
  return token?.type === 'scalar' || token?.type === 'single-quoted-scalar' || token?.type === 'double-quoted-scalar' || token?.type === 'block-scalar';
}

/** A scalar as the composer resolves it (the yaml package's own scalar and core-tag code). */
function readScalar(token: FlowScalar, atKey: boolean): Read {
  let failed = false;
  const onError = () => {
    failed = true;
  };
  const resolved = CST.resolveAsScalar(token, COMPOSE_OPTIONS.strict, onError);
  if (failed || !resolved) throw USE_COMPOSER;
  let value: unknown = resolved.value;
  if (token.type === 'scalar') {
    let tag: ScalarTag | undefined;
    for (const candidate of atKey ? PLAIN_KEY_TAGS : PLAIN_TAGS) {
      if (candidate.test!.test(resolved.value)) {
        tag = candidate;
        break;
      }
    }
    if (tag) {
      const result: unknown = tag.resolve(resolved.value, onError, CORE.options);
      value = isScalar(result) ? result.value : result;
    }
  }
  if (failed) throw USE_COMPOSER;
  if (
    typeof value === 'number'
      ? Number.isInteger(value) && !Number.isSafeInteger(value)
      : value !== null && typeof value !== 'string' && typeof value !== 'boolean'
  )
    throw USE_COMPOSER;
  return { value, end: resolved.range[2] };
}

interface Count {
  entries: number;
}

function countEntry(count: Count): void {
  if (++count.entries > MAX_ENTRIES) throw USE_COMPOSER;
}

function readNode(token: CST.Token, count: Count): Read {
  switch (token.type) {
    case 'scalar':
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
    case 'block-scalar':
      return readScalar(token, false);
    case 'block-map':
      return readBlockMap(token, count);
    case 'block-seq':
      return readBlockSeq(token, count);
    case 'flow-collection':
      return readFlowCollection(token, count);
    default:
      throw USE_COMPOSER;
  }
}

/** A key on one line (the composer's containsNewline for a scalar key). */
function keyOnOneLine(key: FlowScalar): boolean {
  return !key.source.includes('\n') && !('end' in key && key.end?.some((token) => token.type === 'newline'));
}

function readBlockMap(map: CST.BlockMap, count: Count): Read {
  const object: Record<string, unknown> = {};
  const names = new Set<string>();
  let offset = map.offset;
  let commentEnd: number | undefined;
  const items = map.items;
  for (let index = 0; index < items.length; index++) {
    const { start, key, sep, value } = items[index]!;
    const keyProps = plainProps(start, undefined, true, offset);
    if (!key && !sep && !value && index === items.length - 1) {
      // Comments after the last entry.
      commentEnd = keyProps.end;
      continue;
    }
    if (!isFlowScalar(key) || key.type === 'block-scalar' || key.indent !== map.indent || !keyOnOneLine(key) || !sep || !value) throw USE_COMPOSER;
    const keyRead = readScalar(key, true);
    const valueProps = plainProps(sep, 'map-value-ind', false, keyRead.end);
    if (!valueProps.found || (value.type === 'block-map' && !valueProps.hasNewline) || keyProps.end < valueProps.found.offset - 1024) throw USE_COMPOSER;
    const name = keyString(keyRead.value);
    if (name === '__proto__' || names.has(name)) throw USE_COMPOSER;
    names.add(name);
    countEntry(count);
    const child = readNode(value, count);
    object[name] = child.value;
    offset = child.end;
  }
  return { value: object, end: commentEnd ?? offset };
}

function readBlockSeq(seq: CST.BlockSequence, count: Count): Read {
  const list: unknown[] = [];
  let offset = seq.offset;
  let commentEnd: number | undefined;
  for (const { start, value } of seq.items) {
    const props = plainProps(start, 'seq-item-ind', true, offset);
    if (!props.found) {
      if (value) throw USE_COMPOSER;
      commentEnd = props.end;
      continue;
    }
    if (!value) throw USE_COMPOSER;
    countEntry(count);
    const child = readNode(value, count);
    list.push(child.value);
    offset = child.end;
  }
  return { value: list, end: commentEnd ?? offset };
}

/** `[a, "b", 'c']` on one line, `[]` and `{}`; anything else is the composer's. */
function readFlowCollection(flow: CST.FlowCollection, count: Count): Read {
  const isMap = flow.start.source === '{';
  if (isMap && flow.items.length > 0) throw USE_COMPOSER;
  const list: unknown[] = [];
  const items = flow.items;
  for (let index = 0; index < items.length; index++) {
    const { start, key, sep, value } = items[index]!;
    if (key || sep) throw USE_COMPOSER;
    let comma = false;
    for (const token of start) {
      if (token.type === 'comma' && index > 0 && !comma) comma = true;
      else if (token.type !== 'space' || token.source.includes('\t')) throw USE_COMPOSER;
    }
    if (index > 0 && !comma) throw USE_COMPOSER;
    // A trailing comma leaves an empty last item.
    if (!value && index > 0 && index === items.length - 1) continue;
    if (!value || !isFlowScalar(value) || value.type === 'block-scalar' || value.source.includes('\n')) throw USE_COMPOSER;
    countEntry(count);
    list.push(readScalar(value, false).value);
  }
  const [close, ...rest] = flow.end;
  if (close?.source !== (isMap ? '}' : ']')) throw USE_COMPOSER;
  let end = close.offset + close.source.length;
  let hasSpace = false;
  for (const token of rest) {
    if (token.type === 'space' || token.type === 'newline') hasSpace = true;
    else if (token.type !== 'comment' || !hasSpace) throw USE_COMPOSER;
    end += token.source.length;
  }
  return { value: isMap ? {} : list, end };
}

/**
 * The value of a document that is one block mapping of the plain forms a spec is written
 * in, read from the parser's tokens exactly as the composer would read it; USE_COMPOSER for
 * anything else, and for anything the composer or buildValue would report.
 */
function readPlainDocument(tokens: readonly CST.Token[]): unknown {
  let document: CST.Document | undefined;
  for (const token of tokens) {
    if (token.type === 'document' && !document) document = token;
    else if (token.type !== 'comment' && token.type !== 'newline' && token.type !== 'space') throw USE_COMPOSER;
  }
  if (document?.value?.type !== 'block-map') throw USE_COMPOSER;
  plainProps(document.start, undefined, true, document.offset);
  const value = readBlockMap(document.value, { entries: 0 }).value;
  for (const token of document.end ?? []) if (token.type !== 'space' && token.type !== 'comment' && token.type !== 'newline') throw USE_COMPOSER;
  return value;
}

/**
 * Parses one YAML document. Throws SpecError (with every issue located) for files that are
 * too large, not UTF-8, empty, hold several documents, use lone CR line ends, directives or
 * tags beyond the core types, have syntax errors or duplicate keys, nest too deeply, hold
 * too many entries, or expand aliases too much.
 */
export function parseYamlFile(file: string, bytes: Uint8Array | string): YamlSource {
  const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  const origin = { line: 1, column: 1 };
  if (data.length > MAX_FILE_BYTES) {
    throw new SpecError([
      fileIssue(file, origin, `file is ${data.length} bytes, over the ${MAX_FILE_BYTES}-byte (1 MiB) limit; a spec this large is not hand-written: shorten it`),
    ]);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    const badByte = firstInvalidUtf8(data);
    throw new SpecError([
      fileIssue(file, positionOfByte(data, badByte), `invalid UTF-8 byte 0x${data[badByte]!.toString(16).padStart(2, '0')}; save the file as UTF-8`),
    ]);
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const position = lineTable(text);
  const refuse = (offset: number, message: string): never => {
    throw new SpecError([fileIssue(file, position(offset), message)]);
  };

  for (let index = text.indexOf('\r'); index !== -1; index = text.indexOf('\r', index + 1)) {
    if (text[index + 1] !== '\n')
      refuse(
        index,
        'a line ends with a lone carriage return (CR, old Mac line ends), which YAML does not read as a line break; save the file with LF line ends',
      );
  }

  const tokens = parseTokens(text, refuse);
  const directive = tokens.find((token) => token.type === 'directive');
  if (directive) refuse(directive.offset, 'YAML directives (%YAML, %TAG) are not used in specs; remove the line (specs are YAML 1.2)');

  let value: unknown;
  try {
    value = readPlainDocument(tokens);
  } catch (error) {
    if (error !== USE_COMPOSER) throw error;
    return composeSource(file, text, tokens, position, refuse);
  }
  // Positions only when something is to be located: the composer then reads the same text.
  return deferredSource(file, value, () => composeSource(file, text, parseTokens(text, refuse), position, refuse));
}

/** The composer's reading of the tokens: every rule checked on its nodes, each issue located. */
function composeSource(
  file: string,
  text: string,
  tokens: CST.Token[],
  position: (offset: number) => Position,
  refuse: (offset: number, message: string) => never,
): YamlSource {
  const documents = Array.from(new Composer(COMPOSE_OPTIONS).compose(tokens));
  if (documents.length === 0 || (documents.length === 1 && documents[0]!.contents === null && documents[0]!.errors.length === 0)) {
    refuse(0, 'file is empty; write the spec as one YAML mapping (see images/nginx-1.26/image.yaml)');
  }
  if (documents.length > 1) {
    refuse(documents[1]!.range[0], `found ${documents.length} YAML documents; a spec file holds exactly one: remove the "---" separator and what follows`);
  }
  const doc = documents[0]!;
  // Unknown tags are refused, located, by buildValue; the rest are syntax errors.
  const problems = [...doc.errors, ...doc.warnings.filter((warning) => warning.code !== 'TAG_RESOLVE_FAILED')];
  if (problems.length > 0) {
    throw new SpecError(problems.map((problem) => fileIssue(file, position(problem.pos[0]), `YAML syntax error: ${shortMessage(problem.message)}`)));
  }
  const { value, issues } = buildValue(doc, text, position, file);
  if (issues.length > 0) throw new SpecError(issues);
  return makeSource(file, doc, position, value);
}

/** A source holding `value` whose positions come from `load` (a full parse), on first use. */
export function deferredSource(file: string, value: unknown, load: () => YamlSource): YamlSource {
  let loaded: YamlSource | undefined;
  const real = () => (loaded ??= load());
  return {
    file,
    value,
    locate: (path) => real().locate(path),
    locateKey: (path) => real().locateKey(path),
    has: (path) => real().has(path),
    issue: (path, message, at) => real().issue(path, message, at),
  };
}

/**
 * The fast path alone: the value of `text` read from the parser's tokens, or undefined
 * where parseYamlFile leaves it to the composer. yaml.test.ts holds the two to one answer.
 */
export function readPlainYaml(text: string): { value: unknown } | undefined {
  try {
    return { value: readPlainDocument(Array.from(new Parser().parse(text))) };
  } catch (error) {
    if (error === USE_COMPOSER) return undefined;
    throw error;
  }
}

// YAML loading with exact locations. Pure: bytes in, parsed value + locator out.
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, visit, type Document, type Node } from 'yaml';
import { SpecError, keyPath, type SpecIssue } from './errors.js';

/** Specs and the catalog are small hand-written files; anything larger is a mistake or an attack. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** Aliases may be expanded this many times in total (defeats "billion laughs" documents). */
export const MAX_ALIAS_EXPANSIONS = 100;

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

function fileIssue(file: string, position: Position, message: string): SpecIssue {
  return { file, line: position.line, column: position.column, key: '', message };
}

function childPair(node: unknown, part: string | number): { key: Node | null; value: Node | null } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === part);
    return pair ? { key: (pair.key as Node) ?? null, value: (pair.value as Node) ?? null } : undefined;
  }
  if (isSeq(node) && typeof part === 'number') {
    const item = node.items[part] as Node | undefined;
    return item === undefined ? undefined : { key: null, value: item };
  }
  return undefined;
}

function makeSource(file: string, doc: Document, lineCounter: LineCounter, value: unknown): YamlSource {
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
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
  const start = (node: Node | null): Position => toPosition(node?.range?.[0] ?? 0);
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
      const position = at === 'key' ? locateKey(path) : locate(path);
      return { file, line: position.line, column: position.column, key: keyPath(path), message };
    },
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * Parses one YAML document. Throws SpecError (with every issue located) for files that are
 * too large, not UTF-8, empty, hold several documents, have syntax errors or duplicate keys,
 * or expand aliases too often.
 */
export function parseYamlFile(file: string, bytes: Uint8Array | string): YamlSource {
  const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  const origin = { line: 1, column: 1 };
  if (data.length > MAX_FILE_BYTES) {
    throw new SpecError([
      fileIssue(file, origin, `file is ${data.length} bytes, over the ${MAX_FILE_BYTES}-byte (1 MiB) limit; a spec this large is not hand-written: shorten it`),
    ]);
  }
  const badByte = firstInvalidUtf8(data);
  if (badByte !== -1) {
    throw new SpecError([
      fileIssue(file, positionOfByte(data, badByte), `invalid UTF-8 byte 0x${data[badByte]!.toString(16).padStart(2, '0')}; save the file as UTF-8`),
    ]);
  }
  let text = new TextDecoder('utf-8').decode(data);
  if (text.startsWith('\uFEFF')) text = text.slice(1);

  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const documents = Array.isArray(docs) ? docs : [];
  if (documents.length === 0 || (documents.length === 1 && documents[0]!.contents === null)) {
    throw new SpecError([fileIssue(file, origin, 'file is empty; write the spec as one YAML mapping (see images/nginx-1.26/image.yaml)')]);
  }
  const position = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (documents.length > 1) {
    throw new SpecError([
      fileIssue(
        file,
        position(documents[1]!.range[0]),
        `found ${documents.length} YAML documents; a spec file holds exactly one: remove the "---" separator and what follows`,
      ),
    ]);
  }
  const doc = documents[0]!;
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length > 0) {
    throw new SpecError(
      problems.map((problem) => {
        const at = position(problem.pos[0]);
        if (problem.code === 'DUPLICATE_KEY') {
          const keyText = /^[^:\n]*/.exec(text.slice(problem.pos[0]))![0].trim();
          return fileIssue(file, at, `duplicate key "${keyText}"; each key may appear only once in a mapping`);
        }
        return fileIssue(file, at, `YAML ${problem.code === 'TAG_RESOLVE_FAILED' ? 'tag' : 'syntax'} error: ${firstLine(problem.message)}`);
      }),
    );
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS });
  } catch (error) {
    let aliasAt = origin;
    visit(doc, {
      Alias(_, node) {
        aliasAt = position(node.range?.[0] ?? 0);
        return visit.BREAK;
      },
    });
    const reason = error instanceof Error ? error.message : String(error);
    throw new SpecError([
      fileIssue(
        file,
        aliasAt,
        `YAML aliases expand too much (${firstLine(reason)}); at most ${MAX_ALIAS_EXPANSIONS} alias expansions are allowed: write the values out`,
      ),
    ]);
  }
  return makeSource(file, doc, lineCounter, value);
}

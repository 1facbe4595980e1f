// A change in words, written once and shown as plain text, markdown or JSON. Values that
// come from a spec (a pull request: hostile input) are only ever shown as code spans, so
// they cannot add markup, links, mentions or HTML to a pull-request comment.

export interface Change {
  /** Plain text, e.g. "user 65534 → 1000". */
  text: string;
  /** The same in markdown, values as code spans. */
  markdown: string;
  /** Whether the change weakens the image (shown in bold). */
  weakens: boolean;
}

/** Longest value shown; longer ones are cut (a comment has a size limit, and a reader has patience). */
const MAX_VALUE_CHARS = 200;

/** A value as a reader sees it: strings bare, lists and maps as JSON, one line, bounded. */
export function show(value: unknown): string {
  const text = typeof value === 'string' ? value : value === undefined ? 'unset' : JSON.stringify(value);
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
  const line = text.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return line.length > MAX_VALUE_CHARS ? `${line.slice(0, MAX_VALUE_CHARS - 1)}…` : line;
}

/** A markdown code span holding `text` exactly: the fence is longer than any backtick run inside. */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text === '' ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A value inside a phrase. */
export interface Value {
  value: unknown;
}

export function v(value: unknown): Value {
  return { value };
}

/**
 * A tagged template for a change: literal parts are the catalog's own words, `v(x)` parts
 * are values (code spans in markdown), plain strings in between are words too.
 */
export function phrase(strings: TemplateStringsArray, ...parts: (Value | string | number)[]): { text: string; markdown: string } {
  let text = strings[0]!;
  let markdown = strings[0]!;
  parts.forEach((part, index) => {
    if (typeof part === 'object') {
      text += show(part.value);
      markdown += codeSpan(show(part.value));
    } else {
      text += String(part);
      markdown += String(part);
    }
    text += strings[index + 1]!;
    markdown += strings[index + 1]!;
  });
  return { text, markdown };
}

export function change(words: { text: string; markdown: string }, weakens = false): Change {
  return { ...words, weakens };
}

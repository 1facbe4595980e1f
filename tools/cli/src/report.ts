// Printing for people: every string that can come from a pull request (spec keys and
// values, folder and file names, tool output) is escaped before it reaches a terminal,
// so a spec cannot forge lines ("ok nginx-1.26"), move the cursor or recolour the screen
// with escape sequences, or reorder text with bidirectional controls. JSON output stays
// JSON (JSON.stringify escapes what it must).
import { formatIssue, type SpecIssue } from '@armorred/spec';
import type { Io } from './cli.js';

/** C0 and C1 controls, DEL, bidirectional-text controls, line separators and lone surrogates. */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is matched
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\\': '\\\\' };

/** `text` with every unsafe character written as an escape (\n, \u001b, ...); one line, nothing hidden. */
export function printable(text: string): string {
  return text.replace(UNSAFE, (char) => NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** printable() for each line of a message armorred composed itself (its own line breaks stay). */
export function printableLines(text: string): string {
  return text.split('\n').map(printable).join('\n');
}

/** A located issue as one printable line. */
export function formatPrintableIssue(issue: SpecIssue): string {
  return formatIssue({ ...issue, file: printable(issue.file), key: printable(issue.key), message: printable(issue.message) });
}

export interface ImageIssues {
  image: string;
  issues: SpecIssue[];
}

/** Prints located problems on stderr. */
export function printIssues(io: Io, catalogIssues: readonly SpecIssue[], images: readonly ImageIssues[]): void {
  for (const issue of [...catalogIssues, ...images.flatMap((image) => image.issues)]) io.err(formatPrintableIssue(issue));
}

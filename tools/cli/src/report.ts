// Printing for people: every string that can come from a pull request is escaped before it
// reaches a terminal (printable, in @armorred/errors, says why). JSON output stays JSON
// (JSON.stringify escapes what it must).
import { formatPrintableIssue, type SpecIssue } from '@armorred/spec';
import type { Io } from './cli.js';

export { printable, printableLines } from '@armorred/errors';
export { formatPrintableIssue } from '@armorred/spec';

export interface ImageIssues {
  image: string;
  issues: SpecIssue[];
}

/** Prints located problems on stderr. */
export function printIssues(io: Io, catalogIssues: readonly SpecIssue[], images: readonly ImageIssues[]): void {
  for (const issue of [...catalogIssues, ...images.flatMap((image) => image.issues)]) io.err(formatPrintableIssue(issue));
}

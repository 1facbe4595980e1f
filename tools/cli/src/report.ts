// Printing spec problems the same way in every command.
import { formatIssue, type SpecIssue } from '@armorred/spec';
import type { Io } from './cli.js';

export interface ImageIssues {
  image: string;
  issues: SpecIssue[];
}

/** Prints located problems on stderr. */
export function printIssues(io: Io, catalogIssues: readonly SpecIssue[], images: readonly ImageIssues[]): void {
  for (const issue of [...catalogIssues, ...images.flatMap((image) => image.issues)]) io.err(formatIssue(issue));
}

// Printing spec problems the same way in every command.
import { formatIssue, type SpecIssue } from '@armorred/spec';
import type { Io } from './cli.js';

export interface ImageIssues {
  image: string;
  issues: SpecIssue[];
}

/** Prints located problems on stderr; returns whether there were any. */
export function printIssues(io: Io, catalogIssues: readonly SpecIssue[], images: readonly ImageIssues[]): boolean {
  for (const issue of catalogIssues) io.err(formatIssue(issue));
  let found = catalogIssues.length > 0;
  for (const image of images) {
    for (const issue of image.issues) io.err(formatIssue(issue));
    if (image.issues.length > 0) found = true;
  }
  return found;
}

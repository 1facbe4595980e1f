// Every problem found in a spec or catalog file carries its location, so a contributor
// can jump straight to it: `file:line:column: key: message`.
import { ArmorredError, EXIT } from '@armorred/errors';
export interface SpecIssue {
  file: string;
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
  /** Dotted key path of the offending value, e.g. `tiers.locked.runtime.user` ('' for the file). */
  key: string;
  /** What is wrong and what would be valid. */
  message: string;
}

export function formatIssue(issue: SpecIssue): string {
  const where = `${issue.file}:${issue.line}:${issue.column}`;
  return issue.key ? `${where}: ${issue.key}: ${issue.message}` : `${where}: ${issue.message}`;
}

export function compareIssues(a: SpecIssue, b: SpecIssue): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message);
}

/** Thrown when a file cannot be used at all; carries every issue found, sorted by location. */
export class SpecError extends ArmorredError {
  readonly issues: SpecIssue[];
  constructor(issues: SpecIssue[]) {
    const sorted = [...issues].sort(compareIssues);
    super(sorted.map(formatIssue).join('\n'), EXIT.INVALID);
    this.issues = sorted;
  }
}

export function keyPath(path: readonly (string | number)[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}

// Every problem found in a spec or catalog file carries its location, so a contributor
// can jump straight to it: `file:line:column: key: message`.
import { ArmorredError, EXIT, printable } from '@armorred/errors';
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

/** A located issue as one printable line: file, key and message escaped (they can come from a pull request). */
export function formatPrintableIssue(issue: SpecIssue): string {
  return formatIssue({ ...issue, file: printable(issue.file), key: printable(issue.key), message: printable(issue.message) });
}

export function compareIssues(a: SpecIssue, b: SpecIssue): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message);
}

/** At most this many issues are reported for one file; a hostile file can hold thousands. */
export const MAX_ISSUES = 100;

/** The first MAX_ISSUES issues, sorted by location, and one more saying how many were left out. */
export function boundedIssues(issues: readonly SpecIssue[]): SpecIssue[] {
  const sorted = [...issues].sort(compareIssues);
  if (sorted.length <= MAX_ISSUES) return sorted;
  const last = sorted[MAX_ISSUES - 1]!;
  return [
    ...sorted.slice(0, MAX_ISSUES),
    { file: last.file, line: last.line, column: last.column, key: '', message: `${sorted.length - MAX_ISSUES} more problems not shown; fix these first` },
  ];
}

/** Thrown when a file cannot be used at all; carries the issues found (see boundedIssues), sorted by location. */
export class SpecError extends ArmorredError {
  readonly issues: SpecIssue[];
  constructor(issues: SpecIssue[]) {
    const bounded = boundedIssues(issues);
    super(bounded.map(formatIssue).join('\n'), EXIT.INVALID);
    this.issues = bounded;
  }

  override printableMessage(): string {
    return this.issues.map(formatPrintableIssue).join('\n');
  }
}

export function keyPath(path: readonly (string | number)[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}

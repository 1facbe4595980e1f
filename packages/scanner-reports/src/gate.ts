// The scan gate: a scan passes when every finding at or above a severity is covered by an
// accepted finding (same id, same package), the way `grype --fail-on critical` fails a
// build, except that findings kept on purpose (image.yaml acceptedFindings) do not count.
// Pure.
import { SEVERITIES, type Severity } from './severity.js';
import type { Finding } from './ingest.js';

/** The severities a gate can fail on, most severe first ("negligible" and "unknown" are never a reason). */
export const GATE_SEVERITIES = ['critical', 'high', 'medium', 'low'] as const satisfies readonly Severity[];
export type GateSeverity = (typeof GATE_SEVERITIES)[number];

/** Whether `severity` is `threshold` or more severe (unknown and negligible are below every threshold). */
export function atLeast(severity: Severity, threshold: GateSeverity): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}

/** What covers a finding: an accepted finding's id and package. */
export interface FindingCover {
  id: string;
  package: string;
}

export interface GateResult {
  threshold: GateSeverity;
  /** Findings at or above the threshold that nothing covers: the gate fails when there is one. */
  uncovered: Finding[];
  /** Findings at or above the threshold that an accepted finding covers. */
  accepted: Finding[];
}

export function scanGate(findings: readonly Finding[], covers: readonly FindingCover[], threshold: GateSeverity): GateResult {
  const covered = (finding: Finding) => covers.some((cover) => cover.id === finding.id && cover.package === finding.package);
  const relevant = findings.filter((finding) => atLeast(finding.severity, threshold));
  return { threshold, uncovered: relevant.filter((finding) => !covered(finding)), accepted: relevant.filter(covered) };
}

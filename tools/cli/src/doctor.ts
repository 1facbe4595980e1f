// armorred doctor's pure part: the results of probing this machine (see doctor-probes.ts)
// become one line per piece, the fix for each missing or broken one, and an exit status.
import { EXIT, type ExitCode } from '@armorred/errors';

/** Needed pieces fail the doctor when absent; optional ones are reported and never fail it. */
export type Need = 'needed' | 'optional';

/**
 * ok: present and working. missing: not installed or not configured. broken: present but
 * failing. unchecked: not probed because a piece it depends on is missing or broken.
 */
export type CheckStatus = 'ok' | 'missing' | 'broken' | 'unchecked';

export interface CheckResult {
  /** Stable key, e.g. nix-build-users (for --json and tests). */
  id: string;
  /** What the piece is, e.g. "Nix build users". */
  label: string;
  need: Need;
  /** What needs it, e.g. "armorred build, test". */
  usedBy: string;
  status: CheckStatus;
  /** The version found, or what is wrong. */
  detail: string;
  /** The command that fixes it (for missing and broken pieces). */
  fix?: string;
}

export interface DoctorReport {
  ok: boolean;
  exitCode: ExitCode;
  /** The human-readable report, one piece per line, each fix on the line below its piece. */
  lines: string[];
  checks: CheckResult[];
}

const MARK: Record<CheckStatus, string> = { ok: 'ok', missing: 'MISSING', broken: 'BROKEN', unchecked: 'UNCHECKED' };

/** Whether a result fails the doctor: a needed piece that is not known to work. */
function failing(result: CheckResult): boolean {
  return result.need === 'needed' && result.status !== 'ok';
}

/** The report of a doctor run: exit 1 when a needed piece is missing, broken or unchecked. */
export function doctorReport(results: readonly CheckResult[], setupCommand: string): DoctorReport {
  const width = Math.max(0, ...results.map((result) => result.label.length));
  const lines: string[] = [];
  for (const result of results) {
    const mark = result.need === 'optional' && result.status !== 'ok' ? 'optional' : MARK[result.status];
    const why = result.status === 'ok' ? '' : `; ${result.need === 'optional' ? 'used by' : 'needed by'} ${result.usedBy}`;
    lines.push(`${mark.padEnd(9)} ${result.label.padEnd(width)}  ${result.detail}${why}`);
    if (result.status !== 'ok' && result.fix) lines.push(`${' '.repeat(10)}${result.need === 'optional' ? 'to add it' : 'fix'}: ${result.fix}`);
  }
  const needed = results.filter((result) => result.need === 'needed');
  const bad = needed.filter(failing);
  const optionalMissing = results.filter((result) => result.need === 'optional' && result.status !== 'ok').length;
  const optionalNote = optionalMissing > 0 ? `; ${optionalMissing} optional piece(s) absent (nothing fails without them)` : '';
  lines.push('');
  lines.push(
    bad.length === 0
      ? `all ${needed.length} needed pieces work${optionalNote}`
      : `${bad.length} of ${needed.length} needed pieces missing or broken${optionalNote}: run the fixes above, or all of setup at once: ${setupCommand}`,
  );
  return { ok: bad.length === 0, exitCode: bad.length === 0 ? EXIT.OK : EXIT.INVALID, lines, checks: [...results] };
}

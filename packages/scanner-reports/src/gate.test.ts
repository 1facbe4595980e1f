import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atLeast, readReport, scanGate, type ScanSummary } from './index.js';

const FIXTURES = join(import.meta.dirname, '..', 'test', 'fixtures');

describe('scanGate', () => {
  it('orders severities like grype --fail-on: unknown and negligible are below every threshold', () => {
    expect(atLeast('critical', 'critical')).toBe(true);
    expect(atLeast('high', 'critical')).toBe(false);
    expect(atLeast('critical', 'low')).toBe(true);
    expect(atLeast('negligible', 'low')).toBe(false);
    expect(atLeast('unknown', 'low')).toBe(false);
  });

  it('splits the findings of a real grype report into covered and uncovered by id and package', async () => {
    const scan = (await readReport(join(FIXTURES, 'grype-busybox-1.32.1-grype0.94.0-epss.json'))) as ScanSummary;
    const open = scanGate(scan.findings, [], 'critical');
    expect(open.uncovered.map((f) => `${f.id} ${f.package}`)).toEqual(['CVE-2022-48174 busybox']);
    // The same id in another package covers nothing.
    expect(scanGate(scan.findings, [{ id: 'CVE-2022-48174', package: 'busybox-static' }], 'critical').uncovered).toHaveLength(1);
    const covered = scanGate(scan.findings, [{ id: 'CVE-2022-48174', package: 'busybox' }], 'critical');
    expect(covered.uncovered).toEqual([]);
    expect(covered.accepted.map((f) => f.id)).toEqual(['CVE-2022-48174']);
    expect(scanGate(scan.findings, [], 'high').uncovered).toHaveLength(scan.bySeverity.critical + scan.bySeverity.high);
  });
});

// The scan gate on the vendored grype reports (packages/scanner-reports/test/fixtures).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, copyCatalog, runCli } from '../test-support.js';

const FIXTURES = join(REPO, 'packages', 'scanner-reports', 'test', 'fixtures');
const REDIS = join(FIXTURES, 'grype-redis-latest-grype0.58.0.json'); // 3 critical: CVE-2019-8457 libdb5.3, CVE-2022-0543 and CVE-2022-3734 redis
const ALPINE = join(FIXTURES, 'grype-alpine-3.17-grype0.73.4.json'); // no critical, 4 high

describe('armorred gate', () => {
  it('fails on a critical finding that no acceptedFindings entry covers, naming each', async () => {
    const result = await runCli(['gate', 'nginx-1.26', '--tier', 'hardened', '--scan', REDIS]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('FAIL  nginx-1.26 hardened: 3 critical or worse finding(s) that no acceptedFindings entry covers (grype 0.58.0 report');
    expect(result.stdout).toMatch(/^ {8}CVE-2022-0543 in redis \S+ \(critical; /m);
    expect(result.stdout).toContain('1 of 1 tier(s) fail the gate (--fail-on critical)');
  });

  it('passes when the scan has no finding that severe, and --fail-on lowers the bar', async () => {
    const critical = await runCli(['gate', 'nginx-1.26', '--tier', 'locked', '--scan', ALPINE]);
    expect(critical.code, critical.stdout).toBe(0);
    expect(critical.stdout).toContain('ok    nginx-1.26 locked: no critical or worse finding outside acceptedFindings (grype 0.73.4 report');
    const high = await runCli(['gate', 'nginx-1.26', '--tier', 'locked', '--scan', ALPINE, '--fail-on', 'high']);
    expect(high.code).toBe(1);
    expect(high.stdout).toContain('4 high or worse finding(s)');
  });

  it('does not count findings the tier accepts in image.yaml', async () => {
    const root = copyCatalog();
    try {
      const spec = join(root, 'images', 'nginx-1.26', 'image.yaml');
      const accept = (id: string, pkg: string) =>
        writeFileSync(
          spec,
          readFileSync(spec, 'utf8').replace(
            'acceptedFindings:\n',
            `acceptedFindings:\n  - id: ${id}\n    package: ${pkg}\n    severity: critical\n    status: not_affected\n    vexJustification: component_not_present\n    justification: not in this image\n`,
          ),
        );
      accept('CVE-2022-0543', 'redis');
      accept('CVE-2019-8457', 'libdb5.3');
      const one = await runCli(['gate', 'nginx-1.26', '--tier', 'hardened', '--scan', REDIS], root);
      expect(one.code).toBe(1);
      expect(one.stdout).toContain('1 critical or worse finding(s) that no acceptedFindings entry covers');
      expect(one.stdout).toContain('accepted: CVE-2019-8457 in libdb5.3, CVE-2022-0543 in redis');
      expect(one.stdout).toContain('CVE-2022-3734 in redis');
      accept('CVE-2022-3734', 'redis');
      expect((await runCli(['gate', 'nginx-1.26', '--tier', 'hardened', '--scan', REDIS], root)).code).toBe(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('fails a tier that was never scanned: missing data never passes', async () => {
    const root = copyCatalog();
    try {
      const result = await runCli(['gate', 'nginx-1.26', '--tier', 'hardened'], root);
      const data = JSON.parse(readFileSync(join(root, 'images', 'nginx-1.26', 'analysis', 'hardened.json'), 'utf8'));
      expect(data.scan, 'the checked-in measurements have a scan now: update this test').toBeUndefined();
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('FAIL  nginx-1.26 hardened: never scanned (images/nginx-1.26/analysis/hardened.json has no scan)');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('fails a tier whose measurements cannot be used, saying where and how to fix them', async () => {
    const root = copyCatalog();
    try {
      const file = join(root, 'images', 'nginx-1.26', 'analysis', 'hardened.json');
      writeFileSync(file, readFileSync(file, 'utf8').replace('  "schemaVersion": 1,\n', ''));
      const result = await runCli(['gate', 'nginx-1.26', '--tier', 'hardened'], root);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(
        'FAIL  nginx-1.26 hardened: images/nginx-1.26/analysis/hardened.json:1:1: no schemaVersion: analysis data written before the format had versions; this ARMORRED reads version 1; measure it again: npx armorred analyze nginx-1.26 --tier hardened',
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("judges the checked-in measurements of each of an image's tiers", async () => {
    const root = copyCatalog();
    try {
      for (const tier of ['hardened', 'locked']) {
        const file = join(root, 'images', 'nginx-1.26', 'analysis', `${tier}.json`);
        const data = JSON.parse(readFileSync(file, 'utf8'));
        data.scan = {
          tool: 'grype',
          version: '0.99.0',
          format: 'grype-json',
          findings: [{ id: 'OSV-2021-777', package: 'libxml2', severity: tier === 'locked' ? 'critical' : 'high', fixedVersions: [] }],
          bySeverity: { critical: tier === 'locked' ? 1 : 0, high: tier === 'locked' ? 0 : 1, medium: 0, low: 0, negligible: 0, unknown: 0 },
        };
        writeFileSync(file, JSON.stringify(data));
      }
      // The critical one is accepted in image.yaml (OSV-2021-777 in libxml2), so both pass.
      const result = await runCli(['gate', 'nginx-1.26'], root);
      expect(result.code, result.stdout).toBe(0);
      expect(result.stdout).toContain(
        'ok    nginx-1.26 locked: no critical or worse finding outside acceptedFindings (grype 0.99.0 scan in images/nginx-1.26/analysis/locked.json; accepted: OSV-2021-777 in libxml2)',
      );
      expect(result.stdout).toContain('2 tier(s) pass the gate (--fail-on critical)');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('refuses contradictory or unknown options with exit 2', async () => {
    expect((await runCli(['gate', 'nginx-1.26', '--scan', REDIS])).stderr).toContain('--scan is the report of one image tier');
    expect((await runCli(['gate', 'nginx-1.26', '--fail-on', 'severe'])).stderr).toContain('--fail-on must be critical, high, medium, low, not "severe"');
    const sbom = await runCli(['gate', 'nginx-1.26', '--tier', 'hardened', '--scan', join(FIXTURES, 'syft-json-alpine-3.17-syft1.32.0.json')]);
    expect(sbom.code).toBe(2);
    expect(sbom.stderr).toContain('is a syft-json SBOM, not a grype or trivy report');
  });
});

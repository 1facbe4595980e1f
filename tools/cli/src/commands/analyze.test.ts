import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TIER_REPORT_SCHEMA_VERSION } from '@armorred/analysis';
import { readBuildRecord } from '@armorred/builder';
import { skipNote, skipUnless } from '@armorred/testkit';
import { REPO, copyCatalog, runCli } from '../test-support.js';

const FIXTURES = join(REPO, 'packages', 'scanner-reports', 'test', 'fixtures');
const record = readBuildRecord(REPO, 'nginx-1.26', 'hardened');
const noBuild = skipUnless(record ? undefined : 'no build of nginx-1.26 hardened: run npx armorred build nginx-1.26 --pkgs offline');

let root: string;
beforeEach(() => {
  root = copyCatalog();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('armorred analyze', () => {
  it('rejects reports without a tier, and missing files (exit 2)', async () => {
    expect((await runCli(['analyze', 'nginx-1.26', '--scan', 'x.json'], root)).stderr).toContain('--archive, --sbom and --scan describe one tier');
    expect((await runCli(['analyze', 'nginx-1.26', '--tier', 'hardened', '--scan', '/no/such.json'], root)).code).toBe(2);
  });

  it.skipIf(noBuild)(
    `measures a built archive, uses given reports, and regenerates the page, SBOMs and VEX${skipNote(noBuild)}`,
    async () => {
      const result = await runCli(
        [
          'analyze',
          'nginx-1.26',
          '--tier',
          'hardened',
          '--archive',
          record!.archive,
          '--scan',
          join(FIXTURES, 'grype-busybox-1.32.1-grype0.94.0-epss.json'),
          '--at',
          '2026-11-22T08:00:00Z',
        ],
        root,
      );
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toContain('components: armorred inventory (Nix store paths; syft is not installed)');
      expect(result.stderr).toContain('vulnerabilities: from grype-json report');
      const data = JSON.parse(readFileSync(join(root, 'images/nginx-1.26/analysis/hardened.json'), 'utf8'));
      // The format's version is written, right after "generated".
      expect(Object.keys(data).slice(0, 2)).toEqual(['generated', 'schemaVersion']);
      expect(data.schemaVersion).toBe(TIER_REPORT_SCHEMA_VERSION);
      expect(data.analyzedAt).toBe('2026-11-22T08:00:00Z');
      expect(data.build.packageSet).toBe('offline-debian-bookworm');
      // The inventory tool is named with the analysis package's own version, not a literal.
      const analysisPackage = JSON.parse(readFileSync(join(REPO, 'packages', 'analysis', 'package.json'), 'utf8'));
      expect(data.inventory.tool).toBe(`armorred-analysis ${analysisPackage.version}`);
      expect(data.inventory.components.find((c: { name: string }) => c.name === 'libpcre2-8-0')).toMatchObject({ nameFrom: 'derivation' });
      expect(data.scan.tool).toBe('grype');
      expect(data.scan.bySeverity).toMatchObject({ critical: 1, high: 10, medium: 2, low: 2 });
      const page = readFileSync(join(root, 'images/nginx-1.26/ANALYSIS.md'), 'utf8');
      expect(page).toContain('## ⚠ Findings neither fixed nor accepted');
      expect(page).toContain('| Critical | 18 | 1 |');
      for (const file of ['hardened.cdx.json', 'hardened.spdx.json', 'hardened.openvex.json'])
        expect(existsSync(join(root, 'images/nginx-1.26/generated', file))).toBe(true);
      // What analyze wrote is exactly what generate derives from it.
      expect((await runCli(['check'], root)).code).toBe(0);
    },
    120_000,
  );

  it.skipIf(noBuild)(
    `refuses a report that is not what the option says, naming it${skipNote(noBuild)}`,
    async () => {
      const trivy = join(FIXTURES, 'trivy-alpine-3.9-golden.json');
      const result = await runCli(['analyze', 'nginx-1.26', '--tier', 'hardened', '--archive', record!.archive, '--sbom', trivy], root);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`--sbom ${trivy} is a trivy-json scan report; give it with --scan`);
      expect(existsSync(join(root, 'images/nginx-1.26/analysis/hardened.json'))).toBe(existsSync(join(REPO, 'images/nginx-1.26/analysis/hardened.json')));
    },
    120_000,
  );
});

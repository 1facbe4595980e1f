// The analysis page, built from the seed's own figures, must reproduce the seed's tables.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadImageSpec, resolveTier, type TierName } from '@armorred/spec';
import { formatSize, mdText, renderAnalysisPage, type PageTier } from './page.js';
import { TIER_REPORT_SCHEMA_VERSION, type TierReport } from './report-schema.js';

const REPO = join(import.meta.dirname, '..', '..', '..');
const { spec } = loadImageSpec('image.yaml', readFileSync(join(REPO, 'images', 'nginx-1.26', 'image.yaml')), {
  defaults: { user: 65534, group: 65534 },
  sourceFile: () => 'file',
});

/** A report with the seed's figures for a tier (syft components, podman size, layers, grype counts). */
function seedReport(tier: TierName, figures: { components: number; sizeBytes: number; layers: number }, findings: TierReport['scan'] = undefined): TierReport {
  return {
    generated: 'test',
    schemaVersion: TIER_REPORT_SCHEMA_VERSION,
    image: 'nginx-1.26',
    tier,
    analyzedAt: '2025-03-01T00:00:00Z',
    build: { packageSet: 'nixpkgs', configDigest: `sha256:${'0'.repeat(64)}`, repoTags: [] },
    inventory: {
      tool: 'armorred-analysis 0.0.0',
      size: figures.sizeBytes,
      compressedSize: figures.sizeBytes / 2,
      layerSizes: Array.from({ length: figures.layers }, () => figures.sizeBytes / figures.layers),
      user: '65534:65534',
      shell: tier === 'locked',
      coreutils: tier === 'locked',
      labels: {},
      storePaths: [],
      components: [],
    },
    sbom: { tool: 'syft', version: '1.0.0', format: 'syft-json', components: figures.components },
    scan: findings ?? {
      tool: 'grype',
      format: 'grype-json',
      findings: [{ id: 'OSV-2021-777', package: 'libxml2', severity: 'high', fixedVersions: [] }],
      bySeverity: { critical: 0, high: 1, medium: 0, low: 0, negligible: 0, unknown: 0 },
    },
  };
}

function tier(name: TierName, report?: TierReport): PageTier {
  return {
    resolved: resolveTier(spec, name, { user: 65534, group: 65534 }),
    labels: { 'org.armorred.tier': name },
    reference: `ghcr.io/armorred/nginx:1.26-${name}`,
    ...(report ? { report } : {}),
  };
}

describe('the analysis page from the seed figures', () => {
  // podman images showed 121 MB for hardened: 120.6 MB, three significant digits.
  const page = renderAnalysisPage({
    folder: 'nginx-1.26',
    upstream: spec.upstream,
    hardened: tier('hardened', seedReport('hardened', { components: 19, sizeBytes: 120.6e6, layers: 22 })),
    locked: tier('locked', seedReport('locked', { components: 20, sizeBytes: 72.3e6, layers: 23 })),
  });

  it('reproduces the component table: 150 / 19 / 20, 87.3% and 86.7% fewer', () => {
    expect(page).toContain('| Components | 150 packages | 19 packages | 20 packages |');
    expect(page).toContain('| Reduction |  | 87.3% | 86.7% |');
    expect(page).toContain('| Base image | debian:12-slim | scratch | scratch |');
  });

  it('reproduces the size table: 196 / 121 / 72.3 MB, 38.5% and 63.1% smaller, 7 / 22 / 23 layers', () => {
    expect(page).toContain('| Image size | 196 MB | 121 MB | 72.3 MB |');
    expect(page).toContain('| Reduction |  | 38.5% (75 MB saved) | 63.1% (124 MB saved) |');
    expect(page).toContain('| Layers | 7 | 22 | 23 |');
  });

  it('reproduces the vulnerability table: 18/25/57/11 (117) upstream, 0/1/0/0 in both tiers, 99.1% fewer', () => {
    expect(page).toContain('| Critical | 18 | 0 | 0 |');
    expect(page).toContain('| High | 25 | 1 | 1 |');
    expect(page).toContain('| Medium | 57 | 0 | 0 |');
    expect(page).toContain('| Low | 11 | 0 | 0 |');
    expect(page).toContain('| Total | 117 | 1 | 1 |');
    expect(page).toContain('Vulnerability reduction: 99.1% (hardened), 99.1% (locked).');
  });

  it('reproduces the shell table and shows the accepted finding with its justification', () => {
    expect(page).toContain('| Upstream `nginx:1.26.3` | Present | Full |');
    expect(page).toContain('| ARMORRED Hardened | Absent | Absent |');
    expect(page).toContain('| ARMORRED Locked | Present | Present |');
    expect(page).toMatch(/\| `OSV-2021-777` \| libxml2 \| high \| affected \| hardened, locked \| .*XSLT/);
    expect(page).not.toContain('neither fixed nor accepted');
  });

  it('cites where every figure comes from', () => {
    expect(page).toContain('from ARMORRED, "Container build-time techniques" \\(nginx 1.26 analysis\\)');
    // A command with "|" cannot be inline code in a table-safe way: it is escaped text.
    expect(page).toContain("  - components: syft packages docker.io/library/nginx:1.26.3 -o json \\| jq '.artifacts \\| length'");
    expect(page).toContain('  - vulnerabilities: `grype docker.io/library/nginx:1.26.3`');
    expect(page).toContain('  - vulnerabilities: grype');
  });

  it('says in its header that generate regenerates it, and analyze measures again', () => {
    expect(page.split('\n')[0]).toBe(
      '<!-- Generated by armorred generate from images/nginx-1.26/image.yaml and images/nginx-1.26/analysis/*.json; do not edit. Regenerate: npx armorred generate nginx-1.26 (to measure the image again: npx armorred analyze nginx-1.26) -->',
    );
  });
});

describe('the analysis page with untrusted data', () => {
  it('lists findings that are neither fixed nor accepted, escaping markdown and HTML', () => {
    const hostile = seedReport(
      'hardened',
      { components: 1, sizeBytes: 1e6, layers: 1 },
      {
        tool: 'grype',
        format: 'grype-json',
        findings: [
          { id: 'CVE-2099-1', package: '<script>alert(1)</script>|**x**', version: '1`2', severity: 'critical', fixedVersions: ['[3](javascript:x)'] },
        ],
        bySeverity: { critical: 1, high: 0, medium: 0, low: 0, negligible: 0, unknown: 0 },
      },
    );
    const page = renderAnalysisPage({ folder: 'nginx-1.26', upstream: spec.upstream, hardened: tier('hardened', hostile), locked: tier('locked') });
    expect(page).toContain('## ⚠ Findings neither fixed nor accepted');
    expect(page).toContain('\\<script\\>alert\\(1\\)\\</script\\>\\|\\*\\*x\\*\\*');
    expect(page).not.toContain('<script>');
    expect(page).toContain('fixed in \\[3\\]\\(javascript:x\\)');
    expect(page).toContain('Not analyzed yet: locked.');
  });

  it('says so when a tier was measured on the offline test package set', () => {
    const report = seedReport('hardened', { components: 1, sizeBytes: 1e6, layers: 1 });
    report.build.packageSet = 'offline-debian-bookworm';
    const page = renderAnalysisPage({ folder: 'nginx-1.26', upstream: spec.upstream, hardened: tier('hardened', report), locked: tier('locked') });
    expect(page).toContain('**Measured on a test build.**');
    expect(page).toContain('`offline-debian-bookworm`');
  });

  it('formats sizes as podman does and escapes table text', () => {
    expect([formatSize(196e6), formatSize(120.6e6), formatSize(72.3e6), formatSize(5.5e6)]).toEqual(['196 MB', '121 MB', '72.3 MB', '5.50 MB']);
    expect(mdText('a|b\nc <d> `e`')).toBe('a\\|b c \\<d\\> \\`e\\`');
  });
});

describe('percentages', () => {
  it('compares with nothing when upstream reports zero', async () => {
    const { percentFewer } = await import('./page.js');
    expect(percentFewer(0, 5)).toBe('—');
    expect(percentFewer(150, 19)).toBe('87.3%');
  });
});

// The measured data of a tier (images/<image>/analysis/<tier>.json) as JSON Schema draft
// 2020-12: what `armorred analyze` writes and generate, check, diff, gate and the site read.
// This constant is the one place the format is defined: the TypeScript type is derived
// from it (json-schema-to-ts), parseTierReport validates every file against it, and its
// precompiled validator (packages/analysis/generated/) is written by `armorred generate`.
//
// The version: a reader refuses data of another schemaVersion, so a change of the format
// that readers must follow (a key added, removed, renamed or given another meaning) raises
// TIER_REPORT_SCHEMA_VERSION; the checked-in files are then measured again with
// `armorred analyze`.
import type { FromSchema } from 'json-schema-to-ts';

export const TIER_REPORT_SCHEMA_VERSION = 1;

/** The severities of @armorred/scanner-reports (report.test.ts holds the two lists equal). */
export const REPORT_SEVERITIES = ['critical', 'high', 'medium', 'low', 'negligible', 'unknown'] as const;
/** The tiers of @armorred/spec (report.test.ts holds the two lists equal). */
export const REPORT_TIERS = ['hardened', 'locked'] as const;

const text = { type: 'string' } as const;
const texts = { type: 'array', items: text } as const;
/** Bytes, or a number of things. */
const count = { type: 'integer', minimum: 0 } as const;
const storePath = {
  type: 'string',
  description: 'a Nix store path, /nix/store/<hash>-<name>',
  pattern: '^/nix/store/[^/]+$',
} as const;

const finding = {
  type: 'object',
  description: 'One vulnerability the scanner found in one package',
  properties: {
    id: { type: 'string', description: 'The vulnerability id as the scanner reports it: CVE-..., GHSA-..., TEMP-...' },
    package: text,
    version: { type: 'string', description: 'The installed version, when the scanner reports it' },
    severity: { enum: REPORT_SEVERITIES },
    fixedVersions: texts,
  },
  required: ['id', 'package', 'severity', 'fixedVersions'],
  additionalProperties: false,
} as const;

export const tierReportSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `https://armorred.dev/schemas/tier-report-v${TIER_REPORT_SCHEMA_VERSION}.schema.json`,
  title: 'ARMORRED analysis data of a tier (images/<image>/analysis/<tier>.json), written by armorred analyze',
  type: 'object',
  properties: {
    generated: { type: 'string', description: 'Where the file comes from; it is measured, never edited by hand' },
    schemaVersion: { const: TIER_REPORT_SCHEMA_VERSION },
    image: { type: 'string', description: 'The image folder, e.g. nginx-1.26' },
    tier: { enum: REPORT_TIERS },
    analyzedAt: {
      type: 'string',
      description: 'an RFC 3339 time in UTC, e.g. 2026-11-22T15:26:07Z: when the tier was analysed',
      pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$',
    },
    build: {
      type: 'object',
      description: 'The build that was measured',
      properties: {
        packageSet: { type: 'string', description: 'The package set it was built from: nixpkgs, or offline-debian-bookworm (the test fixture)' },
        configDigest: {
          type: 'string',
          description: "the image config's digest, sha256: and 64 lower-case hex digits",
          pattern: '^sha256:[a-f0-9]{64}$',
        },
        repoTags: texts,
      },
      required: ['packageSet', 'configDigest', 'repoTags'],
      additionalProperties: false,
    },
    inventory: {
      type: 'object',
      description: "What the image holds, measured from its archive by ARMORRED's own inventory",
      properties: {
        tool: { type: 'string', description: 'The measuring tool and its version, e.g. armorred-analysis 0.0.0' },
        size: { ...count, description: 'Bytes of the uncompressed layers' },
        compressedSize: { ...count, description: 'Bytes of the gzip-compressed layers' },
        layerSizes: { type: 'array', items: count },
        user: { type: 'string', description: "The image config's User, e.g. 65534:65534" },
        shell: { type: 'boolean', description: 'The image holds /bin/sh' },
        coreutils: { type: 'boolean', description: 'The image holds coreutils' },
        labels: { type: 'object', description: "The image config's labels", additionalProperties: text },
        storePaths: { type: 'array', items: storePath },
        components: {
          type: 'array',
          description: 'The Nix store paths as components (what the SBOMs list)',
          items: {
            type: 'object',
            properties: {
              name: text,
              version: text,
              storePath,
              nameFrom: {
                enum: ['derivation', 'store path'],
                description: "Whether name and version are the derivation's (pname, version) or read from the store path",
              },
            },
            required: ['name', 'version', 'storePath'],
            additionalProperties: false,
          },
        },
      },
      required: ['tool', 'size', 'compressedSize', 'layerSizes', 'user', 'shell', 'coreutils', 'labels', 'storePaths', 'components'],
      additionalProperties: false,
    },
    sbom: {
      type: 'object',
      description: 'A component count from a real SBOM tool (syft), when one was run or given',
      properties: {
        tool: text,
        version: text,
        format: text,
        components: count,
      },
      required: ['tool', 'format', 'components'],
      additionalProperties: false,
    },
    scan: {
      type: 'object',
      description: 'Vulnerabilities from a real scanner (grype, trivy), when one was run or given',
      properties: {
        tool: text,
        version: text,
        format: text,
        database: {
          type: 'object',
          description: 'The vulnerability database the scan used (grype records it; trivy JSON does not)',
          properties: { built: text, schema: text },
          additionalProperties: false,
        },
        findings: { type: 'array', items: finding },
        bySeverity: {
          type: 'object',
          description: 'How many findings of each severity',
          properties: {
            critical: count,
            high: count,
            medium: count,
            low: count,
            negligible: count,
            unknown: count,
          },
          required: REPORT_SEVERITIES,
          additionalProperties: false,
        },
      },
      required: ['tool', 'format', 'findings', 'bySeverity'],
      additionalProperties: false,
    },
  },
  required: ['generated', 'schemaVersion', 'image', 'tier', 'analyzedAt', 'build', 'inventory'],
  additionalProperties: false,
} as const;

export type TierReport = FromSchema<typeof tierReportSchema>;
export type ReportFinding = NonNullable<TierReport['scan']>['findings'][number];

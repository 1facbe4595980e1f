// The measured data of a tier, checked in as images/<image>/analysis/<tier>.json by
// `armorred analyze`; the analysis page, SBOMs and VEX are generated from it.
import type { Inventory } from './inventory.js';

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'negligible' | 'unknown';
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'negligible', 'unknown'];

export interface ReportFinding {
  id: string;
  package: string;
  version?: string;
  severity: Severity;
  fixedVersions: string[];
}

export interface TierReport {
  generated: string;
  image: string;
  tier: string;
  /** RFC 3339 time of the analysis. */
  analyzedAt: string;
  build: {
    /** nixpkgs, or offline-debian-bookworm (the test fixture). */
    packageSet: string;
    configDigest: string;
    repoTags: string[];
  };
  inventory: {
    tool: string;
    size: number;
    compressedSize: number;
    layerSizes: number[];
    user: string;
    shell: boolean;
    coreutils: boolean;
    labels: Record<string, string>;
    storePaths: string[];
    components: { name: string; version: string; storePath: string }[];
  };
  /** A component count from a real SBOM tool (syft), when one was run or given. */
  sbom?: { tool: string; version?: string; format: string; components: number };
  /** Vulnerabilities from a real scanner (grype, trivy), when one was run or given. */
  scan?: {
    tool: string;
    version?: string;
    format: string;
    database?: { built?: string; schema?: string };
    findings: ReportFinding[];
    bySeverity: Record<Severity, number>;
  };
}

export class ReportDataError extends Error {
  readonly file: string;
  constructor(file: string, message: string) {
    super(`${message}; regenerate it with armorred analyze`);
    this.name = 'ReportDataError';
    this.file = file;
  }
}

export function inventoryReport(inventory: Inventory, tool: string): TierReport['inventory'] {
  return {
    tool,
    size: inventory.size,
    compressedSize: inventory.compressedSize,
    layerSizes: inventory.layers.map((layer) => layer.size),
    user: inventory.config.user,
    shell: inventory.shell,
    coreutils: inventory.coreutils,
    labels: inventory.config.labels,
    storePaths: inventory.storePaths,
    components: inventory.components.map(({ name, version, storePath }) => ({ name, version, storePath })),
  };
}

export function renderTierReport(report: TierReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Parses a checked-in report, with the structural checks the page relies on. */
export function parseTierReport(file: string, text: string): TierReport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ReportDataError(file, `not valid JSON (${(error as Error).message})`);
  }
  const report = value as TierReport;
  const fail = (what: string) => {
    throw new ReportDataError(file, what);
  };
  if (typeof report !== 'object' || report === null) fail('not a JSON object');
  if (typeof report.analyzedAt !== 'string' || Number.isNaN(Date.parse(report.analyzedAt))) fail('analyzedAt is not a time');
  if (typeof report.build?.packageSet !== 'string') fail('build.packageSet is missing');
  const inventory = report.inventory;
  if (!inventory || !Number.isFinite(inventory.size) || !Array.isArray(inventory.layerSizes) || !Array.isArray(inventory.components)) fail('inventory is incomplete');
  if (report.scan && (!Array.isArray(report.scan.findings) || typeof report.scan.bySeverity !== 'object')) fail('scan is incomplete');
  return report;
}
